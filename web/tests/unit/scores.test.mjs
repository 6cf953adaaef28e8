// Readability scores on the page (docs/readability.md): whole numbers, except
// where rounding would hide a shortfall. Expected strings worked out by hand.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const { shownScore } = await loadSource('text/scores.ts');

test('a score is a whole number when rounding does not cross the target', () => {
  assert.equal(shownScore(72.4, 60, 'higher'), '72');
  assert.equal(shownScore(41.5, 60, 'higher'), '42');
  // Judged at two decimals, 59.996 is 60.00, which meets 60.
  assert.equal(shownScore(59.996, 60, 'higher'), '60');
  // Above the target though the text fails on jargon: still a whole number.
  assert.equal(shownScore(78.25, 60, 'higher'), '78');
});

test('a shortfall hidden by rounding is shown to one decimal, cut towards it', () => {
  assert.equal(shownScore(59.6, 60, 'higher'), '59.6');
  assert.equal(shownScore(59.99, 60, 'higher'), '59.9');
  // Pisarek: lower is better; 12.3 against at most 12 is over it.
  assert.equal(shownScore(12.3, 12, 'lower'), '12.3');
  assert.equal(shownScore(12.01, 12, 'lower'), '12.1');
  assert.equal(shownScore(13.6, 12, 'lower'), '14');
});
