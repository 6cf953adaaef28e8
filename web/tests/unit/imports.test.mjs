// No import cycle through the route table (issue 16, item 5): app.tsx
// imports every page, so no page may import app.tsx. Pages take PageProps
// from router/page.ts. Only main.tsx, which starts the app, imports it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const app = path.join(source, 'app');

function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(folder, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(folder, entry.name)] : [],
  );
}

test('only main.tsx imports app.tsx', () => {
  const importers = [];
  for (const file of files(source)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)) {
      if (path.resolve(path.dirname(file), match[1]) === app) importers.push(path.relative(source, file));
    }
  }
  assert.deepEqual(importers, ['main.tsx']);
});
