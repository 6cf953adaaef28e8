// Issue 13, item 2: the convener is a partner too. A new convener with no
// stakeholder group opens a project's decisions: before she fills anything
// in, the page says she facilitates, with no proposal or vote form to be
// refused by. She follows the link, joins the umbrella body (a VCS
// organisation) and its group, and then proposes and votes for the VCS group.
// A decision closed by a facilitator shows "(facilitator)", never "()".

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, launchBrowser, openPage, signIn, startServer } from './harness.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const nadia = { name: 'Nadia Facilitator', email: 'nadia.facilitator@riverside-vcs.example', password: 'a long walk by the river' };

describe('a convener without a group facilitates, and joins as a partner', () => {
  let server;
  let browser;
  let projectId = '';

  before(async () => {
    server = await startServer('facilitator');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a new convener with no group is told she facilitates before any form', async () => {
    const grace = await openPage(browser, server.baseUrl);
    await signIn(grace, accounts.convener);
    const added = await api(grace, 'POST', '/api/v1/people', { name: nadia.name, email: nadia.email, role: 'convener' });
    assert.equal(added.status, 201);
    projectId = (await api(grace, 'GET', '/api/v1/projects?limit=200')).body.items.find((project) => project.title === projectTitle).id;
    await grace.context().close();

    const welcome = await openPage(browser, server.baseUrl);
    await welcome.goto(added.body.invite_url);
    await welcome.locator('#password').fill(nadia.password);
    await welcome.locator('#password-confirmation').fill(nadia.password);
    await welcome.locator('button[type="submit"]').click();
    await welcome.waitForFunction(() => window.location.pathname === '/');
    await welcome.context().close();

    const page = await openPage(browser, server.baseUrl);
    await signIn(page, nadia.email, nadia.password);
    await page.goto(`/projects/${projectId}/proposals`);
    await page.locator('h1', { hasText: 'Decide together' }).waitFor();
    const notice = page.locator('#facilitator-notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /You facilitate this project/);
    assert.equal(await page.getByRole('button', { name: 'Make a proposal' }).count(), 0);
    await checkAccessibility(page, 'decisions for a facilitator');

    // The form's own address shows the same notice, not a form to be refused by.
    await page.goto(`/projects/${projectId}/proposals/new`);
    await page.locator('#facilitator-notice').waitFor();
    assert.equal(await page.locator('#proposal-title').count(), 0);
    await checkAccessibility(page, 'make a proposal for a facilitator');

    // She joins the umbrella body and its group from the notice's link.
    await page.getByRole('link', { name: 'Join a group or an organisation to take part as a partner' }).click();
    await page.locator('h1', { hasText: nadia.name }).waitFor();
    await page.getByLabel('Riverside Voluntary Action').check();
    await page.getByLabel('Voluntary and community sector').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/people/') && !url.pathname.endsWith('/edit'));
    // Her page keeps the change to her groups, with who made it (issue 27).
    const changes = page.locator('#group-changes');
    await changes.waitFor();
    assert.match(await changes.innerText(), /Changes to your groups[\s\S]*Added: Voluntary and community sector[\s\S]*Nadia Facilitator \(themself\)/);
    await checkAccessibility(page, 'person page with a change to her groups');

    await page.goto(`/projects/${projectId}/proposals`);
    await page.locator('h1', { hasText: 'Decide together' }).waitFor();
    assert.equal(await page.locator('#facilitator-notice').count(), 0);
    await page.getByRole('button', { name: 'Make a proposal' }).click();
    await page.locator('#proposal-title').fill('Try a Saturday lunch club');
    await page.locator('#proposal-text').fill('We open the day centre for lunch on Saturdays for three months and ask people how it went.');
    await page.getByRole('button', { name: 'Make proposal' }).click();
    await page.waitForURL((url) => /^\/proposals\/[^/]+$/.test(url.pathname));
    await page.locator('.govuk-notification-banner--success', { hasText: 'Proposal made' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Nadia Facilitator \(Voluntary and community sector\)/);

    // She votes with the first choice the method offers.
    await page.locator('#vote-form input[type="radio"]').first().check();
    await page.getByRole('button', { name: 'Send my vote' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your vote has been saved' }).waitFor();
    assert.doesNotMatch(await page.locator('#my-vote').innerText(), /not voted/);
    await checkAccessibility(page, 'proposal page after a vote by a convener who joined the VCS group');
    assertNoProblems(page);
    await page.context().close();
  });
});
