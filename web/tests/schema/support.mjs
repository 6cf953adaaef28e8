// What the schema tests share: the snapshot of the server's OpenAPI document
// (src/api/openapi.json, which the web app's types are generated from), a
// signed-in HTTP client, and a JSON Schema validator for the document's
// schemas (Ajv with the 2020-12 draft, the dialect of OpenAPI 3.1).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const webFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const snapshotPath = path.join(webFolder, 'src/api/openapi.json');

export function readSnapshot() {
  return JSON.parse(readFileSync(snapshotPath, 'utf8'));
}

// The served document, fetched from a running server.
export async function fetchDocument(baseUrl) {
  const response = await fetch(`${baseUrl}/api/v1/openapi.json`);
  if (response.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${response.status}`);
  return response.json();
}

// Signs in and answers a client that keeps the session cookie and sends the
// CSRF token on unsafe methods. Each call answers { status, type, body }, with
// body parsed when the answer is JSON.
export async function signIn(baseUrl, email, password) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`signing in as ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const me = await response.json();

  async function send(method, target, body) {
    const headers = { cookie };
    if (method !== 'GET') headers['x-csrf-token'] = me.csrf_token;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const answer = await fetch(`${baseUrl}${target}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const type = (answer.headers.get('content-type') ?? '').split(';')[0];
    const text = await answer.text();
    return { status: answer.status, type, body: type.endsWith('json') && text ? JSON.parse(text) : text };
  }
  return {
    me,
    get: (target) => send('GET', target),
    post: (target, body) => send('POST', target, body),
    put: (target, body) => send('PUT', target, body),
    patch: (target, body) => send('PATCH', target, body),
  };
}

// A validator for the document's schemas. With `closed`, an object may hold
// only the properties its schema names (the schemas themselves leave objects
// open), so a field the server sends but the document does not describe, and
// the generated types therefore lack, is reported too.
export function schemaValidator(document, { closed = false } = {}) {
  // Strict, so that a keyword the validator does not know is an error, not
  // ignored; but a `required` may name properties of another part of an
  // allOf (a survey's questions always have an id).
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  const definitions = JSON.parse(JSON.stringify(document.components.schemas).replaceAll('"#/components/schemas/', '"#/$defs/'));
  if (closed) for (const schema of Object.values(definitions)) close(schema, definitions);
  ajv.addSchema({ $id: 'openapi', $defs: definitions });

  const compiled = new Map();
  // The errors of `value` against the schema of a response's content, in
  // words ("/items/0/stage must be equal to one of the allowed values"), or [].
  return function errorsOf(contentSchema, value) {
    const reference = JSON.stringify(contentSchema).replaceAll('"#/components/schemas/', '"openapi#/$defs/');
    if (!compiled.has(reference)) compiled.set(reference, ajv.compile(JSON.parse(reference)));
    const validate = compiled.get(reference);
    if (validate(value)) return [];
    return validate.errors.map((error) => {
      const where = error.instancePath || '(the body)';
      const extra = error.keyword === 'additionalProperties' ? ` (${error.params.additionalProperty})` : `: ${brief(error.data)}`;
      return `${where} ${error.message}${extra}`;
    });
  };
}

// Closes every object schema with properties inside `schema`. An allOf of
// objects is merged into one object first, as a part closed on its own would
// refuse the other parts' properties.
function close(schema, definitions) {
  if (!schema || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    for (const item of schema) close(item, definitions);
    return;
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 1) {
    const parts = schema.allOf.map((part) => (part.$ref ? structuredClone(definitions[part.$ref.split('/').pop()]) : part));
    if (parts.every((part) => part.properties)) {
      delete schema.allOf;
      schema.type = 'object';
      schema.properties = Object.assign({}, ...parts.map((part) => part.properties));
      const required = parts.flatMap((part) => part.required ?? []);
      if (required.length) schema.required = required;
    }
  }
  if (schema.properties && !('additionalProperties' in schema)) schema.additionalProperties = false;
  for (const value of Object.values(schema)) close(value, definitions);
}

function brief(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}...` : text;
}

// Where two JSON values differ, as JSON pointers ("/components/schemas/Person/required"),
// at most `limit` of them; [] when they are equal. Key order does not matter.
export function differences(a, b, limit = 20, at = '') {
  if (Object.is(a, b)) return [];
  const bothObjects = a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) return [at || '/'];
  const found = [];
  const keys = Array.isArray(a) ? [...Array(Math.max(a.length, b.length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const escaped = String(key).replaceAll('~', '~0').replaceAll('/', '~1');
    found.push(...differences(a[key], b[key], limit - found.length, `${at}/${escaped}`));
    if (found.length >= limit) break;
  }
  return found;
}
