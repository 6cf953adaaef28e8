// Text people typed over several lines, each line in its own direction
// (found walking a convener's first day in Arabic: the venue "مركز نورثفيلد
// المجتمعي" over "12 High Street", one dir="auto" block on an Arabic page,
// read "High Street 12").

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-typescript.mjs';

const direction = await loadSource('text/direction.ts');
const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

test('textDirection goes by the first letter, as dir="auto" would', () => {
  assert.equal(direction.textDirection('مركز نورثفيلد المجتمعي\n12 High Street'), 'rtl');
  assert.equal(direction.textDirection('12 High Street\nمركز'), 'ltr');
  // Digits and punctuation are not letters: the first letter decides.
  assert.equal(direction.textDirection('١٢ - שלום'), 'rtl');
  assert.equal(direction.textDirection('  "Łódź"'), 'ltr');
  assert.equal(direction.textDirection('ትግርኛ'), 'ltr');
  // No letter at all: the block keeps the page's direction.
  assert.equal(direction.textDirection('12 / 34'), undefined);
  assert.equal(direction.textDirection(''), undefined);
  assert.equal(direction.textDirection(null), undefined);
});

test('linesOf keeps blank lines and reads every kind of line end', () => {
  assert.deepEqual(direction.linesOf('a\r\n\nb\rc'), ['a', '', 'b', 'c']);
  assert.deepEqual(direction.linesOf('one line'), ['one line']);
  assert.deepEqual(direction.linesOf(''), ['']);
});

function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(folder, entry.name)) : entry.name.endsWith('.tsx') ? [path.join(folder, entry.name)] : [],
  );
}

test('every block of typed lines shows them with <Lines>, each line isolated', () => {
  const offenders = [];
  let blocks = 0;
  for (const file of files(source)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/<(\w+)[^>]*rt-preserve-lines[^>]*>/g)) {
      blocks += 1;
      const tag = match[1];
      const inside = text.slice(match.index + match[0].length, text.indexOf(`</${tag}>`, match.index));
      // dir="auto" on the block finds no letters once each line has a dir of its own, and says ltr.
      if (/dir="auto"/.test(match[0]) || !/<Lines\s/.test(inside)) offenders.push(`${path.relative(source, file)}: ${match[0]}`);
    }
  }
  assert.ok(blocks >= 20, `only ${blocks} blocks of lines found`);
  assert.deepEqual(offenders, []);
});
