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
  // The pound sign, not "UK£" or "GBP", in every language.
  assert.match(barometer.formatValue(5000, 'pence', 'ar', ar), /^\u200f?50\.00\s?£$/);
  assert.match(barometer.formatValue(5000, 'pence', 'pl', pl), /^50,00\s£$/);
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

// How a figure is worked out, in the reader's language: the formula by the
// figure's key, the counts' names, and what was missing from its parts.
const listIn = (language) => (items) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
const groupsIn = (language) => {
  const messages = catalogue(language);
  return (group) => messages[`group.${group}`] ?? group;
};
const namesIn = (language) => ({ group: groupsIn(language), list: listIn(language) });

// The adjacent string literals of a C++ file, each run joined as the compiler joins them.
function cppLiterals(file) {
  const text = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../src/modules/barometer', file), 'utf8');
  return [...text.matchAll(/"(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*/g)].map((run) => [...run[0].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]).join(''));
}
const serverLiterals = [...cppLiterals('assemble.cpp'), ...cppLiterals('figures.cpp')];

test('the English formulas are the server\'s, word for word (src/modules/barometer)', () => {
  const messages = catalogue('en');
  const formula = (key) => messages[`barometer.formula.${key}`];
  for (const key of ['earliest_stage', 'invitation_lag_days', 'participation_lag_days', 'quorum_rate', 'closed_without_groups', 'plain_language',
    'translation_coverage', 'easy_read_coverage', 'access_met', 'unreachable', 'median_days_to_payment', 'attended_not_offered', 'spend_by_group',
    'vcs_share_not_required', 'reach', 'entropy']) {
    assert.ok(serverLiterals.includes(formula(key)), `${key}: "${formula(key)}" is not in the server's words`);
  }
  // The balances: their own sentence, then the entropy's.
  for (const key of ['voice_balance', 'influence_balance', 'decision_weight_balance']) {
    assert.ok(serverLiterals.includes(formula(key).replace('{entropy}', '')), key);
  }
  assert.ok(serverLiterals.includes(formula('initiative_balance').replace(/\{\w+\}/g, '{}')), 'initiative_balance');
});

test('every count name and every sentence of what was missing the server writes is one the app words', () => {
  for (const name of Object.keys(barometer.countSlugs)) assert.ok(serverLiterals.includes(name), `the server has no count "${name}"`);
  const source = ['assemble.cpp', 'figures.cpp'].map((file) => readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../src/modules/barometer', file), 'utf8')).join('\n');
  const keys = new Set();
  for (const call of source.matchAll(/(?:say_missing|no_data)\(([\s\S]*?)\);/g)) {
    const literals = [...call[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]);
    const key = literals.find((literal) => /^[a-z_]+$/.test(literal) && !['groups', 'count', 'days', 'what'].includes(literal));
    if (key) keys.add(key);
  }
  assert.deepEqual([...keys].sort(), [...barometer.missingKeys].sort());
  // Every total a share names ("No {what} yet.") has its sentence.
  const shares = [...source.matchAll(/share\("(\w+)",[^;]*?"([^"]+)", [^,"]+, "([^"]+)", [^,"]+,\s*threshold_of/g)];
  assert.deepEqual(shares.map((call) => call[1]).sort(), ['access_met', 'community_delivery_share', 'earliest_stage', 'easy_read_coverage', 'plain_language', 'quorum_rate', 'translation_coverage']);
  for (const call of shares) assert.ok(barometer.noneYetSlugs.includes(barometer.countSlugs[call[3]]), `${call[1]}: "${call[3]}"`);
});

test('formulas in the reader\'s language, by the figure\'s key', () => {
  const entropy = "The normalised entropy of the required groups' shares: H(p) / ln k, where p is each group's share of the total, H(p) = -sum(p ln p) and k is the number of required groups. 1 means every group has the same share; 0 means one group has it all.";
  const voice = { key: 'voice_balance', formula: `How evenly the required groups' contributions are spread: ${entropy}` };
  assert.deepEqual(barometer.formulaText(voice, 'en', en, namesIn('en')), { text: voice.formula, english: false });
  const arabic = barometer.formulaText(voice, 'ar', ar, namesIn('ar'));
  assert.equal(arabic.english, false);
  assert.match(arabic.text, /^مدى توزّع مساهمات المجموعات المطلوبة بالتساوي: الإنتروبيا المعيارية/);
  // The counts in the initiative's formula come from the server's words.
  const initiative = { key: 'initiative_balance', formula: `How evenly proposals made (3), activities chaired (0), co-lead places (12) and initiatives led (2) are spread over the required groups: ${entropy}` };
  assert.equal(barometer.formulaText(initiative, 'en', en, namesIn('en')).text, initiative.formula);
  assert.match(barometer.formulaText(initiative, 'pl', pl, namesIn('pl')).text, /^Jak równo złożone propozycje \(3\), prowadzenie spotkań \(0\), miejsca współprowadzących \(12\) i prowadzone inicjatywy \(2\)/);
  // The credit share names its group in the reader's language.
  const vcs = { key: 'vcs_share', formula: "The vcs group's share of the credit for adopted items: each adopted item gives 1, split equally among the groups whose contributions it traces to." };
  assert.match(barometer.formulaText(vcs, 'ar', ar, namesIn('ar')).text, /القطاع التطوعي والمجتمعي/);
  assert.match(barometer.formulaText(vcs, 'en', en, namesIn('en')).text, /held by this group: Voluntary and community sector\./);
  const notRequired = { key: 'vcs_share', formula: "The voluntary and community sector's share of the credit for adopted items." };
  assert.equal(barometer.formulaText(notRequired, 'en', en, namesIn('en')).text, notRequired.formula);
  assert.equal(barometer.formulaText({ key: 'reach:age:75_plus', formula: 'x' }, 'pl', pl, namesIn('pl')).english, false);
  // A figure, a wording or a group this app does not know: the server's English.
  assert.deepEqual(barometer.formulaText({ key: 'something_new', formula: 'Something new.' }, 'ar', ar, namesIn('ar')), { text: 'Something new.', english: true });
  assert.equal(barometer.formulaText({ key: 'initiative_balance', formula: 'Reworded.' }, 'ar', ar, namesIn('ar')).english, true);
  assert.equal(barometer.formulaText({ key: 'vcs_share', formula: "The martians group's share of the credit" }, 'ar', ar, namesIn('ar')).english, true);
  // Every figure of the catalogue has its formula in every language.
  for (const [language, words] of [['en', en], ['pl', pl], ['ar', ar]]) {
    for (const figure of barometer.figureCatalogue) {
      const formula = figure.key === 'initiative_balance' ? initiative.formula : figure.key === 'vcs_share' ? vcs.formula : 'English';
      const worded = barometer.formulaText({ key: figure.key, formula }, language, words, namesIn(language));
      assert.equal(worded.english, false, `${language} ${figure.key}`);
      assert.doesNotMatch(worded.text, /\{\w+\}/, `${language} ${figure.key}`);
    }
  }
});

test('count names in the reader\'s language: groups by their name, the others by their message', () => {
  assert.deepEqual(barometer.countName('vcs', ar, namesIn('ar')), { text: 'القطاع التطوعي والمجتمعي', english: false });
  assert.deepEqual(barometer.countName('claims paid', pl, namesIn('pl')), { text: 'Wypłacone wnioski', english: false });
  assert.deepEqual(barometer.countName('texts times languages', ar, namesIn('ar')), { text: 'أزواج من نص منشور ولغة يُترجم إليها', english: false });
  assert.deepEqual(barometer.countName('something new', ar, namesIn('ar')), { text: 'something new', english: true });
  for (const [language, words] of [['en', en], ['pl', pl], ['ar', ar]]) {
    for (const name of Object.keys(barometer.countSlugs)) assert.equal(barometer.countName(name, words, namesIn(language)).english, false);
  }
});

test('what was missing, sentence by sentence, in the reader\'s language', () => {
  const lag = {
    missing: 'Not yet: local authority, health; counted as the 42 days so far.',
    missing_parts: [{ key: 'not_yet_counted_so_far', params: { groups: 'local_authority,health', days: '42' } }],
  };
  assert.deepEqual(barometer.missingText(lag, 'en', en, namesIn('en')), { text: 'Not yet: Local authority and Health; counted as the 42 days so far.', english: false });
  const arabic = barometer.missingText(lag, 'ar', ar, namesIn('ar'));
  assert.equal(arabic.english, false);
  assert.match(arabic.text, /السلطة المحلية والصحة/);
  assert.match(arabic.text, /42 يومًا/);
  assert.match(barometer.missingText(lag, 'pl', pl, namesIn('pl')).text, /Samorząd lokalny i Ochrona zdrowia.*42 dni/);
  // Two sentences, one after the other.
  const two = {
    missing: 'Left out, not being required groups: staff. Nothing counted yet.',
    missing_parts: [{ key: 'not_required_groups', params: { groups: 'staff' } }, { key: 'nothing_counted', params: {} }],
  };
  assert.equal(barometer.missingText(two, 'en', en, namesIn('en')).text, 'Left out, not being required groups: Staff. Nothing counted yet.');
  // "No {what} yet", by the total's name.
  for (const what of ['decisions', 'published texts', 'texts times languages', 'needs', 'required groups']) {
    const worded = barometer.missingText({ missing: `No ${what} yet.`, missing_parts: [{ key: 'none_yet', params: { what } }] }, 'ar', ar, namesIn('ar'));
    assert.equal(worded.english, false, what);
  }
  assert.equal(barometer.missingText({ missing: 'No decisions yet.', missing_parts: [{ key: 'none_yet', params: { what: 'decisions' } }] }, 'en', en, namesIn('en')).text, 'No decisions yet.');
  assert.equal(barometer.missingText({ missing: '3 adopted items trace to no contribution and are left out.', missing_parts: [{ key: 'untraced_items', params: { count: '3' } }] }, 'pl', pl, namesIn('pl')).text,
    'Przyjęte rzeczy, które nie pochodzą z żadnej wypowiedzi, pominięte: 3.');
  // Every key, with values, in every language: no placeholder left over.
  const params = { groups: 'vcs,residents', count: '2', days: '3.5', what: 'needs' };
  for (const [language, words] of [['en', en], ['pl', pl], ['ar', ar]]) {
    for (const key of barometer.missingKeys) {
      const worded = barometer.missingText({ missing: 'English.', missing_parts: [{ key, params }] }, language, words, namesIn(language));
      assert.equal(worded.english, false, `${language} ${key}`);
      assert.doesNotMatch(worded.text, /\{\w+\}/, `${language} ${key}`);
    }
  }
  // Nothing missing; an older server with no parts; a key, a group or a total this app does not know: the server's English, whole.
  assert.equal(barometer.missingText({ missing: '', missing_parts: [] }, 'ar', ar, namesIn('ar')), null);
  assert.deepEqual(barometer.missingText({ missing: 'Nothing counted yet.' }, 'ar', ar, namesIn('ar')), { text: 'Nothing counted yet.', english: true });
  const unknown = { missing: 'Nothing counted yet. Something new.', missing_parts: [{ key: 'nothing_counted', params: {} }, { key: 'something_new', params: {} }] };
  assert.deepEqual(barometer.missingText(unknown, 'ar', ar, namesIn('ar')), { text: unknown.missing, english: true });
  assert.equal(barometer.missingText({ missing: 'x', missing_parts: [{ key: 'not_in_discover', params: { groups: 'vcs,martians' } }] }, 'ar', ar, namesIn('ar')).english, true);
  assert.equal(barometer.missingText({ missing: 'x', missing_parts: [{ key: 'none_yet', params: { what: 'vcs' } }] }, 'ar', ar, namesIn('ar')).english, true);
  assert.equal(barometer.missingText({ missing: 'x', missing_parts: [{ key: 'not_yet_counted_so_far', params: { groups: 'vcs' } }] }, 'ar', ar, namesIn('ar')).english, true);
});

test('zero days in Arabic is plural, as in Polish', () => {
  assert.equal(barometer.formatValue(0, 'days', 'ar', ar), '0 أيام');
  assert.equal(barometer.formatValue(0, 'days', 'pl', pl), '0 dni');
  assert.equal(barometer.formatValue(11, 'days', 'ar', ar), '11 يومًا');
});
