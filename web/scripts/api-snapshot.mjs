// Saves the OpenAPI document the server serves as src/api/openapi.json, the
// snapshot the web app's types are generated from. It starts the server
// binary named by ROUNDTABLE_BIN (default ../build/roundtable) on a fresh
// database, as the tests do. `npm run api:snapshot` then runs api:types.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../tests/browser/harness.mjs';
import { fetchDocument, snapshotPath } from '../tests/schema/support.mjs';

const server = await startServer('api-snapshot', { web: false });
try {
  const document = await fetchDocument(server.baseUrl);
  // Two spaces and a final newline, so that a change reads well in a diff.
  writeFileSync(snapshotPath, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), snapshotPath)}`);
} finally {
  await server.stop();
}
