// Notifications (issue 15, items 4 to 6) on the demo partnership: a project
// invitation sent to a new resident becomes a notification they see, with
// the count in the menu; opening it marks it read; a preference changed is
// kept after a reload; the unsubscribe link from the email the server wrote
// to its outbox works without signing in, and the preference then reads
// "Only here in Roundtable"; the list in Arabic, right to left; the
// convener's people list marks who has no email address. axe (WCAG 2.2 AA)
// scans every page, and none scrolls sideways at 390px.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { accounts, api, assertNoProblems, checkAccessibility, screenshot } from './harness.mjs';
import { theDemoPartnership, invitationAdded, personAdded } from './fixtures.mjs';

const phone = { width: 390, height: 844 };
const password = 'kettle-harbour-violet-93';
const resident = { name: 'Ngozi Okafor', email: 'ngozi.okafor@residents.example' };
// Someone whose email address a convener takes away after they have an account.
const unreachable = { name: 'Bashir Rahimi', email: 'bashir.rahimi@residents.example' };

async function settle(page) {
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.rt-loading'), null, { timeout: 10_000 });
}

async function assertFitsPhone(page, label) {
  await page.setViewportSize(phone);
  await page.waitForTimeout(300);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= phone.width, `${label} is ${width}px wide at 390px`);
}

// Without --files, the server keeps its files beside the SQLite database, and
// without --smtp it writes each email into their outbox folder as a .eml file.
function outboxOf(server) {
  return `${server.database.replace(/^sqlite:/, '')}.files/outbox`;
}

// The headers of an RFC 5322 message, unfolded, names in lower case.
function headersOf(message) {
  const head = message.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const headers = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

// The email to `address` that carries a List-Unsubscribe header, once a worker has written it.
async function unsubscribeLinkFor(server, address) {
  const folder = outboxOf(server);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (existsSync(folder)) {
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.eml'))) {
        const headers = headersOf(readFileSync(path.join(folder, name), 'utf8'));
        if (!(headers.to ?? '').includes(address) || !headers['list-unsubscribe']) continue;
        assert.match(headers['list-unsubscribe-post'] ?? '', /List-Unsubscribe=One-Click/);
        const links = [...headers['list-unsubscribe'].matchAll(/<([^>]+)>/g)].map((match) => new URL(match[1]));
        const page = links.find((link) => link.pathname === '/unsubscribe');
        assert.ok(page, `a link to the web page in ${headers['list-unsubscribe']}`);
        assert.ok(links.some((link) => link.pathname === '/api/v1/unsubscribe'), 'and the one-click link');
        return page.pathname + page.search;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no email with List-Unsubscribe to ${address} in ${folder}`);
}

// A new resident with an account (the convener adds them, they set a password), nothing yet in their notifications.
async function addResident(world, convener, person) {
  const added = await personAdded(convener, { name: person.name, email: person.email, groups: ['residents'], preferred_language: 'en' });
  person.id = added.id;
  const token = new URL(added.invite_url, world.server.baseUrl).searchParams.get('token');
  const stranger = await world.newPage();
  await stranger.goto('/accessibility');
  const status = await stranger.evaluate(async ({ token, password }) => {
    const response = await fetch('/api/v1/auth/accept-invite', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token, password }) });
    return response.status;
  }, { token, password });
  assert.equal(status, 200, `${person.name} sets a password`);
  await stranger.context().close();
}

async function signInAs(world, person, { language = 'en', viewport } = {}) {
  return world.signInAs(person.email, { password, language, ...(viewport ? { viewport } : {}) });
}

// The convener invites `person` to the project and sends the project's invitations.
async function invite(convener, project, person) {
  await invitationAdded(convener, project.id, { person_id: person.id, group: 'residents' });
  const sent = await api(convener, 'POST', `/api/v1/projects/${project.id}/invitations/send`);
  assert.equal(sent.status, 200, JSON.stringify(sent.body));
}

// The menu's link to the notifications says how many are unread, once the count has been read.
async function waitForUnread(page, count) {
  await page.waitForFunction(
    (count) => {
      const link = document.querySelector('#navigation a[href="/notifications"]');
      const badge = link?.querySelector('.rt-count');
      return count === 0 ? !!link && !badge : badge?.textContent === String(count);
    },
    count,
    { timeout: 10_000 },
  );
}

describe('notifications', () => {
  const world = theDemoPartnership('notifications');
  let projects;

  before(async () => {
    const convener = await world.signInInEnglish(accounts.convener);
    await addResident(world, convener, resident);
    await addResident(world, convener, unreachable);
    projects = (await api(convener, 'GET', '/api/v1/projects')).body.items;
    assert.ok(projects.length >= 2, 'the demo has two projects');
    await convener.context().close();
  });

  test('an invitation sent to a person is a notification they see, counted in the menu; opening it marks it read', async () => {
    const convener = await world.signInInEnglish(accounts.convener);
    await invite(convener, projects[0], resident);
    await convener.context().close();
    const projectTitle = projects[0].title;

    const page = await signInAs(world, resident);
    // The count is read on every change of page.
    await page.goto('/');
    await settle(page);
    await waitForUnread(page, 1);
    assert.equal(await page.getByRole('link', { name: 'Notifications, 1 unread' }).count(), 1);

    await page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await page.locator('h1', { hasText: 'Notifications' }).waitFor();
    await settle(page);
    const item = page.locator('#notifications li').first();
    // Newest first, worded from kind and params, unread said in words.
    assert.equal(await item.getAttribute('data-unread'), 'true');
    assert.equal((await item.locator('.govuk-tag').innerText()).trim(), 'Unread');
    const link = item.getByRole('link');
    assert.equal(await link.innerText(), `Grace Mensah invited you to take part in ${projectTitle}.`);
    assert.equal(await link.locator('bdi').first().innerText(), 'Grace Mensah');
    assert.match(await item.innerText(), /The invitation's code is [0-9A-Z]{4}-[0-9A-Z]{4}\./);
    await checkAccessibility(page, 'the notifications page');
    await screenshot(page, 'notifications-list-1280');
    await assertFitsPhone(page, 'the notifications page');
    // On a phone the link is behind "Menu": the count is on the button itself, said once.
    const menu = page.locator('button.govuk-service-navigation__toggle');
    await menu.waitFor();
    assert.equal(await page.locator('#navigation').isVisible(), false, 'the menu is closed');
    assert.equal((await menu.locator('.rt-count').innerText()).trim(), '1');
    assert.equal(await page.getByRole('button', { name: 'Menu, 1 unread notifications' }).count(), 1);
    await screenshot(page, 'notifications-list-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Opening it goes to its page, and it is read: the count has gone.
    const target = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === target.split('?')[0]);
    await settle(page);
    await waitForUnread(page, 0);
    assert.equal(await page.getByRole('link', { name: 'Notifications', exact: true }).count(), 1);
    await page.goto('/notifications');
    await settle(page);
    assert.equal(await page.locator('#notifications li').first().getAttribute('data-unread'), 'false');
    assert.equal(await page.locator('#notifications li .govuk-tag').count(), 0);
    assert.equal(await page.locator('#mark-all-read').count(), 0, 'nothing left to mark');
    assert.equal((await api(page, 'GET', '/api/v1/notifications/unread-count')).body.unread, 0);
    assertNoProblems(page);
    await page.context().close();
  });

  test('"Mark all as read" marks every unread notification', async () => {
    const convener = await world.signInInEnglish(accounts.convener);
    await invite(convener, projects[1], resident);
    await convener.context().close();
    const page = await signInAs(world, resident);
    await page.goto('/notifications');
    await settle(page);
    await waitForUnread(page, 1);
    assert.equal(await page.locator('#notifications li[data-unread="true"]').count(), 1);
    // The newer one comes first.
    assert.ok((await page.locator('#notifications li').first().innerText()).includes(projects[1].title));
    await page.locator('#mark-all-read').click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'All your notifications are marked as read' }).waitFor();
    assert.equal(await page.locator('#notifications li[data-unread="true"]').count(), 0);
    await waitForUnread(page, 0);
    assert.equal((await api(page, 'GET', '/api/v1/notifications/unread-count')).body.unread, 0);
    await checkAccessibility(page, 'the notifications page, all read');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a preference changed is kept after a reload; account emails are always on, and say why', async () => {
    const page = await signInAs(world, resident);
    await page.goto('/notifications');
    await settle(page);
    await page.locator('#notification-preferences-link').click();
    await page.locator('h1', { hasText: 'How you get notifications' }).waitFor();
    await settle(page);
    const activities = page.getByRole('group', { name: 'How do you want to hear about activities you signed up for?' });
    await activities.getByLabel('One email a week').check();
    await page.getByRole('group', { name: 'How do you want to hear about your payment claims?' }).getByLabel('Only here in Roundtable').check();
    // What needs an organiser is one summary email: a day's, a week's, or none; never "at once".
    const organising = page.getByRole('group', { name: 'How do you want to hear what needs you as an organiser?' });
    assert.equal(await organising.getByLabel('One email a day').isChecked(), true, 'daily until chosen otherwise');
    assert.equal(await organising.getByLabel('Email me at once').count(), 0);
    await page.locator('#save-preferences').click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your choices have been saved' }).waitFor();
    // Account emails cannot be turned off: no question, a sentence why.
    assert.match(await page.locator('#security-mail').innerText(), /Always by email/);
    assert.match(await page.locator('#security-mail').innerText(), /so that you know at once if someone else tries to get into your account/);
    assert.equal(await page.locator('#security-mail input').count(), 0);
    // She has an email address: no notice about having none.
    assert.equal(await page.locator('#no-email-notice').count(), 0);
    await checkAccessibility(page, 'the preferences page, saved');
    await screenshot(page, 'notifications-preferences-1280');

    await page.reload();
    await settle(page);
    assert.equal(await page.getByRole('group', { name: 'How do you want to hear about activities you signed up for?' }).getByLabel('One email a week').isChecked(), true);
    assert.equal(await page.getByRole('group', { name: 'How do you want to hear about your payment claims?' }).getByLabel('Only here in Roundtable').isChecked(), true);
    const answer = (await api(page, 'GET', '/api/v1/notification-preferences')).body;
    const saved = answer.items ?? answer.topics;
    assert.equal(saved.find((item) => item.topic === 'activities').delivery, 'weekly');
    await assertFitsPhone(page, 'the preferences page');
    await screenshot(page, 'notifications-preferences-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('someone whose email address is taken away is told nothing can be emailed, and the convener sees who cannot be reached', async () => {
    const page = await signInAs(world, unreachable);
    const convener = await world.signInInEnglish(accounts.convener);
    const changed = await api(convener, 'PATCH', `/api/v1/people/${unreachable.id}`, { email: '' });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.email ?? null, null);

    await convener.goto(`/people?q=${encodeURIComponent(unreachable.name)}`);
    await settle(convener);
    assert.match(await convener.locator('tr', { hasText: unreachable.name }).innerText(), /No email address: contact them another way/);
    // Someone with an address is not marked.
    await convener.goto(`/people?q=${encodeURIComponent(resident.name)}`);
    await settle(convener);
    assert.equal(await convener.locator('tr', { hasText: resident.name }).locator('[data-no-email]').count(), 0);
    await convener.goto('/people');
    await settle(convener);
    await checkAccessibility(convener, 'the people list');
    await assertFitsPhone(convener, 'the people list');
    await screenshot(convener, 'people-no-email-390');
    assertNoProblems(convener);
    await convener.context().close();

    // Still signed in, they are told on their preferences page.
    await page.goto('/notifications/preferences');
    await settle(page);
    assert.match(await page.locator('#no-email-notice').innerText(), /You have no email address in Roundtable, so we cannot email you/);
    await checkAccessibility(page, 'the preferences page with no email address');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the unsubscribe link from the email works without signing in, and the preference then reads "Only here in Roundtable"', async () => {
    const link = await unsubscribeLinkFor(world.server, resident.email);
    const stranger = await world.newPage();
    await stranger.goto('/accessibility');
    await stranger.evaluate(() => window.localStorage.setItem('roundtable.language', 'en'));
    await stranger.goto(link);
    await stranger.locator('h1', { hasText: 'Stop these emails' }).waitFor();
    await settle(stranger);
    assert.equal(new URL(stranger.url()).pathname, '/unsubscribe', 'not sent to sign in');
    assert.match(await stranger.locator('#unsubscribe-what-stops').innerText(), /You will no longer get emails from Riverside Co-production Partnership about invitations to projects\./);
    await checkAccessibility(stranger, 'the unsubscribe page');
    await screenshot(stranger, 'unsubscribe-1280');
    await stranger.getByRole('button', { name: 'Stop these emails' }).click();
    await stranger.locator('h1', { hasText: 'These emails are stopped' }).waitFor();
    // Focus moves to the news once it is shown (an effect after the render, so wait for it rather than race it).
    await stranger.waitForFunction(() => document.activeElement?.id === 'unsubscribe-done', null, { timeout: 5000 });
    assert.equal(await stranger.getByRole('link', { name: 'Choose how you get each kind of notification' }).getAttribute('href'), '/notifications/preferences');
    await checkAccessibility(stranger, 'the unsubscribe confirmation');
    await assertFitsPhone(stranger, 'the unsubscribe confirmation');
    await screenshot(stranger, 'unsubscribe-done-390');

    // The same link again: already stopped, said so.
    await stranger.goto(link);
    await stranger.locator('h1', { hasText: 'These emails are already stopped' }).waitFor();
    // A link that is not one: a clear message.
    await stranger.goto('/unsubscribe?token=not-a-real-token');
    await stranger.locator('h1', { hasText: 'This link does not work' }).waitFor();
    await checkAccessibility(stranger, 'the unsubscribe page with a bad link');
    await stranger.goto('/unsubscribe');
    await stranger.locator('h1', { hasText: 'This link does not work' }).waitFor();
    assertNoProblems(stranger);
    await stranger.context().close();

    const page = await signInAs(world, resident);
    await page.goto('/notifications/preferences');
    await settle(page);
    const invitations = page.getByRole('group', { name: 'How do you want to hear about invitations to projects?' });
    assert.equal(await invitations.getByLabel('Only here in Roundtable').isChecked(), true);
    // In-app notifications go on.
    assert.ok((await api(page, 'GET', '/api/v1/notifications')).body.items.length >= 1);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the list in Arabic, right to left, with titles isolated', async () => {
    const page = await signInAs(world, resident, { language: 'ar', viewport: phone });
    await page.goto('/notifications');
    await page.locator('h1', { hasText: 'الإشعارات' }).waitFor();
    await settle(page);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    const item = page.locator('#notifications li').first();
    assert.match(await item.getByRole('link').innerText(), /^وصلتك دعوة من Grace Mensah للمشاركة في /);
    assert.equal(await item.locator('a bdi').last().innerText(), projects[1].title);
    await checkAccessibility(page, 'the notifications page in Arabic');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= phone.width, `the Arabic page is ${width}px wide at 390px`);
    await screenshot(page, 'notifications-list-ar-390');
    await page.goto('/notifications/preferences');
    await settle(page);
    await checkAccessibility(page, 'the preferences page in Arabic');
    await screenshot(page, 'notifications-preferences-ar-390');
    assertNoProblems(page);
    await page.context().close();
  });
});
