// Issue 13, item 7: co-leads are chosen after partners have accepted, as the
// charter's first step, not when the project starts. The new-project form
// asks for no co-leads; the co-leads page offers only the partners at the
// table, group by group; two from one group are refused with the server's
// reason on the field; two from two groups are saved, and the project page's
// "What is next" shows the step done. axe on every page; no sideways scroll
// at 390px.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, fitsTheWidth, screenshot, waitForTitle } from './harness.mjs';
import { theDemoPartnership, membersAdded } from './fixtures.mjs';

const projectTitle = 'Benches and toilets on the high street';

describe('co-leads', () => {
  const world = theDemoPartnership('co-leads');
  let projectPath = '';

  test('starting a project asks for no co-leads', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto('/projects/new');
    await page.locator('h1', { hasText: 'Start a project' }).waitFor();
    assert.equal(await page.locator('[id^="project-co-lead-"], select[name^="co_lead"]').count(), 0, 'no co-lead fields');
    assert.equal(await page.getByText('First co-lead').count(), 0);
    await page.getByText('You choose the co-leads later, from the partners who accept the invitation.').waitFor();

    await page.locator('#project-title').fill(projectTitle);
    await page.locator('#project-summary').fill('People told us there is nowhere to sit or to go to the toilet in town. We want to fix that with them.');
    await page.locator('[data-tag-chooser="interests"]').getByLabel('Older people', { exact: true }).check();
    await page.getByRole('button', { name: 'Start project' }).click();
    await page.waitForURL(/\/projects\/[^/]+\/invitations$/);
    projectPath = new URL(page.url()).pathname.replace(/\/invitations$/, '');
    await page.locator('.govuk-notification-banner--success', { hasText: `${projectTitle} has started` }).waitFor();
    const project = (await api(page, 'GET', `/api/v1${projectPath}`)).body;
    assert.deepEqual(project.charter.co_leads, [], 'no co-leads at the start');
    assert.deepEqual(project.interests, ['older-people']);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener chooses co-leads from the partners at the table: one group is refused, two groups are saved', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    // Three partners join: a council officer, and two carers (one group).
    await membersAdded(page, projectPath.split('/').pop(), { 'Priya Raman': 'local_authority', 'Joan Price': 'service_users_carers', 'Marek Nowak': 'service_users_carers' });

    // The project page's "What is next" leads to the co-leads page.
    await page.goto(projectPath);
    await page.locator('h1', { hasText: projectTitle }).waitFor();
    const step = page.locator('#project-next li[data-step="coLeads"]');
    assert.match(await step.locator('.govuk-task-list__status').innerText(), /To do/);
    await step.getByRole('link', { name: 'Choose the co-leads' }).click();
    await page.locator('h1', { hasText: 'Choose the co-leads' }).waitFor();
    await waitForTitle(page, /^Choose the co-leads – /);

    // Only the partners who joined are offered, by group (the invited organisations have not answered).
    const offered = await page.locator('.rt-co-lead-group').evaluateAll((groups) =>
      groups.map((group) => [group.querySelector('p').innerText.trim(), [...group.querySelectorAll('label')].map((label) => label.innerText.trim())]),
    );
    assert.deepEqual(offered, [
      ['Local authority', ['Priya Raman']],
      ['Service users and carers', ['Joan Price', 'Marek Nowak']],
    ]);
    await checkAccessibility(page, 'the co-leads page');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'co-leads-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'co-leads-en-1280');

    // One person: said here, before asking the server.
    await page.getByLabel('Joan Price', { exact: true }).check();
    await page.getByRole('button', { name: 'Save co-leads' }).click();
    await page.locator('#co-leads-error', { hasText: 'Choose at least two co-leads, or none' }).waitFor();

    // Two from one group: the server refuses, and its reason is on the field and in the summary.
    await page.getByLabel('Marek Nowak', { exact: true }).check();
    await page.getByRole('button', { name: 'Save co-leads' }).click();
    const error = page.locator('#co-leads-error', { hasText: 'different groups' });
    await error.waitFor();
    assert.match(await error.innerText(), /Choose two co-leads from two different groups/);
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: /different groups/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'co-leads', 'the summary leads to the first box');
    await waitForTitle(page, /^Error: Choose the co-leads/);
    assert.deepEqual((await api(page, 'GET', `/api/v1${projectPath}`)).body.charter.co_leads, [], 'nothing was saved');
    await checkAccessibility(page, 'the co-leads page with the server error');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'co-leads-error-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Two groups: saved.
    await page.getByLabel('Marek Nowak', { exact: true }).uncheck();
    await page.getByLabel('Priya Raman', { exact: true }).check();
    await page.getByRole('button', { name: 'Save co-leads' }).click();
    await page.waitForURL((url) => url.pathname === projectPath);
    await page.locator('.govuk-notification-banner--success', { hasText: 'Co-leads saved' }).waitFor();
    assert.match(await page.locator('#project-co-leads').innerText(), /Joan Price \(Service users and carers\)[\s\S]*Priya Raman \(Local authority\)|Priya Raman \(Local authority\)[\s\S]*Joan Price \(Service users and carers\)/);
    const done = page.locator('#project-next li[data-step="coLeads"]');
    assert.match(await done.locator('.govuk-task-list__status').innerText(), /Done/);
    assert.match(await done.innerText(), /Co-leads: (Joan Price and Priya Raman|Priya Raman and Joan Price)/);
    const saved = (await api(page, 'GET', `/api/v1${projectPath}`)).body.charter.co_leads.map((lead) => [lead.name, lead.group]).sort();
    assert.deepEqual(saved, [['Joan Price', 'service_users_carers'], ['Priya Raman', 'local_authority']]);
    await checkAccessibility(page, 'the project page after choosing co-leads');

    // Back on the page, the saved co-leads are ticked.
    await page.getByRole('link', { name: 'Change the co-leads' }).click();
    await page.locator('h1', { hasText: 'Choose the co-leads' }).waitFor();
    assert.equal(await page.getByLabel('Joan Price', { exact: true }).isChecked(), true);
    assert.equal(await page.getByLabel('Priya Raman', { exact: true }).isChecked(), true);
    assert.equal(await page.getByLabel('Marek Nowak', { exact: true }).isChecked(), false);
    assertNoProblems(page);
    await page.context().close();
  });

  test('in Arabic the page reads right to left; a member is told only conveners choose', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.goto(`${projectPath}/co-leads`);
    await page.locator('h1', { hasText: 'اختر القادة المشاركين' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await checkAccessibility(page, 'the co-leads page in Arabic');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'co-leads-ar-390');
    assertNoProblems(page);
    await page.context().close();

    const member = await world.signInInEnglish(accounts.member);
    await member.goto(`${projectPath}/co-leads`);
    await member.locator('h1', { hasText: 'You cannot' }).or(member.locator('h1', { hasText: 'permission' })).first().waitFor();
    assert.equal(await member.locator('input[name="co_leads"]').count(), 0);
    await checkAccessibility(member, 'the co-leads page for a member');
    assertNoProblems(member);
    await member.context().close();
  });
});
