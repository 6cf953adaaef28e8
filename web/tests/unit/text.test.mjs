import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const tags = await loadSource('text/tags.ts');
const paths = await loadSource('text/paths.ts');
const messages = await loadSource('text/messages.ts');
const dates = await loadSource('text/dates.ts');
const projects = await loadSource('text/projects.ts');

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

test("the letter's address is My invitations under the server's public address", () => {
  assert.equal(paths.invitationsAddressFor('https://roundtable.example/sign-in'), 'https://roundtable.example/invitations');
  assert.equal(paths.invitationsAddressFor('http://127.0.0.1:8080/sign-in'), 'http://127.0.0.1:8080/invitations');
  assert.equal(paths.invitationsAddressFor('https://council.example/roundtable/sign-in'), 'https://council.example/roundtable/invitations');
  assert.equal(paths.invitationsAddressFor('not an address'), 'not an address');
});

test('buildPath leaves out empty values', () => {
  assert.equal(paths.buildPath('/organisations', { sector: 'vcs', interest: '', after: undefined }), '/organisations?sector=vcs');
  assert.equal(paths.buildPath('/organisations', {}), '/organisations');
});

test('formatMessage fills placeholders and shows unknown ones', () => {
  assert.equal(messages.formatMessage('{page} – {site}', { page: 'Home', site: 'Riverside' }), 'Home – Riverside');
  assert.equal(messages.formatMessage('Hello, {name}.', {}), 'Hello, {name}.');
  assert.equal(messages.formatMessage('No placeholders'), 'No placeholders');
  // Right to left: each text put in keeps its own direction (U+2068 ... U+2069); numbers need no marks.
  assert.equal(messages.formatMessage('{name}: {count}', { name: 'Dr Owen Hughes (NHS)', count: 3 }, true), '\u2068Dr Owen Hughes (NHS)\u2069: 3');
  assert.equal(messages.formatMessage('{name}', { name: '' }, true), '');
});

test('a preferred language maps to a shipped language when there is one', () => {
  assert.equal(messages.shippedLanguageFor('pl'), 'pl');
  assert.equal(messages.shippedLanguageFor('ar-EG'), 'ar');
  assert.equal(messages.shippedLanguageFor('EN-gb'), 'en');
  assert.equal(messages.shippedLanguageFor('so'), null);
  assert.equal(messages.shippedLanguageFor(''), null);
});

test('field names from the server find their input, longest name first', () => {
  const ids = { title: 'project-title', 'charter.co_leads': 'lead-1', 'charter.co_leads.1.group': 'lead-2-group' };
  assert.equal(tags.normaliseFieldKey('charter.co_leads[1].group'), 'charter.co_leads.1.group');
  assert.equal(tags.fieldIdFor('charter.co_leads[1].group', ids), 'lead-2-group');
  assert.equal(tags.fieldIdFor('charter.co_leads.0.person_id', ids), 'lead-1');
  assert.equal(tags.fieldIdFor('charter.co_leads', ids), 'lead-1');
  assert.equal(tags.fieldIdFor('title', ids), 'project-title');
  assert.equal(tags.fieldIdFor('charter.decision_rule', ids), undefined);
  // The organisation form's list items still reach their field.
  assert.equal(tags.fieldIdFor('interests[2]', { interests: 'organisation-interests' }), 'organisation-interests');
});

test('exactMessages takes only the named fields, in either spelling', () => {
  const errors = {
    'charter.co_leads': ['two groups'],
    'charter.co_leads[0].person_id': ['not in group'],
    'charter.co_leads.1.group': ['choose a group'],
  };
  assert.deepEqual(tags.exactMessages(errors, 'charter.co_leads'), ['two groups']);
  assert.deepEqual(tags.exactMessages(errors, 'charter.co_leads.0', 'charter.co_leads.0.person_id'), ['not in group']);
  assert.deepEqual(tags.exactMessages(errors, 'charter.co_leads.1.group'), ['choose a group']);
  assert.deepEqual(tags.exactMessages(errors, 'title'), []);
});

test('a project moves forward one stage, review goes back to design, and anything open can close', () => {
  assert.deepEqual(projects.nextStages('discover'), ['design', 'closed']);
  assert.deepEqual(projects.nextStages('design'), ['deliver', 'closed']);
  assert.deepEqual(projects.nextStages('deliver'), ['review', 'closed']);
  assert.deepEqual(projects.nextStages('review'), ['design', 'closed']);
  assert.deepEqual(projects.nextStages('closed'), []);
});

test('groupItems follows the group order and leaves out empty groups', () => {
  const items = [
    { group: 'residents', name: 'Joan' },
    { group: 'vcs', name: 'Beth' },
    { group: 'residents', name: 'Layla' },
    { group: 'martians', name: 'Zog' },
  ];
  const grouped = projects.groupItems(items, ['local_authority', 'vcs', 'residents']);
  assert.deepEqual(
    grouped.map((section) => [section.group, section.items.map((item) => item.name)]),
    [
      ['vcs', ['Beth']],
      ['residents', ['Joan', 'Layla']],
      ['martians', ['Zog']],
    ],
  );
});

test('dates are written the British way, in UTC when asked', () => {
  assert.equal(dates.formatDate('2026-03-02T23:30:00Z', 'en', 'UTC'), '2 March 2026');
  assert.equal(dates.formatDate('2026-03-02T23:30:00Z', 'pl', 'UTC'), '2 marca 2026');
  assert.equal(dates.formatDateTime('2026-03-02T09:05:00Z', 'en', 'UTC'), '2 March 2026 at 09:05');
  assert.equal(dates.formatDate('not a date', 'en'), 'not a date');
});

test('day counts keep one decimal and pick the plural form the language needs', () => {
  assert.equal(dates.formatDayCount(0, 'en'), '0');
  assert.equal(dates.formatDayCount(2.5, 'en'), '2.5');
  assert.equal(dates.formatDayCount(2.5, 'pl'), '2,5');
  assert.equal(dates.formatDayCount(14, 'en'), '14');
  assert.equal(dates.dayCountCategory(1, 'en'), 'one');
  assert.equal(dates.dayCountCategory(0, 'en'), 'other');
  assert.equal(dates.dayCountCategory(1.5, 'en'), 'other');
  // Polish: 1 dzień, 3 dni, 5 dni, 2,5 dnia.
  assert.equal(dates.dayCountCategory(1, 'pl'), 'one');
  assert.equal(dates.dayCountCategory(3, 'pl'), 'few');
  assert.equal(dates.dayCountCategory(5, 'pl'), 'many');
  assert.equal(dates.dayCountCategory(2.5, 'pl'), 'other');
  // Arabic has six forms.
  assert.equal(dates.dayCountCategory(0, 'ar'), 'zero');
  assert.equal(dates.dayCountCategory(2, 'ar'), 'two');
  assert.equal(dates.dayCountCategory(11, 'ar'), 'many');
});

const activities = await loadSource('text/activities.ts');

test('zonedToRfc3339 gives the London offset in winter and summer', () => {
  // 1 January: GMT, +00:00. 1 July: BST, +01:00.
  assert.equal(activities.zonedToRfc3339([2030, 1, 1], [10, 0], 'Europe/London'), '2030-01-01T10:00:00+00:00');
  assert.equal(activities.zonedToRfc3339([2030, 7, 1], [10, 0], 'Europe/London'), '2030-07-01T10:00:00+01:00');
  // Warsaw in summer is two hours ahead; the offset follows the zone asked for.
  assert.equal(activities.zonedToRfc3339([2030, 7, 1], [9, 30], 'Europe/Warsaw'), '2030-07-01T09:30:00+02:00');
  // The evening of the day the clocks go forward (31 March 2030) is already BST.
  assert.equal(activities.zonedToRfc3339([2030, 3, 31], [18, 0], 'Europe/London'), '2030-03-31T18:00:00+01:00');
});

test('rfc3339ToZoned reads an instant back as the zone wall clock', () => {
  assert.deepEqual(activities.rfc3339ToZoned('2030-07-01T09:00:00.000Z', 'Europe/London'), {
    date: { day: '1', month: '7', year: '2030' },
    time: '10:00',
  });
  assert.equal(activities.rfc3339ToZoned('nonsense', 'Europe/London'), null);
});

test('parseTime and parseDate accept what people type and refuse the rest', () => {
  assert.deepEqual(activities.parseTime('14:30'), [14, 30]);
  assert.deepEqual(activities.parseTime(' 9.05 '), [9, 5]);
  assert.equal(activities.parseTime('24:00'), null);
  assert.equal(activities.parseTime('2pm'), null);
  assert.deepEqual(activities.parseDate({ day: '29', month: '2', year: '2028' }), [2028, 2, 29]);
  assert.equal(activities.parseDate({ day: '29', month: '2', year: '2030' }), null);
  assert.equal(activities.parseDate({ day: '', month: '2', year: '2030' }), null);
});

test('placesText shows the limit only when there is one', () => {
  const of = (taken, capacity) => `${taken} of ${capacity}`;
  assert.equal(activities.placesText(3, 10, of), '3 of 10');
  assert.equal(activities.placesText(3, null, of), '3');
});

test('time zones are named in the reader\'s language, and a shared name says its city', () => {
  // Expected names are CLDR's (Node's ICU), independent of the helper: the
  // generic name, not the id.
  assert.equal(dates.timeZoneName('Europe/London', 'en'), 'United Kingdom Time');
  assert.equal(dates.timeZoneName('Europe/London', 'ar'), 'توقيت المملكة المتحدة');
  assert.equal(dates.timeZoneName('UTC', 'pl'), 'uniwersalny czas koordynowany');
  // An id nobody knows is shown as it is.
  assert.equal(dates.timeZoneName('Mars/Olympus_Mons', 'en'), 'Mars/Olympus_Mons');
  const cities = { 'Europe/Warsaw': 'وارسو', 'Europe/Paris': 'باريس', 'Europe/London': 'لندن' };
  const choices = dates.timeZoneChoices(['Europe/London', 'Europe/Warsaw', 'Europe/Paris'], 'ar', (zone) => cities[zone]);
  assert.deepEqual(choices, [
    { value: 'Europe/London', text: 'توقيت المملكة المتحدة' },
    { value: 'Europe/Warsaw', text: 'توقيت وسط أوروبا (وارسو)' },
    { value: 'Europe/Paris', text: 'توقيت وسط أوروبا (باريس)' },
  ]);
});

test("a new project requires the groups the partnership has someone in, and every group while it has fewer than two", () => {
  const all = ['local_authority', 'health', 'vcs', 'provider', 'service_users_carers', 'residents', 'staff'];
  // Amal's partnership: a council and an NHS trust with no one yet, two VCS groups with people, residents.
  const summary = { organisations_by_sector: { local_authority: 1, health: 1, vcs: 2 }, people_by_group: { vcs: 3, residents: 2, staff: 0 } };
  assert.deepEqual(projects.groupsPresent(summary, all), ['local_authority', 'health', 'vcs', 'residents']);
  assert.deepEqual(projects.defaultRequiredGroups(summary, all), ['local_authority', 'health', 'vcs', 'residents']);
  // Just set up: only her own group.
  assert.deepEqual(projects.defaultRequiredGroups({ organisations_by_sector: { vcs: 1 }, people_by_group: { vcs: 1 } }, all), all);
  assert.deepEqual(projects.defaultRequiredGroups({}, all), all);
});
