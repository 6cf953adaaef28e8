// Notifications worded in the reader's language from kind + params (issue 15,
// item 5): every kind in English, Polish and Arabic as a whole sentence, the
// variants (for an organisation, on the waiting list, passed or not, with a
// reason), and a message split round its placeholders for <bdi>.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-typescript.mjs';

const notifications = await loadSource('text/notifications.ts');
const { formatMessage } = await loadSource('text/messages.ts');
const dates = await loadSource('text/dates.ts');
const money = await loadSource('text/money.ts');
const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/i18n');
const catalogue = (language) => JSON.parse(readFileSync(path.join(folder, `${language}.json`), 'utf8'));

// The page's formatters: the activity's own time zone, pounds and pence.
const formattersFor = (language) => ({
  dateTime: (iso, timeZone) => dates.formatDateTime(iso, language, timeZone),
  money: (pence) => money.formatPence(pence),
});

// A notification as the reader sees it, as plain text: headline, details, quote.
function read(language, notification) {
  const messages = catalogue(language);
  const words = (sentence) => {
    assert.ok(sentence.key in messages, `${language}.json lacks ${sentence.key}`);
    return formatMessage(messages[sentence.key], sentence.parameters);
  };
  const wording = notifications.wordNotification(notification, formattersFor(language));
  return {
    headline: words(wording.headline),
    details: wording.details.map(words),
    quote: wording.quote ? `${messages[wording.quote.label]} ${wording.quote.text}` : null,
  };
}

const invitation = {
  kind: 'project_invitation',
  params: { project_id: 'p1', project_title: 'Warm spaces this winter', sender_name: 'Grace Mensah', organisation_name: null, code: 'K7MQ-3XPA' },
};
// 14:00 in London on 3 December 2025 is 14:00 UTC (no summer time).
const activity = {
  params: { activity_id: 'a1', activity_title: 'Tea and talk', starts_at: '2025-12-03T14:00:00Z', time_zone: 'Europe/London', place: 'Riverside Library', waiting: false },
};

test('an invitation: to the person, or to the organisation they act for, with its code', () => {
  assert.deepEqual(read('en', invitation), {
    headline: 'Grace Mensah invited you to take part in Warm spaces this winter.',
    details: ['The invitation\'s code is K7MQ-3XPA. Give it if you answer by phone or by letter.'],
    quote: null,
  });
  const forOrganisation = { ...invitation, params: { ...invitation.params, organisation_name: 'Age Concern Riverside', code: '' } };
  assert.deepEqual(read('en', forOrganisation), {
    headline: 'Grace Mensah invited Age Concern Riverside to take part in Warm spaces this winter.',
    details: [],
    quote: null,
  });
  assert.equal(read('pl', forOrganisation).headline, 'Grace Mensah zaprasza organizację Age Concern Riverside do udziału w projekcie Warm spaces this winter.');
  assert.equal(read('pl', invitation).headline, 'Grace Mensah zaprasza Cię do udziału w projekcie Warm spaces this winter.');
  assert.equal(read('ar', invitation).headline, 'وصلتك دعوة من Grace Mensah للمشاركة في Warm spaces this winter.');
  // No sender named: the sentence does not start with a gap.
  const anonymous = { ...invitation, params: { ...invitation.params, sender_name: '' } };
  assert.equal(read('en', anonymous).headline, 'You are invited to take part in Warm spaces this winter.');
});

test('activities: a place or the waiting list, reminders, changes and cancellations in the activity\'s time zone', () => {
  const place = read('en', { ...activity, kind: 'activity_confirmation' });
  assert.equal(place.headline, 'You have a place at Tea and talk on 3 December 2025 at 14:00.');
  assert.deepEqual(place.details, ['Where: Riverside Library']);
  const waiting = read('en', { kind: 'activity_confirmation', params: { ...activity.params, waiting: true } });
  assert.equal(waiting.headline, 'You are on the waiting list for Tea and talk on 3 December 2025 at 14:00. We will tell you if a place comes free.');
  // A reminder to someone still waiting says they have no place yet.
  const reminder = read('en', { kind: 'activity_reminder', params: { ...activity.params, waiting: true } });
  assert.equal(reminder.headline, 'Reminder: Tea and talk is on 3 December 2025 at 14:00.');
  assert.deepEqual(reminder.details, ['Where: Riverside Library', 'You are on the waiting list: you do not have a place yet.']);
  // A cancelled activity has no place to go to.
  const cancelled = read('en', { ...activity, kind: 'activity_cancelled' });
  assert.equal(cancelled.headline, 'Tea and talk on 3 December 2025 at 14:00 is cancelled.');
  assert.deepEqual(cancelled.details, []);
  // In New York the same moment is 09:00.
  const elsewhere = read('en', { kind: 'activity_changed', params: { ...activity.params, time_zone: 'America/New_York', place: '' } });
  assert.equal(elsewhere.headline, 'Tea and talk has changed. It is now on 3 December 2025 at 09:00.');
  assert.deepEqual(elsewhere.details, []);
  assert.equal(read('en', { ...activity, kind: 'waiting_list_place' }).headline, 'A place came free at Tea and talk on 3 December 2025 at 14:00, and it is yours.');
  assert.match(read('pl', { ...activity, kind: 'activity_reminder' }).headline, /^Przypominamy: wydarzenie Tea and talk odbędzie się 3 grudnia 2025/);
  assert.match(read('ar', { ...activity, kind: 'activity_cancelled' }).headline, /^تم إلغاء Tea and talk الذي كان موعده /);
});

test('an answer to a contribution says what became of it and quotes the answer', () => {
  const answered = {
    kind: 'contribution_answered',
    params: { contribution_id: 'c1', project_id: 'p1', project_title: 'Warm spaces this winter', status: 'partly_adopted', response: 'We will open two libraries on Sundays.' },
  };
  assert.deepEqual(read('en', answered), {
    headline: 'Your contribution to Warm spaces this winter has an answer.',
    details: ['It was partly adopted.'],
    quote: 'The answer: We will open two libraries on Sundays.',
  });
  assert.deepEqual(read('pl', answered).details, ['Został przyjęty częściowo.']);
  assert.deepEqual(read('ar', answered).details, ['تم اعتمادها جزئيًا.']);
  // A status with no sentence of its own: only the headline.
  assert.deepEqual(read('en', { kind: 'contribution_answered', params: { ...answered.params, status: 'considered', response: '' } }).details, []);
});

test('a section someone\'s words shaped has moved on: its status in words, and the note', () => {
  const moved = {
    kind: 'shaped_progress',
    params: { document_title: 'Meadowbank Care strategy', section_heading: 'Care workers have time to care', section_status: 'done', note: 'Every rota has travel time.' },
  };
  assert.deepEqual(read('en', moved), {
    headline: 'What you said shaped “Care workers have time to care” in Meadowbank Care strategy, and it has moved on.',
    details: ['It is done.'],
    quote: 'What the organisers wrote: Every rota has travel time.',
  });
  assert.deepEqual(read('pl', { ...moved, params: { ...moved.params, section_status: 'at_risk' } }).details, ['Jest zagrożone.']);
  assert.deepEqual(read('ar', moved).details, ['أُنجز.']);
  // No note: no quote; an unknown status: only the headline.
  assert.equal(read('en', { ...moved, params: { ...moved.params, note: '' } }).quote, null);
  assert.deepEqual(read('en', { ...moved, params: { ...moved.params, section_status: 'paused' } }).details, []);
});

test('a decision closed: agreed or not', () => {
  const closed = { kind: 'decision_closed', params: { proposal_id: 'x', project_id: 'p1', project_title: 'Warm spaces', proposal_title: 'Open on Sundays', passed: true } };
  assert.equal(read('en', closed).headline, 'The vote on Open on Sundays in Warm spaces has closed. The proposal was agreed.');
  assert.equal(read('en', { ...closed, params: { ...closed.params, passed: false } }).headline,
    'The vote on Open on Sundays in Warm spaces has closed. The proposal was not agreed.');
  assert.equal(read('pl', closed).headline, 'Głosowanie nad propozycją Open on Sundays w projekcie Warm spaces zostało zakończone. Propozycja została przyjęta.');
});

test('a claim: approved, turned down with its reason, or paid, in pounds and pence', () => {
  const claim = (status, reason = '') => ({ kind: 'claim_decided', params: { claim_id: 'k', status, reason, amount_pence: 1250 } });
  assert.equal(read('en', claim('approved')).headline, 'Your claim for £12.50 is approved.');
  assert.deepEqual(read('en', claim('rejected', 'No receipt for the taxi.')), {
    headline: 'Your claim for £12.50 was turned down.',
    details: [],
    quote: 'The reason given: No receipt for the taxi.',
  });
  assert.equal(read('en', claim('paid')).headline, 'Your claim for £12.50 has been paid.');
  assert.equal(read('pl', claim('paid')).headline, 'Kwota £12.50 z Twojego wniosku o płatność została wypłacona.');
  assert.equal(read('ar', claim('approved')).headline, 'تمت الموافقة على مطالبتك بمبلغ £12.50.');
});

test('a kind the page does not know yet is still a sentence', () => {
  assert.equal(read('en', { kind: 'document_changed', params: {} }).headline, 'You have a new notification.');
  assert.equal(read('ar', { kind: 'document_changed', params: {} }).headline, 'لديك إشعار جديد.');
});

test('every sentence of every kind exists in the three languages', () => {
  const samples = [
    invitation,
    { ...invitation, params: { ...invitation.params, organisation_name: 'Age Concern', sender_name: '' } },
    ...['activity_confirmation', 'activity_reminder', 'activity_changed', 'activity_cancelled', 'waiting_list_place'].flatMap((kind) => [
      { ...activity, kind },
      { kind, params: { ...activity.params, waiting: true } },
    ]),
    ...['adopted', 'partly_adopted', 'not_adopted'].map((status) => ({ kind: 'contribution_answered', params: { project_title: 'P', status, response: 'R' } })),
    { kind: 'decision_closed', params: { passed: false } },
    ...['approved', 'rejected', 'paid', 'submitted'].map((status) => ({ kind: 'claim_decided', params: { status, reason: 'why', amount_pence: 100 } })),
  ];
  for (const language of ['en', 'pl', 'ar']) {
    for (const sample of samples) {
      const text = read(language, sample);
      assert.doesNotMatch(text.headline, /\{\w+\}/, `${language} ${sample.kind}: ${text.headline}`);
    }
  }
});

test('a message splits round its placeholders, so what fills them can be isolated', () => {
  assert.deepEqual(notifications.messageParts('{sender} invited you to {project}.', { sender: 'Grace', project: 'Warm spaces?' }), [
    { text: 'Grace', filled: true },
    { text: ' invited you to ', filled: false },
    { text: 'Warm spaces?', filled: true },
    { text: '.', filled: false },
  ]);
  // An unknown placeholder stays as written, joined to the words round it.
  assert.deepEqual(notifications.messageParts('Hello {who} and {name}', { name: 'Layla' }), [
    { text: 'Hello {who} and ', filled: false },
    { text: 'Layla', filled: true },
  ]);
  assert.deepEqual(notifications.messageParts('No placeholders.', {}), [{ text: 'No placeholders.', filled: false }]);
});

test('the count in the menu stops at 99+', () => {
  assert.equal(notifications.badgeCount(3), '3');
  assert.equal(notifications.badgeCount(99), '99');
  assert.equal(notifications.badgeCount(100), '99+');
});
