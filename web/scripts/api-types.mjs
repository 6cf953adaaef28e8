// Writes src/api/openapi.d.ts, the API's TypeScript types, from the snapshot
// of the server's OpenAPI document (src/api/openapi.json) with
// openapi-typescript. With --check it writes nothing and fails when the file
// is not what it would write: `npm run build` runs it that way.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

const apiFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/api');
const snapshot = path.join(apiFolder, 'openapi.json');
const typesFile = path.join(apiFolder, 'openapi.d.ts');

const document = JSON.parse(readFileSync(snapshot, 'utf8'));
const ast = await openapiTS(document, {
  // A default is what the server assumes when a request leaves a field out;
  // it does not make the field required.
  defaultNonNullable: false,
  // `{ "type": "object" }` with no properties is any object, not an empty one.
  emptyObjectsUnknown: true,
  silent: true,
});
const types = COMMENT_HEADER + astToString(ast);

if (process.argv.includes('--check')) {
  let written = '';
  try {
    written = readFileSync(typesFile, 'utf8');
  } catch {
    // A missing file is out of date too.
  }
  if (written !== types) {
    console.error('src/api/openapi.d.ts is out of date with src/api/openapi.json: run "npm run api:types" and commit both.');
    process.exit(1);
  }
} else {
  writeFileSync(typesFile, types);
  console.log(`wrote ${path.relative(process.cwd(), typesFile)} from ${path.relative(process.cwd(), snapshot)}`);
}
