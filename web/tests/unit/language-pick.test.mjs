import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const pick = await loadSource('text/languagePick.ts');

const languages = [
  { tag: 'en', name: 'English', english: 'English', endonym: 'English' },
  { tag: 'ti', name: 'Tigrinya', english: 'Tigrinya', endonym: 'ትግርኛ' },
  { tag: 'pt', name: 'Portuguese', english: 'Portuguese', endonym: 'português' },
];

test('resolveLanguage finds a language by its names, its option text or its tag', () => {
  assert.equal(pick.resolveLanguage('ትግርኛ', languages), 'ti');
  assert.equal(pick.resolveLanguage(' tigrinya ', languages), 'ti');
  assert.equal(pick.resolveLanguage('Tigrinya — ትግርኛ', languages), 'ti');
  assert.equal(pick.resolveLanguage('TI', languages), 'ti');
  // A region of a listed language, made canonical.
  assert.equal(pick.resolveLanguage('pt-br', languages), 'pt-BR');
  assert.equal(pick.resolveLanguage('Tigr', languages), null);
  assert.equal(pick.resolveLanguage('', languages), null);
});

test('a list of languages: added once, at the end; removed', () => {
  assert.deepEqual(pick.addLanguage(['en'], 'ti'), ['en', 'ti']);
  assert.deepEqual(pick.addLanguage(['en', 'ti'], 'ti'), ['en', 'ti']);
  assert.deepEqual(pick.addLanguage(['en'], ''), ['en']);
  assert.deepEqual(pick.removeLanguage(['en', 'ti', 'pl'], 'ti'), ['en', 'pl']);
  assert.deepEqual(pick.removeLanguage(['en'], 'ar'), ['en']);
});

test('languagesWithPending sends a language chosen but not added, and catches words that name none', () => {
  assert.deepEqual(pick.languagesWithPending(['en'], { tag: 'ti', text: 'Tigrinya' }), { languages: ['en', 'ti'], unmatched: false });
  assert.deepEqual(pick.languagesWithPending(['en', 'ti'], { tag: 'ti', text: 'ti' }), { languages: ['en', 'ti'], unmatched: false });
  assert.deepEqual(pick.languagesWithPending(['en'], { tag: '', text: 'Klingonish' }), { languages: ['en'], unmatched: true });
  assert.deepEqual(pick.languagesWithPending(['en'], { tag: '', text: '  ' }), { languages: ['en'], unmatched: false });
  assert.deepEqual(pick.languagesWithPending([], { tag: '', text: '' }), { languages: [], unmatched: false });
});

// ICU's Arabic names, as GET /api/v1/languages?display=ar gives them.
const arabicNames = [
  { tag: 'ti', name: 'التغرينية', english: 'Tigrinya', endonym: 'ትግርኛ' },
  { tag: 'sq', name: 'الألبانية', english: 'Albanian', endonym: 'shqip' },
  { tag: 'de', name: 'الألمانية', english: 'German', endonym: 'Deutsch' },
  { tag: 'gsw', name: 'الألمانية السويسرية', english: 'Swiss German', endonym: 'Schwiizertüütsch' },
  { tag: 'en', name: 'الإنجليزية', english: 'English', endonym: 'English' },
];

test('Arabic names are found with or without the article "ال", and as people write them', () => {
  // Found walking the first day in Arabic: only the exact "التغرينية" was found.
  assert.equal(pick.resolveLanguage('التغرينية', arabicNames), 'ti');
  assert.equal(pick.resolveLanguage('تغرينية', arabicNames), 'ti');
  assert.equal(pick.resolveLanguage(' تغرينيه ', arabicNames), 'ti');
  assert.equal(pick.resolveLanguage('التغرينية — ትግርኛ', arabicNames), 'ti');
  // Alef with hamza, or without, with the article or without: all Albanian.
  for (const typed of ['ألبانية', 'البانية', 'الالبانية', 'الألبانيّة']) assert.equal(pick.resolveLanguage(typed, arabicNames), 'sq', typed);
  // Each word of a longer name, and not a shorter one it starts with.
  assert.equal(pick.resolveLanguage('ألمانية سويسرية', arabicNames), 'gsw');
  assert.equal(pick.resolveLanguage('ألمانية', arabicNames), 'de');
  assert.equal(pick.resolveLanguage('انجليزيه', arabicNames), 'en');
  // Still nothing for part of a name.
  assert.equal(pick.resolveLanguage('تغري', arabicNames), null);
  assert.equal(pick.resolveLanguage('ال', arabicNames), null);
});

test('foldName leaves other scripts as they were, lower case', () => {
  assert.equal(pick.foldName(' Polski '), 'polski');
  assert.equal(pick.foldName('ትግርኛ'), 'ትግርኛ');
  // A word that is only "ال" and a letter is not cut.
  assert.equal(pick.foldName('الي'), 'الي');
});
