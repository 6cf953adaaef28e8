// Living documents (issue 17): the page's reading of a section's body, its
// depth in the tree, and its progress.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const { lightMarkdown, depthsOf, headingLevel, siblingsOf, selfAndBeneath, percentOf, saidCount, sideOf, splitWording, sourceLabel } = await loadSource('text/documents.ts');

test('a body is paragraphs, line breaks and lists; markup typed stays text', () => {
  assert.deepEqual(lightMarkdown('One line\nand the next.\n\nA second paragraph.'), [
    { kind: 'paragraph', lines: [[{ text: 'One line', strong: false }], [{ text: 'and the next.', strong: false }]] },
    { kind: 'paragraph', lines: [[{ text: 'A second paragraph.', strong: false }]] },
  ]);
  assert.deepEqual(lightMarkdown('We will:\n- phone people\n* visit **weekly**'), [
    { kind: 'paragraph', lines: [[{ text: 'We will:', strong: false }]] },
    { kind: 'list', items: [[{ text: 'phone people', strong: false }], [{ text: 'visit ', strong: false }, { text: 'weekly', strong: true }]] },
  ]);
  assert.deepEqual(lightMarkdown('<script>alert(1)</script> **unpaired'), [
    { kind: 'paragraph', lines: [[{ text: '<script>alert(1)</script> ', strong: false }, { text: '**unpaired', strong: false }]] },
  ]);
  assert.deepEqual(lightMarkdown(''), []);
  assert.deepEqual(lightMarkdown('a\r\n\r\n\r\nb'), [
    { kind: 'paragraph', lines: [[{ text: 'a', strong: false }]] },
    { kind: 'paragraph', lines: [[{ text: 'b', strong: false }]] },
  ]);
});

const tree = [
  { id: 'v', parent_id: null, position: 0 },
  { id: 'o1', parent_id: 'v', position: 0 },
  { id: 'a1', parent_id: 'o1', position: 0 },
  { id: 'o2', parent_id: 'v', position: 1 },
  { id: 't', parent_id: null, position: 1 },
];

test('depths, heading levels, siblings and where a section may go', () => {
  assert.deepEqual(Object.fromEntries(depthsOf(tree)), { v: 0, o1: 1, a1: 2, o2: 1, t: 0 });
  assert.deepEqual([0, 1, 2, 3, 4, 9].map(headingLevel), [2, 3, 4, 5, 6, 6]);
  assert.deepEqual(siblingsOf(tree, tree[3]).map((section) => section.id), ['o1', 'o2']);
  assert.deepEqual(siblingsOf(tree, tree[4]).map((section) => section.id), ['v', 't']);
  assert.deepEqual([...selfAndBeneath(tree, 'v')].sort(), ['a1', 'o1', 'o2', 'v']);
  assert.deepEqual([...selfAndBeneath(tree, 'o2')], ['o2']);
});

test('progress: a share in whole percent, and no share stays none', () => {
  assert.equal(percentOf(0.5), 50);
  assert.equal(percentOf(2 / 3), 67);
  assert.equal(percentOf(0), 0);
  assert.equal(percentOf(null), null);
  assert.equal(percentOf(undefined), null);
});

test('what people said, and the two sides of a difference', () => {
  assert.equal(saidCount([{ source_kind: 'contribution' }, { source_kind: 'section' }, { source_kind: 'need' }]), 2);
  const runs = [{ change: 'same', text: 'We will' }, { change: 'added', text: 'phone and' }, { change: 'same', text: 'visit' }, { change: 'removed', text: 'lonely' }, { change: 'added', text: 'isolated' }, { change: 'same', text: 'people weekly' }];
  assert.equal(sideOf(runs, 'before'), 'We will visit lonely people weekly');
  assert.equal(sideOf(runs, 'after'), 'We will phone and visit isolated people weekly');
});

test('a translation splits back into heading and body as the server splits it', () => {
  assert.deepEqual(splitWording('Mniej samotnych\n\nOdwiedzamy.\n\nCo tydzień.'), { heading: 'Mniej samotnych', body: 'Odwiedzamy.\n\nCo tydzień.' });
  assert.deepEqual(splitWording('  Heading \r\n \r\nBody\r\n'), { heading: 'Heading', body: 'Body' });
  assert.deepEqual(splitWording('Heading\nBody line one\nline two'), { heading: 'Heading', body: 'Body line one\nline two' });
  assert.deepEqual(splitWording('Only a heading'), { heading: 'Only a heading', body: '' });
  assert.deepEqual(splitWording(''), { heading: '', body: '' });
});

test('a link names its source: the words said, a question with its survey, else the title', () => {
  assert.equal(sourceLabel('contribution', { title: '', text: 'More buses' }), 'More buses');
  assert.equal(sourceLabel('survey_question', { title: 'Getting here', text: 'How do you travel?' }), 'Getting here: How do you travel?');
  assert.equal(sourceLabel('activity', { title: 'Tea and talk', text: 'The bus does not come.' }), 'Tea and talk');
});
