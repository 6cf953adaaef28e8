// A project's timeline in words (found walking the first day in Arabic: the
// events table showed "مريم يوسف: chaired" and "Name: decided", the kind's
// code, in every language). Every kind the server records, and every fixed
// name it gives an event without a person, has a message in each language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-typescript.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, '../../../src/modules');
const timeline = await loadSource('text/timeline.ts');
const messages = Object.fromEntries(['en', 'pl', 'ar'].map((language) => [language, JSON.parse(readFileSync(path.join(here, `../../src/i18n/${language}.json`), 'utf8'))]));

function cppFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cppFiles(path.join(folder, entry.name)) : entry.name.endsWith('.cpp') ? [path.join(folder, entry.name)] : [],
  );
}

test('every kind the server records on a timeline has words in every language', () => {
  const commands = readFileSync(path.join(modules, 'projects/commands.cpp'), 'utf8');
  // record_event(sql, project, group, "kind", ...)
  const kinds = new Set([...commands.matchAll(/record_event\(\s*sql,[^,]+,[^,]+,\s*"(\w+)"/g)].map((match) => match[1]));
  for (const kind of ['invited', 'accepted', 'declined', 'joined', 'chaired', 'took_part', 'decided']) assert.ok(kinds.has(kind), `the server records ${kind}`);
  for (const kind of kinds) {
    const key = timeline.eventMessages[kind];
    assert.ok(key, `no message for ${kind}`);
    for (const language of ['en', 'pl', 'ar']) assert.ok(messages[language][key], `${language}.json lacks ${key}`);
  }
});

test('every event the server names with fixed English words has words of its own', () => {
  const named = new Set();
  for (const file of cppFiles(modules)) {
    const text = readFileSync(file, 'utf8');
    // record_took_part(sql, partnership, project, group, subject id, "Fixed words", at)
    for (const call of text.matchAll(/record_took_part\(([^;]*)\);/g)) for (const literal of call[1].matchAll(/"([^"]+)"/g)) named.add(literal[1]);
  }
  assert.ok(named.has('A vote') && named.has('A contribution'), [...named].join(', '));
  for (const name of named) {
    const key = timeline.namelessEvents[name];
    assert.ok(key, `no message for "${name}"`);
    for (const language of ['en', 'pl', 'ar']) assert.ok(messages[language][key], `${language}.json lacks ${key}`);
  }
});

test('eventMessage words chairs, decisions and nameless events, and never shows a kind code', () => {
  assert.deepEqual(timeline.eventMessage('chaired', 'مريم يوسف'), { key: 'timeline.event.chaired', parameters: { name: 'مريم يوسف' } });
  assert.equal(timeline.eventMessage('decided', 'Customers on interview panels').key, 'timeline.event.decided');
  assert.equal(timeline.eventMessage('took_part', 'Joan Price').key, 'timeline.event.tookPart');
  assert.equal(timeline.eventMessage('took_part', 'A vote').key, 'timeline.event.vote');
  // Only an event of taking part is read as nameless.
  assert.equal(timeline.eventMessage('joined', 'A vote').key, 'timeline.event.joined');
  assert.equal(timeline.eventMessage('something_new', 'X').key, 'timeline.event.other');
});
