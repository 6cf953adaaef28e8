// Proposals after an amendment, and for someone outside the project (issue 7).
// The convener sets up a project (voluntary sector, residents, service users
// and carers); Layla objects to a consent proposal; a new title alone leaves
// her objection standing; new wording answers it and sets her vote aside, so
// she is asked to vote again, and closing early names her until she has. Joan,
// in the partnership but not the project, sees the count and the objections by
// group, never who voted or objected, and no vote or comment form. Once the
// proposal is closed, the comments stay and the comment form goes. Every page
// is scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  api,
  assertNoProblems,
  checkAccessibility,
} from './harness.mjs';
import { theDemoPartnership, projectWithMembers } from './fixtures.mjs';

const projectTitle = 'Choosing the lunch club menu';
const proposalTitle = 'Serve a hot lunch on Fridays';
const firstText = 'The lunch club will serve a hot lunch every Friday.';
const amendedText = 'The lunch club will serve a hot lunch every Friday, with a vegetarian and a halal choice.';
const objection = 'There is nothing I can eat on the menu as it is.';
const layla = accounts.arabicMember;
const marek = accounts.polishMember;
// In the partnership, not in this project.
const outsider = accounts.member;

describe('proposals after an amendment and outside the project', () => {
  const world = theDemoPartnership('decisions-more');
  let proposalId = '';
  let proposalPath = '';
  let decisionPath = '';

  test('set up: a consent proposal; Layla objects; Marek agrees and comments', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const projectId = (await projectWithMembers(page, {
      title: projectTitle,
      summary: 'What the lunch club serves.',
      interests: ['older-people'],
      groups: ['vcs', 'residents', 'service_users_carers'],
      coLeads: { 'Grace Mensah': 'vcs', 'Layla Haddad': 'residents' },
      members: { 'Marek Nowak': 'service_users_carers' },
    })).id;
    const proposal = await api(page, 'POST', `/api/v1/projects/${projectId}/proposals`, {
      title: proposalTitle,
      text: firstText,
      method: 'consent',
      closes_at: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
      group: 'vcs',
    });
    assert.equal(proposal.status, 201);
    proposalId = proposal.body.id;
    proposalPath = `/proposals/${proposalId}`;
    assert.equal((await api(page, 'POST', `/api/v1/proposals/${proposalId}/votes`, { position: 'agree' })).status, 200);
    await page.context().close();

    const objector = await world.signInInEnglish(layla);
    assert.equal((await api(objector, 'POST', `/api/v1/proposals/${proposalId}/votes`, { position: 'object', reason: objection })).status, 200);
    await objector.context().close();

    const second = await world.signInInEnglish(marek);
    assert.equal((await api(second, 'POST', `/api/v1/proposals/${proposalId}/votes`, { position: 'agree' })).status, 200);
    assert.equal((await api(second, 'POST', `/api/v1/proposals/${proposalId}/comments`, { text: 'Can we have soup as well?' })).status, 201);
    await second.context().close();
  });

  test('a new title alone leaves the objection standing; new wording asks Layla to vote again', async () => {
    const convener = await world.signInInEnglish(accounts.convener);
    const retitled = await api(convener, 'PATCH', `/api/v1/proposals/${proposalId}`, { title: `${proposalTitle} and Tuesdays` });
    assert.equal(retitled.status, 200);
    assert.equal(retitled.body.version, 1);

    const objector = await world.signInInEnglish(layla);
    await objector.goto(proposalPath);
    await objector.locator('h1', { hasText: 'and Tuesdays' }).waitFor();
    await objector.locator('#withdraw-objection').waitFor();
    assert.equal(await objector.locator('#vote-again').count(), 0);
    assert.match(await objector.locator('#my-vote').innerText(), /Object/);
    await objector.context().close();

    const amended = await api(convener, 'PATCH', `/api/v1/proposals/${proposalId}`, { title: proposalTitle, text: amendedText });
    assert.equal(amended.status, 200);
    assert.equal(amended.body.version, 2);
    await convener.context().close();

    const again = await world.signInInEnglish(layla);
    await again.goto(proposalPath);
    await again.locator('#proposal-text', { hasText: 'halal' }).waitFor();
    const note = again.locator('#vote-again');
    await note.waitFor();
    assert.equal((await note.innerText()).trim(), 'The proposal was changed after you objected. Please vote on the new wording.');
    // The note sits in the vote form, above the positions.
    assert.equal(await again.locator('#vote-form #vote-again').count(), 1);
    assert.match(await again.locator('#my-vote').innerText(), /Not counted since the wording changed/);
    assert.equal(await again.locator('#withdraw-objection').count(), 0);
    assert.match(await again.locator('#proposal-objections').innerText(), /Layla Haddad \(Residents\), on version 1/);
    await checkAccessibility(again, 'proposal after an amendment, for the objector');
    assertNoProblems(again);
    await again.context().close();
  });

  test('closing early names the objectors who have not voted on the new wording', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto(proposalPath);
    await page.locator('#close-form').waitFor();
    await page.locator('#close-rationale').fill('Everyone can eat at the lunch club now.');
    await page.getByRole('button', { name: 'Close and record the decision' }).click();
    const warning = page.locator('#objectors-not-heard');
    await warning.waitFor();
    assert.match(
      await warning.innerText(),
      /Some people who objected have not voted on the new wording yet: Layla Haddad\. Wait for them, or for the closing time\./,
    );
    assert.match(await page.locator('.govuk-error-summary').innerText(), /have not voted on the new wording yet: Layla Haddad/);
    // Closing anyway would pass over her: it is not offered.
    assert.equal(await page.locator('#close-anyway').count(), 0);
    assert.equal(new URL(page.url()).pathname, proposalPath);
    await checkAccessibility(page, 'close with objectors not heard');
    assertNoProblems(page);
    await page.context().close();
  });

  test('someone outside the project sees the count and the objections by group, but no names', async () => {
    const page = await world.signInInEnglish(outsider);
    await page.goto(proposalPath);
    await page.locator('h1', { hasText: proposalTitle }).waitFor();
    const answer = await api(page, 'GET', `/api/v1/proposals/${proposalId}`);
    assert.equal(answer.body.votes_shown, false);
    const who = await page.locator('#who-has-voted').innerText();
    assert.match(who, /Voluntary/);
    assert.doesNotMatch(who, /Grace Mensah|Marek Nowak|Layla Haddad/);
    assert.equal(await page.locator('#who-has-voted thead th').count(), 2);
    assert.match(await page.locator('#votes-hidden').innerText(), /Only the project's members and organisers see who voted and who objected/);
    const objections = await page.locator('#proposal-objections').innerText();
    assert.match(objections, /Someone from Residents, on version 1/);
    assert.match(objections, /nothing I can eat/);
    assert.doesNotMatch(objections, /Layla/);
    // No vote or comment form: only members and organisers take part.
    assert.match(await page.locator('#outside-project').innerText(), /Only the project's members and organisers vote and comment/);
    assert.equal(await page.locator('#vote-form').count(), 0);
    assert.equal(await page.locator('#comment-text').count(), 0);
    assert.match(await page.locator('#comments').innerText(), /soup/);
    await checkAccessibility(page, 'proposal for someone outside the project');
    assertNoProblems(page);
    await page.context().close();
  });

  test('Layla votes again; the convener closes; comments close; outside, the decision names nobody', async () => {
    const objector = await world.signInInEnglish(layla);
    await objector.goto(proposalPath);
    await objector.locator('#vote-again').waitFor();
    await objector.getByLabel('Agree', { exact: true }).check();
    await objector.getByRole('button', { name: 'Send my vote' }).click();
    await objector.locator('.govuk-notification-banner--success', { hasText: 'Your vote has been saved' }).waitFor();
    await objector.locator('#my-vote', { hasText: 'Agree' }).waitFor();
    assert.equal(await objector.locator('#vote-again').count(), 0);
    assertNoProblems(objector);
    await objector.context().close();

    const convener = await world.signInInEnglish(accounts.convener);
    await convener.goto(proposalPath);
    await convener.locator('#close-rationale').fill('Everyone can eat at the lunch club now.');
    await convener.getByRole('button', { name: 'Close and record the decision' }).click();
    await convener.waitForURL((url) => /^\/decisions\/[^/]+$/.test(url.pathname));
    decisionPath = new URL(convener.url()).pathname;
    await convener.locator('#decision-summary', { hasText: 'Passed' }).waitFor();
    assert.match(await convener.locator('#decision-objections').innerText(), /Layla Haddad \(Residents\)/);

    await convener.goto(proposalPath);
    await convener.locator('#comments-closed').waitFor();
    assert.match(await convener.locator('#comments-closed').innerText(), /Comments are closed because voting has ended/);
    assert.match(await convener.locator('#comments').innerText(), /soup/);
    assert.equal(await convener.locator('#comment-text').count(), 0);
    assert.equal(await convener.locator('#comments').getByRole('link', { name: /Reply/ }).count(), 0);
    await checkAccessibility(convener, 'closed proposal with comments');
    assertNoProblems(convener);
    await convener.context().close();

    const page = await world.signInInEnglish(outsider);
    await page.goto(decisionPath);
    await page.locator('h1', { hasText: proposalTitle }).waitFor();
    const objections = await page.locator('#decision-objections').innerText();
    assert.match(objections, /Someone from Residents, on version 1/);
    assert.doesNotMatch(objections, /Layla/);
    await checkAccessibility(page, 'decision for someone outside the project');
    assertNoProblems(page);
    await page.context().close();
  });
});
