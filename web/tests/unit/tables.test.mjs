// Every table goes through components/Table.tsx (issue 13, phones): that is
// what turns rows into cards on a small screen. A page that writes a bare
// <table> would scroll sideways at 390px again, so this test names it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(folder, entry.name)) : entry.name.endsWith('.tsx') ? [path.join(folder, entry.name)] : [],
  );
}

test('no page writes a <table> of its own: they all use <Table>', () => {
  const offenders = files(source)
    .filter((file) => !file.endsWith(path.join('components', 'Table.tsx')))
    .filter((file) => /<table[\s>]/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(source, file));
  assert.deepEqual(offenders, []);
});

test('the pages that show tables do use the shared component', () => {
  const users = files(source).filter((file) => /<Table[\s>]/.test(readFileSync(file, 'utf8')));
  // 29 files held the app's 39 tables when the component came in.
  assert.ok(users.length >= 29, `only ${users.length} files use <Table>`);
});
