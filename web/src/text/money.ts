// Money is integer pence everywhere (issue 9). Amounts typed in pounds and
// pence are read with string and integer arithmetic, never floating point:
// "12.5" is 1250, "0.07" is 7, "1,234.56" is 123456, in any digits
// ("١٢٫٥" is 1250 too, see digits.ts). Unit tested.

import { latinDigits } from './digits';

// The largest amount a form accepts: £10,000,000.00.
const maximumPence = 1_000_000_000;

// Pence from "12.50", "£12.5", "1,234.56" or ".07"; null when it is not an
// amount of money (letters, a minus sign, three decimal places, misplaced commas).
export function parsePounds(text: string): number | null {
  let value = latinDigits(text).trim().replace(/^£\s*/, '');
  if (value === '') return null;
  if (value.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(value)) return null;
    value = value.replace(/,/g, '');
  }
  const match = /^(\d*)(?:\.(\d{0,2}))?$/.exec(value);
  if (!match) return null;
  const whole = match[1];
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return null;
  if (whole.length > 8) return null;
  const pounds = whole === '' ? 0 : Number.parseInt(whole, 10);
  const pence = fraction === '' ? 0 : Number.parseInt(fraction.padEnd(2, '0'), 10);
  const total = pounds * 100 + pence;
  return total > maximumPence ? null : total;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// "£12.50", "£1,234.56", "-£3.00"; the pence stay whole numbers throughout.
export function formatPence(pence: number): string {
  const whole = Math.trunc(pence);
  const negative = whole < 0;
  const size = Math.abs(whole);
  const pounds = Math.floor(size / 100);
  const rest = size % 100;
  return `${negative ? '-' : ''}£${groupThousands(String(pounds))}.${String(rest).padStart(2, '0')}`;
}

// "12.50" for a form field: no pound sign, no commas.
export function penceToInput(pence: number): string {
  const size = Math.abs(Math.trunc(pence));
  return `${Math.floor(size / 100)}.${String(size % 100).padStart(2, '0')}`;
}

// "12-34-56" or "12 34 56" -> "123456"; spaces and dashes only.
export function bankDigits(text: string): string {
  return latinDigits(text).replace(/[\s-]/g, '');
}

// Whole minutes from "90"; null for anything else (1 to 1440).
export function parseMinutes(text: string): number | null {
  const value = latinDigits(text).trim();
  if (!/^\d{1,4}$/.test(value)) return null;
  const minutes = Number.parseInt(value, 10);
  return minutes >= 1 && minutes <= 1440 ? minutes : null;
}

// Miles with at most one decimal place, as a number the server reads: "3", "12.5".
export function parseMiles(text: string): number | null {
  const value = latinDigits(text).trim();
  if (!/^\d{1,4}(\.\d)?$/.test(value)) return null;
  const tenths = Number.parseInt(value.replace('.', ''), 10) * (value.includes('.') ? 1 : 10);
  return tenths > 0 ? tenths / 10 : null;
}
