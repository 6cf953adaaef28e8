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
