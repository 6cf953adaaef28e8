// The snapshot the web app's types are generated from (src/api/openapi.json)
// is the OpenAPI document the server serves. When the server's document
// changes, this fails until the snapshot and the types are made again:
// `npm run api:snapshot` (with ROUNDTABLE_BIN naming the new server), then
// commit src/api/openapi.json and src/api/openapi.d.ts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../browser/harness.mjs';
import { differences, fetchDocument, readSnapshot } from './support.mjs';

test('the snapshot src/api/openapi.json is the document the server serves', async () => {
  const server = await startServer('schema-snapshot', { web: false });
  try {
    const served = await fetchDocument(server.baseUrl);
    const changed = differences(served, readSnapshot());
    assert.equal(
      changed.length,
      0,
      `the served document differs from src/api/openapi.json at:\n${changed.join('\n')}\n` +
        'Run "npm run api:snapshot" with ROUNDTABLE_BIN naming this server, and commit src/api/openapi.json and src/api/openapi.d.ts.',
    );
  } finally {
    await server.stop();
  }
});
