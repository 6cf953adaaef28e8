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
