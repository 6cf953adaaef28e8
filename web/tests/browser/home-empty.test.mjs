// Issue 13, item 4: a new partnership's home page gives its convener a next
// step. From `roundtable init` (no organisations, no one else, no project) the
// page lists the three set-up steps as a task list, each linking to where it is
// done; doing one marks it completed, and the list goes once all three are done.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { api, assertNoProblems, checkAccessibility, screenshot } from './harness.mjs';
import { anEmptyPartnership, invitationAdded, personAdded } from './fixtures.mjs';

const readMail = fileURLToPath(new URL('../../../tests/tools/read_notice.py', import.meta.url));

// The emails the server's worker wrote to its outbox for an address, read by
// Python's email package (an independent parser), waiting up to ten seconds.
async function outboxMailTo(server, address) {
  const outbox = path.join(server.database.replace(/^sqlite:/, '') + '.files', 'outbox');
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const files = existsSync(outbox) ? readdirSync(outbox).filter((name) => name.endsWith('.eml')) : [];
    const mail = files
      .map((name) => JSON.parse(execFileSync('/usr/bin/python3', [readMail, path.join(outbox, name)], { encoding: 'utf8' })))
      .filter((message) => message.to === address);
    if (mail.length > 0) return mail;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return [];
}

const convener = { partnership: 'Northfield Together', email: 'amina.yusuf@northfield-vcs.example', name: 'Amina Yusuf', password: 'first-day-password-1' };

// The task list's steps as [link text, link address, status text].
async function steps(page) {
  return page.locator('.govuk-task-list__item').evaluateAll((items) =>
    items.map((item) => [
      item.querySelector('a')?.textContent?.trim(),
      item.querySelector('a')?.getAttribute('href'),
      item.querySelector('.govuk-task-list__status')?.textContent?.trim(),
    ]),
  );
}

describe('home for a partnership with nothing in it yet', () => {
  const world = anEmptyPartnership('home-empty', convener);

  test('the set-up steps lead the page and follow what has been done', async () => {
    const page = await world.signInInEnglish(convener.email, { password: convener.password });
    await page.goto('/');
    await page.locator('h2', { hasText: 'Set up your partnership' }).waitFor();
    assert.deepEqual(await steps(page), [
      ['Add the organisations taking part', '/organisations/new', 'Not yet started'],
      ['Add people', '/people/new', 'Not yet started'],
      ['Start a project', '/projects/new', 'Not yet started'],
    ]);
    // With nothing waiting, the page says so and offers the next thing to do.
    await page.getByTestId('nothing-waiting').waitFor();
    assert.equal(await page.locator('.govuk-summary-card').count(), 0, 'no empty cards when nothing waits');
    await checkAccessibility(page, 'home for an empty partnership');
    await screenshot(page, 'home-empty-en-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `the page is ${wide}px wide at 390px`);
    await screenshot(page, 'home-empty-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The first step's link goes to the form; adding an organisation completes it.
    await page.getByRole('link', { name: 'Add the organisations taking part' }).click();
    await page.waitForURL('**/organisations/new');
    await page.locator('#organisation-name').fill('Northfield Borough Council');
    await page.locator('#organisation-sector').selectOption('local_authority');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.waitForURL((url) => url.pathname !== '/organisations/new');
    await page.goto('/');
    await page.locator('h2', { hasText: 'Set up your partnership' }).waitFor();
    assert.deepEqual((await steps(page)).map((step) => step[2]), ['Completed', 'Not yet started', 'Not yet started']);

    // The second step: a person added with an address is emailed their sign-in link, and the page says where.
    await page.getByRole('link', { name: 'Add people' }).click();
    await page.waitForURL('**/people/new');
    const newcomer = { name: 'Tesfay Haile', email: 'tesfay.haile@eritrean-community.example' };
    await page.locator('#person-name').fill(newcomer.name);
    await page.getByLabel('As themselves').check();
    await page.locator('#person-email').fill(newcomer.email);
    await page.getByLabel('Residents', { exact: true }).check();
    await page.getByRole('button', { name: 'Add person' }).click();
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    const said = await banner.innerText();
    assert.match(said, /Tesfay Haile has been added and emailed a sign-in link/);
    assert.match(said, new RegExp(`We emailed it to ${newcomer.email.replace(/\./g, '\\.')}`));
    const shown = await banner.locator('a').getAttribute('href');
    const mail = await outboxMailTo(world.server, newcomer.email);
    assert.equal(mail.length, 1, 'one email to the newcomer');
    assert.equal(mail[0].subject, 'Set up your Roundtable account');
    assert.equal(mail[0].list_unsubscribe, '', 'security mail has no unsubscribe link');
    assert.ok(mail[0].text.includes(shown), `the email carries the link the page shows (${shown})`);
    await checkAccessibility(page, 'a person added and emailed');
    await page.goto('/');
    await page.locator('h2', { hasText: 'Set up your partnership' }).waitFor();
    assert.deepEqual((await steps(page)).map((step) => step[2]), ['Completed', 'Completed', 'Not yet started']);

    // A council officer she has not spoken to yet: the link waits until she has.
    const officer = { name: 'Mariam Yusuf', email: 'mariam.yusuf@northfield-council.example' };
    await page.goto('/people/new');
    await page.locator('#person-name').fill(officer.name);
    await page.getByLabel('As themselves').check();
    await page.locator('#person-email').fill(officer.email);
    await page.getByLabel('Later, once I have told them about Roundtable (send it from their page)').check();
    await page.getByLabel('Residents', { exact: true }).check();
    await checkAccessibility(page, 'adding a person, the sign-in link for later');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'No sign-in link has been sent yet' }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const outbox = path.join(world.server.database.replace(/^sqlite:/, '') + '.files', 'outbox');
    const toOfficer = readdirSync(outbox)
      .filter((name) => name.endsWith('.eml'))
      .map((name) => JSON.parse(execFileSync('/usr/bin/python3', [readMail, path.join(outbox, name)], { encoding: 'utf8' })))
      .filter((message) => message.to === officer.email);
    assert.equal(toOfficer.length, 0, 'nothing went to her yet');
    // From her page, when Amal is ready.
    await page.getByRole('button', { name: 'Make a new sign-in link' }).click();
    assert.equal((await outboxMailTo(world.server, officer.email)).length, 1, 'one email once it was asked for');
    assertNoProblems(page);
    await page.context().close();
  });

  test('in Arabic the steps read right to left and fit a phone', async () => {
    const page = await world.signInAs(convener.email, { password: convener.password, viewport: { width: 390, height: 844 } });
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.goto('/');
    await page.locator('.govuk-task-list').waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('.govuk-task-list__item').count(), 3);
    // No English left on the steps.
    const words = await page.locator('.govuk-task-list').innerText();
    assert.doesNotMatch(words, /[A-Za-z]{3,}/, `English on the Arabic steps: ${words}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `the page is ${wide}px wide at 390px`);
    await checkAccessibility(page, 'home for an empty partnership in Arabic');
    await screenshot(page, 'home-empty-ar-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the first project takes its tags from the common ones, named in Arabic', async () => {
    // The partnership has no tags of its own yet, and a project needs one:
    // the common tags are offered, open, each by its Arabic name.
    const page = await world.signInAs(convener.email, { password: convener.password, viewport: { width: 390, height: 844 } });
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.goto('/projects/new');
    const interests = page.locator('[data-tag-chooser="interests"]');
    const common = interests.locator('details.rt-tag-common');
    await common.waitFor();
    assert.equal(await common.getAttribute('open'), '', 'open when the partnership has no tags and one is needed');
    // Communities are optional: theirs are folded, so the page stays short on a phone.
    assert.equal(await page.locator('[data-tag-chooser="communities"] details.rt-tag-common').getAttribute('open'), null);
    const names = await common.locator('.govuk-checkboxes__label').allInnerTexts();
    assert.ok(names.includes('الوحدة'), names.join(', '));
    assert.ok(names.every((name) => !/[A-Za-z]/.test(name)), `English among the common tags: ${names.join(', ')}`);
    // The required groups start as those the partnership has someone in: the
    // council (an organisation) and residents (Tesfay, Mariam), not all seven.
    const required = page.locator('input[name="required_groups"]');
    await page.waitForFunction(() => document.querySelectorAll('input[name="required_groups"]:checked').length === 2);
    const ticked = await required.evaluateAll((boxes) => boxes.filter((box) => box.checked).map((box) => box.value));
    assert.deepEqual(ticked, ['local_authority', 'residents']);
    assert.equal(await page.locator('#project-required-nobody').count(), 0);
    // Ticking a group nobody is in says what that means.
    await page.locator('input[name="required_groups"][value="staff"]').check();
    await page.locator('#project-required-nobody').waitFor();
    assert.match(await page.locator('#project-required-nobody').innerText(), /الموظفون/);
    await page.locator('input[name="required_groups"][value="staff"]').uncheck();
    await page.locator('#project-title').fill('نادي الغداء');
    await page.locator('#project-summary').fill('نريد مكانًا نأكل فيه معًا. نلتقي كل أسبوع.');
    await common.getByLabel('الوحدة', { exact: true }).check();
    // Ticked where it is: the box did not move out from under her.
    assert.equal(await common.getByLabel('الوحدة', { exact: true }).isChecked(), true);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `the page is ${wide}px wide at 390px`);
    await checkAccessibility(page, 'starting the first project, common tags open, in Arabic');
    await screenshot(page, 'project-first-tags-ar-390');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/projects\/[^/]+\/invitations$/);
    const projectPath = new URL(page.url()).pathname.replace(/\/invitations$/, '');
    await page.goto(projectPath);
    await page.locator('h1', { hasText: 'نادي الغداء' }).waitFor();
    const shown = await page.locator('main').innerText();
    assert.match(shown, /الوحدة/);
    assert.doesNotMatch(shown, /loneliness|Loneliness/);

    // Sending says who it did not reach: a resident without email, and a
    // group nobody acts for yet, are recorded as sent but not emailed.
    const projectId = projectPath.split('/').pop();
    const semhar = await personAdded(page, { name: 'Semhar Tesfaye', groups: ['residents'], preferred_language: 'ti' });
    const circle = await api(page, 'POST', '/api/v1/organisations', { name: "Eritrean Women's Circle", sector: 'vcs' });
    assert.equal(circle.status, 201, JSON.stringify(circle.body));
    await invitationAdded(page, projectId, { person_id: semhar.id, group: 'residents' });
    await invitationAdded(page, projectId, { organisation_id: circle.body.id, group: 'vcs' });
    await page.goto(`${projectPath}/invitations`);
    // Before sending, each row says it.
    await page.locator('[data-reach="no_email"]').waitFor();
    assert.match(await page.locator('tr', { hasText: "Eritrean Women's Circle" }).innerText(), /لا يوجد بعدُ شخص للتواصل في هذه المنظمة/);
    await page.getByRole('button', { name: 'أرسل الدعوات' }).click();
    const reach = page.locator('#invitations-reach');
    await reach.waitFor();
    // Numbers come isolated (FSI/PDI) inside Arabic text.
    const said = (await reach.innerText()).replace(/[\u2066-\u2069]/g, '');
    assert.match(said, /أُرسلت بالبريد الإلكتروني: 0/);
    assert.match(said, /لا يوجد لدى أي مدعو عنوان بريد: 1/);
    assert.match(said, /منظمات ليس فيها بعدُ شخص للتواصل: 1/);
    const sentWide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(sentWide <= 390, `the page is ${sentWide}px wide at 390px`);
    await checkAccessibility(page, 'invitations sent, with who was not reached, in Arabic');
    await screenshot(page, 'invitations-reach-ar-390');
    assertNoProblems(page);
    await page.context().close();
  });
});
