// Any language can be recorded (issue 13, item 1): Tigrinya is chosen for a
// person by typing its own name (ትግርኛ) in the one language picker, the person
// is signed up to an activity that runs in English, and the activity's plan
// shows an interpreter for Tigrinya, by its name. Looked at in English and
// Arabic at 1280 and 390 px, with axe on every page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, screenshot } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

describe('any language can be recorded', () => {
  const world = theDemoPartnership('languages');

  test('Tigrinya for a person, an interpreter planned for it', async () => {
    const page = await world.signInInEnglish(accounts.convener);

    await page.goto('/people/new');
    await page.locator('#person-name').waitFor();
    await page.locator('#person-name').fill('Senait Tesfay');
    await page.getByLabel('As themselves').check();
    await page.getByLabel('Residents').check();
    // Typed in Ge'ez, the language's own script; the picker says what it found.
    await page.locator('#person-language').fill('ትግርኛ');
    await page.locator('#person-language-chosen', { hasText: 'Chosen: Tigrinya' }).waitFor();
    await page.getByLabel('Spoken language interpreter').check();
    await checkAccessibility(page, 'add a person, Tigrinya chosen');
    await screenshot(page, 'languages-person-tigrinya-en-1280');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.locator('h1', { hasText: 'Senait Tesfay' }).waitFor();
    // Named from the list of languages, which may still be on its way.
    await page.locator('main .govuk-summary-list', { hasText: 'Tigrinya' }).waitFor();

    const people = await api(page, 'GET', '/api/v1/people?q=Senait');
    const person = people.body.items[0];
    assert.equal(person.preferred_language, 'ti');

    // An activity that runs in English only, still to come.
    const projects = await api(page, 'GET', '/api/v1/projects');
    let activity = null;
    for (const project of projects.body.items) {
      const activities = await api(page, 'GET', `/api/v1/projects/${project.id}/activities`);
      activity = activities.body.items.find(
        (item) => item.status === 'scheduled' && item.languages.length === 1 && item.languages[0] === 'en' && Date.parse(item.starts_at) > Date.now(),
      );
      if (activity) break;
    }
    assert.ok(activity, 'the demo has an activity in English to come');

    await page.goto(`/activities/${activity.id}/people`);
    await page.locator('#signup-person').waitFor();
    await page.locator('#signup-person').selectOption({ label: 'Senait Tesfay' });
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await page.locator('td', { hasText: 'Tigrinya' }).first().waitFor();
    await checkAccessibility(page, 'people coming, with Tigrinya');

    await page.goto(`/activities/${activity.id}/plan`);
    const interpreters = page.locator('#plan-interpreters');
    await interpreters.waitFor();
    const row = interpreters.locator('tbody tr', { hasText: 'Tigrinya' });
    assert.equal(await row.count(), 1, 'an interpreter for Tigrinya, named');
    assert.match(await row.innerText(), /Tigrinya[^]*1/);
    await checkAccessibility(page, 'plan, Tigrinya interpreter');
    await screenshot(page, 'languages-plan-en-1280');
    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, 'languages-plan-en-390');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll at 390 px');

    // In Arabic the language is named in Arabic, by ICU.
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.reload();
    await interpreters.waitFor();
    await interpreters.locator('tbody tr', { hasText: 'التغرينية' }).waitFor();
    await checkAccessibility(page, 'plan in Arabic');
    await screenshot(page, 'languages-plan-ar-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/people/${person.id}/edit`);
    await page.locator('#person-language').waitFor();
    await page.waitForFunction(() => document.getElementById('person-language')?.value.includes('التغرينية'), null, { timeout: 10_000 });
    await checkAccessibility(page, 'edit a person in Arabic');
    await screenshot(page, 'languages-person-ar-1280');
    assertNoProblems(page);
    await page.context().close();
  });
});
