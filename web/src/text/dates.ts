// Pure helpers for dates and day counts; unit tested without a browser.

// The interface languages as Intl locales: British English, not American.
export function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

// "22 November 2025"; an unreadable value is shown as it came.
export function formatDate(iso: string, language: string, timeZone?: string): string {
  const date = parse(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

// "22 November 2025, 14:05"
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = parse(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(localeFor(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

// A time zone by its name in the reader's language ("United Kingdom Time",
// "توقيت المملكة المتحدة"), from the browser's own data (Intl); the zone's id
// when the browser only has an offset for it ("GMT+03:00").
export function timeZoneName(zone: string, language: string): string {
  const style = zone === 'UTC' || zone === 'Etc/UTC' ? 'long' : 'longGeneric';
  try {
    const parts = new Intl.DateTimeFormat(localeFor(language), { timeZone: zone, timeZoneName: style }).formatToParts(new Date());
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    if (name && !/[0-9\u0660-\u0669]/.test(name)) return name;
  } catch {
    // An id the browser does not know: shown as it is.
  }
  return zone;
}

// Time zones to choose from, each by its name; where two share one (Warsaw
// and Paris are both "Central European Time") each says its city too.
export function timeZoneChoices(zones: string[], language: string, cityOf: (zone: string) => string): { value: string; text: string }[] {
  const named = zones.map((zone) => ({ value: zone, text: timeZoneName(zone, language) }));
  return named.map((choice) => (named.filter((other) => other.text === choice.text).length > 1 ? { ...choice, text: `${choice.text} (${cityOf(choice.value)})` } : choice));
}

// Lags come with one decimal place: "0", "2.5", "14".
export function formatDayCount(days: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 1 }).format(days);
}

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

// Which form of "day" the language uses for this number ("1 day", "2 days";
// Polish "1 dzień", "2 dni", "5 dni", "2,5 dnia").
export function dayCountCategory(days: number, language: string): PluralCategory {
  const rounded = Math.round(days * 10) / 10;
  const options: Intl.PluralRulesOptions = Number.isInteger(rounded) ? {} : { minimumFractionDigits: 1 };
  return new Intl.PluralRules(localeFor(language), options).select(rounded) as PluralCategory;
}
