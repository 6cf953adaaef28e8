// Who is offered payment for taking part (issue 9): the attendance form shows
// the server's default before the organiser changes it (docs/api.md, "Offers").

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const attendance = await loadSource('text/attendance.ts');

test('council, health, provider and staff are paid by their employer; the others are offered payment', () => {
  for (const group of ['local_authority', 'health', 'provider', 'staff']) assert.equal(attendance.paidByEmployer(group), true, group);
  for (const group of ['vcs', 'service_users_carers', 'residents', '']) assert.equal(attendance.paidByEmployer(group), false, group);
});

test('the usual group puts lived experience first, then the first group, then residents', () => {
  // Joan is a carer and a resident: "service_users_carers" comes first in the lived-experience order.
  assert.equal(attendance.usualGroup(['residents', 'service_users_carers']), 'service_users_carers');
  // A council officer who is also a resident takes part as a resident, so is offered payment.
  assert.equal(attendance.usualGroup(['local_authority', 'residents']), 'residents');
  assert.equal(attendance.usualGroup(['vcs', 'health']), 'vcs');
  assert.equal(attendance.usualGroup([]), 'residents');
});

test('a person takes part for the groups they are at the project\'s table for, else their profile\'s', () => {
  const beth = { id: 'beth', groups: ['vcs', 'residents'], organisation_ids: ['silver-threads'] };
  const members = [
    { person_id: 'priya', organisation_id: null, group: 'local_authority' },
    // Beth acts for Silver Threads, a VCS group at the table.
    { person_id: 'someone-else', organisation_id: 'silver-threads', group: 'vcs' },
  ];
  assert.deepEqual(attendance.groupsInProject(beth, members), ['vcs']);
  // Joan is a member for carers and for residents: listed in the server's order (by name).
  const joan = { id: 'joan', groups: ['service_users_carers'], organisation_ids: [] };
  const joanMembers = [
    { person_id: 'joan', organisation_id: null, group: 'service_users_carers' },
    { person_id: 'joan', organisation_id: null, group: 'residents' },
  ];
  assert.deepEqual(attendance.groupsInProject(joan, joanMembers), ['residents', 'service_users_carers']);
  // Layla is not at the table: her profile's groups.
  assert.deepEqual(attendance.groupsInProject({ id: 'layla', groups: ['residents'], organisation_ids: [] }, members), ['residents']);
});

test('a register line starts with the group signed up for while it still applies', () => {
  assert.equal(attendance.registerGroup(['vcs', 'residents'], 'vcs'), 'vcs');
  // Signed up as a resident, but at the table only for the VCS: the usual group of what is left.
  assert.equal(attendance.registerGroup(['vcs'], 'residents'), 'vcs');
  assert.equal(attendance.registerGroup(['local_authority', 'residents']), 'residents');
});

test('the register\'s errors go back to the person on the line the server named', () => {
  const sent = ['joan', 'marek', 'layla'];
  const errors = {
    'entries[1].person_id': ['Marek Nowak is already recorded as attending.'],
    'entries[2].group': ['Layla Haddad does not take part in that group in this project.'],
    'entries[0]': ['Each line needs a person.'],
    'entries[9].group': ['A line that was not sent is left out.'],
    early_reason: ['Not a line of the register.'],
  };
  const found = attendance.registerErrors(errors, sent);
  assert.deepEqual([...found.keys()].sort(), ['joan', 'layla', 'marek']);
  assert.deepEqual(found.get('marek'), { person_id: ['Marek Nowak is already recorded as attending.'] });
  assert.deepEqual(found.get('layla'), { group: ['Layla Haddad does not take part in that group in this project.'] });
  assert.deepEqual(found.get('joan'), { '': ['Each line needs a person.'] });
});
