// The common tags a chooser offers follow its kind (found walking the first
// day in Arabic: the communities chooser offered "Adult social care" and
// "Mental health", the same list as interests).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-typescript.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const english = JSON.parse(readFileSync(path.join(here, '../../src/i18n/en.json'), 'utf8'));
// As i18n.tsx makes it: every "tag.*" key.
const shipped = Object.keys(english).filter((key) => key.startsWith('tag.')).map((key) => key.slice(4));
const names = await loadSource('text/tagNames.ts');

test('every community is a tag the app names, and the two kinds share none', () => {
  for (const tag of names.communityTags) assert.ok(shipped.includes(tag), `tag.${tag} is not in en.json`);
  const communities = names.shippedTagsOfKind(shipped, 'communities');
  const topics = names.shippedTagsOfKind(shipped, 'interests');
  assert.deepEqual([...communities, ...topics].sort(), [...shipped].sort());
  assert.deepEqual(communities.filter((tag) => topics.includes(tag)), []);
});

test('people are communities; services and subjects are interests', () => {
  const communities = names.shippedTagsOfKind(shipped, 'communities');
  const topics = names.shippedTagsOfKind(shipped, 'interests');
  for (const tag of ['older-people', 'carers', 'unpaid-carers', 'borough-residents', 'refugees', 'somali', 'eritrean', 'ethiopian', 'disabled-people', 'polish']) {
    assert.ok(communities.includes(tag), `${tag} is a community`);
  }
  for (const tag of ['adult-social-care', 'mental-health', 'loneliness', 'advice', 'interpreting', 'disability', 'hospital-discharge']) {
    assert.ok(topics.includes(tag), `${tag} is an interest`);
  }
});

test('every tag chooser says which kind it chooses', () => {
  const source = path.join(here, '../../src');
  const uses = ['projects/ProjectNewPage.tsx', 'contributions/NeedsPage.tsx', 'organisations/OrganisationFormPage.tsx', 'people/PersonForm.tsx'].flatMap((file) =>
    [...readFileSync(path.join(source, file), 'utf8').matchAll(/<TagChooser\s[^>]*?name="(\w+)"[^>]*?kind="(\w+)"/gs)].map((match) => [file, match[1], match[2]]),
  );
  assert.equal(uses.length, 6, JSON.stringify(uses));
  for (const [file, name, kind] of uses) assert.equal(kind, name, `${file}: the ${name} chooser offers ${kind}`);
});
