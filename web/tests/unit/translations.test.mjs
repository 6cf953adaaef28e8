// Translations and Easy Read (issue 8): which translation a reader sees, the
// direction of a language, rows of the Easy Read editor, and the
// translations-needed list by language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const choose = await loadSource('translations/choose.ts');

const translations = [
  { field: 'summary', language: 'pl', text: 'Po polsku.' },
  { field: 'summary', language: 'ar', text: 'بالعربية.' },
  { field: 'purpose', language: 'so', text: 'Af-Soomaali.' },
  { field: 'summary', language: 'ro', text: '  ' },
];

test('chooseTranslation: the preferred language first, then the page language', () => {
  assert.equal(choose.chooseTranslation(translations, 'summary', ['pl', 'en'], 'en').text, 'Po polsku.');
  assert.equal(choose.chooseTranslation(translations, 'summary', ['so', 'ar'], 'en').text, 'بالعربية.', 'Somali is only for the purpose');
  assert.equal(choose.chooseTranslation(translations, 'summary', ['PL-pl'], 'en').text, 'Po polsku.', 'tags compare by their first part');
  assert.equal(choose.chooseTranslation(translations, 'purpose', [null, 'so'], 'en').text, 'Af-Soomaali.');
});

test('chooseTranslation: the original when the reader reads its language, or nothing fits', () => {
  assert.equal(choose.chooseTranslation(translations, 'summary', ['en', 'pl'], 'en'), null, 'English first: the original');
  assert.equal(choose.chooseTranslation(translations, 'summary', ['tr', 'bn'], 'en'), null);
  assert.equal(choose.chooseTranslation(translations, 'summary', ['ro'], 'en'), null, 'an empty translation is not shown');
  assert.equal(choose.chooseTranslation([], 'summary', ['pl'], 'en'), null);
  assert.equal(choose.chooseTranslation(translations, 'summary', [undefined, ''], 'en'), null);
});

test('directionOf', () => {
  assert.equal(choose.directionOf('ar'), 'rtl');
  assert.equal(choose.directionOf('ur-PK'), 'rtl');
  assert.equal(choose.directionOf('pl'), 'ltr');
});

test('rows: add, update, move and remove keep each row its key', () => {
  let rows = choose.rowsFromLines([{ text: 'One', pictogram: 'calendar' }, { text: 'Two', pictogram: null }]);
  assert.deepEqual(rows, [
    { key: 1, text: 'One', pictogram: 'calendar' },
    { key: 2, text: 'Two', pictogram: '' },
  ]);
  rows = choose.addRow(rows);
  assert.deepEqual(rows[2], { key: 3, text: '', pictogram: '' });
  rows = choose.updateRow(rows, 2, { text: ' Three ', pictogram: 'yes' });
  rows = choose.moveRow(rows, 2, -1);
  assert.deepEqual(rows.map((row) => row.key), [1, 3, 2]);
  assert.deepEqual(choose.moveRow(rows, 0, -1).map((row) => row.key), [1, 3, 2], 'the first stays first');
  assert.deepEqual(choose.moveRow(rows, 2, 1).map((row) => row.key), [1, 3, 2], 'the last stays last');
  rows = choose.removeRow(rows, 0);
  assert.deepEqual(rows.map((row) => row.key), [3, 2]);
  assert.equal(choose.addRow(rows).at(-1).key, 4, 'a new key is never one in use');
  assert.deepEqual(choose.linesFromRows([...rows, { key: 9, text: '   ', pictogram: 'no' }]), [
    { text: 'Three', pictogram: 'yes' },
    { text: 'Two', pictogram: null },
  ]);
});

test("lineOfOffset finds a finding's line in the lines joined by blank lines", () => {
  const lines = [{ text: 'We meet every week.' }, { text: 'Zażółć 😀 gęślą.' }, { text: 'Bring a friend.' }];
  assert.equal(choose.lineOfOffset(lines, 0), 0);
  assert.equal(choose.lineOfOffset(lines, 21), 1);
  // "Zażółć 😀 gęślą." is 15 code points (17 UTF-16 units): line 2 starts at 21 + 15 + 2.
  assert.equal(choose.lineOfOffset(lines, 37), 1);
  assert.equal(choose.lineOfOffset(lines, 38), 2);
  assert.equal(choose.lineOfOffset(lines, 500), 2);
  // Without its full stop, "We meet every week" still takes 19 code points in the checked text
  // (the server adds one), so line 1 starts at 21 as before.
  const unended = [{ text: 'We meet every week' }, { text: 'Bring a friend' }, { text: 'Come.' }];
  assert.equal(choose.lineOfOffset(unended, 20), 0);
  assert.equal(choose.lineOfOffset(unended, 21), 1);
  // "Bring a friend" + "." = 15: line 2 starts at 21 + 15 + 2 = 38.
  assert.equal(choose.lineOfOffset(unended, 37), 1);
  assert.equal(choose.lineOfOffset(unended, 38), 2);
});

test('easyReadText joins the lines as the server checks them, and rowKeyOfOffset finds a finding\'s row', () => {
  const rows = [
    { key: 4, text: '  We meet every week', pictogram: '' },
    { key: 7, text: '   ', pictogram: '' },
    { key: 2, text: 'Zażółć 😀 gęślą!', pictogram: 'yes' },
    { key: 9, text: 'Bring a friend.', pictogram: '' },
  ];
  const { text, spans } = choose.easyReadText(rows);
  // Line 1 gets a full stop (19 code points), the empty row is left out.
  assert.equal(text, 'We meet every week.\n\nZażółć 😀 gęślą!\n\nBring a friend.\n\n');
  // "Zażółć 😀 gęślą!" is 15 code points: it starts at 19 + 2 = 21, the last line at 21 + 15 + 2 = 38.
  assert.deepEqual(spans, [
    { key: 4, offset: 0, length: 19 },
    { key: 2, offset: 21, length: 15 },
    { key: 9, offset: 38, length: 15 },
  ]);
  assert.equal(choose.rowKeyOfOffset(spans, 0), 4);
  assert.equal(choose.rowKeyOfOffset(spans, 20), 4, 'the blank line after a row is still that row');
  assert.equal(choose.rowKeyOfOffset(spans, 21), 2);
  assert.equal(choose.rowKeyOfOffset(spans, 37), 2);
  assert.equal(choose.rowKeyOfOffset(spans, 38), 9);
  assert.equal(choose.rowKeyOfOffset(spans, 55), null);
  assert.deepEqual(choose.easyReadText([{ key: 1, text: ' ', pictogram: '' }]), { text: '', spans: [] });
});

test('neededByLanguage groups texts under each missing language', () => {
  const items = [
    { id: 'a', missing_languages: ['ar', 'pl'] },
    { id: 'b', missing_languages: ['pl'] },
  ];
  assert.deepEqual(
    choose.neededByLanguage(items).map((group) => [group.language, group.items.map((item) => item.id)]),
    [['ar', ['a']], ['pl', ['a', 'b']]],
  );
  assert.deepEqual(choose.neededByLanguage([]), []);
});

test('neededByLanguage lists out-of-date translations under their language, apart from the missing ones', () => {
  const items = [
    { id: 'a', missing_languages: ['ar'], outdated_languages: ['pl'] },
    { id: 'b', missing_languages: ['pl'] },
    { id: 'c', missing_languages: [], outdated_languages: ['so', 'pl'] },
  ];
  // Languages in the order first met: ar (a), pl (a, outdated), so (c).
  assert.deepEqual(
    choose.neededByLanguage(items).map((group) => [group.language, group.items.map((item) => item.id), group.outdated.map((item) => item.id)]),
    [
      ['ar', ['a'], []],
      ['pl', ['b'], ['a', 'c']],
      ['so', [], ['c']],
    ],
  );
});
