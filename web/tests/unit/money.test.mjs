// Pounds and pence (issue 9): typed amounts become integer pence without
// floating point, and pence are shown as £12.50.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from './load-typescript.mjs';

const money = await loadSource('text/money.ts');

test('parsePounds reads pounds and pence as whole pence', () => {
  assert.equal(money.parsePounds('12.5'), 1250);
  assert.equal(money.parsePounds('12.50'), 1250);
  assert.equal(money.parsePounds('0.07'), 7);
  assert.equal(money.parsePounds('.07'), 7);
  assert.equal(money.parsePounds('1,234.56'), 123456);
  assert.equal(money.parsePounds('£30'), 3000);
  assert.equal(money.parsePounds(' £ 4.1 '), 410);
  assert.equal(money.parsePounds('12.'), 1200);
  assert.equal(money.parsePounds('0'), 0);
  // Amounts that floating point gets wrong: 0.29 * 100 is 28.999999999999996.
  assert.equal(money.parsePounds('0.29'), 29);
  assert.equal(money.parsePounds('1.15'), 115);
  assert.equal(money.parsePounds('19.99'), 1999);
});

test('parsePounds refuses what is not an amount', () => {
  for (const bad of ['', ' ', 'abc', '12.345', '-5', '1,23.45', '12,34', '1.2.3', '£', '.', '1e3', '12 50', '£-1', '0x10', '123456789']) {
    assert.equal(money.parsePounds(bad), null, `"${bad}" is refused`);
  }
});

test('formatPence shows pounds and pence', () => {
  assert.equal(money.formatPence(1250), '£12.50');
  assert.equal(money.formatPence(7), '£0.07');
  assert.equal(money.formatPence(0), '£0.00');
  assert.equal(money.formatPence(123456), '£1,234.56');
  assert.equal(money.formatPence(100000000), '£1,000,000.00');
  assert.equal(money.formatPence(-300), '-£3.00');
});

test('penceToInput round-trips through parsePounds', () => {
  for (const pence of [0, 7, 50, 1250, 123456, 99999]) {
    assert.equal(money.parsePounds(money.penceToInput(pence)), pence);
  }
  assert.equal(money.penceToInput(1250), '12.50');
});

test('bank digits, minutes and miles', () => {
  assert.equal(money.bankDigits('12-34-56'), '123456');
  assert.equal(money.bankDigits('12 34 56'), '123456');
  assert.equal(money.parseMinutes('90'), 90);
  assert.equal(money.parseMinutes('0'), null);
  assert.equal(money.parseMinutes('1441'), null);
  assert.equal(money.parseMinutes('1.5'), null);
  assert.equal(money.parseMiles('3'), 3);
  assert.equal(money.parseMiles('12.5'), 12.5);
  assert.equal(money.parseMiles('0'), null);
  assert.equal(money.parseMiles('2.55'), null);
});
