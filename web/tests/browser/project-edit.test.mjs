// Changing a project after it has started, and the Easy Read editor's check
// as the author writes (issues 4 and 8). The convener opens "Change the
// project details" from the project page, finds the details filled in,
// changes the summary: the live check marks "utilise", the plain word
// replaces it, and saving goes back to the project page with a banner that
// says the Polish translation of the old summary is out of date, linking to
// the translations-needed page. Wording below the target asks for a tick
// first, as on "Start a project". A member sees no link and is told they
// cannot change the project if they open its address. In the Easy Read
// editor a line over 15 words, or with an abbreviation, says so next to its
// words while the author types, tied to the input. Every page is scanned
// with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  api,
  assertNoProblems,
  checkAccessibility,
  openProject,
  screenshot,
  waitForTitle,
} from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const oldSummary =
  'Day centres are half empty and people say they are lonely at home. We will find out together what older people want from their days, then design it with them.';
const population = 'People over 65 in the borough, their carers and families';
const newSummary = 'Older people told us what they want from their days. We will utilise the day centres for tea and talk.';
const plainSummary = 'Older people told us what they want from their days. We will use the day centres for tea and talk.';
const dischargeTitle = 'Support at home after a hospital stay';
const longLine = 'We talk about day centres and how they can be better for everyone who goes there and the people around them.';

// Calls the API from a signed-in page, with its CSRF token.

// The summary line of a check, once an answer has arrived.
async function waitForSummary(page, summaryId, pattern) {
  await page.waitForFunction(
    ({ id, source }) => new RegExp(source).test(document.getElementById(id)?.textContent ?? ''),
    { id: summaryId, source: pattern.source },
    { timeout: 10_000 },
  );
}

function checkRequests(page) {
  const requests = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/language/check')) requests.push(JSON.parse(request.postData() ?? '{}'));
  });
  return requests;
}

describe('changing a project, and the Easy Read check as you write', () => {
  const world = theDemoPartnership('project-edit');
  let projectId;

  test('the convener changes the summary with the live check; the banner says the translations are out of date', async () => {
    const page = await world.signInAs(accounts.convener);
    projectId = await openProject(page, projectTitle, { translated: true });
    // A Polish translation of today's summary, to go out of date.
    const translated = await api(page, 'PUT', '/api/v1/translations', {
      subject_type: 'project',
      subject_id: projectId,
      field: 'summary',
      language: 'pl',
      text: 'Razem z mieszkańcami zmieniamy zajęcia dzienne dla starszych osób.',
    });
    assert.equal(translated.status, 200, JSON.stringify(translated.body));

    await page.locator('#project-edit-link').click();
    await page.locator('h1', { hasText: 'Change the project details' }).waitFor();
    await waitForTitle(page, /^Change the project details/);
    assert.equal(new URL(page.url()).pathname, `/projects/${projectId}/edit`);
    // The details as they are now, and the summary is checked straight away.
    assert.equal(await page.locator('#project-title').inputValue(), projectTitle);
    assert.equal(await page.locator('#project-summary').inputValue(), oldSummary);
    assert.match(await page.locator('#project-need').inputValue(), /^Fewer people use the two day centres/);
    assert.equal(await page.locator('#project-population').inputValue(), population);
    await waitForSummary(page, 'project-summary-check-summary', /Reading ease \d+/);
    await checkAccessibility(page, 'change the project details');

    const requests = checkRequests(page);
    await page.locator('#project-summary').fill(newSummary);
    await waitForSummary(page, 'project-summary-check-summary', /below the target/);
    assert.equal(requests.length, 1, 'one check for the new words');
    assert.equal(requests[0].text, newSummary);
    const panel = page.locator('#project-summary-check');
    assert.equal(await panel.locator('.rt-language-check__preview mark').innerText(), 'utilise');
    assert.match(await panel.locator('.rt-language-check__jargon li').first().innerText(), /“utilise”: try “use”/);
    await checkAccessibility(page, 'change the project details, jargon found');
    await screenshot(page, 'project-edit-jargon');

    await page.getByRole('button', { name: "Use 'use'" }).click();
    assert.equal(await page.locator('#project-summary').inputValue(), plainSummary);
    // Focus returns to the text box just after the replacement is drawn.
    await page.waitForFunction(() => document.activeElement?.id === 'project-summary', null, { timeout: 5_000 });
    await waitForSummary(page, 'project-summary-check-summary', /meets the target/);
    assert.equal(await panel.locator('mark').count(), 0);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}`);
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.locator('.govuk-notification-banner__heading', { hasText: `${projectTitle} has been changed` }).waitFor();
    assert.equal(await page.locator('#project-flash-more').innerText(), 'Translations of the old summary are now out of date: update them');
    const update = banner.getByRole('link', { name: 'update them' });
    assert.equal(await update.getAttribute('href'), `/projects/${projectId}/translations-needed`);
    assert.equal(await page.locator('#project-summary-text').innerText(), plainSummary);
    // Focus goes to the banner, so screen reader users hear it first.
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner'));
    await checkAccessibility(page, 'project page after changing the summary');
    await screenshot(page, 'project-edit-saved');

    await update.click();
    await page.locator('h1', { hasText: 'Translations needed' }).waitFor();
    const row = page.locator('table[data-language="pl"] tr', { hasText: 'Project summary' });
    assert.equal(await row.getAttribute('data-status'), 'outdated');
    await checkAccessibility(page, 'translations needed after changing the summary');
    assertNoProblems(page);
    await page.context().close();
  });

  test('mistakes and wording below the target are caught before saving; only what changed is sent', async () => {
    const page = await world.signInAs(accounts.convener);
    const dischargeId = await openProject(page, dischargeTitle, { translated: true });
    await page.locator('#project-edit-link').click();
    await page.locator('#project-title').waitFor();
    await waitForSummary(page, 'project-summary-check-summary', /Reading ease \d+/);

    // An empty title and summary: the error summary links to both.
    await page.locator('#project-title').fill('');
    await page.locator('#project-summary').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    assert.equal(await summary.locator('a[href="#project-title"]').count(), 1);
    assert.equal(await summary.locator('a[href="#project-summary"]').count(), 1);
    await waitForTitle(page, /^Error: Change the project details/);
    await checkAccessibility(page, 'change the project details with errors');

    // Wording below the target asks for a tick, as on "Start a project".
    await page.locator('#project-title').fill(`${dischargeTitle} in Riverside`);
    await page.locator('#project-summary').fill('The KPI will be agreed by the board.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await summary.locator('a[href="#plain-language-confirm"]').waitFor();
    assert.match(await page.locator('.govuk-warning-text').innerText(), /below the plain language target/);
    assert.match(page.url(), /\/edit$/, 'nothing was saved');
    await checkAccessibility(page, 'change the project details, below the target');
    await page.getByLabel('I have checked the wording and want to publish it anyway').check();
    const sent = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH') sent.push(JSON.parse(request.postData() ?? '{}'));
    });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${dischargeId}`);
    await page.locator('.govuk-notification-banner--success', { hasText: `${dischargeTitle} in Riverside has been changed` }).waitFor();
    // Only what changed is sent; with no translations there is nothing out of date.
    assert.deepEqual(sent, [{ title: `${dischargeTitle} in Riverside`, summary: 'The KPI will be agreed by the board.' }]);
    assert.equal(await page.locator('#project-flash-more').count(), 0);
    await checkAccessibility(page, 'project page after changing the title and summary');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a member sees no link to change the project and cannot open the page', async () => {
    const page = await world.signInAs(accounts.member);
    await openProject(page, projectTitle, { translated: true });
    assert.equal(await page.getByRole('link', { name: 'Change the project details' }).count(), 0);
    assert.equal(await page.locator(`a[href="/projects/${projectId}/edit"]`).count(), 0);
    await checkAccessibility(page, 'project page for a member');

    await page.goto(`/projects/${projectId}/edit`);
    await page.locator('h1', { hasText: 'You cannot do this' }).waitFor();
    await waitForTitle(page, /^You cannot do this/);
    assert.match(await page.locator('#main-content').innerText(), /Only the partnership's conveners and the project's co-leads can change the project details/);
    assert.equal(await page.locator('#project-summary').count(), 0, 'no form');
    await checkAccessibility(page, 'change the project details for a member');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the Easy Read editor flags a long line and an abbreviation next to their line as the author types', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(`/translations/project/${projectId}/summary`);
    await page.locator('h2', { hasText: 'Easy Read version' }).waitFor();
    await page.locator('#easy-read-1-text').waitFor();
    assert.match(await page.locator('#easy-read-live-check').innerText(), /The check starts when you stop typing/);
    await checkAccessibility(page, 'Easy Read editor, nothing written');

    const requests = checkRequests(page);
    await page.locator('#easy-read-1-text').fill('We meet every Tuesday.');
    await waitForSummary(page, 'easy-read-live-check-summary', /Reading ease \d+/);
    assert.equal(requests.at(-1).easy_read, true, 'checked against the Easy Read target');
    assert.equal(requests.at(-1).locale, 'en');
    assert.equal(await page.locator('#easy-read-1-check').count(), 0, 'a short line has nothing to say');

    await page.getByRole('button', { name: 'Add a line' }).click();
    const before = requests.length;
    // Typed key by key: one check after the typing stops, not one per key.
    await page.locator('#easy-read-2-text').pressSequentially(longLine, { delay: 5 });
    const note = page.locator('#easy-read-2-check');
    await note.waitFor({ timeout: 10_000 });
    assert.equal(await note.innerText(), 'Line 2: a sentence of 21 words. Use 15 words or fewer.');
    assert.equal(requests.length - before, 1, 'one check for the whole typing');
    assert.equal(requests.at(-1).text, `We meet every Tuesday.\n\n${longLine}\n\n`);
    // The note is tied to its input, and not to the other line.
    assert.match(await page.locator('#easy-read-2-text').getAttribute('aria-describedby'), /\beasy-read-2-check\b/);
    assert.equal(await page.locator('#easy-read-1-text').getAttribute('aria-describedby'), null);
    await waitForSummary(page, 'easy-read-live-check-summary', /below the target/);
    assert.match(await page.locator('#easy-read-live-check').innerText(), /Sentences longer than 15 words: 1/);

    await page.getByRole('button', { name: 'Add a line' }).click();
    await page.locator('#easy-read-3-text').fill('Ask your GP');
    const abbreviation = page.locator('#easy-read-3-check');
    await abbreviation.waitFor({ timeout: 10_000 });
    assert.equal(await abbreviation.innerText(), 'Line 3: “GP” is an abbreviation. Write “family doctor” instead.');
    await checkAccessibility(page, 'Easy Read editor with lines to change');
    await screenshot(page, 'project-edit-easy-read-live');

    // The note moves with its line.
    await page.getByRole('button', { name: 'Move up Line 2' }).click();
    assert.equal(await page.locator('#easy-read-1-check').innerText(), 'Line 1: a sentence of 21 words. Use 15 words or fewer.');
    assert.match(await page.locator('#easy-read-1-text').getAttribute('aria-describedby'), /\beasy-read-1-check\b/);
    await page.getByRole('button', { name: 'Move down Line 1' }).click();

    // Shorter words: the notes go.
    await page.locator('#easy-read-2-text').fill('We talk about day centres.');
    await page.locator('#easy-read-3-text').fill('Ask your family doctor.');
    await waitForSummary(page, 'easy-read-live-check-summary', /meets the target/);
    assert.equal(await page.locator('.rt-easy-read-line-check').count(), 0);
    assert.equal(await page.locator('#easy-read-2-text').getAttribute('aria-describedby'), null);
    await checkAccessibility(page, 'Easy Read editor meeting the target');
    assertNoProblems(page);
    await page.context().close();
  });
});
