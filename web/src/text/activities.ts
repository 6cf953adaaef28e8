// Pure helpers for the activity pages; unit tested without a browser.

import { latinDigits } from './digits';

export type LocalDate = { day: string; month: string; year: string };

// The wall-clock parts of an instant in a time zone.
function zoneParts(instant: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? '0');
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute'), second: value('second') };
}

// Minutes the zone is ahead of UTC at this instant (London in summer: 60).
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const wall = zoneParts(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

// "14:30", "9:05" or "9.05" -> [14, 30], in any digits ("١٤:٣٠"); anything else -> null.
export function parseTime(text: string): [number, number] | null {
  const match = latinDigits(text).trim().match(/^(\d{1,2})[:.](\d{2})$/);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return [hour, minute];
}

// Day, month and year as typed, in any digits ("١٤", "۱۴" or "14") ->
// [year, month, day] of a real date, or null.
export function parseDate(date: LocalDate): [number, number, number] | null {
  const [day, month, year] = [date.day, date.month, date.year].map((part) => latinDigits(part).trim());
  if (![day, month, year].every((part) => /^\d{1,4}$/.test(part))) return null;
  return realDate(Number(year), Number(month), Number(day));
}

// A date as the three boxes of a date input: "2030-01-31" -> 31, 1, 2030; anything else -> empty boxes.
export function dateFromIso(iso: string | null | undefined): LocalDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : { day: '', month: '', year: '' };
}

// The three boxes, in any digits, as "2030-01-31" when they make a real date; null otherwise.
export function isoFromDate(date: LocalDate): string | null {
  const parsed = parseDate(date);
  return parsed ? `${pad(parsed[0], 4)}-${pad(parsed[1])}-${pad(parsed[2])}` : null;
}

// Nothing typed in any of the three boxes.
export function isBlankDate(date: LocalDate): boolean {
  return !date.day.trim() && !date.month.trim() && !date.year.trim();
}

function realDate(year: number, month: number, day: number): [number, number, number] | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCDate() === day ? [year, month, day] : null;
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

// A wall-clock date and time in a time zone as RFC 3339 with that zone's
// offset: 1 July 2030 10:00 in Europe/London -> "2030-07-01T10:00:00+01:00".
export function zonedToRfc3339(date: [number, number, number], time: [number, number], timeZone: string): string {
  const [year, month, day] = date;
  const [hour, minute] = time;
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC is right except near a clock
  // change; asking again at the corrected instant settles it.
  let offset = zoneOffsetMinutes(wallAsUtc, timeZone);
  offset = zoneOffsetMinutes(wallAsUtc - offset * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

// An instant as the date and time people in the zone would read: the form's fields.
export function rfc3339ToZoned(iso: string, timeZone: string): { date: LocalDate; time: string } | null {
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return null;
  const wall = zoneParts(instant, timeZone);
  return {
    date: { day: String(wall.day), month: String(wall.month), year: String(wall.year) },
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
  };
}

// "Places taken / capacity": "3 of 10", or "3" when there is no limit.
export function placesText(taken: number, capacity: number | null, of: (taken: number, capacity: number) => string): string {
  return capacity === null || capacity === undefined ? String(taken) : of(taken, capacity);
}
