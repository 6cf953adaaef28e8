// Plain language checks where people write (issue 8): the live check under the
// project summary marks jargon and offers the plain words; using them changes
// the text box; a convener adds a glossary term and the check finds it; and
// publishing below the target asks for a tick first. Every page is scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  assertNoProblems,
  checkAccessibility,
  screenshot,
} from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const check = (page, fieldId) => page.locator(`#${fieldId}-check`);

// The summary line of a check, once an answer has arrived.
async function waitForSummary(page, fieldId, pattern) {
  await page.waitForFunction(
    ({ id, source }) => new RegExp(source).test(document.getElementById(`${id}-check-summary`)?.textContent ?? ''),
    { id: fieldId, source: pattern.source },
    { timeout: 10_000 },
  );
}

async function startProjectForm(page) {
  await page.goto('/projects/new');
  await page.locator('h1', { hasText: 'Start a project' }).waitFor();
  await page.locator('#project-summary').waitFor();
}

describe('plain language checks', () => {
  const world = theDemoPartnership('language');

  test('the project summary check marks "commission" and the plain words replace it', async () => {
    const page = await world.signInAs(accounts.convener);
    await startProjectForm(page);
    await checkAccessibility(page, 'start a project, nothing written');

    const requests = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/language/check')) requests.push(JSON.parse(request.postData() ?? '{}'));
    });
    // Typed key by key: one check after the typing stops, not one per key.
    await page.locator('#project-summary').pressSequentially('We will commission a new service.', { delay: 10 });
    const panel = check(page, 'project-summary');
    await waitForSummary(page, 'project-summary', /Reading ease \d+ — below the target/);
    assert.equal(requests.length, 1, 'one check for the whole typing');
    assert.equal(requests[0].locale, 'en');
    assert.equal(requests[0].text, 'We will commission a new service.');

    const mark = panel.locator('.rt-language-check__preview mark');
    assert.equal(await mark.count(), 1);
    assert.equal(await mark.innerText(), 'commission');
    assert.match(await panel.locator('.rt-language-check__jargon li').first().innerText(), /“commission”: try “buying services”/);
    await checkAccessibility(page, 'start a project, jargon found');
    await screenshot(page, 'language-check-jargon-en');

    await page.getByRole('button', { name: "Use 'buying services'" }).click();
    assert.equal(await page.locator('#project-summary').inputValue(), 'We will buying services a new service.');
    // The caret stays in the text box, after the new words.
    // Focus returns to the text box just after the replacement is drawn.
    await page.waitForFunction(() => document.activeElement?.id === 'project-summary', null, { timeout: 5_000 });
    await waitForSummary(page, 'project-summary', /meets the target/);
    assert.equal(await panel.locator('.rt-language-check__jargon').count(), 0, 'no jargon left');
    assert.equal(await panel.locator('mark').count(), 0);
    assert.equal(requests.at(-1).text, 'We will buying services a new service.');
    await checkAccessibility(page, 'start a project, jargon replaced');
    assertNoProblems(page);
    await page.context().close();
  });

  test('offsets count code points: emoji and Polish letters before the term', async () => {
    const page = await world.signInAs(accounts.convener);
    await startProjectForm(page);
    await page.locator('#project-summary').fill('😀👍 Zażółć. We will commission a new service.');
    await waitForSummary(page, 'project-summary', /below the target/);
    assert.equal(await check(page, 'project-summary').locator('mark').innerText(), 'commission');
    await page.getByRole('button', { name: "Use 'buying services'" }).click();
    assert.equal(await page.locator('#project-summary').inputValue(), '😀👍 Zażółć. We will buying services a new service.');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a convener adds a glossary term; the check finds it; a term can be switched off', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.locator('#navigation').getByRole('link', { name: 'Partnership', exact: true }).click();
    await page.getByRole('link', { name: 'Glossary', exact: true }).click();
    await page.locator('h1', { hasText: 'Glossary' }).waitFor();
    await page.locator('table.rt-glossary').waitFor();
    await checkAccessibility(page, 'glossary');

    // Mistakes first: the summary names both fields.
    await page.getByRole('button', { name: 'Add term' }).click();
    await page.locator('.govuk-error-summary a[href="#glossary-term"]').waitFor();
    assert.equal(await page.locator('.govuk-error-summary a[href="#glossary-plain"]').count(), 1);
    await checkAccessibility(page, 'glossary with errors');

    await page.locator('#glossary-term').fill('place-based hub');
    await page.locator('#glossary-plain').fill('local centre');
    await page.locator('#glossary-explanation').fill('A building in the neighbourhood where several services meet people.');
    await page.getByRole('button', { name: 'Add term' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: "'place-based hub' is in the glossary" }).waitFor();
    await page.locator('#glossary-search').fill('place-based');
    const row = page.locator('table.rt-glossary tbody tr', { hasText: 'place-based hub' });
    await row.waitFor();
    assert.match(await row.innerText(), /local centre/);
    assert.match(await row.innerText(), /Your partnership/);
    await checkAccessibility(page, 'glossary, term added');

    // Switching a shipped term off and on again.
    await page.locator('#glossary-search').fill('acuity');
    const acuity = page.locator('table.rt-glossary tbody tr', { hasText: 'acuity' });
    await acuity.getByRole('button', { name: 'Switch off' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: "no longer looks for 'acuity'" }).waitFor();
    assert.match(await acuity.innerText(), /Off/);
    await acuity.getByRole('button', { name: 'Switch on' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: "looks for 'acuity' again" }).waitFor();
    assert.match(await acuity.innerText(), /how ill someone is/);
    await checkAccessibility(page, 'glossary, term switched');

    await startProjectForm(page);
    await page.locator('#project-summary').fill('We will open a place-based hub next to the library.');
    await waitForSummary(page, 'project-summary', /below the target/);
    assert.equal(await check(page, 'project-summary').locator('mark').innerText(), 'place-based hub');
    await page.getByRole('button', { name: "Use 'local centre'" }).click();
    assert.equal(await page.locator('#project-summary').inputValue(), 'We will open a local centre next to the library.');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a member can read the glossary but not change it', async () => {
    const page = await world.signInAs(accounts.member);
    await page.goto('/glossary');
    await page.locator('table.rt-glossary').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Add term' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /Switch (off|on)/ }).count(), 0);
    await checkAccessibility(page, 'glossary for a member');
    assertNoProblems(page);
    await page.context().close();
  });

  test('publishing below the target asks for a tick first', async () => {
    const page = await world.signInAs(accounts.convener);
    await startProjectForm(page);
    await page.locator('#project-title').fill('Joined-up support');
    await page.locator('#project-summary').fill('We will commission a new service and the KPI will be agreed by the board.');
    await page.locator('[data-tag-chooser="interests"]').getByLabel('Carers', { exact: true }).check();
    assert.equal(await page.locator('#plain-language-confirm').count(), 0, 'no question before publishing');
    await page.getByRole('button', { name: 'Start project' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.locator('a[href="#plain-language-confirm"]').waitFor();
    assert.match(await page.locator('.govuk-warning-text').innerText(), /below the plain language target/);
    assert.equal(await page.locator('#plain-language-confirm-error').count(), 1);
    assert.match(page.url(), /\/projects\/new$/, 'nothing was published');
    const panel = check(page, 'project-summary');
    assert.match(await panel.innerText(), /“KPI” is an abbreviation/);
    assert.match(await panel.innerText(), /was agreed|be agreed/);
    await checkAccessibility(page, 'start a project, below the target');
    await screenshot(page, 'language-check-confirm-en');

    await page.getByLabel('I have checked the wording and want to publish it anyway').check();
    await page.getByRole('button', { name: 'Start project' }).click();
    await page.waitForURL(/\/projects\/[^/]+\/invitations$/);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the check speaks Polish and Arabic on those pages', async () => {
    const page = await world.signInAs(accounts.convener, { language: 'pl' });
    await page.goto('/projects/new');
    await page.locator('#project-summary').waitFor();
    const requests = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/language/check')) requests.push(JSON.parse(request.postData() ?? '{}'));
    });
    await page.locator('#project-summary').fill('Zażółć gęślą jaźń. Będziemy commission nowe usługi.');
    await waitForSummary(page, 'project-summary', /Indeks Pisarka \d+ — poniżej celu/);
    assert.equal(requests.at(-1).locale, 'pl');
    await page.getByRole('button', { name: 'Użyj „buying services”' }).waitFor();
    await checkAccessibility(page, 'start a project in Polish, jargon found');

    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.goto('/projects/new');
    await page.locator('#project-summary').fill('مرحبا 😀 We will commission a new service.');
    await waitForSummary(page, 'project-summary', /دون الهدف/);
    assert.equal(requests.at(-1).locale, 'ar');
    // The English words keep their own direction inside the Arabic (isolate marks around them).
    await page.getByRole('button', { name: 'استخدم «\u2068buying services\u2069»' }).click();
    assert.equal(await page.locator('#project-summary').inputValue(), 'مرحبا 😀 We will buying services a new service.');
    await checkAccessibility(page, 'start a project in Arabic');
    await screenshot(page, 'language-check-ar');
    assertNoProblems(page);
    await page.context().close();
  });
});
