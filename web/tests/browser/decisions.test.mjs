// Proposals, votes, decisions and panels (issue 7). The convener sets up a
// project with three required groups (voluntary sector, residents, service
// users and carers) whose members can sign in; proposes with consent; Layla
// objects (a reason is required) and Marek agrees; the proposer amends, which
// answers the objection; Layla then agrees; the convener closes with a
// rationale and everyone reads the decision record. Closing another proposal
// without every group names the missing groups and offers "Close anyway".
// A short panel journey: a conflict of interest stops scoring. Every page is
// scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  api,
  assertNoProblems,
  checkAccessibility,
} from './harness.mjs';
import { theDemoPartnership, projectWithMembers } from './fixtures.mjs';

const projectTitle = 'Deciding the day centre transport';
const proposalTitle = 'Run a minibus on Tuesdays';
const firstText = 'We will run a minibus from Meadow Road to the day centre every Tuesday.';
const amendedText = 'We will run a minibus from Meadow Road to the day centre every Tuesday and Thursday, with a step-free lift.';
const objection = 'Tuesday only is not enough for people who go twice a week.';
const rationale = 'Every group agreed once the minibus runs on two days with a lift.';
const layla = accounts.arabicMember;
const marek = accounts.polishMember;
const kofi = 'kofi.mensah@meadowbank.example';

// Calls the API from a signed-in page, with its CSRF token.

describe('proposals, votes, decisions and panels', () => {
  const world = theDemoPartnership('decisions');
  let projectId = '';
  let proposalPath = '';
  let decisionPath = '';

  test('the convener sets up a project with three groups and makes a consent proposal', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    projectId = (await projectWithMembers(page, {
      title: projectTitle,
      summary: 'Choosing how people get to the day centre.',
      interests: ['older-people'],
      groups: ['vcs', 'residents', 'service_users_carers'],
      coLeads: { 'Grace Mensah': 'vcs', 'Layla Haddad': 'residents' },
      members: { 'Marek Nowak': 'service_users_carers' },
    })).id;

    await page.goto(`/projects/${projectId}`);
    await page.locator('h1', { hasText: projectTitle }).waitFor();
    await page.locator('main').getByRole('link', { name: 'Decide together', exact: true }).click();
    await page.locator('h1', { hasText: 'Decide together' }).waitFor();
    await checkAccessibility(page, 'proposals of a project');
    await page.getByRole('button', { name: 'Make a proposal' }).click();
    await page.locator('h1', { hasText: 'Make a proposal' }).waitFor();
    await checkAccessibility(page, 'make a proposal');

    // Nothing filled in: the summary names the title and the text.
    await page.getByRole('button', { name: 'Make proposal' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    for (const id of ['proposal-title', 'proposal-text']) assert.equal(await summary.locator(`a[href="#${id}"]`).count(), 1);
    await checkAccessibility(page, 'make a proposal with errors');

    // The methods are explained in plain words; consent (the charter's rule) is chosen.
    assert.match(await page.locator('main').innerText(), /Passes unless someone objects, and objections must be answered/);
    assert.equal(await page.getByLabel('Consent', { exact: true }).isChecked(), true);
    assert.equal(await page.getByLabel('Every group counts the same').isChecked(), true);
    // Dot vote shows option rows that can be added and removed.
    await page.getByLabel('Dot vote').check();
    await page.getByRole('button', { name: 'Add another option' }).click();
    assert.equal(await page.locator('#proposal-option-2').evaluate((element) => element === document.activeElement), true);
    await page.locator('#proposal-option-2').fill('Thursday');
    await checkAccessibility(page, 'make a proposal with options');
    await page.getByLabel('Consent', { exact: true }).check();

    await page.locator('#proposal-title').fill(proposalTitle);
    await page.locator('#proposal-text').fill(firstText);
    // The closing time in three boxes and a text box, read in any digits:
    // 18:30 on a day in 2031 typed on an Arabic keyboard (the browser's own
    // date and time boxes dropped those digits).
    await page.locator('#proposal-closes-date-day').fill('١٥');
    await page.locator('#proposal-closes-date-month').fill('٣');
    await page.locator('#proposal-closes-date-year').fill('٢٠٣١');
    await page.locator('#proposal-closes-time').fill('١٨:٣٠');
    await page.getByRole('button', { name: 'Make proposal' }).click();
    await page.waitForURL((url) => /^\/proposals\/[^/]+$/.test(url.pathname));
    proposalPath = new URL(page.url()).pathname;
    const made = await api(page, 'GET', `/api/v1${proposalPath}`);
    assert.equal(made.status, 200);
    // 15 March 2031 is winter time in London: 18:30 there is 18:30 UTC.
    assert.equal(new Date(made.body.closes_at).toISOString(), '2031-03-15T18:30:00.000Z');
    await page.locator('.govuk-notification-banner--success', { hasText: `Proposal made: ${proposalTitle}` }).waitFor();
    assert.match(await page.locator('#who-has-voted').innerText(), /Residents\s+Not yet/);
    await checkAccessibility(page, 'proposal page');

    await page.getByLabel('Agree', { exact: true }).check();
    await page.getByRole('button', { name: 'Send my vote' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your vote has been saved' }).waitFor();
    await page.locator('#my-vote', { hasText: 'Agree' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('Layla objects (a reason is required); Marek agrees', async () => {
    const page = await world.signInInEnglish(layla);
    await page.goto(proposalPath);
    await page.locator('h1', { hasText: proposalTitle }).waitFor();
    await page.getByLabel('Object', { exact: true }).check();
    await page.getByRole('button', { name: 'Send my vote' }).click();
    await page.locator('#vote-reason-error').waitFor();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Say why you object/);
    await checkAccessibility(page, 'vote with a missing reason');
    await page.locator('#vote-reason').fill(objection);
    await page.getByRole('button', { name: 'Send my vote' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your vote has been saved' }).waitFor();
    assert.match(await page.locator('#proposal-objections').innerText(), /Standing/);
    await page.locator('#withdraw-objection').waitFor();
    await checkAccessibility(page, 'proposal with an objection');
    assertNoProblems(page);
    await page.context().close();

    const second = await world.signInInEnglish(marek);
    await second.goto(proposalPath);
    await second.locator('h1', { hasText: proposalTitle }).waitFor();
    await second.getByLabel('Agree', { exact: true }).check();
    await second.getByRole('button', { name: 'Send my vote' }).click();
    await second.locator('.govuk-notification-banner--success', { hasText: 'Your vote has been saved' }).waitFor();
    await second.locator('#my-vote', { hasText: 'Agree' }).waitFor();
    // Comments: one top-level, one reply.
    await second.locator('#comment-text').fill('Will the lift fit a large wheelchair?');
    await second.getByRole('button', { name: 'Add comment' }).click();
    await second.locator('#comments', { hasText: 'Will the lift fit' }).waitFor();
    await second.locator('#comments').getByRole('link', { name: /Reply/ }).click();
    await second.locator('#comments textarea').fill('Asking the transport team.');
    await second.getByRole('button', { name: 'Send reply' }).click();
    await second.locator('#comments', { hasText: 'Asking the transport team.' }).waitFor();
    assert.match(await second.locator('#comments').innerText(), /Marek Nowak \(Service users and carers\)/);
    await checkAccessibility(second, 'proposal with comments');
    assertNoProblems(second);
    await second.context().close();
  });

  test('the proposer amends; the objector agrees; the convener closes', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto(proposalPath);
    await page.locator('#amend-form').waitFor();
    assert.match(await page.locator('#amend-form').innerText(), /Objections to the old wording are answered by the amendment/);
    await page.locator('#amend-text').fill(amendedText);
    await page.getByRole('button', { name: 'Save the amendment' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'this is version 2' }).waitFor();
    assert.match(await page.locator('#proposal-objections').innerText(), /Answered by an amendment/);
    await checkAccessibility(page, 'amended proposal');
    await page.context().close();

    const objector = await world.signInInEnglish(layla);
    await objector.goto(proposalPath);
    await objector.locator('#proposal-text', { hasText: 'Thursday' }).waitFor();
    // The amendment set her objection (her vote) aside: she is asked to vote on the new wording.
    await objector.locator('#vote-again', { hasText: 'Please vote on the new wording' }).waitFor();
    await objector.getByLabel('Agree', { exact: true }).check();
    await objector.getByRole('button', { name: 'Send my vote' }).click();
    await objector.locator('.govuk-notification-banner--success', { hasText: 'Your vote has been saved' }).waitFor();
    await objector.locator('#my-vote', { hasText: 'Agree' }).waitFor();
    assert.doesNotMatch(await objector.locator('#proposal-objections').innerText(), /Standing/);
    await objector.context().close();

    const convener = await world.signInInEnglish(accounts.convener);
    await convener.goto(proposalPath);
    await convener.locator('#close-form').waitFor();
    assert.match(await convener.locator('#tally-positions').innerText(), /Residents/);
    await convener.getByRole('button', { name: 'Close and record the decision' }).click();
    await convener.locator('#close-rationale-error').waitFor();
    await convener.locator('#close-rationale').fill(rationale);
    await convener.getByRole('button', { name: 'Close and record the decision' }).click();
    await convener.waitForURL((url) => /^\/decisions\/[^/]+$/.test(url.pathname));
    decisionPath = new URL(convener.url()).pathname;
    await convener.locator('.govuk-notification-banner--success', { hasText: 'passed' }).waitFor();
    await checkAccessibility(convener, 'decision record');
    assertNoProblems(convener);
    await convener.context().close();
  });

  test('everyone reads the decision record', async () => {
    for (const email of [accounts.convener, layla, marek]) {
      const page = await world.signInInEnglish(email);
      await page.goto(decisionPath);
      await page.locator('h1', { hasText: proposalTitle }).waitFor();
      const summary = await page.locator('#decision-summary').innerText();
      assert.match(summary, /Passed/);
      assert.match(summary, /Every group counts the same/);
      assert.match(summary, /Yes, every group that must take part voted/);
      assert.match(await page.locator('#decision-rationale').innerText(), /two days with a lift/);
      assert.match(await page.locator('#decision-positions').innerText(), /Residents\s+100%/);
      assert.match(await page.locator('#decision-counts').innerText(), /Service users and carers\s+1/);
      assert.match(await page.locator('#decision-objections').innerText(), /Answered by an amendment/);
      await checkAccessibility(page, `decision record for ${email}`);
      assertNoProblems(page);
      await page.context().close();
    }
  });

  test('closing without every group names the missing groups', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const created = await api(page, 'POST', `/api/v1/projects/${projectId}/proposals`, {
      title: 'Choose the day',
      text: 'Which day suits you best?',
      method: 'ranked_choice',
      options: ['Monday', 'Tuesday', 'Wednesday'],
      closes_at: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
      group: 'vcs',
    });
    assert.equal(created.status, 201);
    await page.goto(`/proposals/${created.body.id}`);
    await page.locator('h1', { hasText: 'Choose the day' }).waitFor();
    // Ranked choice with Up and Down buttons.
    await page.getByRole('button', { name: 'Move Wednesday up' }).click();
    await page.getByRole('button', { name: 'Move Wednesday up' }).click();
    assert.match(await page.locator('#vote-ranking li').first().innerText(), /Wednesday/);
    await page.getByRole('button', { name: 'Send my vote' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your vote has been saved' }).waitFor();
    // The banner can show a moment before "my vote" is drawn again.
    await page.locator('#my-vote', { hasText: /1\. Wednesday/ }).waitFor();
    assert.match(await page.locator('#my-vote').innerText(), /1\. Wednesday/);
    await checkAccessibility(page, 'ranked choice proposal');

    await page.locator('#close-rationale').fill('We need to book the minibus now.');
    await page.getByRole('button', { name: 'Close and record the decision' }).click();
    await page.locator('#quorum-missing').waitFor();
    assert.match(await page.locator('#quorum-missing').innerText(), /Residents and Service users and carers still have to vote/);
    await checkAccessibility(page, 'close without every group');
    await page.getByRole('button', { name: 'Close anyway (it will not pass)' }).click();
    await page.waitForURL((url) => /^\/decisions\/[^/]+$/.test(url.pathname));
    await page.locator('#decision-summary', { hasText: 'Not passed' }).waitFor();
    assert.match(await page.locator('#decision-summary').innerText(), /No: Residents and Service users and carers did not vote/);
    await checkAccessibility(page, 'decision without every group');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a panel: a conflict of interest stops scoring; another member scores; results show', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto('/panels');
    await page.locator('h1', { hasText: 'Panels' }).waitFor();
    await checkAccessibility(page, 'panels');
    await page.getByRole('button', { name: 'Create a panel' }).click();
    await page.locator('h1', { hasText: 'Create a panel' }).waitFor();
    await page.locator('#panel-title').fill('Day centre manager interviews');
    await page.getByLabel('Recruitment').check();
    await page.locator('#panel-member-0-person').selectOption({ label: 'Layla Haddad' });
    await page.locator('#panel-member-0-group').selectOption('residents');
    await page.locator('#panel-member-1-person').selectOption({ label: 'Kofi Mensah' });
    await page.locator('#panel-member-1-group').selectOption('staff');
    await page.locator('#panel-criterion-0-name').fill('Listens to people');
    await page.locator('#panel-criterion-0-weight').fill('2');
    await page.getByRole('button', { name: 'Add another criterion' }).click();
    await page.locator('#panel-criterion-1-name').fill('Experience');
    await checkAccessibility(page, 'create a panel');
    await page.getByRole('button', { name: 'Create panel' }).click();
    await page.waitForURL((url) => /^\/panels\/[^/]+$/.test(url.pathname) && url.pathname !== '/panels/new');
    const panelPath = new URL(page.url()).pathname;
    await page.locator('#candidate-name').fill('Amira Said');
    await page.locator('#candidate-details').fill('Ran a community centre for ten years.');
    await page.getByRole('button', { name: 'Add candidate' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Candidate added: Amira Said' }).waitFor();
    await checkAccessibility(page, 'panel for the convener');
    assertNoProblems(page);
    await page.context().close();

    const member = await world.signInInEnglish(layla);
    await member.goto(panelPath);
    await member.locator('h1', { hasText: 'Day centre manager interviews' }).waitFor();
    await member.locator('summary', { hasText: 'Declare a conflict of interest with Amira Said' }).click();
    await member.locator('#conflict-0').fill('Amira is my cousin.');
    await member.getByRole('button', { name: 'Declare conflict of interest' }).click();
    await member.locator('#conflict-note-0').waitFor();
    assert.match(await member.locator('#conflict-note-0').innerText(), /cannot score them/);
    assert.equal(await member.getByRole('button', { name: 'Save scores for Amira Said' }).count(), 0);
    await checkAccessibility(member, 'panel with a conflict of interest');
    assertNoProblems(member);
    await member.context().close();

    const scorer = await world.signInInEnglish(kofi);
    await scorer.goto(panelPath);
    await scorer.locator('h1', { hasText: 'Day centre manager interviews' }).waitFor();
    await scorer.getByRole('button', { name: 'Save scores for Amira Said' }).click();
    await scorer.locator('.govuk-error-summary').waitFor();
    await scorer.locator('#score-0-0-6').check();
    await scorer.locator('#score-0-1-5').check();
    await scorer.getByRole('button', { name: 'Save scores for Amira Said' }).click();
    await scorer.locator('.govuk-notification-banner--success', { hasText: 'Your scores for Amira Said have been saved' }).waitFor();
    await checkAccessibility(scorer, 'panel after scoring');
    await scorer.getByRole('link', { name: 'See the results' }).click();
    await scorer.locator('h1', { hasText: 'Results' }).waitFor();
    const row = await scorer.locator('#panel-results tbody tr').first().innerText();
    assert.match(row, /Amira Said/);
    assert.match(row, /4\.7/);
    await checkAccessibility(scorer, 'panel results');
    assertNoProblems(scorer);
    await scorer.context().close();
  });
});
