// What is next in a project (issue 13, item 4) and who may be chosen as a
// co-lead (item 7): pure helpers, with the expected lists written out by hand.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const next = await loadSource('text/projectNext.ts');
const coLeads = await loadSource('text/coLeads.ts');

const base = {
  projectId: 'p1',
  stage: 'discover',
  missingGroups: ['health', 'residents'],
  coLeads: 0,
  organiser: true,
  convener: true,
  unsent: 3,
  pending: 2,
  myInvitationId: null,
  nextActivity: null,
  openProposals: [],
  contributionsWaiting: 0,
};

const summary = (steps) => steps.map((step) => [step.key, step.status, step.href]);

test('a convener at the drawing board: the gate, the invitations, and an activity to plan', () => {
  assert.deepEqual(summary(next.projectNextSteps(base)), [
    ['groups', 'todo', '/projects/p1/invitations'],
    ['coLeads', 'todo', '/projects/p1/co-leads'],
    ['move', 'cannot', null],
    ['send', 'todo', '/projects/p1/invitations'],
    ['answers', 'waiting', '/projects/p1/invitations'],
    ['planActivity', 'todo', '/projects/p1/activities/new'],
  ]);
});

test('the gate done: moving on is the next step; a co-lead (not a convener) waits for the co-leads', () => {
  const ready = next.projectNextSteps({ ...base, missingGroups: [], coLeads: 2, unsent: 0, pending: 0 });
  assert.deepEqual(summary(ready).slice(0, 3), [
    ['groups', 'done', '/projects/p1/invitations'],
    ['coLeads', 'done', '/projects/p1/co-leads'],
    ['move', 'todo', '#stage-to'],
  ]);
  const coLead = next.projectNextSteps({ ...base, convener: false });
  assert.deepEqual(summary(coLead)[1], ['coLeads', 'waiting', null]);
});

test('a member in design: their place, their votes (three listed, the rest counted) and what they said', () => {
  const steps = next.projectNextSteps({
    ...base,
    stage: 'design',
    organiser: false,
    convener: false,
    myInvitationId: 'i1',
    nextActivity: { id: 'a1', title: 'Tea?', startsAt: '2026-12-05T10:00:00Z', signup: 'waiting' },
    openProposals: [
      { id: 'v1', title: 'One', voted: false, canTakePart: true },
      { id: 'v2', title: 'Two', voted: true, canTakePart: true },
      { id: 'v3', title: 'Three', voted: false, canTakePart: true },
      { id: 'v4', title: 'Four', voted: false, canTakePart: true },
      { id: 'v5', title: 'Five', voted: false, canTakePart: true },
    ],
    contributionsWaiting: 1,
  });
  assert.deepEqual(summary(steps), [
    ['myInvitation', 'todo', '/invitations/i1/answer'],
    ['activity', 'waiting', '/activities/a1'],
    ['vote', 'todo', '/proposals/v1'],
    ['vote', 'todo', '/proposals/v3'],
    ['vote', 'todo', '/proposals/v4'],
    // Five open, three listed: the proposals page for the other two.
    ['votesOpen', 'waiting', '/projects/p1/proposals'],
    ['myContributions', 'waiting', '/me/you-said-we-did'],
  ]);
  assert.equal(steps[1].statusKey, 'waitingList');
  assert.equal(steps[5].parameters.count, '5');
  assert.deepEqual(next.projectNextSteps({ ...base, stage: 'design', organiser: false, convener: false }).map((step) => step.key), ['noActivity']);
});

test('everything voted on says so; a closed project has nothing next', () => {
  const voted = next.projectNextSteps({ ...base, stage: 'deliver', openProposals: [{ id: 'v1', title: 'One', voted: true, canTakePart: true }] });
  const step = voted.find((item) => item.key === 'votesOpen');
  assert.equal(step.status, 'done');
  assert.equal(step.statusKey, 'voted');
  assert.deepEqual(next.projectNextSteps({ ...base, stage: 'closed' }), []);
});

test('co-lead candidates: members themselves and people acting for member organisations, by group, once each', () => {
  const members = [
    { person_id: 'joan', organisation_id: null, name: 'Joan', group: 'service_users_carers' },
    { person_id: null, organisation_id: 'org1', name: 'Silver Threads', group: 'vcs' },
    { person_id: 'priya', organisation_id: null, name: 'Priya', group: 'local_authority' },
    // Beth is a member herself and acts for Silver Threads: offered once in vcs, as herself.
    { person_id: 'beth', organisation_id: null, name: 'Beth', group: 'vcs' },
  ];
  const people = [
    { id: 'beth', name: 'Beth', organisation_ids: ['org1'] },
    { id: 'sam', name: 'Sam', organisation_ids: ['org1'] },
    { id: 'kofi', name: 'Kofi', organisation_ids: ['org2'] },
  ];
  const groups = ['local_authority', 'health', 'vcs', 'provider', 'service_users_carers', 'residents', 'staff'];
  assert.deepEqual(
    coLeads.coLeadCandidates(members, people, groups).map((candidate) => [candidate.key, candidate.organisation]),
    [
      ['priya:local_authority', null],
      ['beth:vcs', null],
      ['sam:vcs', 'Silver Threads'],
      ['joan:service_users_carers', null],
    ],
  );
  assert.equal(coLeads.coLeadCountProblem(0), null);
  assert.equal(coLeads.coLeadCountProblem(1), 'only_one');
  assert.equal(coLeads.coLeadCountProblem(2), null);
  assert.equal(coLeads.coLeadCountProblem(6), null);
  assert.equal(coLeads.coLeadCountProblem(7), 'too_many');
});
