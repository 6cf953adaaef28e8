// Out-of-date translations and claims someone else decides (issues 8 and 9).
// The convener translates the project summary into Polish and adds an Easy
// Read version, then changes the summary (through the API, with the page's own
// session; project-edit.test.mjs changes it on the page). Marek Nowak, who prefers Polish,
// still reads the Polish text, told in Polish that it is of an earlier
// version, with the original one click away; the translations-needed page
// lists Polish as "Out of date" with the link to update it, and updating it
// takes it off the list. Then a convener with the finance role who sent a
// claim on a resident's behalf is told why he cannot approve it, and a claim
// for the time of someone paid by their employer is refused next to the time
// question. Every page is scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  api,
  assertNoProblems,
  checkAccessibility,
  openAttendance,
  openProject,
  openProjectPage,
  recordOnRegister,
  screenshot,
  waitForTitle,
} from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const polishSummary = 'Razem z mieszkańcami zmieniamy zajęcia dzienne dla starszych osób.';
const newSummary = 'We are changing day activities for older people with the people who use them. We will also look at transport.';
const newPolishSummary = 'Razem z osobami, które z nich korzystają, zmieniamy zajęcia dzienne dla starszych osób. Zajmiemy się też dojazdem.';
const outdatedInPolish = 'To tłumaczenie dotyczy wcześniejszej wersji tekstu. Oryginał może mówić więcej.';
const easyReadOutdatedInPolish = 'Ta wersja łatwa do czytania dotyczy wcześniejszej wersji tekstu. Oryginał może mówić więcej.';
const teaTitle = 'Tea and talk: what makes a good day?';
const resident = 'Joan Price';
const worker = 'Beth Morgan';

// Calls the API from a signed-in page, with its CSRF token.

async function openNeeded(page, projectId) {
  await page.goto(`/projects/${projectId}/translations-needed`);
  await page.locator('h1', { hasText: 'Translations needed' }).waitFor();
  await page.locator('.govuk-caption-l', { hasText: projectTitle }).waitFor();
}

describe('out-of-date translations, and claims someone else decides', () => {
  const world = theDemoPartnership('outdated');
  let projectId;

  test('the convener translates the summary, then changes it: Polish is out of date', async () => {
    const page = await world.signInAs(accounts.convener);
    projectId = await openProject(page, projectTitle, { translated: true });
    await openNeeded(page, projectId);
    const summaryRow = page.locator('table[data-language="pl"] tr', { hasText: 'Project summary' });
    assert.equal(await summaryRow.getAttribute('data-status'), 'missing');
    assert.match(await summaryRow.innerText(), /Not translated/);
    await summaryRow.getByRole('link', { name: /Add a translation \(Polish\)/ }).click();
    await page.locator('h1', { hasText: 'Translations and Easy Read: Project summary' }).waitFor();
    await page.locator('#translation-text').fill(polishSummary);
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The Polish translation is saved' }).waitFor();
    // Made from today's wording: not out of date.
    const polishRow = page.locator('#translations-list .govuk-summary-list__row', { hasText: 'Polish' });
    assert.equal(await polishRow.locator('.govuk-tag').count(), 0);
    assert.equal(await page.locator('#translations-outdated').count(), 0);
    const easyRead = await api(page, 'PUT', '/api/v1/easy-read', {
      subject_type: 'project',
      subject_id: projectId,
      field: 'summary',
      lines: [{ text: 'We meet every week.', pictogram: 'calendar' }],
    });
    assert.equal(easyRead.status, 200);

    const changed = await api(page, 'PATCH', `/api/v1/projects/${projectId}`, { summary: newSummary });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));

    // The list says Polish is out of date, with the same link to the translation page.
    await openNeeded(page, projectId);
    const row = page.locator('table[data-language="pl"] tr', { hasText: 'Project summary' });
    assert.equal(await row.count(), 1);
    assert.equal(await row.getAttribute('data-status'), 'outdated');
    assert.match(await row.innerText(), /Out of date/);
    assert.match(await page.locator('#needed-outdated-intro').innerText(), /the original text has changed since it was translated/);
    const update = row.getByRole('link', { name: /Update the translation \(Polish\)/ });
    assert.match(await update.getAttribute('href'), new RegExp(`^/translations/project/${projectId}/summary\\?language=pl$`));
    await checkAccessibility(page, 'translations needed with an out-of-date translation');
    await screenshot(page, 'outdated-translations-needed');

    // The translation page marks the Polish translation and the Easy Read version.
    await update.click();
    await page.locator('h1', { hasText: 'Translations and Easy Read: Project summary' }).waitFor();
    assert.equal(await page.locator('#translation-original').innerText(), newSummary);
    const outdatedRow = page.locator('#translations-list .govuk-summary-list__row', { hasText: 'Polish' });
    assert.equal(await outdatedRow.getAttribute('data-outdated'), 'true');
    assert.equal(await outdatedRow.locator('dt .govuk-tag').innerText(), 'Out of date');
    assert.equal(await outdatedRow.locator('dd').innerText(), polishSummary);
    await page.locator('#translations-outdated').waitFor();
    assert.match(await page.locator('#easy-read-outdated').innerText(), /made from an earlier version of the original/);
    // The form starts from the Polish translation, to be brought up to date.
    assert.equal(await page.locator('#translation-text').inputValue(), polishSummary);
    await checkAccessibility(page, 'translation page with out-of-date versions');
    assertNoProblems(page);
    await page.context().close();
  });

  test('Marek reads the Polish summary with a note that it is out of date', async () => {
    const page = await world.signInAs(accounts.polishMember);
    await openProject(page, projectTitle, { translated: true });
    const text = page.locator('#project-summary-text');
    assert.equal(await text.innerText(), polishSummary);
    assert.equal(await text.getAttribute('lang'), 'pl');
    assert.equal(await page.locator('#project-summary-outdated').innerText(), outdatedInPolish);
    await checkAccessibility(page, 'project page with an out-of-date Polish summary');
    await screenshot(page, 'outdated-summary-pl');

    // The original, as it is now, is still one click away.
    await page.getByRole('button', { name: 'Pokaż oryginał (angielski)' }).click();
    assert.equal(await text.innerText(), newSummary);
    assert.equal(await text.getAttribute('lang'), 'en');
    assert.equal(await page.locator('#project-summary-outdated').count(), 0, 'the original is not out of date');
    await page.getByRole('button', { name: 'Pokaż tłumaczenie' }).click();
    assert.equal(await text.innerText(), polishSummary);
    await page.locator('#project-summary-outdated').waitFor();

    // So is the Easy Read version, with its own note.
    await page.getByRole('button', { name: 'Przeczytaj w wersji łatwej do czytania' }).click();
    assert.equal(await page.locator('#project-summary-easy-read-outdated').innerText(), easyReadOutdatedInPolish);
    assert.equal(await page.locator('#project-summary-easy-read li').count(), 1);
    await checkAccessibility(page, 'project page with an out-of-date Easy Read version');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener updates the Polish translation and it is no longer out of date', async () => {
    const page = await world.signInAs(accounts.convener);
    await openNeeded(page, projectId);
    await page.locator('table[data-language="pl"] tr', { hasText: 'Project summary' }).getByRole('link', { name: /Update the translation \(Polish\)/ }).click();
    await page.locator('#translation-text').waitFor();
    await page.locator('#translation-text').fill(newPolishSummary);
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The Polish translation is saved' }).waitFor();
    const polishRow = page.locator('#translations-list .govuk-summary-list__row', { hasText: 'Polish' });
    await polishRow.locator('dd', { hasText: newPolishSummary }).waitFor();
    assert.equal(await polishRow.locator('.govuk-tag').count(), 0);
    assert.equal(await page.locator('#translations-outdated').count(), 0);
    // The Easy Read version was not changed, so it is still out of date.
    await page.locator('#easy-read-outdated').waitFor();
    await checkAccessibility(page, 'translation page after updating the translation');

    await openNeeded(page, projectId);
    assert.equal(await page.locator('table[data-language="pl"] tr', { hasText: 'Project summary' }).count(), 0);
    assert.equal(await page.locator('#needed-outdated-intro').count(), 0);
    await checkAccessibility(page, 'translations needed after updating the translation');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a finance convener who sent a claim on someone\'s behalf is told another finance officer decides it', async () => {
    const page = await world.signInAs(accounts.financeConvener);
    await openAttendance(page, projectTitle, teaTitle);
    // Joan is at this project's table for service users and carers, so that is the group she takes part for.
    await recordOnRegister(page, resident, { paidByEmployer: false });
    await page.locator('.govuk-notification-banner--success', { hasText: `${resident} took part for Service users and carers` }).waitFor();

    await openProjectPage(page, projectTitle, 'Participation budget', 'Participation budget');
    await page.locator('#unpaid').getByRole('link', { name: new RegExp(`^Claim for them\\s*: ${resident}`) }).click();
    await page.locator('h1', { hasText: 'Claim payment' }).waitFor();
    await waitForTitle(page, /^Claim payment/);
    await page.waitForFunction(() => document.querySelector('#claim-minutes')?.value === '120');
    // Saying no to payment is declining the offer, not a way of being paid.
    assert.equal(await page.getByLabel('I do not want to be paid').count(), 0);
    assert.match(await page.locator('#claim-decline').innerText(), new RegExp(`If ${resident} does not want to be paid, do not send a claim`));
    await checkAccessibility(page, 'claim form on someone\'s behalf, without "I do not want to be paid"');
    await page.getByLabel('Voucher').check();
    await page.getByRole('button', { name: 'Send claim' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: `Claim sent for ${resident}` }).waitFor();

    // Tom has the finance role; the claim is on the finance page, for someone else to decide.
    await page.goto('/finance');
    const claims = page.locator('#finance-claims');
    await claims.waitFor();
    // Joan has another claim in the demo (the mugs for Hug in a mug): this one is for the tea and talk.
    const claimRow = claims.locator('tbody tr', { hasText: resident }).filter({ hasText: teaTitle });
    assert.match(await claimRow.innerText(), /Sent\s+You sent this claim, so another finance officer decides it\./);
    await checkAccessibility(page, 'finance page with a claim someone else decides');

    await claimRow.getByRole('link', { name: resident }).click();
    await page.locator('h1', { hasText: `Claim for ${teaTitle}` }).waitFor();
    const why = page.locator('#claim-not-yours-to-decide');
    await why.waitFor();
    assert.equal(await why.innerText(), 'You sent this claim, so another finance officer decides it.');
    assert.equal(await page.getByRole('button', { name: 'Approve claim' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Reject claim' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Mark as paid' }).count(), 0);
    await checkAccessibility(page, 'claim page for a finance convener who sent it');
    await screenshot(page, 'outdated-claim-sent-by-finance');
    assertNoProblems(page);
    await page.context().close();
  });

  test('claiming time for someone paid by their employer is refused next to the time question', async () => {
    const page = await world.signInAs(accounts.convener);
    await openAttendance(page, projectTitle, teaTitle);
    await recordOnRegister(page, worker, { paidByEmployer: true });
    await page.locator('.govuk-notification-banner--success', { hasText: `${worker} took part` }).waitFor();

    await page.locator('table#attended').getByRole('link', { name: new RegExp(`^Claim for them\\s*: ${worker}`) }).click();
    await page.locator('h1', { hasText: 'Claim payment' }).waitFor();
    await page.locator('#claim-payee').waitFor();
    // Her time, paid to her rather than her charity: the server says no.
    await page.getByLabel(worker, { exact: true }).check();
    await page.getByLabel('Bank transfer').check();
    await page.getByRole('button', { name: 'Send claim' }).click();
    const error = page.locator('#claim-time-error');
    await error.waitFor();
    assert.match(await error.innerText(), /employer pays them for this time/);
    const link = page.locator('.govuk-error-summary a[href="#claim-time"]');
    assert.equal(await link.count(), 1);
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'claim-time');
    await waitForTitle(page, /^Error: Claim payment/);
    await checkAccessibility(page, 'claim form refusing time for someone paid by their employer');

    // Expenses only is what she can claim.
    await page.getByLabel('Claim expenses only').check();
    // Nobody has given bank details, so a voucher, not a transfer.
    await page.getByLabel('Voucher').check();
    await page.getByRole('button', { name: 'Add an expense' }).click();
    await page.locator('#claim-expense-0-kind').selectOption('travel');
    await page.locator('#claim-expense-0-amount').fill('4.50');
    await page.getByRole('button', { name: 'Send claim' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: `Claim sent for ${worker}: £4.50` }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });
});
