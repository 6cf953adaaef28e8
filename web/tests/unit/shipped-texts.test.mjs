// Texts the server ships as a partnership's starting wording, which the web
// app shows in the reader's language while the partnership has not changed
// them (issue 13, item 11). The English message must be the server's text
// word for word, or the page would stop recognising it: read from the C++.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-typescript.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const english = JSON.parse(readFileSync(path.join(here, '../../src/i18n/en.json'), 'utf8'));

// The adjacent C++ string literals after `name =`, joined as the compiler joins them.
function cppString(file, name) {
  const text = readFileSync(path.join(here, '../../../src', file), 'utf8');
  const start = text.indexOf(`${name} =`);
  assert.notEqual(start, -1, `${name} in ${file}`);
  const statement = text.slice(start, text.indexOf(';', start));
  return [...statement.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]).join('');
}

test('the benefits note the server ships is the English message the page translates', () => {
  assert.equal(cppString('modules/resources/model.cpp', 'policy.benefits_note'), english['resources.benefits.defaultNote']);
});

test('the password refusals the server gives are the English messages the set-password page translates', async () => {
  const { serverPasswordMessages, passwordErrorsInReaderLanguage } = await loadSource('text/passwords.ts');
  const server = ['k_too_short', 'k_too_long', 'k_guessable'].map((name) => cppString('modules/accounts/passwords.cpp', name));
  assert.deepEqual(Object.keys(serverPasswordMessages).sort(), [...server].sort());
  for (const [message, key] of Object.entries(serverPasswordMessages)) {
    for (const language of ['en', 'pl', 'ar']) {
      const words = JSON.parse(readFileSync(path.join(here, `../../src/i18n/${language}.json`), 'utf8'));
      assert.ok(words[key], `${key} in ${language}`);
    }
  }
  // Arabic words for the guessable refusal, and anything unknown left as it came.
  const arabic = JSON.parse(readFileSync(path.join(here, '../../src/i18n/ar.json'), 'utf8'));
  const shown = passwordErrorsInReaderLanguage({ password: [server[2], 'Something else.'], token: ['x'] }, (key) => arabic[key]);
  assert.deepEqual(shown, { password: [arabic['acceptInvite.serverGuessable'], 'Something else.'], token: ['x'] });
});
