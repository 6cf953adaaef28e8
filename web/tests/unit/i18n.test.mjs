// Every shipped language must have every key of the English file, no extra
// keys, and the same {placeholders} in each message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/i18n');
const shipped = ['en', 'pl', 'ar'];

function load(language) {
  return JSON.parse(readFileSync(path.join(folder, `${language}.json`), 'utf8'));
}

function placeholders(text) {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

const english = load('en');

test('every message file in src/i18n is a shipped language', () => {
  const files = readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => name.replace('.json', ''));
  assert.deepEqual(files.sort(), [...shipped].sort());
});

for (const language of shipped) {
  test(`${language}: has exactly the English keys`, () => {
    const messages = load(language);
    const missing = Object.keys(english).filter((key) => !(key in messages));
    const extra = Object.keys(messages).filter((key) => !(key in english));
    assert.deepEqual(missing, [], `missing in ${language}.json`);
    assert.deepEqual(extra, [], `not in en.json but in ${language}.json`);
  });

  test(`${language}: every message is a non-empty string with the English placeholders`, () => {
    const messages = load(language);
    for (const [key, englishText] of Object.entries(english)) {
      const text = messages[key];
      assert.equal(typeof text, 'string', `${language}.${key} is not a string`);
      assert.ok(text.trim().length > 0, `${language}.${key} is empty`);
      assert.deepEqual(placeholders(text), placeholders(englishText), `${language}.${key} has different placeholders`);
    }
  });
}

test('Polish and Arabic are translated, not copied from English', () => {
  for (const language of ['pl', 'ar']) {
    const messages = load(language);
    const same = Object.keys(english).filter((key) => messages[key] === english[key]);
    // Only the service name and the pure-placeholder title may stay the same.
    const allowed = new Set(['service.name', 'page.title', 'nav.menuLabel']);
    assert.deepEqual(same.filter((key) => !allowed.has(key)), [], `${language} copies English`);
  }
});

test('every enum value the API defines has a message', () => {
  const sectors = ['local_authority', 'health', 'vcs', 'provider', 'other'];
  const groups = ['local_authority', 'health', 'vcs', 'provider', 'service_users_carers', 'residents', 'staff'];
  const accessNeeds = [
    'bsl-interpreter', 'spoken-language-interpreter', 'easy-read', 'large-print', 'hearing-loop',
    'step-free-access', 'companion', 'childcare', 'transport', 'quiet-room',
  ];
  const keys = [
    ...sectors.map((value) => `sector.${value}`),
    ...groups.map((value) => `group.${value}`),
    ...accessNeeds.map((value) => `accessNeed.${value}`),
    'role.convener', 'role.member', 'language.en', 'language.pl', 'language.ar',
    ...['tea_and_talk', 'meeting', 'workshop', 'forum', 'focus_group', 'online_discussion', 'other'].map((value) => `activityKind.${value}`),
    ...['step-free', 'hearing-loop', 'accessible-toilet', 'quiet-room', 'parking'].map((value) => `venueFeature.${value}`),
  ];
  for (const key of keys) assert.ok(key in english, `en.json lacks ${key}`);
});

test('every key the source code uses exists in en.json', () => {
  const sourceFolder = path.join(folder, '..');
  const used = new Set();
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = readFileSync(full, 'utf8');
        for (const match of text.matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.-]+)'/g)) used.add(match[1]);
        for (const match of text.matchAll(/(?:key|label): '([a-zA-Z]+\.[a-zA-Z.-]+)'/g)) used.add(match[1]);
      }
    }
  };
  walk(sourceFolder);
  const missing = [...used].filter((key) => !(key in english));
  assert.deepEqual(missing, []);
});

test('no message names a text format people need not know', () => {
  // Found walking the first day in Arabic: the minutes hint said "Markdown is
  // shown as it is written"; it now says in plain words what the text keeps.
  for (const language of shipped) {
    const messages = load(language);
    const jargon = Object.entries(messages).filter(([, text]) => /markdown|\bhtml\b/i.test(text)).map(([key]) => key);
    assert.deepEqual(jargon, [], `${language}: ${jargon.join(', ')}`);
  }
});

test('Arabic says "expenses" with one word, and quotes with « »', () => {
  // Found walking the first day in Arabic: the payments page said المصاريف,
  // then النفقات in the next sentence, and quoted with straight marks.
  const arabic = load('ar');
  const otherWords = Object.entries(arabic).filter(([, text]) => /مصاريف|مصروفات/.test(text)).map(([key]) => key);
  assert.deepEqual(otherWords, [], 'expenses are النفقات throughout');
  const expenses = Object.keys(english).filter((key) => /\bexpenses?\b/i.test(english[key]));
  const unworded = expenses.filter((key) => !/نفق/.test(arabic[key]));
  assert.ok(expenses.length > 10);
  assert.deepEqual(unworded, [], 'each message about expenses says نفقات (or نفقة)');
  const straight = Object.entries(arabic).filter(([, text]) => /["“”„]/.test(text)).map(([key]) => key);
  assert.deepEqual(straight, [], 'Arabic quotes with « and »');
});
