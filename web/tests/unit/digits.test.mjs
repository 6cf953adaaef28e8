// Numbers typed on Arabic and Persian phone keyboards (found walking a
// convener's first day in Arabic): the activity form said "enter a real date"
// for ١٤ / ١ / ٢٠٢٧, a time of ١٠:٣٠ and a capacity of ٢٠. Every parser of
// typed numbers reads them through text/digits.ts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const digits = await loadSource('text/digits.ts');
const activities = await loadSource('text/activities.ts');
const money = await loadSource('text/money.ts');
const barometer = await loadSource('text/barometer.ts');
const decisions = await loadSource('text/decisions.ts');

test('latinDigits reads Arabic-Indic and Eastern Arabic-Indic digits as 0-9', () => {
  // U+0660..U+0669 and U+06F0..U+06F9, in order.
  assert.equal(digits.latinDigits('٠١٢٣٤٥٦٧٨٩'), '0123456789');
  assert.equal(digits.latinDigits('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
  assert.equal(digits.latinDigits('١٠:٣٠'), '10:30');
  // The Arabic decimal and thousands separators and percent sign: ١٬٢٣٤٫٥٦ is 1,234.56.
  assert.equal(digits.latinDigits('١٬٢٣٤٫٥٦'), '1,234.56');
  assert.equal(digits.latinDigits('٨٠٪'), '80%');
  // Direction marks a right-to-left keyboard leaves around a number go.
  assert.equal(digits.latinDigits('\u200F٢٠\u200E'), '20');
  // Everything else stays: Latin digits, letters in any script.
  assert.equal(digits.latinDigits('K7MQ-3XPA مركز 12'), 'K7MQ-3XPA مركز 12');
});

test('parseWholeNumber reads whole numbers in any of those digits within limits', () => {
  assert.equal(digits.parseWholeNumber('٢٠'), 20);
  assert.equal(digits.parseWholeNumber(' ۲۰ '), 20);
  assert.equal(digits.parseWholeNumber('20'), 20);
  assert.equal(digits.parseWholeNumber('١٢', 2, 24), 12);
  assert.equal(digits.parseWholeNumber('٢٥', 2, 24), null);
  assert.equal(digits.parseWholeNumber('1', 2, 24), null);
  for (const bad of ['', ' ', '2.5', '٢٫٥', '-1', 'twenty', '1e3', '٢ ٠']) {
    assert.equal(digits.parseWholeNumber(bad), null, `"${bad}" is refused`);
  }
});

test('dates and times typed in Arabic-Indic digits are the dates and times they say', () => {
  assert.deepEqual(activities.parseDate({ day: '١٤', month: '١', year: '٢٠٢٧' }), [2027, 1, 14]);
  assert.deepEqual(activities.parseDate({ day: '۱۴', month: '۰۱', year: '۲۰۲۷' }), [2027, 1, 14]);
  // Still a real date only: 30 February is not one, in any digits.
  assert.equal(activities.parseDate({ day: '٣٠', month: '٢', year: '٢٠٢٧' }), null);
  assert.deepEqual(activities.parseTime('١٠:٣٠'), [10, 30]);
  assert.deepEqual(activities.parseTime('۱۲.۳۰'), [12, 30]);
  assert.equal(activities.parseTime('٢٤:٠٠'), null);
});

test('money, minutes, miles, bank details and barometer figures read Arabic-Indic digits', () => {
  assert.equal(money.parsePounds('١٢٫٥٠'), 1250);
  assert.equal(money.parsePounds('£١٬٢٣٤٫٥٦'), 123456);
  assert.equal(money.parsePounds('۳۰'), 3000);
  assert.equal(money.parsePounds('١٢٫٣٤٥'), null);
  assert.equal(money.parseMinutes('٩٠'), 90);
  assert.equal(money.parseMiles('١٢٫٥'), 12.5);
  assert.equal(money.bankDigits('١٢-٣٤-٥٦'), '123456');
  assert.equal(barometer.parsePercent('٨٠٪'), 0.8);
  assert.equal(barometer.parseThreshold('٣', 'days'), 3);
});

test('votes read dots typed in Arabic-Indic digits', () => {
  const draft = { position: '', reason: '', scores: {}, ranking: [], dots: { A: '٢', B: '۱' }, comment: '', group: '' };
  const built = decisions.buildVote('dot_vote', ['A', 'B'], 3, draft);
  assert.deepEqual(built.problems, []);
  assert.deepEqual(built.body.dots, { A: 2, B: 1 });
  assert.equal(decisions.dotsPlaced({ A: '٢', B: '۱' }), 3);
});

test('no form asks for a number, date or time with an input that drops Arabic-Indic digits', async () => {
  // Chromium's type="number", "date" and "time" boxes ignore ١٤ typed on an
  // Arabic keyboard; numbers are text boxes with inputMode, dates DateInput.
  const { readdirSync, readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
  const files = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(path.join(folder, entry.name)) : entry.name.endsWith('.tsx') ? [path.join(folder, entry.name)] : [],
    );
  const offenders = files(source)
    .filter((file) => /\btype=["{']+(number|date|time|datetime-local)\b/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(source, file));
  assert.deepEqual(offenders, []);
});

test('a date input reads its three boxes in any digits as an ISO date', () => {
  assert.equal(activities.isoFromDate({ day: '٣١', month: '١', year: '٢٠٣٠' }), '2030-01-31');
  assert.equal(activities.isoFromDate({ day: '31', month: '2', year: '2030' }), null);
  assert.deepEqual(activities.dateFromIso('2030-01-05'), { day: '5', month: '1', year: '2030' });
  assert.deepEqual(activities.dateFromIso(''), { day: '', month: '', year: '' });
  assert.equal(activities.isBlankDate({ day: ' ', month: '', year: '' }), true);
  assert.equal(activities.isBlankDate({ day: '1', month: '', year: '' }), false);
});
