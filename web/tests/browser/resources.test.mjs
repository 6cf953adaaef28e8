// Resources to take part (issue 9): the convener, who has not got the finance
// role and cannot give it to herself, adds a second convener and asks for them
// to be given it (another convener must confirm), adds a carer with an
// invitation link, and records that the carer took part in a customer forum.
// The carer sees the offer on "Payments", claims her time and carer cover
// (after the claim form shows an over-the-cap error next to the line), and
// saves her bank details. Tom Reid, the demo's convener with the finance role,
// sets a small budget, approves the claim anyway when told it goes over the
// budget (nobody approves their own claim), and marks it paid. The carer sees the payment in her
// history. Every page is scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, assertNoProblems, checkAccessibility, openAttendance, openProjectPage, partnershipName, recordOnRegister, screenshot, waitForTitle } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const forumTitle = 'Customer forum';
const carer = { name: 'Rosa Lindqvist', email: 'rosa.lindqvist@residents.example', password: 'rosa-has-a-long-password' };
const treasurer = { name: 'Femi Adeyemi', email: 'femi.adeyemi@riverside-vcs.example', password: 'femi-has-a-long-password' };


// Adds a person as the convener and returns their invitation link.
async function addPerson(page, person, { role, group }) {
  await page.goto('/people/new');
  await page.locator('h1', { hasText: 'Add a person' }).waitFor();
  await page.locator('#person-name').fill(person.name);
  // Both take part as themselves: a member of staff, a carer.
  await page.getByLabel('As themselves').check();
  await page.locator('#person-email').fill(person.email);
  if (role) await page.locator('#person-role').selectOption(role);
  await page.getByLabel(group, { exact: true }).check();
  await page.getByRole('button', { name: 'Add person' }).click();
  const banner = page.locator('.govuk-notification-banner--success');
  await banner.waitFor();
  await page.locator('h1', { hasText: person.name }).waitFor();
  return banner.locator('a').getAttribute('href');
}

// A 1 by 1 pixel PNG, for a receipt.
const receiptPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('resources to take part', () => {
  const world = theDemoPartnership('resources');
  let carerLink = '';
  let claimPath = '';

  test('the convener asks for the finance role for another convener, adds a carer and records that she took part', async () => {
    const page = await world.signInAs(accounts.convener);

    // Payments is in the navigation for everyone.
    await page.locator('#navigation').getByRole('link', { name: 'Payments' }).click();
    await page.locator('h1', { hasText: 'Payments' }).waitFor();
    await waitForTitle(page, `Payments – ${partnershipName}`);
    await page.locator('#benefits-note').waitFor();
    await checkAccessibility(page, 'payments for the convener');
    // Not finance yet: the finance page says who can use it.
    await page.goto('/finance');
    await page.locator('#finance-only').waitFor();
    await checkAccessibility(page, 'finance page for a convener without the role');

    await page.goto('/people');
    await page.getByRole('link', { name: 'Grace Mensah' }).click();
    await page.locator('h1', { hasText: 'Grace Mensah' }).waitFor();
    // Nobody gives themselves the finance role: her own page says so, with no button.
    await page.locator('#finance-role-self').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ask to give the finance role' }).count(), 0);
    await checkAccessibility(page, 'own person page without the finance role');

    await addPerson(page, treasurer, { role: 'convener', group: 'Staff' });
    await page.getByRole('button', { name: 'Ask to give the finance role' }).click();
    await page.locator('#finance-role-asked', { hasText: `You asked for ${treasurer.name} to be given the finance role. Another convener must confirm it before it changes.` }).waitFor();
    assert.match(await page.locator('#finance-role-status').innerText(), new RegExp(`${treasurer.name} does not have the finance role`));
    carerLink = await addPerson(page, carer, { group: 'Service users and carers' });
    // Only conveners can have the finance role.
    assert.equal(await page.locator('#finance-role').count(), 0);

    // The participation policy, with the note for people on benefits.
    await page.goto('/participation-policy');
    await page.locator('h1', { hasText: 'Participation policy' }).waitFor();
    assert.equal(await page.locator('#policy-hourly_pence').inputValue(), '25.00');
    assert.equal(await page.locator('#policy-cap-care_cover').inputValue(), '100.00');
    await checkAccessibility(page, 'participation policy');
    await page.locator('#policy-hourly_pence').fill('ten pounds');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.locator('#policy-hourly_pence-error').waitFor();
    await checkAccessibility(page, 'participation policy with errors');
    await page.locator('#policy-hourly_pence').fill('25');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Participation policy saved' }).waitFor();

    // Record that the carer took part in the first customer forum.
    await openAttendance(page, projectTitle, forumTitle);
    await recordOnRegister(page, carer.name);
    await page.locator('.govuk-notification-banner--success', { hasText: `${carer.name} took part` }).waitFor();
    assertNoProblems(page);
    await page.context().close();

    await world.acceptInvitation(carerLink, carer.password);
  });

  test('the carer sees the offer and claims her time and carer cover', async () => {
    const page = await world.signInAs(carer.email, { password: carer.password });
    await page.locator('#navigation').getByRole('link', { name: 'Payments' }).click();
    await page.locator('h1', { hasText: 'Payments' }).waitFor();
    const offers = page.locator('#offers');
    await offers.waitFor();
    assert.match(await offers.innerText(), new RegExp(`${forumTitle}[\\s\\S]*Not answered`));
    assert.match(await page.locator('#benefits-note').innerText(), /benefits/);
    await checkAccessibility(page, 'payments with an offer');

    // Bank details: after saving, only the last four digits show.
    await page.getByRole('button', { name: 'Add bank details' }).click();
    await page.locator('#bank-name').fill(carer.name);
    await page.locator('#bank-sort-code').fill('12-34');
    await page.locator('#bank-account-number').fill('12345678');
    await page.getByRole('button', { name: 'Save bank details' }).click();
    await page.locator('#bank-sort-code-error').waitFor();
    await checkAccessibility(page, 'bank details with errors');
    await page.locator('#bank-sort-code').fill('12-34-56');
    await page.getByRole('button', { name: 'Save bank details' }).click();
    await page.getByText('Bank details saved').waitFor();
    assert.match(await page.locator('#bank-details').innerText(), /Account ending 5678/);
    assert.doesNotMatch(await page.locator('main').innerText(), /12345678/);

    await page.locator('#offers').getByRole('button', { name: /^Claim now/ }).click();
    await page.locator('h1', { hasText: 'Claim payment' }).waitFor();
    await waitForTitle(page, `Claim payment – ${partnershipName}`);
    // The activity is chosen and its length (an hour) is the default time.
    assert.notEqual(await page.locator('#claim-activity').inputValue(), '');
    await page.waitForFunction(() => document.querySelector('#claim-minutes')?.value === '60');
    assert.match(await page.locator('#claim-caps').innerText(), /Carer cover: up to £100\.00/);
    await page.getByLabel('Claim expenses only').check();
    assert.equal(await page.locator('#claim-minutes').count(), 0);
    await page.getByLabel('Yes, claim my time and expenses').check();
    await checkAccessibility(page, 'claim form');

    await page.getByRole('button', { name: 'Add an expense' }).click();
    await page.locator('#claim-expense-0-kind').selectOption('care_cover');
    await page.locator('#claim-expense-0-amount').fill('30');
    // A file that is not what its type says is refused, next to the line.
    await page.locator('#claim-expense-0-receipt').setInputFiles({ name: 'not-a-picture.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4 not a picture') });
    await page.locator('#claim-expense-0-receipt-error', { hasText: 'contents are not what its type says' }).waitFor();
    await page.locator('#claim-expense-0-receipt').setInputFiles({ name: 'carer-invoice.png', mimeType: 'image/png', buffer: receiptPng });
    await page.getByText('Receipt uploaded: carer-invoice.png').waitFor();
    await page.getByRole('button', { name: 'Add an expense' }).click();
    await page.locator('#claim-expense-1-kind').selectOption('travel');
    await page.locator('#claim-expense-1-amount').fill('80');
    await page.getByLabel('Bank transfer').check();
    await page.getByRole('button', { name: 'Send claim' }).click();

    // Travel is capped at £50: the server names the line; the error shows next to it.
    const lineError = page.locator('#claim-expense-1-amount-error');
    await lineError.waitFor();
    assert.match(await lineError.innerText(), /over the limit of £50\.00/);
    const summary = page.locator('.govuk-error-summary');
    assert.equal(await summary.locator('a[href="#claim-expense-1-amount"]').count(), 1);
    // Focus moves to the summary just after it is drawn.
    await summary.page().waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5_000 });
    await waitForTitle(page, /^Error: Claim payment/);
    await checkAccessibility(page, 'claim form with an over-the-cap error');
    // A typing mistake is caught before sending.
    await page.locator('#claim-expense-1-amount').fill('12.345');
    await page.getByRole('button', { name: 'Send claim' }).click();
    await page.locator('#claim-expense-1-amount-error', { hasText: 'Enter the amount in pounds and pence' }).waitFor();

    await page.getByRole('button', { name: 'Remove expense 2' }).click();
    await page.getByRole('button', { name: 'Send claim' }).click();
    await page.waitForFunction(() => /^\/claims\/[^/]+$/.test(window.location.pathname) && window.location.pathname !== '/claims/new');
    claimPath = new URL(page.url()).pathname;
    await page.locator('.govuk-notification-banner--success', { hasText: `Claim sent: £55.00 for ${forumTitle}` }).waitFor();
    assert.match(await page.locator('#claim-details').innerText(), /Sent/);
    assert.match(await page.locator('#claim-expenses').innerText(), /Carer cover[\s\S]*£30\.00/);
    await checkAccessibility(page, 'claim page for the claimant');
    assert.equal(await page.getByRole('button', { name: 'Approve claim' }).count(), 0);

    await page.goto('/payments');
    assert.match(await page.locator('#my-claims').innerText(), /£55\.00[\s\S]*Sent/);
    assert.match(await page.locator('#offers').innerText(), /Claimed/);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the finance convener sets a budget and sees who has been paid', async () => {
    const page = await world.signInAs(accounts.financeConvener);
    await openProjectPage(page, projectTitle, 'Participation budget', 'Participation budget');
    await waitForTitle(page, `Participation budget: ${projectTitle} – ${partnershipName}`);
    await page.locator('#budget-not-set').waitFor();
    assert.match(await page.locator('#unpaid').innerText(), new RegExp(`${carer.name}[\\s\\S]*Claimed`));
    assert.match(await page.locator('#unpaid-counts').innerText(), /Claimed: 1/);
    await checkAccessibility(page, 'budget before it is set');

    await page.locator('#budget-total').fill('40');
    await page.locator('#budget-group-service_users_carers').fill('50');
    await page.getByRole('button', { name: 'Save budget' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await checkAccessibility(page, 'budget with errors');
    await page.locator('#budget-group-service_users_carers').fill('1,2');
    await page.getByRole('button', { name: 'Save budget' }).click();
    await page.locator('#budget-group-service_users_carers-error', { hasText: 'Enter an amount in pounds and pence' }).waitFor();
    await page.locator('#budget-group-service_users_carers').fill('30.50');
    await page.getByRole('button', { name: 'Save budget' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Budget saved' }).waitFor();
    assert.match(await page.locator('#budget-summary').innerText(), /Total budget\s+£40\.00/);
    assert.match(await page.locator('#budget-groups').innerText(), /Service users and carers\s+£30\.50/);
    await checkAccessibility(page, 'budget after saving');

    // Tom has the finance role, so he sees the claim to approve.
    await page.getByRole('link', { name: 'Claims for this project' }).click();
    await page.locator('h1', { hasText: 'Claims to approve and pay' }).waitFor();
    await page.locator('#finance-claims').waitFor();
    assert.match(await page.getByRole('link', { name: 'Download claims ready to pay (CSV)' }).getAttribute('href'), /^\/api\/v1\/claims\/export\.csv\?project_id=/);
    await checkAccessibility(page, 'claims of one project');
    assert.match(await page.locator('#finance-claims').innerText(), new RegExp(`${carer.name}[\\s\\S]*£55\\.00`));
    assertNoProblems(page);
    await page.context().close();
  });

  test('the finance convener approves the claim over the budget and marks it paid', async () => {
    const page = await world.signInAs(accounts.financeConvener);
    await page.goto('/payments');
    await page.getByRole('link', { name: 'Claims to approve and pay (finance)' }).click();
    await page.locator('h1', { hasText: 'Claims to approve and pay' }).waitFor();
    const download = page.getByRole('link', { name: 'Download claims ready to pay (CSV)' });
    assert.equal(await download.getAttribute('href'), '/api/v1/claims/export.csv');
    await checkAccessibility(page, 'claims to approve');
    await page.locator('#finance-claims').getByRole('link', { name: carer.name }).click();
    await page.locator('h1', { hasText: `Claim for ${forumTitle}` }).waitFor();
    assert.equal(new URL(page.url()).pathname, claimPath);
    await page.getByRole('button', { name: 'Approve claim' }).waitFor();
    await checkAccessibility(page, 'claim page for finance');

    // Rejecting needs a reason.
    await page.getByRole('button', { name: 'Reject claim' }).click();
    await page.locator('#reject-reason-error').waitFor();

    await page.getByRole('button', { name: 'Approve claim' }).click();
    const warning = page.locator('#over-budget');
    await warning.waitFor();
    assert.match(await warning.innerText(), /over its participation budget/);
    await checkAccessibility(page, 'claim over the budget');
    await page.getByRole('button', { name: 'Approve anyway' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: `Claim approved: £55.00 for ${carer.name}` }).waitFor();
    assert.match(await page.locator('#claim-details').innerText(), /Approved although it took the project over its budget/);

    await page.locator('#paid-reference').fill('BACS 000123');
    await page.getByRole('button', { name: 'Mark as paid' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: `Claim marked as paid: £55.00 to ${carer.name}` }).waitFor();
    assert.match(await page.locator('#claim-details').innerText(), /BACS 000123/);
    await checkAccessibility(page, 'claim after it is paid');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the carer sees the payment in her history', async () => {
    const page = await world.signInAs(carer.email, { password: carer.password });
    await page.goto('/payments');
    await page.locator('h1', { hasText: 'Payments' }).waitFor();
    assert.match(await page.locator('#payment-history').innerText(), new RegExp(`${forumTitle}[\\s\\S]*BACS 000123[\\s\\S]*£55\\.00`));
    assert.match(await page.locator('#payment-totals').innerText(), /Paid to you\s+£55\.00/);
    const csv = page.getByRole('link', { name: 'Download for my records (CSV)' });
    assert.equal(await csv.getAttribute('href'), '/api/v1/me/payments?format=csv');
    const response = await page.request.get('/api/v1/me/payments?format=csv');
    assert.match(await response.text(), /TOTAL PAID,.*55\.00/);
    await checkAccessibility(page, 'payment history');
    await screenshot(page, 'payments-en');

    // In Arabic, right to left.
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('h1', { hasText: 'المدفوعات' }).waitFor();
    await checkAccessibility(page, 'payments in Arabic');
    assertNoProblems(page);
    await page.context().close();
  });
});
