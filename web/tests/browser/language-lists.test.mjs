// The same list on every form (issue 13, item 1): the person, profile,
// sign-up, activity and translation forms all offer the one language picker's
// list, in the same order, so Tigrinya can be chosen anywhere a language is.
// Tigrinya is then added to an activity (among several languages, with one
// removed again) and a translation is saved in it; both are checked through
// the API and by opening the page again. The activity form is looked at in
// Arabic at 390 px. Axe runs on every page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, screenshot } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

// What a language picker offers: its datalist's options, once the list has come.
async function offeredLanguages(page, path, id, prepare) {
  await page.goto(path);
  if (prepare) await prepare(page);
  await page.locator(`#${id}`).waitFor();
  await page.waitForFunction((id) => document.querySelectorAll(`datalist#${id}-list option`).length > 100, id, { timeout: 15_000 });
  return page.locator(`datalist#${id}-list option`).evaluateAll((options) => options.map((option) => option.value));
}

// Saves the activity form, ticking the plain language confirmation if it is asked for.
async function saveActivity(page, activityId) {
  await page.getByRole('button', { name: 'Save changes' }).click();
  const confirm = page.getByLabel('I have checked the wording and want to publish it anyway');
  const saved = page.waitForURL((url) => url.pathname === `/activities/${activityId}`);
  const asked = confirm.waitFor().then(() => 'asked');
  if ((await Promise.race([saved.then(() => 'saved'), asked])) === 'asked') {
    await confirm.check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await saved;
  }
}

describe('the same language list on every form', () => {
  const world = theDemoPartnership('language-lists');
  let project;
  let activity;

  test('person, profile, sign-up, activity and translation forms offer exactly the same languages', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    // A project the convener runs, and an activity of it she has not signed up to.
    const projects = await api(page, 'GET', '/api/v1/projects');
    for (const candidate of projects.body.items.filter((item) => item.can_manage)) {
      const activities = await api(page, 'GET', `/api/v1/projects/${candidate.id}/activities`);
      for (const item of activities.body.items.filter((item) => item.status === 'scheduled')) {
        const full = await api(page, 'GET', `/api/v1/activities/${item.id}`);
        if (full.body.can_organise && !full.body.my_signup) {
          project = candidate;
          activity = full.body;
          break;
        }
      }
      if (activity) break;
    }
    assert.ok(activity, 'the demo has an activity the convener organises and has not signed up to');
    assert.ok(!activity.languages.includes('ti') && !activity.languages.includes('cy'), 'the activity does not run in Tigrinya or Welsh yet');

    const forms = [
      // The person form asks how they take part first.
      ['add a person', '/people/new', 'person-language', (page) => page.getByLabel('As themselves').check()],
      ['my profile', '/profile/edit', 'person-language'],
      ['sign up to an activity', `/activities/${activity.id}`, 'signup-language'],
      ['change an activity', `/activities/${activity.id}/edit`, 'activity-languages'],
      ['add a translation', `/translations/project/${project.id}/summary`, 'translation-language'],
    ];
    let first = null;
    for (const [label, path, id, prepare] of forms) {
      const offered = await offeredLanguages(page, path, id, prepare);
      await checkAccessibility(page, label);
      if (!first) {
        first = offered;
        // The partnership's common languages first, then every language ICU names.
        assert.match(offered[0], /^English/);
        assert.match(offered[1], /^Polish/);
        assert.match(offered[2], /^Arabic/);
        assert.ok(offered.includes('Tigrinya — ትግርኛ'), 'Tigrinya is offered, with its own name');
        assert.equal(new Set(offered).size, offered.length, 'each language once');
        continue;
      }
      assert.deepEqual(offered, first, `${label} offers the same languages, in the same order, as ${forms[0][0]}`);
    }
    assertNoProblems(page);
    await page.context().close();
  });

  test('the activity form: several languages, Tigrinya added, one removed, saved', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto(`/activities/${activity.id}/edit`);
    const box = page.locator('#activity-languages');
    await box.waitFor();
    const chosen = page.locator('#activity-languages-chosen-list');
    const before = activity.languages;
    assert.equal(await chosen.locator('li').count(), before.length, 'the languages it runs in are listed');

    // Words that name no language: caught, the error tied to the box.
    // Not while typing (every letter on the way to a name would be "not found"),
    // only once the person leaves the box.
    await box.fill('Klingonish');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#activity-languages-chosen').innerText(), '', 'nothing said while typing');
    await box.press('Tab');
    await page.locator('#activity-languages-chosen', { hasText: 'We could not find the language' }).waitFor();
    await box.focus();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.locator('a[href="#activity-languages"]', { hasText: 'Choose a language from the list' }).waitFor();
    assert.match(await box.getAttribute('aria-describedby'), /\bactivity-languages-error\b/);
    assert.match(await page.locator('#activity-languages-error').innerText(), /Choose a language from the list/);
    await checkAccessibility(page, 'activity form, a language not found');

    // Tigrinya by its name, Welsh by its tag (Enter adds it), then Welsh taken out again.
    await box.fill('Tigrinya');
    await page.locator('#activity-languages-chosen', { hasText: 'Chosen: Tigrinya' }).waitFor();
    await page.getByRole('button', { name: 'Add language' }).click();
    await chosen.locator('li[data-language="ti"]', { hasText: 'Tigrinya' }).waitFor();
    assert.equal(await box.inputValue(), '', 'the box is empty for the next one');
    await box.fill('cy');
    await page.locator('#activity-languages-chosen', { hasText: 'Chosen: Welsh' }).waitFor();
    await box.press('Enter');
    await chosen.locator('li[data-language="cy"]', { hasText: 'Welsh' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/activities/${activity.id}/edit`, 'Enter adds the language, it does not send the form');
    await page.getByRole('button', { name: /^Remove Welsh/ }).click();
    assert.equal(await chosen.locator('li[data-language="cy"]').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'activity-languages', 'the focus goes to the box');
    assert.deepEqual(await chosen.locator('li').evaluateAll((items) => items.map((item) => item.dataset.language)), [...before, 'ti']);
    await checkAccessibility(page, 'activity form with Tigrinya');
    await screenshot(page, 'language-lists-activity-en-1280');

    await saveActivity(page, activity.id);
    await page.locator('h1').waitFor();
    assert.match(await page.locator('.govuk-summary-list').first().innerText(), /Tigrinya/);
    const saved = await api(page, 'GET', `/api/v1/activities/${activity.id}`);
    assert.deepEqual(saved.body.languages, [...before, 'ti'], 'saved: the languages it ran in, and Tigrinya');

    // Opened again, and in Arabic on a phone: the same list, named in Arabic, right to left.
    await page.setViewportSize({ width: 390, height: 900 });
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.goto(`/activities/${activity.id}/edit`);
    await chosen.locator('li[data-language="ti"]', { hasText: 'التغرينية' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await chosen.locator('li').count(), before.length + 1);
    assert.ok(await page.getByRole('button', { name: /^احذف/ }).count() >= 1, 'each language has its Remove button');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll at 390 px');
    await checkAccessibility(page, 'activity form in Arabic at 390 px');
    await chosen.scrollIntoViewIfNeeded();
    await screenshot(page, 'language-lists-activity-ar-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a translation in Tigrinya is chosen from the list and saved', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto(`/translations/project/${project.id}/summary`);
    const box = page.locator('#translation-language');
    await box.waitFor();

    // Nothing chosen: the error is tied to the box.
    await page.locator('#translation-text').fill('ሰላም');
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.locator('.govuk-error-summary a[href="#translation-language"]').waitFor();
    assert.match(await box.getAttribute('aria-describedby'), /\btranslation-language-error\b/);
    await checkAccessibility(page, 'translation without a language');

    // Typed in its own script.
    await box.fill('ትግርኛ');
    await page.locator('#translation-language-chosen', { hasText: 'Chosen: Tigrinya' }).waitFor();
    const text = 'ፕሮጀክትና ብዛዕባ መዓልታዊ ማእከላት እዩ።';
    await page.locator('#translation-text').fill(text);
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The Tigrinya translation is saved' }).waitFor();
    const translations = await api(page, 'GET', `/api/v1/translations?subject_type=project&subject_id=${project.id}`);
    const tigrinya = translations.body.translations.filter((item) => item.field === 'summary' && item.language === 'ti');
    assert.deepEqual(tigrinya.map((item) => item.text), [text], 'saved in Tigrinya');

    // Opened again for Tigrinya (as the translations-needed links do): the picker names it and the text is there.
    await page.goto(`/translations/project/${project.id}/summary?language=ti`);
    await page.locator('#translation-language-chosen', { hasText: 'Chosen: Tigrinya' }).waitFor();
    assert.equal(await page.locator('#translation-text').inputValue(), text);
    const row = page.locator('#translations-list .govuk-summary-list__row', { hasText: 'Tigrinya' });
    assert.equal(await row.locator('dd').getAttribute('lang'), 'ti');
    await checkAccessibility(page, 'translation page with Tigrinya');
    await screenshot(page, 'language-lists-translation-ti');
    assertNoProblems(page);
    await page.context().close();
  });
});
