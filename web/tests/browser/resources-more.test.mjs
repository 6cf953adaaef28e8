// Resources to take part (issue 9), who is paid by their employer: the
// convener sets her own rates for tea-and-talk sessions, then records at one
// that Beth (a VCS worker) was paid by her charity to be there and that Joan
// (a resident) was not. Only Joan is on the unpaid list and gets an offer.
// The convener claims on Joan's behalf at the tea-and-talk rate; after she
// takes the finance role (without signing in again), the claim is on the
// finance page. Beth's charity claims for her time (backfill) at the backfill
// rate. Before an activity starts, the claim form asks a convener why she
// records a claim early (the server's early_reason) and tells a member there
// is nothing to claim for yet. Every page is scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  api,
  assertNoProblems,
  checkAccessibility,
  openAttendance,
  openProjectPage,
  partnershipName,
  recordOnRegister,
  waitForTitle,
} from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const teaTitle = 'Tea and talk: what makes a good day?';
const worker = { name: 'Beth Morgan', email: 'beth.morgan@silverthreads.example', organisation: "Silver Threads Older People's Club" };
const resident = { name: 'Joan Price', email: accounts.member };

describe('resources to take part: paid by their employer, claims on someone\'s behalf and backfill', () => {
  const world = theDemoPartnership('resources-more');

  test('the convener sets rates of their own for tea-and-talk sessions', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto('/participation-policy');
    await page.locator('h1', { hasText: 'Participation policy' }).waitFor();
    // No kind has rates of its own yet: no boxes for them.
    assert.equal(await page.locator('#policy-tea_and_talk-hourly_pence').count(), 0);
    await page.getByLabel('Tea and talk', { exact: true }).check();
    // A newly ticked kind starts from the rates everyone gets.
    assert.equal(await page.locator('#policy-tea_and_talk-hourly_pence').inputValue(), '25.00');
    await checkAccessibility(page, 'participation policy with rates for tea and talk');
    await page.locator('#policy-tea_and_talk-hourly_pence').fill('thirty');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.locator('#policy-tea_and_talk-hourly_pence-error').waitFor();
    assert.equal(await page.locator('.govuk-error-summary a[href="#policy-tea_and_talk-hourly_pence"]').count(), 1);
    await checkAccessibility(page, 'participation policy with an error in the tea-and-talk rates');
    await page.locator('#policy-tea_and_talk-hourly_pence').fill('30');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Participation policy saved' }).waitFor();

    // The server kept them.
    await page.reload();
    await page.locator('#policy-tea_and_talk-hourly_pence').waitFor();
    assert.equal(await page.locator('#policy-tea_and_talk-hourly_pence').inputValue(), '30.00');
    assert.equal(await page.locator('#policy-hourly_pence').inputValue(), '25.00');
    assert.equal(await page.locator('#policy-workshop-hourly_pence').count(), 0);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the organiser records a VCS worker as paid by her employer and a resident as not', async () => {
    const page = await world.signInAs(accounts.convener);
    await openAttendance(page, projectTitle, teaTitle);
    const paidFor = (name) => page.getByLabel(`Does ${name}'s employer pay them to be here?`);

    // The choice follows the group: a council officer (added as a walk-in) is paid by her employer...
    await page.locator('#register-walk-in').selectOption({ label: 'Priya Raman' });
    await page.getByRole('button', { name: 'Add to the register' }).click();
    assert.equal(await paidFor('Priya Raman').inputValue(), 'yes');
    // ...and a VCS worker is offered payment unless the organiser says otherwise.
    assert.equal(await paidFor(worker.name).inputValue(), 'no');
    assert.match(await page.locator('#register-paid-hint').innerText(), /A charity worker's organisation can claim for their time instead/);
    await checkAccessibility(page, 'attendance register');
    await page.locator('table#register').getByLabel('Priya Raman', { exact: true }).uncheck();
    await recordOnRegister(page, worker.name, { paidByEmployer: true });
    const banner = page.locator('.govuk-notification-banner--success', { hasText: `${worker.name} took part for Voluntary and community sector` });
    await banner.waitFor();
    assert.match(await banner.innerText(), /Their employer pays them to be here, so they are not offered payment/);

    // Joan is at this project's table for service users and carers: offered payment.
    assert.equal(await paidFor(resident.name).inputValue(), 'no');
    await recordOnRegister(page, resident.name);
    await page.locator('.govuk-notification-banner--success', { hasText: `${resident.name} took part for Service users and carers` }).waitFor();
    assert.match(await page.locator('.govuk-notification-banner--success').innerText(), /They are offered payment for taking part/);

    // The list says who is paid by their employer.
    const rows = page.locator('table#attended tbody tr');
    assert.match(await rows.filter({ hasText: worker.name }).innerText(), /Voluntary and community sector\s+Yes/);
    assert.match(await rows.filter({ hasText: resident.name }).innerText(), /Service users and carers\s+No/);
    await checkAccessibility(page, 'attendance list with who is paid by their employer');
    assertNoProblems(page);
    await page.context().close();
  });

  test('only the resident is on the unpaid list and gets an offer', async () => {
    const page = await world.signInAs(accounts.convener);
    await openProjectPage(page, projectTitle, 'Participation budget', 'Participation budget');
    const unpaid = page.locator('#unpaid');
    await unpaid.waitFor();
    assert.match(await unpaid.innerText(), new RegExp(`${resident.name}[\\s\\S]*Not answered[\\s\\S]*Claim for them`));
    assert.doesNotMatch(await unpaid.innerText(), new RegExp(worker.name));
    await checkAccessibility(page, 'unpaid list with "Claim for them"');
    assertNoProblems(page);
    await page.context().close();

    const workerPage = await world.signInAs(worker.email);
    await workerPage.goto('/payments');
    await workerPage.locator('#offers-heading').waitFor();
    // She has an offer from a session elsewhere in the demo, but none for this one.
    assert.doesNotMatch(await workerPage.locator('main').innerText(), new RegExp(teaTitle.replace('?', '\\?')));
    await checkAccessibility(workerPage, 'payments for a worker paid by her employer');
    assertNoProblems(workerPage);
    await workerPage.context().close();

    const residentPage = await world.signInAs(resident.email);
    await residentPage.goto('/payments');
    assert.match(await residentPage.locator('#offers').innerText(), new RegExp(`${teaTitle.replace('?', '\\?')}[\\s\\S]*Not answered`));
    await checkAccessibility(residentPage, 'payments for the resident with an offer');
    assertNoProblems(residentPage);
    await residentPage.context().close();
  });

  test('a convener claims on the resident\'s behalf, and finance sees the claim', async () => {
    const page = await world.signInAs(accounts.convener);
    await openProjectPage(page, projectTitle, 'Participation budget', 'Participation budget');
    await page.locator('#unpaid').getByRole('link', { name: new RegExp(`^Claim for them\\s*: ${resident.name}`) }).click();
    await page.locator('h1', { hasText: 'Claim payment' }).waitFor();
    await waitForTitle(page, `Claim payment – ${partnershipName}`);
    assert.match(await page.locator('#claim-on-behalf').innerText(), new RegExp(`You are claiming for ${resident.name}`));
    assert.match(await page.locator('.govuk-caption-l').innerText(), new RegExp(resident.name));
    // The activity from the list is chosen; the tea-and-talk rate is offered for its 2 hours.
    assert.notEqual(await page.locator('#claim-activity').inputValue(), '');
    await page.waitForFunction(() => document.querySelector('#claim-minutes')?.value === '120');
    await page.getByText('£30.00 an hour').waitFor();
    // Joan acts for no organisation, so nobody else can claim for her time.
    assert.equal(await page.locator('#claim-payee').count(), 0);
    await checkAccessibility(page, 'claim form on someone\'s behalf');
    await page.getByLabel('Voucher').check();
    await page.getByRole('button', { name: 'Send claim' }).click();

    // Only the person and finance open a claim: the convener is back at the list.
    await page.waitForURL((url) => /^\/projects\/[^/]+\/budget$/.test(url.pathname));
    await page.locator('.govuk-notification-banner--success', { hasText: `Claim sent for ${resident.name}: £60.00 for ${teaTitle}` }).waitFor();
    const row = page.locator('#unpaid tbody tr', { hasText: resident.name });
    assert.match(await row.innerText(), /Claimed/);
    assert.equal(await row.getByRole('link', { name: /^Claim for them/ }).count(), 0);
    await checkAccessibility(page, 'unpaid list after claiming on someone\'s behalf');

    // Without the finance role the claim cannot be seen; with it, it is on the finance page.
    await page.goto('/finance');
    await page.locator('#finance-only').waitFor();
    assertNoProblems(page);
    await page.context().close();
    const financePage = await world.signInAs(accounts.financeConvener);
    await claimSeenByFinance(financePage);
  });

  // Tom Reid, the demo's convener with the finance role, finds the claim Grace sent.
  async function claimSeenByFinance(page) {
    await page.locator('#navigation').getByRole('link', { name: 'Payments' }).click();
    await page.getByRole('link', { name: 'Claims to approve and pay (finance)' }).click();
    await page.locator('h1', { hasText: 'Claims to approve and pay' }).waitFor();
    const claims = page.locator('#finance-claims');
    await claims.waitFor();
    assert.match(await claims.innerText(), new RegExp(`${resident.name}[\\s\\S]*${teaTitle.replace('?', '\\?')}[\\s\\S]*Service users and carers[\\s\\S]*£60\\.00[\\s\\S]*Sent`));
    await checkAccessibility(page, 'finance page with the claim made on someone\'s behalf');
    // Joan has another claim in the demo (the mugs for Hug in a mug): this one is for the tea and talk.
    await claims.locator('tbody tr', { hasText: teaTitle }).getByRole('link', { name: resident.name }).click();
    await page.locator('h1', { hasText: `Claim for ${teaTitle}` }).waitFor();
    assert.match(await page.locator('#claim-details').innerText(), /Voucher/);
    await checkAccessibility(page, 'claim made on someone\'s behalf, for finance');
    assertNoProblems(page);
    await page.context().close();
  }

  test('the VCS worker\'s charity claims for her time (backfill)', async () => {
    let page = await world.signInAs(accounts.convener);
    await openAttendance(page, projectTitle, teaTitle);
    await page.locator('table#attended').getByRole('link', { name: new RegExp(`^Claim for them\\s*: ${worker.name}`) }).click();
    await page.locator('h1', { hasText: 'Claim payment' }).waitFor();
    const payee = page.locator('#claim-payee');
    await payee.waitFor();
    assert.equal(await page.getByLabel(worker.name, { exact: true }).isChecked(), true);
    const charity = page.getByLabel(`${worker.organisation}: the organisation claims for the time`);
    await charity.check();
    assert.match(await page.locator('#claim-payee-hint').innerText(), /your organisation can claim for your time instead of you/);
    assert.match(await page.locator('#claim-payee-2-item-hint').innerText(), /£200\.00 for a day \(5 hours or more\), or £100\.00 for less/);
    // Claiming expenses only leaves nothing for the charity to claim.
    await page.getByLabel('Claim expenses only').check();
    assert.equal(await payee.count(), 0);
    await page.getByLabel('Yes, claim my time and expenses').check();
    await page.getByLabel(`${worker.organisation}: the organisation claims for the time`).check();
    await checkAccessibility(page, 'claim form with backfill');
    await page.getByLabel('Bank transfer').check();
    await page.getByRole('button', { name: 'Send claim' }).click();
    // Two hours is under 5: half the backfill day rate.
    await page.locator('.govuk-notification-banner--success', { hasText: `Claim sent for ${worker.name}: £100.00 for ${teaTitle}` }).waitFor();
    // Paid by her employer, so she is still not on the unpaid list.
    assert.doesNotMatch(await page.locator('#unpaid').innerText(), new RegExp(worker.name));

    assertNoProblems(page);
    await page.context().close();

    // The finance convener opens it.
    page = await world.signInAs(accounts.financeConvener);
    await page.goto('/finance');
    await page.locator('#finance-claims').getByRole('link', { name: worker.name }).click();
    await page.locator('h1', { hasText: `Claim for ${teaTitle}` }).waitFor();
    assert.match(await page.locator('#claim-details').innerText(), new RegExp(`${worker.name} \\(${worker.organisation}\\)[\\s\\S]*£100\\.00`));
    await checkAccessibility(page, 'backfill claim for finance');
    assertNoProblems(page);
    await page.context().close();
  });

  test('before an activity starts, a convener claims for someone only with a reason; a member is told to wait', async () => {
    const convener = await world.signInAs(accounts.convener);
    const projectId = (await api(convener, 'GET', '/api/v1/projects?limit=200')).body.items.find((project) => project.title === projectTitle).id;
    const people = (await api(convener, 'GET', '/api/v1/people?limit=200')).body.items;
    const layla = people.find((person) => person.name === 'Layla Haddad');
    const joan = people.find((person) => person.name === resident.name);
    const start = new Date(Date.now() + 2 * 86_400_000);
    const activity = await api(convener, 'POST', `/api/v1/projects/${projectId}/activities`, {
      kind: 'tea_and_talk',
      title: 'Tea and talk: setting up the garden',
      purpose: 'We set up the garden for the summer.',
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      venue: { address: 'Meadowbank Day Centre, 3 Orchard Road', features: ['step-free'] },
    });
    assert.equal(activity.status, 201, JSON.stringify(activity.body));
    // Both helped set up the day before and cannot come on the day: recorded early, with a reason.
    for (const person of [layla, joan]) {
      const attended = await api(convener, 'POST', `/api/v1/activities/${activity.body.id}/attendance`, {
        person_id: person.id,
        early_reason: 'Set up the garden the day before; cannot come on the day.',
      });
      assert.equal(attended.status, 201, JSON.stringify(attended.body));
    }

    await convener.goto(`/claims/new?activity=${activity.body.id}&person=${layla.id}`);
    await convener.locator('h1', { hasText: 'Claim payment' }).waitFor();
    await convener.locator('#claim-not-started', { hasText: 'Only a convener can record a claim for it now, and must say why' }).waitFor();
    await convener.locator('#claim-early-reason').waitFor();
    await checkAccessibility(convener, 'claim form before the activity starts, for a convener');
    await convener.getByLabel('Voucher').check();
    // Without a reason: asked here, before anything is sent.
    await convener.getByRole('button', { name: 'Send claim' }).click();
    await convener.locator('#claim-early-reason-error', { hasText: 'Say why you are recording this claim before the activity starts' }).waitFor();
    assert.equal(await convener.locator('.govuk-error-summary a[href="#claim-early-reason"]').count(), 1);
    // A reason the server refuses (over 1,000 characters): its field error is shown by the box.
    await convener.locator('#claim-early-reason').fill('She set the garden up. '.repeat(50));
    await convener.getByRole('button', { name: 'Send claim' }).click();
    await convener.waitForFunction(() => {
      const error = document.querySelector('#claim-early-reason-error');
      return error && !/Say why you are recording/.test(error.textContent);
    });
    assert.equal(await convener.locator('.govuk-error-summary a[href="#claim-early-reason"]').count(), 1);
    await checkAccessibility(convener, 'claim form with the server\'s error on the early reason');
    await convener.locator('#claim-early-reason').fill('She set up the garden the day before and cannot come on the day.');
    await convener.getByRole('button', { name: 'Send claim' }).click();
    await convener.waitForURL((url) => /^\/projects\/[^/]+\/budget$/.test(url.pathname));
    await convener.locator('.govuk-notification-banner--success', { hasText: 'Claim sent for Layla Haddad' }).waitFor();
    assertNoProblems(convener);
    await convener.context().close();

    // Joan has an offer for it, but may not claim before it starts: she is told so, with no box for a reason.
    const member = await world.signInAs(resident.email);
    await member.goto(`/claims/new?activity=${activity.body.id}`);
    await member.locator('h1', { hasText: 'Claim payment' }).waitFor();
    assert.notEqual(await member.locator('#claim-activity').inputValue(), '');
    await member.locator('#claim-not-started', { hasText: 'You can claim once it has started' }).waitFor();
    assert.equal(await member.locator('#claim-early-reason').count(), 0);
    await checkAccessibility(member, 'claim form before the activity starts, for a member');
    assertNoProblems(member);
    await member.context().close();
  });
});
