// Issue 13, item 2: the convener is a partner too. A new convener with no
// stakeholder group opens a project's decisions, contributions and survey:
// before she fills anything in, each page says she facilitates, with no
// proposal, vote, "Say something" or survey answer form to be refused by
// (the server refuses each one from someone with no group). She may still
// record what someone said for their group, and close a proposal: the
// decision shows "Nadia Facilitator (facilitator)", never "()". She follows
// the link, joins the umbrella body (a VCS organisation) and its group, and
// then proposes, votes and says something for the VCS group.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility } from './harness.mjs';
import { theDemoPartnership, personAdded } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const nadia = { name: 'Nadia Facilitator', email: 'nadia.facilitator@riverside-vcs.example', password: 'a long walk by the river' };

describe('a convener without a group facilitates, and joins as a partner', () => {
  const world = theDemoPartnership('facilitator');
  let projectId = '';
  let surveyId = '';
  let proposalId = '';

  test('a new convener with no group is told she facilitates before any form', async () => {
    const grace = await world.signInAs(accounts.convener);
    const added = await personAdded(grace, { name: nadia.name, email: nadia.email, role: 'convener' });
    projectId = (await api(grace, 'GET', '/api/v1/projects?limit=200')).body.items.find((project) => project.title === projectTitle).id;
    // An open survey and an open proposal for her to find.
    const survey = await api(grace, 'POST', `/api/v1/projects/${projectId}/surveys`, {
      title: 'Weekend opening',
      opens_at: new Date(Date.now() - 86_400_000).toISOString(),
      closes_at: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      questions: [{ kind: 'single_choice', text: 'Which day suits you best?', options: ['Saturday', 'Sunday'] }],
    });
    assert.equal(survey.status, 201, JSON.stringify(survey.body));
    surveyId = survey.body.id;
    const proposal = await api(grace, 'POST', `/api/v1/projects/${projectId}/proposals`, {
      title: 'Open the garden on Sundays',
      text: 'We open the day centre garden on Sunday afternoons in the summer.',
      closes_at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      group: 'vcs',
    });
    assert.equal(proposal.status, 201, JSON.stringify(proposal.body));
    proposalId = proposal.body.id;
    await grace.context().close();

    await world.acceptInvitation(added.invite_url, nadia.password);

    const page = await world.signInAs(nadia.email, { password: nadia.password });
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

    // Contributions: no "Say something" form (the server refuses her own
    // contribution for having no group), but "Record for someone" is there.
    await page.goto(`/projects/${projectId}/contributions`);
    await page.locator('h1', { hasText: 'Contributions' }).waitFor();
    await page.locator('#facilitator-notice').waitFor();
    assert.match(await page.locator('#facilitator-notice').innerText(), /You facilitate this project[\s\S]*record what someone said/);
    assert.equal(await page.locator('#say-text').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Send', exact: true }).count(), 0);
    const refused = await api(page, 'POST', `/api/v1/projects/${projectId}/contributions`, { kind: 'idea', text: 'A Sunday lunch.' });
    assert.equal(refused.status, 422, 'the server refuses a contribution from someone with no group');
    assert.ok(refused.body.errors?.group, JSON.stringify(refused.body));
    await checkAccessibility(page, 'contributions for a facilitator');
    await page.locator('#record-kind').locator('xpath=ancestor::fieldset').getByLabel('An idea').check();
    await page.locator('#record-text').fill('Could the minibus run on Sundays too?');
    await page.locator('#record-group').selectOption({ label: 'Residents' });
    await page.locator('#record-source').locator('xpath=ancestor::fieldset').getByLabel('Somewhere else (on the phone, on paper, in person)').check();
    await page.getByRole('button', { name: 'Record contribution' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your contribution has been received' }).waitFor();
    assert.match(await page.locator('#contributions-table tbody tr', { hasText: 'minibus' }).innerText(), /Residents/);

    // The survey: no answer form to be refused by; the results are still hers to read.
    await page.goto(`/surveys/${surveyId}`);
    await page.locator('h1', { hasText: 'Weekend opening' }).waitFor();
    await page.locator('#facilitator-notice').waitFor();
    assert.match(await page.locator('#facilitator-notice').innerText(), /You facilitate this project[\s\S]*do not answer its surveys/);
    assert.equal(await page.locator('#answer-0').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Send answers' }).count(), 0);
    await checkAccessibility(page, 'survey for a facilitator');

    // She closes the proposal (no group has voted, so it closes as not
    // passed); the record names her as the facilitator, with no empty "()".
    await page.goto(`/proposals/${proposalId}`);
    await page.locator('h1', { hasText: 'Open the garden on Sundays' }).waitFor();
    await page.locator('#facilitator-notice').waitFor();
    assert.equal(await page.locator('#vote-form').count(), 0);
    await page.locator('#close-rationale').fill('The summer is over before the garden is ready.');
    await page.getByRole('button', { name: 'Close and record the decision' }).click();
    await page.locator('#quorum-missing').waitFor();
    await page.getByRole('button', { name: 'Close anyway (it will not pass)' }).click();
    await page.waitForURL((url) => /^\/decisions\/[^/]+$/.test(url.pathname));
    await page.locator('#decision-summary', { hasText: 'Not passed' }).waitFor();
    assert.match(await page.locator('#decision-summary').innerText(), /Closed by\s+Nadia Facilitator \(facilitator\),/);
    assert.doesNotMatch(await page.locator('main').innerText(), /\(\s*\)/);
    await checkAccessibility(page, 'decision closed by a facilitator');

    // The timeline words the decision and the proposal (it said "…: decided"),
    // and says the decision came from no group rather than leaving it blank.
    await page.goto(`/projects/${projectId}/timeline`);
    const events = page.locator('table', { has: page.locator('caption', { hasText: 'Everything that has happened' }) });
    const decided = events.locator('tbody tr', { hasText: 'A decision was made on “Open the garden on Sundays”' });
    await decided.waitFor();
    assert.match(await decided.innerText(), /No group \(the facilitator\)/);
    await events.locator('tbody tr', { hasText: 'Someone made a proposal' }).first().waitFor();
    assert.doesNotMatch(await events.innerText(), /: (decided|chaired|took_part)\b|A proposal took part/);
    await checkAccessibility(page, 'timeline with a decision closed by a facilitator');

    // She joins the umbrella body and its group from the notice's link.
    await page.goto(`/projects/${projectId}/proposals`);
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

    // As a partner she says something and answers the survey herself.
    await page.goto(`/projects/${projectId}/contributions`);
    await page.locator('#say-text').waitFor();
    assert.equal(await page.locator('#facilitator-notice').count(), 0);
    await page.goto(`/surveys/${surveyId}`);
    await page.locator('#answer-0').waitFor();
    assert.equal(await page.locator('#facilitator-notice').count(), 0);
    assertNoProblems(page);
    await page.context().close();
  });
});
