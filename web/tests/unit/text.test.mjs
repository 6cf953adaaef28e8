import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const tags = await loadSource('text/tags.ts');
const paths = await loadSource('text/paths.ts');
const messages = await loadSource('text/messages.ts');

test('parseTags makes kebab-case tags, drops blanks and repeats', () => {
  assert.deepEqual(tags.parseTags(' Older people, mental-health,, older-people\nTransport '), [
    'older-people',
    'mental-health',
    'transport',
  ]);
  assert.deepEqual(tags.parseTags('   '), []);
  assert.equal(tags.formatTags(['a', 'b-c']), 'a, b-c');
  assert.equal(tags.formatTags(undefined), '');
});

test('messagesFor gathers a field and its list items', () => {
  const errors = { interests: ['first'], 'interests.2': ['second'], 'interests[3]': ['third'], name: ['other'] };
  assert.deepEqual(tags.messagesFor(errors, 'interests'), ['first', 'second', 'third']);
  assert.deepEqual(tags.messagesFor(errors, 'website'), []);
});

test('matchPath reads parameters and refuses other shapes', () => {
  assert.deepEqual(paths.matchPath('/organisations/:id/edit', '/organisations/abc/edit'), { id: 'abc' });
  assert.deepEqual(paths.matchPath('/organisations/:id', '/organisations/a%20b/'), { id: 'a b' });
  assert.deepEqual(paths.matchPath('/', '/'), {});
  assert.equal(paths.matchPath('/organisations/:id', '/organisations'), null);
  assert.equal(paths.matchPath('/organisations/new', '/organisations/abc'), null);
  assert.equal(paths.matchPath('/people/:id', '/people/%E0%A4%A'), null);
});

test('after sign-in only same-site paths are followed', () => {
  assert.equal(paths.safeReturnPath('/people?group=residents'), '/people?group=residents');
  assert.equal(paths.safeReturnPath('//evil.example/'), '/');
  assert.equal(paths.safeReturnPath('/\\evil.example'), '/');
  assert.equal(paths.safeReturnPath('https://evil.example/'), '/');
  assert.equal(paths.safeReturnPath(null), '/');
  assert.equal(paths.signInPathFor('/organisations?sector=vcs'), '/sign-in?next=%2Forganisations%3Fsector%3Dvcs');
  assert.equal(paths.signInPathFor('/'), '/sign-in');
  assert.equal(paths.signInPathFor('/sign-out'), '/sign-in');
});

test('buildPath leaves out empty values', () => {
  assert.equal(paths.buildPath('/organisations', { sector: 'vcs', interest: '', after: undefined }), '/organisations?sector=vcs');
  assert.equal(paths.buildPath('/organisations', {}), '/organisations');
});

test('formatMessage fills placeholders and shows unknown ones', () => {
  assert.equal(messages.formatMessage('{page} – {site}', { page: 'Home', site: 'Riverside' }), 'Home – Riverside');
  assert.equal(messages.formatMessage('Hello, {name}.', {}), 'Hello, {name}.');
  assert.equal(messages.formatMessage('No placeholders'), 'No placeholders');
});

test('a preferred language maps to a shipped language when there is one', () => {
  assert.equal(messages.shippedLanguageFor('pl'), 'pl');
  assert.equal(messages.shippedLanguageFor('ar-EG'), 'ar');
  assert.equal(messages.shippedLanguageFor('EN-gb'), 'en');
  assert.equal(messages.shippedLanguageFor('so'), null);
  assert.equal(messages.shippedLanguageFor(''), null);
});
