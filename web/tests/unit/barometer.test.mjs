// The barometer's words (issue 14, item 9): each figure's value in plain
// words (shares as %, ratios to 2 decimals, days, counts, pence as £), its
// threshold, "not enough data" never shown as 0, "fewer than N", and each
// alert in the reader's language from its key and params.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-typescript.mjs';

const barometer = await loadSource('text/barometer.ts');
const { formatMessage } = await loadSource('text/messages.ts');
const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/i18n');
const catalogue = (language) => JSON.parse(readFileSync(path.join(folder, `${language}.json`), 'utf8'));
const wordsFor = (language) => {
  const messages = catalogue(language);
  return (key, parameters) => {
    assert.ok(key in messages, `${language}.json lacks ${key}`);
    return formatMessage(messages[key], parameters);
  };
};
const en = wordsFor('en');
const pl = wordsFor('pl');
const ar = wordsFor('ar');

test('shares are percentages, with a decimal only when rounding would hide it', () => {
  assert.equal(barometer.formatValue(0.5, 'share', 'en', en), '50%');
  assert.equal(barometer.formatValue(1, 'share', 'en', en), '100%');
  assert.equal(barometer.formatValue(0, 'share', 'en', en), '0%');
  // 0.795 is 79.5%: rounding to 80% would hide that it misses an 80% target.
  assert.equal(barometer.formatValue(0.795, 'share', 'en', en), '79.5%');
  // 2 of 3 is 66.666...%: one decimal place.
  assert.equal(barometer.formatValue(2 / 3, 'share', 'en', en), '66.7%');
  assert.equal(barometer.formatValue(0.5, 'share', 'pl', pl), '50%');
});

test('ratios have two decimals', () => {
  // 3/2/1 contributions over 3 groups: H = -(0.5 ln 0.5 + 1/3 ln 1/3 + 1/6 ln 1/6) = 1.0114; / ln 3 (1.0986) = 0.9206.
  assert.equal(barometer.formatValue(0.9206, 'ratio', 'en', en), '0.92');
  assert.equal(barometer.formatValue(1, 'ratio', 'en', en), '1.00');
  assert.equal(barometer.formatValue(0.005, 'ratio', 'en', en), '0.01');
  assert.equal(barometer.formatValue(0.92, 'ratio', 'pl', pl), '0,92');
});

test('days in each language\'s plural forms', () => {
  assert.equal(barometer.formatValue(21, 'days', 'en', en), '21 days');
  assert.equal(barometer.formatValue(1, 'days', 'en', en), '1 day');
  assert.equal(barometer.formatValue(0, 'days', 'en', en), '0 days');
  // The median of 9 and 10 days.
  assert.equal(barometer.formatValue(9.5, 'days', 'en', en), '9.5 days');
  assert.equal(barometer.formatValue(1, 'days', 'pl', pl), '1 dzień');
  assert.equal(barometer.formatValue(2, 'days', 'pl', pl), '2 dni');
  assert.equal(barometer.formatValue(5, 'days', 'pl', pl), '5 dni');
  assert.equal(barometer.formatValue(2.5, 'days', 'pl', pl), '2,5 dnia');
  assert.equal(barometer.formatValue(3, 'days', 'ar', ar).includes('أيام'), true);
});

test('counts and pence', () => {
  assert.equal(barometer.formatValue(1, 'count', 'en', en), '1');
  assert.equal(barometer.formatValue(12000, 'count', 'en', en), '12,000');
  assert.equal(barometer.formatValue(1250, 'pence', 'en', en), '£12.50');
  assert.equal(barometer.formatValue(7, 'pence', 'en', en), '£0.07');
  assert.equal(barometer.formatValue(123456, 'pence', 'en', en), '£1,234.56');
});

test('not enough data is words, never a zero', () => {
  for (const unit of ['share', 'ratio', 'days', 'count', 'pence']) {
    const text = barometer.formatValue(null, unit, 'en', en);
    assert.equal(text, 'Not enough data yet');
    assert.doesNotMatch(text, /0/);
  }
  assert.equal(barometer.formatValue(null, 'share', 'pl', pl), 'Na razie za mało danych');
});

test('thresholds say which way the alert goes', () => {
  assert.equal(barometer.formatThreshold(0.8, 'below', 'share', 'en', en), 'Alert when under 80%');
  assert.equal(barometer.formatThreshold(14, 'above', 'days', 'en', en), 'Alert when over 14 days');
  assert.equal(barometer.formatThreshold(0.7, 'below', 'ratio', 'en', en), 'Alert when under 0.70');
  assert.equal(barometer.formatThreshold(0, 'above', 'count', 'en', en), 'Alert when over 0');
  assert.equal(barometer.formatThreshold(null, 'never', 'pence', 'en', en), 'No threshold: never an alert');
});

test('fewer than N people answered', () => {
  assert.equal(barometer.fewerThan(5, 'en', en), 'Fewer than 5 people answered');
  assert.equal(barometer.fewerThan(3, 'en', en), 'Fewer than 3 people answered');
  assert.equal(barometer.fewerThan(5, 'pl', pl), 'Mniej niż 5 osób odpowiedziało');
  assert.equal(barometer.fewerThan(3, 'pl', pl), 'Mniej niż 3 osoby odpowiedziały');
});

const names = { group: (group) => ({ vcs: 'Voluntary and community sector', local_authority: 'Local authority' })[group] ?? group, category: (category) => (category === 'age:75_plus' ? 'Aged 75 or over' : category) };

test('alerts are worded from their key and params, with the action to take', () => {
  const notInvited = barometer.alertText({ key: 'group_not_invited', message: 'No VCS organisation invited yet', params: { group: 'vcs' } }, 'en', en, names);
  assert.deepEqual(notInvited, { text: 'No one has been invited yet from this group: Voluntary and community sector.', action: 'Review invitations', known: true });
  const late = barometer.alertText({ key: 'invited_late', message: '', params: { days: 21 } }, 'en', en, names);
  assert.equal(late.text, 'A required group was first invited 21 days after the project started.');
  assert.equal(late.action, 'Look at the timeline');
  const notOffered = barometer.alertText({ key: 'not_offered', message: '', params: { count: 3 } }, 'en', en, names);
  assert.equal(notOffered.text, 'Times people attended without an offer of payment: 3.');
  assert.equal(notOffered.action, 'Record offers of payment');
  const slow = barometer.alertText({ key: 'slow_payment', message: '', params: { days: 1 } }, 'en', en, names);
  assert.equal(slow.text, 'A typical claim takes 1 day to be paid.');
  const reach = barometer.alertText({ key: 'under_reached', message: '', params: { category: 'age:75_plus' } }, 'en', en, names);
  assert.equal(reach.text, 'The project reaches too few people in this group: Aged 75 or over.');
  // Polish: the days in Polish plural forms.
  const latePl = barometer.alertText({ key: 'invited_late', message: '', params: { days: 22 } }, 'pl', pl, names);
  assert.equal(latePl.text, 'Wymaganą grupę zaproszono po raz pierwszy 22 dni po rozpoczęciu projektu.');
});

test('every alert key the docs name is worded in every language, with no placeholder left over', () => {
  const params = { group: 'vcs', days: 4, count: 2, category: 'age:75_plus' };
  for (const [language, words] of [['en', en], ['pl', pl], ['ar', ar]]) {
    for (const key of barometer.alertKeys) {
      const worded = barometer.alertText({ key, message: 'English', params }, language, words, names);
      assert.equal(worded.known, true);
      assert.doesNotMatch(worded.text, /\{\w+\}/, `${language} ${key}`);
      assert.notEqual(worded.action, '');
    }
  }
});

test('an alert this app does not know keeps the server\'s words', () => {
  const worded = barometer.alertText({ key: 'something_new', message: 'Something new happened', params: {} }, 'en', en, names);
  assert.equal(worded.text, 'Something new happened');
  assert.equal(worded.known, false);
});

test('every figure, category and rung has a name in every language', () => {
  for (const language of ['en', 'pl', 'ar']) {
    const messages = catalogue(language);
    for (const figure of barometer.figureCatalogue) {
      assert.ok(`barometer.figure.${figure.key}` in messages, `${language}: ${figure.key}`);
      assert.ok(`barometer.about.${figure.key}` in messages, `${language}: about ${figure.key}`);
    }
    for (const category of ['age:16_24', 'age:25_44', 'age:45_64', 'age:65_74', 'age:75_plus', 'disability:yes', 'disability:no', 'carer:yes', 'carer:no', 'ethnicity:asian', 'ethnicity:black', 'ethnicity:mixed', 'ethnicity:white', 'ethnicity:other']) {
      assert.ok(barometer.categoryKey(category) in messages, `${language}: ${category}`);
    }
    for (const rung of ['coercion', 'educating', 'informing', 'consulting', 'engaging', 'co_designing', 'co_producing']) {
      assert.ok(`barometer.rung.${rung}` in messages && `barometer.rungMeaning.${rung}` in messages, `${language}: ${rung}`);
    }
  }
});

test('means and the ladder gap', () => {
  assert.equal(barometer.formatMean(4.25, 'en'), '4.3');
  assert.equal(barometer.formatMean(5, 'en'), '5.0');
  assert.equal(barometer.formatMean(null, 'en'), '');
  // Community 3.5 minus statutory 5.0.
  assert.equal(barometer.formatGap(3.5 - 5, 'en'), '\u22121.5');
  assert.equal(barometer.formatGap(0.5, 'en'), '+0.5');
  assert.equal(barometer.formatGap(0, 'en'), '0.0');
});

test('settings: thresholds are typed in their unit, shares as percentages', () => {
  assert.equal(barometer.parseThreshold('80', 'share'), 0.8);
  assert.equal(barometer.parseThreshold('80%', 'share'), 0.8);
  assert.equal(barometer.parseThreshold('12.5', 'share'), 0.125);
  assert.equal(barometer.parseThreshold('150', 'share'), null);
  assert.equal(barometer.parseThreshold('0.7', 'ratio'), 0.7);
  assert.equal(barometer.parseThreshold('0,7', 'ratio'), 0.7);
  assert.equal(barometer.parseThreshold('1.5', 'ratio'), null);
  assert.equal(barometer.parseThreshold('14', 'days'), 14);
  assert.equal(barometer.parseThreshold('400', 'days'), null);
  assert.equal(barometer.parseThreshold('-1', 'count'), null);
  assert.equal(barometer.parseThreshold('abc', 'count'), null);
  assert.equal(barometer.thresholdInput(0.15, 'share'), '15');
  assert.equal(barometer.thresholdInput(0.7, 'ratio'), '0.7');
  // 0.095 as a percentage: 9.5, not 9.500000000000002.
  assert.equal(barometer.percentInput(0.095), '9.5');
});

test('counts by group, and each group\'s share', () => {
  const rows = barometer.countsByGroup({ vcs: 3, local_authority: 2, health: 1, 'untraced items': 4 }, ['local_authority', 'health', 'vcs']);
  assert.deepEqual(rows.map((row) => row.group).sort(), ['health', 'local_authority', 'vcs']);
  const shares = Object.fromEntries(barometer.sharesOf(rows).map((row) => [row.group, row.share]));
  assert.equal(shares.vcs, 0.5);
  assert.equal(shares.health, 1 / 6);
  assert.deepEqual(barometer.sharesOf([{ group: 'vcs', value: 0 }]), [{ group: 'vcs', value: 0, share: 0 }]);
});

test('a barrier\'s state from its figures', () => {
  assert.equal(barometer.barrierState(['ok', 'alert', 'not_enough_data']), 'alert');
  assert.equal(barometer.barrierState(['ok', 'not_enough_data']), 'ok');
  assert.equal(barometer.barrierState(['not_enough_data']), 'not_enough_data');
  assert.equal(barometer.barrierState([]), 'not_enough_data');
});

test('the experience wording is the shipped one until the partnership changes it', () => {
  assert.equal(barometer.isDefaultWording('listened_to', 'My views were listened to.'), true);
  assert.equal(barometer.isDefaultWording('listened_to', 'my views were listened to'), true);
  assert.equal(barometer.isDefaultWording('listened_to', 'People heard what I said.'), false);
  // The English default is the server's (src/modules/barometer/settings.cpp) and en.json's.
  const messages = catalogue('en');
  for (const [key, text] of Object.entries(barometer.defaultExperienceWording)) assert.equal(messages[`barometer.question.${key}`], text);
});
