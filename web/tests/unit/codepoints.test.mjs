// The language check counts offsets in Unicode code points; the browser counts
// UTF-16 units. These tests put emoji (two units each), Polish letters and
// Arabic letters before the term, where a mix-up would shift the replacement.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const codepoints = await loadSource('text/codepoints.ts');

// What the server sends: code points before the term, and the term's length in code points.
function findingFor(text, word) {
  const unit = text.indexOf(word);
  return { offset: Array.from(text.slice(0, unit)).length, length: Array.from(word).length, found: word };
}

test('code point offsets become UTF-16 indexes past emoji, Polish and Arabic letters', () => {
  const text = '😀👍🏽 Zażółć gęślą jaźń. مرحبا بكم! We will commission a new service.';
  const finding = findingFor(text, 'commission');
  assert.notEqual(finding.offset, text.indexOf('commission'), 'the emoji make the two counts differ');
  assert.equal(codepoints.unitIndexOf(text, finding.offset), text.indexOf('commission'));
  assert.equal(codepoints.codePointOffsetOf(text, text.indexOf('commission')), finding.offset);
  assert.equal(codepoints.sliceByCodePoints(text, finding.offset, finding.length), 'commission');
  assert.equal(codepoints.codePointLength('😀ż'), 2);
  // Past the end is clamped, not an error.
  assert.equal(codepoints.unitIndexOf('ab', 10), 2);
});

test('replaceAt replaces exactly that occurrence', () => {
  const text = '🎉 Komisja: we commission. ترحيب 😀 We will commission a new service.';
  const second = text.lastIndexOf('commission');
  const finding = { offset: Array.from(text.slice(0, second)).length, length: 10 };
  const replaced = codepoints.replaceAt(text, finding.offset, finding.length, 'buying services', 'commission');
  assert.equal(replaced.text, '🎉 Komisja: we commission. ترحيب 😀 We will buying services a new service.');
  assert.equal(replaced.start, second);
  assert.equal(replaced.end, second + 'buying services'.length);
  assert.equal(replaced.text.slice(replaced.start, replaced.end), 'buying services');
});

test('replaceAt refuses when the text has changed since the check', () => {
  const text = 'We will commission a new service.';
  assert.equal(codepoints.replaceAt(text, 9, 10, 'buying services', 'commission'), null);
  assert.equal(codepoints.replaceAt(text, -1, 10, 'x'), null);
  // An offset inside an emoji's two units cannot be reached by code points, so it is never split.
  const emoji = '😀 commission';
  const done = codepoints.replaceAt(emoji, 2, 10, 'buying services', 'commission');
  assert.equal(done.text, '😀 buying services');
});

test('replaceAt keeps a capital at the start of a sentence', () => {
  const text = 'Commission starts now.';
  assert.equal(codepoints.replaceAt(text, 0, 10, 'buying services', 'Commission').text, 'Buying services starts now.');
  assert.equal(codepoints.matchCase('KPI', 'measure of success'), 'measure of success');
  assert.equal(codepoints.matchCase('Żółw', 'ósemka'), 'Ósemka');
});

test('segment cuts the text at marks counted in code points', () => {
  const text = '😀 Zażółć: we commission it. Long one here.';
  const jargon = findingFor(text, 'commission');
  const sentence = findingFor(text, 'Long one here.');
  const parts = codepoints.segment(text, [
    { offset: jargon.offset, length: jargon.length, id: 'jargon-1' },
    { offset: sentence.offset, length: sentence.length, id: 'long-1' },
  ]);
  assert.equal(parts.map((part) => part.text).join(''), text);
  const marked = parts.find((part) => part.ids.includes('jargon-1'));
  assert.equal(marked.text, 'commission');
  assert.deepEqual(marked.starts, ['jargon-1']);
  assert.equal(parts.find((part) => part.ids.includes('long-1')).text, 'Long one here.');
  // Overlapping marks: a word inside a long sentence is in both.
  const nested = codepoints.segment('ab cd ef', [
    { offset: 0, length: 8, id: 'long-1' },
    { offset: 3, length: 2, id: 'jargon-1' },
  ]);
  assert.deepEqual(nested.map((part) => [part.text, part.ids]), [
    ['ab ', ['long-1']],
    ['cd', ['long-1', 'jargon-1']],
    [' ef', ['long-1']],
  ]);
  // Marks beyond the end are ignored.
  assert.deepEqual(codepoints.segment('ab', [{ offset: 5, length: 2, id: 'x' }]).map((part) => part.text), ['ab']);
});
