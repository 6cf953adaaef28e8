// Votes for each method, dots left, comments in threads (issue 7).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const decisions = await loadSource('text/decisions.ts');
const draft = (change) => ({ position: '', reason: '', scores: {}, ranking: [], dots: {}, comment: '', group: '', ...change });

test('dotsLeft counts whole dots placed and goes below zero when over', () => {
  assert.equal(decisions.dotsLeft({ a: '1', b: '', c: 'x' }, 3), 2);
  assert.equal(decisions.dotsLeft({ a: 2, b: 3 }, 3), -2);
  assert.equal(decisions.dotsLeft({}, 5), 5);
});

test('consent: a position, and a reason required for object', () => {
  assert.deepEqual(decisions.buildVote('consent', [], 3, draft({})).problems, [{ field: 'position', problem: 'position' }]);
  assert.deepEqual(decisions.buildVote('consent', [], 3, draft({ position: 'object', reason: '  ' })).problems, [{ field: 'reason', problem: 'reason' }]);
  assert.deepEqual(decisions.buildVote('consent', [], 3, draft({ position: 'object', reason: ' Too dear ', group: 'residents' })), {
    body: { position: 'object', reason: 'Too dear', group: 'residents' },
    problems: [],
  });
  assert.deepEqual(decisions.buildVote('consensus', [], 3, draft({ position: 'block' })).problems, [{ field: 'reason', problem: 'reason' }]);
  assert.deepEqual(decisions.buildVote('majority', [], 3, draft({ position: 'yes', reason: 'ignored', comment: ' ok ' })).body, { position: 'yes', comment: 'ok' });
});

test('score: every option from 0 to 5', () => {
  const built = decisions.buildVote('score', ['A', 'B'], 3, draft({ scores: { A: '0', B: '' } }));
  assert.deepEqual(built.problems, [{ field: 'scores.1', problem: 'score' }]);
  assert.deepEqual(decisions.buildVote('score', ['A', 'B'], 3, draft({ scores: { A: '0', B: '5' } })).body, { scores: { A: 0, B: 5 } });
});

test('ranked choice keeps only known options in the order given', () => {
  assert.deepEqual(decisions.buildVote('ranked_choice', ['A', 'B', 'C'], 3, draft({ ranking: ['C', 'X', 'A', 'B'] })).body, { ranking: ['C', 'A', 'B'] });
});

test('dot vote: between 1 and the dots each person has', () => {
  assert.deepEqual(decisions.buildVote('dot_vote', ['A', 'B'], 3, draft({ dots: { A: '0', B: '0' } })).problems, [{ field: 'dots', problem: 'dots_none' }]);
  assert.deepEqual(decisions.buildVote('dot_vote', ['A', 'B'], 3, draft({ dots: { A: '2', B: '2' } })).problems, [{ field: 'dots', problem: 'dots_too_many' }]);
  assert.deepEqual(decisions.buildVote('dot_vote', ['A', 'B'], 3, draft({ dots: { A: '-1', B: '1' } })).problems, [{ field: 'dots.0', problem: 'dots_whole' }]);
  assert.deepEqual(decisions.buildVote('dot_vote', ['A', 'B'], 3, draft({ dots: { A: '2', B: '0' } })).body, { dots: { A: 2 } });
});

test('draftFrom starts from my vote, with unranked options after the ranked ones', () => {
  const start = decisions.draftFrom(['A', 'B', 'C'], { ranking: ['B'], dots: { C: 2 }, group: 'staff' }, 'residents');
  assert.deepEqual(start.ranking, ['B', 'A', 'C']);
  assert.deepEqual(start.dots, { A: '0', B: '0', C: '2' });
  assert.equal(start.group, 'staff');
  assert.equal(decisions.draftFrom([], null, 'residents').group, 'residents');
});

test('choicesFor, shares and threads', () => {
  assert.deepEqual(decisions.choicesFor('consent', ['x']), ['agree', 'abstain', 'concern', 'object']);
  assert.deepEqual(decisions.choicesFor('score', ['x', 'y']), ['x', 'y']);
  assert.equal(decisions.shareText(0.6667, true), '67%');
  assert.equal(decisions.shareText(3.667, false), '3.7');
  assert.equal(decisions.shareText(null, false), '–');
  const threads = decisions.threadComments([
    { id: '1', parent_id: null },
    { id: '2', parent_id: '1' },
    { id: '3', parent_id: null },
  ]);
  assert.deepEqual(threads.map((thread) => [thread.comment.id, thread.replies.map((reply) => reply.id)]), [['1', ['2']], ['3', []]]);
  assert.deepEqual(decisions.cleanOptions([' a ', '', '  ', 'b']), ['a', 'b']);
});

test('whyVotesHidden tells more than 1,000 votes from a reader outside the project', () => {
  assert.equal(decisions.whyVotesHidden(true, 3), null);
  assert.equal(decisions.whyVotesHidden(undefined, 3), null);
  assert.equal(decisions.whyVotesHidden(false, 0), 'outsider');
  assert.equal(decisions.whyVotesHidden(false, 1000), 'outsider');
  assert.equal(decisions.whyVotesHidden(false, 1001), 'many');
  // The server's word wins: outside the project, even with many votes.
  assert.equal(decisions.whyVotesHidden(false, 1001, false), 'outsider');
  assert.equal(decisions.whyVotesHidden(false, 1001, true), 'many');
});

test('voteSetAside: an amendment answered my objection and I have not voted again', () => {
  const mine = (status) => ({ person: { id: 'me' }, status });
  const someone = { person: null, status: 'resolved_by_amendment' };
  assert.equal(decisions.voteSetAside(null, [mine('resolved_by_amendment')], 'me'), true);
  // Voted again on the new wording; an objection still standing; someone else's; no one signed in.
  assert.equal(decisions.voteSetAside({ position: 'agree' }, [mine('resolved_by_amendment')], 'me'), false);
  assert.equal(decisions.voteSetAside(null, [mine('standing'), mine('withdrawn')], 'me'), false);
  assert.equal(decisions.voteSetAside(null, [someone, { person: { id: 'other' }, status: 'resolved_by_amendment' }], 'me'), false);
  assert.equal(decisions.voteSetAside(null, [mine('resolved_by_amendment')], undefined), false);
  assert.equal(decisions.voteSetAside(null, undefined, 'me'), false);
});

test('the count is explained in message keys, with the figures the server counted', () => {
  const { explainTally } = decisions;
  const base = { passed: false, quorum: true, result: 'not passed', totals: {}, rounds: [] };
  // Consent with two objections standing; the same passing with none.
  assert.deepEqual(explainTally(base, 'consent', 'equal_groups', undefined, 2), [{ key: 'decisions.explain.objections', parameters: { count: 2 } }]);
  assert.deepEqual(explainTally({ ...base, passed: true, result: 'passed' }, 'consent', 'equal_groups', undefined, 0), [{ key: 'decisions.explain.consentPasses' }]);
  // Majority: 2 of 3 groups' mean yes share 0.6667 shows as 66.7%, against more than 60%.
  assert.deepEqual(explainTally({ ...base, totals: { yes: 2 / 3, no: 1 / 3 } }, 'majority', 'equal_groups', 0.6, 0), [
    { key: 'decisions.explain.majorityGroups', parameters: { share: '66.7', threshold: 60 } },
  ]);
  // A decided majority vote keeps no threshold: the server's words are used instead.
  assert.equal(explainTally(base, 'majority', 'per_person', undefined, 0), null);
  // Without every required group the count says so first.
  assert.deepEqual(explainTally({ ...base, quorum: false, result: 'Bus', rounds: [{}, {}] }, 'ranked_choice', 'equal_groups', undefined, 0), [
    { key: 'decisions.explain.noQuorum' },
    { key: 'decisions.explain.ranked', parameters: { option: 'Bus', rounds: 2 } },
  ]);
  assert.deepEqual(explainTally({ ...base, passed: true, result: 'Thursday' }, 'dot_vote', 'per_person', undefined, 0), [
    { key: 'decisions.explain.dotsPeople', parameters: { option: 'Thursday' } },
  ]);
});
