// The finance controls (issue 27). Grace Mensah, a convener without the finance
// role, is told on her own page that she cannot ask for it for herself (and the
// server's refusal, asked through the API, goes on the record). She adds a new
// convener and asks for them to be given the role; the page says another
// convener must confirm. Neither she (she asked) nor the new convener (it is
// about them) is offered Confirm on the finance controls page, and each is told
// why. Tom Reid, the demo's convener with the finance role, confirms it; the
// page then lists the new holder, and the record shows the request, the grant
// and the refusal with its rule in plain words, in English and in Arabic, at
// 1280 and 390 px without sideways scrolling. Grace then re-invites a member
// who has a password: she is told a reset link went to their email, and sees
// no link; the member is told on signing in who asked for it. Every page is
// scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, screenshot, waitForTitle } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const newConvener = { name: 'Nadia Bashir', email: 'nadia.bashir@riverside-vcs.example', password: 'nadia-has-a-long-password' };
const member = { name: 'Joan Price', email: accounts.member };

// No sideways scrolling: the page is no wider than the window.
async function assertNoHorizontalScroll(page, label) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(widths.scroll <= widths.client, `${label} scrolls sideways: ${widths.scroll} > ${widths.client}`);
}

async function openPerson(page, name) {
  await page.goto('/people');
  await page.getByRole('link', { name, exact: true }).click();
  await page.locator('h1', { hasText: name }).waitFor();
}

async function openControls(page) {
  await page.goto('/finance');
  await page.getByRole('link', { name: 'Finance controls: who has the finance role and what changed' }).click();
  await page.locator('h1', { hasText: 'Finance controls' }).waitFor();
  await page.locator('#finance-pending').waitFor();
}

describe('finance controls', () => {
  const world = theDemoPartnership('finance-controls');

  test('a convener cannot give herself the finance role, and asks for it for a new convener', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await openPerson(page, 'Grace Mensah');
    const self = page.locator('#finance-role-self');
    await self.waitFor();
    assert.equal(await self.innerText(), 'You cannot ask for the finance role for yourself. Another convener can ask for you, and a different convener then confirms it.');
    assert.match(await page.locator('#finance-role-status').innerText(), /Grace Mensah does not have the finance role/);
    assert.equal(await page.getByRole('button', { name: /finance role/ }).count(), 0);
    await checkAccessibility(page, 'own person page, without the finance role');
    await screenshot(page, 'finance-own-page-1280');

    // The server refuses it too, with the rule's code, and records the refusal.
    const me = await api(page, 'GET', '/api/v1/me');
    const refused = await api(page, 'POST', `/api/v1/people/${me.body.user.id}/finance`, { finance: true });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'self_grant');

    // A new convener, who accepts the invitation.
    await page.goto('/people/new');
    await page.locator('#person-name').fill(newConvener.name);
    await page.getByLabel('As themselves').check();
    await page.locator('#person-email').fill(newConvener.email);
    await page.locator('#person-role').selectOption('convener');
    await page.getByLabel('Staff', { exact: true }).check();
    await page.getByRole('button', { name: 'Add person' }).click();
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    const link = await banner.locator('a').getAttribute('href');
    await world.acceptInvitation(link, newConvener.password);

    // Grace asks for the new convener to be given the role, with a reason.
    await page.locator('h1', { hasText: newConvener.name }).waitFor();
    assert.match(await page.locator('#finance-role-status').innerText(), new RegExp(`${newConvener.name} does not have the finance role`));
    // Only the button that applies: she does not have the role, so nothing to take away.
    assert.equal(await page.getByRole('button', { name: 'Ask to take away the finance role' }).count(), 0);
    await page.getByLabel('Why (optional)').fill('Nadia is our new treasurer.');
    await page.getByRole('button', { name: 'Ask to give the finance role' }).click();
    const asked = page.locator('#finance-role-asked');
    await asked.waitFor();
    assert.match(await asked.innerText(), new RegExp(`You asked for ${newConvener.name} to be given the finance role\\. Another convener must confirm it before it changes\\.`));
    // Asked, not given.
    assert.match(await page.locator('#finance-role-status').innerText(), new RegExp(`${newConvener.name} does not have the finance role`));
    await checkAccessibility(page, 'person page after asking for the finance role');
    await screenshot(page, 'finance-asked-1280');

    // On the controls page she is not offered Confirm for her own request.
    await asked.getByRole('link', { name: 'Finance controls: who has the finance role and what changed' }).click();
    await page.locator('h1', { hasText: 'Finance controls' }).waitFor();
    await waitForTitle(page, /^Finance controls/);
    const pending = page.locator('#finance-pending');
    assert.match(await pending.innerText(), new RegExp(`Give ${newConvener.name} the finance role[\\s\\S]*Grace Mensah[\\s\\S]*Nadia is our new treasurer\\.`));
    assert.match(await pending.innerText(), /You asked for this change, so a different convener confirms it\./);
    assert.equal(await pending.getByRole('button', { name: 'Confirm' }).count(), 0);
    assert.equal(await pending.getByRole('button', { name: 'Withdraw your request' }).count(), 1);
    await checkAccessibility(page, 'finance controls for the convener who asked');

    // Asking again while one waits: the server's own words.
    await openPerson(page, newConvener.name);
    assert.match(await page.locator('#finance-role-waiting').innerText(), new RegExp(`Grace Mensah asked for ${newConvener.name} to be given the finance role`));
    assert.equal(await page.getByRole('button', { name: 'Ask to give the finance role' }).count(), 0);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener it is about cannot confirm it', async () => {
    const page = await world.signInAs(newConvener.email, { password: newConvener.password });
    await openControls(page);
    const pending = page.locator('#finance-pending');
    assert.match(await pending.innerText(), /This change is about you, so a different convener confirms it\./);
    assert.equal(await pending.getByRole('button', { name: 'Confirm' }).count(), 0);
    await checkAccessibility(page, 'finance controls for the convener the change is about');
    assertNoProblems(page);
    await page.context().close();
  });

  test('another convener confirms it, and the record shows the grant and the refusal', async () => {
    const page = await world.signInInEnglish(accounts.financeConvener);
    await openControls(page);
    const holders = page.locator('#finance-holders');
    assert.doesNotMatch(await holders.innerText(), new RegExp(newConvener.name));
    assert.match(await holders.innerText(), /Tom Reid/);
    await page.locator('#finance-pending').getByRole('button', { name: 'Confirm' }).click();
    await page.locator('#finance-controls-message', { hasText: `${newConvener.name} now has the finance role.` }).waitFor();
    await page.locator('#finance-holders', { hasText: newConvener.name }).waitFor();
    assert.match(await page.locator('#finance-pending').innerText(), /No changes are waiting\./);

    const record = page.locator('#finance-record');
    const rows = await record.locator('tbody tr').allInnerTexts();
    // Newest first: Tom's confirmation, Grace's request, Grace's refused self-grant, then the set-up grant.
    assert.match(rows[0], new RegExp(`Tom Reid confirmed: ${newConvener.name} now has the finance role`));
    assert.match(rows[1], new RegExp(`Grace Mensah asked for a change to the finance role of ${newConvener.name}`));
    assert.match(rows[2], /Refused[\s\S]*Grace Mensah was stopped from asking for a change to the finance role of Grace Mensah[\s\S]*Rule: nobody gives themselves the finance role\./);
    assert.ok(rows.some((row) => /Tom Reid was given the finance role when the partnership was set up/.test(row)), rows.join('\n'));
    await checkAccessibility(page, 'finance controls after confirming');
    await assertNoHorizontalScroll(page, 'finance controls at 1280 px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'finance-controls-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await assertNoHorizontalScroll(page, 'finance controls at 390 px');
    await checkAccessibility(page, 'finance controls at 390 px');
    await screenshot(page, 'finance-controls-390');

    // In Arabic, right to left, the rule in Arabic words.
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.reload();
    await page.locator('h1', { hasText: 'ضوابط المالية' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.match(await page.locator('#finance-record').innerText(), /القاعدة: لا يمنح أحد نفسه دور المالية\./);
    await assertNoHorizontalScroll(page, 'finance controls in Arabic at 390 px');
    await checkAccessibility(page, 'finance controls in Arabic at 390 px');
    await screenshot(page, 'finance-controls-ar-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'finance-controls-ar-1280');
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'en'));

    // The new holder's page says so, and offers only taking it away.
    await openPerson(page, newConvener.name);
    assert.match(await page.locator('#finance-role-status').innerText(), new RegExp(`${newConvener.name} has the finance role`));
    assert.equal(await page.getByRole('button', { name: 'Ask to give the finance role' }).count(), 0);
    await page.getByRole('button', { name: 'Ask to take away the finance role' }).waitFor();
    await checkAccessibility(page, 'person page of a finance holder');
    assertNoProblems(page);
    await page.context().close();
  });

  test('re-inviting a member with a password emails them a reset link, and they are told', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await openPerson(page, member.name);
    await page.getByRole('button', { name: 'Email them a link to reset their password' }).click();
    const sent = page.locator('.govuk-notification-banner--success');
    await sent.waitFor();
    assert.match(await sent.innerText(), new RegExp(`We sent a link to reset their password to ${member.email.replace(/\./g, '\\.')}\\. Only they can use it\\.`));
    // The convener never sees the link.
    assert.equal(await page.locator('main a[href*="accept-invite"]').count(), 0);
    assert.doesNotMatch(await page.locator('main').innerText(), /token=/);
    await checkAccessibility(page, 'person page after sending a reset link');
    await screenshot(page, 'finance-reset-sent-1280');
    assertNoProblems(page);
    await page.context().close();

    const memberPage = await world.signInInEnglish(member.email);
    const warning = memberPage.locator('#password-reset-banner');
    await warning.waitFor();
    assert.match(await warning.innerText(), /Grace Mensah asked for a new sign-in link for you on \d{1,2} \w+ \d{4}\./);
    assert.match(await warning.innerText(), /If you did not expect this, tell your conveners\. Your password stays the same until you use the link\./);
    await checkAccessibility(memberPage, 'home page with the reset warning');
    await memberPage.setViewportSize({ width: 390, height: 844 });
    await assertNoHorizontalScroll(memberPage, 'reset warning at 390 px');
    await screenshot(memberPage, 'finance-reset-warning-390');
    assertNoProblems(memberPage);
    await memberPage.context().close();
  });
});
