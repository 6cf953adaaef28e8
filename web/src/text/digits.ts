// Numbers as people type them. Arabic phone keyboards type Arabic-Indic
// digits (٠١٢٣٤٥٦٧٨٩, U+0660-0669), Persian and Urdu ones Eastern
// Arabic-Indic digits (۰۱۲۳۴۵۶۷۸۹, U+06F0-06F9); every form that reads a
// typed number, date, time or amount reads them through latinDigits first,
// so "١٤" is 14 as "14" is. Unit tested (tests/unit/digits.test.mjs).

// The Arabic decimal separator, thousands separator and percent sign, as the
// ones the forms read; the invisible direction marks a right-to-left keyboard
// or a paste can leave around a number are dropped.
const signs: Record<string, string> = { '\u066B': '.', '\u066C': ',', '\u066A': '%' };

// "١٤" -> "14", "۲۰۲۷" -> "2027", "١٢٫٥٠" -> "12.50", "١٠:٣٠" -> "10:30";
// everything else is left as it was.
export function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u066A-\u066C\u200E\u200F\u061C]/g, (character) => {
    const code = character.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return signs[character] ?? '';
  });
}

// A whole number typed in any of those digits, without signs or separators,
// between min and max; null when it is anything else ("", "2.5", "-1", "ten").
export function parseWholeNumber(text: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | null {
  const value = latinDigits(text).trim();
  if (!/^\d{1,15}$/.test(value)) return null;
  const number = Number.parseInt(value, 10);
  return number >= min && number <= max ? number : null;
}
