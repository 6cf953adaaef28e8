// Titles people type are shown isolated in their own direction (issue 13,
// item 11): an English "Tea and talk?" on an Arabic page keeps its question
// mark at its end. Every title shown goes through <Title> (a <bdi>), or sits
// in an element with dir="auto"; this test names any that does not.

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

// A title written into the page as text: `{something.title}` or
// `{something.project_title}` as a child, not as an attribute's value.
const bareTitle = /(^|[^=`$])\{[A-Za-z_][\w.?]*\.(title|project_title)\}/;
const isolated = /<Title |<bdi|dir="auto"|govuk-visually-hidden/;

test('every title shown on a page is isolated in its own direction', () => {
  const offenders = [];
  for (const file of files(source)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (bareTitle.test(line) && !isolated.test(line)) offenders.push(`${path.relative(source, file)}:${index + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(offenders, []);
});

test('the check finds a bare title and passes an isolated one', () => {
  assert.equal(bareTitle.test('      <span class="govuk-caption-l">{project.title}</span>'), true);
  assert.equal(bareTitle.test('        value={draft.title}'), false);
  assert.equal(isolated.test('      <span class="govuk-caption-l"><Title text={project.title} /></span>'), true);
});
