// Ordering with buttons (needs, ranking answers), translated survey questions
// and what the survey CSV import answered.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const ordering = await loadSource('text/ordering.ts');

test('moveItem moves one place up or down and stays put at either end', () => {
  const items = ['a', 'b', 'c'];
  assert.deepEqual(ordering.moveItem(items, 1, -1), ['b', 'a', 'c']);
  assert.deepEqual(ordering.moveItem(items, 1, 1), ['a', 'c', 'b']);
  assert.deepEqual(ordering.moveItem(items, 0, -1), ['a', 'b', 'c']);
  assert.deepEqual(ordering.moveItem(items, 2, 1), ['a', 'b', 'c']);
  assert.deepEqual(ordering.moveItem(items, 5, -1), ['a', 'b', 'c']);
  assert.deepEqual(items, ['a', 'b', 'c'], 'the original list is left alone');
});

test('orderByPreference puts known ids first, then the rest as they were', () => {
  assert.deepEqual(ordering.orderByPreference(['a', 'b', 'c', 'd'], ['c', 'x', 'a', 'c']), ['c', 'a', 'b', 'd']);
  assert.deepEqual(ordering.orderByPreference(['a', 'b'], []), ['a', 'b']);
});

test('questionIn uses a translation only when it has the text, keeping option order', () => {
  const question = {
    text: 'How do you travel?',
    options: ['Bus', 'Car', 'Walk'],
    translations: { pl: { text: 'Jak podróżujesz?', options: ['Autobus', 'Samochód', 'Pieszo'] }, ar: { text: '', options: [] } },
  };
  assert.deepEqual(ordering.questionIn(question, 'pl'), { text: 'Jak podróżujesz?', options: ['Autobus', 'Samochód', 'Pieszo'], translated: true });
  assert.deepEqual(ordering.questionIn(question, 'pl-PL').translated, true);
  assert.deepEqual(ordering.questionIn(question, 'ar'), { text: 'How do you travel?', options: ['Bus', 'Car', 'Walk'], translated: false });
  assert.deepEqual(ordering.questionIn(question, 'so').translated, false);
  // Options that do not line up are not trusted: the originals are shown.
  const short = { ...question, translations: { pl: { text: 'Jak?', options: ['Autobus'] } } };
  assert.deepEqual(ordering.questionIn(short, 'pl').options, ['Bus', 'Car', 'Walk']);
});

test('parseOptions keeps one trimmed option a line', () => {
  assert.deepEqual(ordering.parseOptions(' Bus \n\nCar\r\n  '), ['Bus', 'Car']);
});

test('importOutcome reads an import that worked', () => {
  assert.deepEqual(ordering.importOutcome({ imported: 3, unknown_columns: ['Postcode'], ignored_columns: ['Email'] }, 201), {
    kind: 'imported',
    imported: 3,
    unknownColumns: ['Postcode'],
    ignoredColumns: ['Email'],
  });
  assert.deepEqual(ordering.importOutcome({ imported: 0 }, 201), { kind: 'imported', imported: 0, unknownColumns: [], ignoredColumns: [] });
});

test('importOutcome lists bad rows by line, and ignores other failures', () => {
  const problem = {
    status: 422,
    code: 'invalid',
    rows: [
      { line: 7, column: 'How do you travel?', message: 'Not one of the options' },
      { line: 3, message: 'Wrong number of cells' },
    ],
  };
  assert.deepEqual(ordering.importOutcome(problem, 422), {
    kind: 'rejected',
    rows: [
      { line: 3, column: '', message: 'Wrong number of cells' },
      { line: 7, column: 'How do you travel?', message: 'Not one of the options' },
    ],
  });
  assert.equal(ordering.importOutcome({ code: 'forbidden' }, 403), null);
  assert.equal(ordering.importOutcome({ errors: { body: ['x'] } }, 422), null);
  assert.equal(ordering.importOutcome(null, 201), null);
});

test('answerList reads both shapes of a response, answerText joins choices', () => {
  assert.deepEqual(ordering.answerList({ q1: 'Benches', q2: ['Bus', 'Car'] }), [
    { question_id: 'q1', value: 'Benches' },
    { question_id: 'q2', value: ['Bus', 'Car'] },
  ]);
  assert.deepEqual(ordering.answerList([{ question_id: 'q1', value: 4 }, null]), [{ question_id: 'q1', value: 4 }]);
  assert.deepEqual(ordering.answerList(undefined), []);
  assert.equal(ordering.answerText(['Bus', 'Car']), 'Bus; Car');
  assert.equal(ordering.answerText(3), '3');
  assert.equal(ordering.answerText(null), '');
});

test('isolate wraps text in first-strong isolate marks', () => {
  assert.equal(ordering.isolate('Rank'), '\u2068Rank\u2069');
});
