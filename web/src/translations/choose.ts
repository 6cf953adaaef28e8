// Pure helpers for translations and Easy Read (issue 8): which translation a
// reader sees, which way a language is written, and editing the rows of an
// Easy Read version. No imports, so the unit tests load it directly.

export type TranslationLike = { field: string; language: string; text: string };
export type EasyReadLine = { text: string; pictogram: string | null };
export type EasyReadRow = { key: number; text: string; pictogram: string };

export const pictograms = [
  'calendar',
  'clock',
  'meeting',
  'money',
  'no',
  'people-group',
  'person',
  'phone',
  'place',
  'question',
  'wheelchair-access',
  'yes',
] as const;

const rightToLeft = new Set(['ar', 'ur', 'fa', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

// The primary subtag, lower case: "pl-PL" and "PL" are both "pl".
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function directionOf(tag: string): 'rtl' | 'ltr' {
  return rightToLeft.has(primaryLanguage(tag)) ? 'rtl' : 'ltr';
}

// The translation of `field` a reader sees: the first of their languages
// (preferred, then the page's) that has one. A language that is the text's
// own shows the original, as does having none of them.
export function chooseTranslation<T extends TranslationLike>(
  translations: readonly T[],
  field: string,
  readerLanguages: readonly (string | null | undefined)[],
  originalLanguage: string,
): T | null {
  const original = primaryLanguage(originalLanguage);
  for (const candidate of readerLanguages) {
    const language = primaryLanguage(candidate);
    if (!language) continue;
    if (language === original) return null;
    const found = translations.find((item) => item.field === field && primaryLanguage(item.language) === language && item.text.trim());
    if (found) return found;
  }
  return null;
}

// Rows of the Easy Read editor. Keys stay with a row as it moves.
export function rowsFromLines(lines: readonly EasyReadLine[], firstKey = 1): EasyReadRow[] {
  return lines.map((line, index) => ({ key: firstKey + index, text: line.text, pictogram: line.pictogram ?? '' }));
}

export function nextKey(rows: readonly EasyReadRow[]): number {
  return rows.reduce((highest, row) => Math.max(highest, row.key), 0) + 1;
}

export function addRow(rows: readonly EasyReadRow[]): EasyReadRow[] {
  return [...rows, { key: nextKey(rows), text: '', pictogram: '' }];
}

export function removeRow(rows: readonly EasyReadRow[], index: number): EasyReadRow[] {
  if (index < 0 || index >= rows.length) return [...rows];
  return rows.filter((_, at) => at !== index);
}

export function moveRow(rows: readonly EasyReadRow[], index: number, delta: number): EasyReadRow[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const moved = [...rows];
  const [row] = moved.splice(index, 1);
  moved.splice(target, 0, row);
  return moved;
}

export function updateRow(rows: readonly EasyReadRow[], index: number, change: Partial<Omit<EasyReadRow, 'key'>>): EasyReadRow[] {
  return rows.map((row, at) => (at === index ? { ...row, ...change } : row));
}

// What is sent: trimmed lines, empty rows left out, no pictogram as null.
export function linesFromRows(rows: readonly EasyReadRow[]): EasyReadLine[] {
  return rows
    .map((row) => ({ text: row.text.trim(), pictogram: row.pictogram ? row.pictogram : null }))
    .filter((line) => line.text.length > 0);
}

// The server checks the lines joined by a blank line, with a full stop added
// to a line that ends without one; a finding's offset (in code points) is
// turned back into the number of its line, counting from 0.
export function lineOfOffset(lines: readonly EasyReadLine[], offset: number): number {
  let start = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index].text;
    const end = start + Array.from(text).length + (/[.?!]$/.test(text) ? 0 : 1);
    if (offset < end + 2) return index;
    start = end + 2;
  }
  return Math.max(0, lines.length - 1);
}

// The Easy Read lines as the server checks them when they are saved (PUT
// /api/v1/easy-read): each trimmed line, with a full stop added when it ends
// without one, then a blank line. `spans` says where each row's words are in
// that text (code points), so the editor's live check can put a finding by
// its row; empty rows are left out, as they are when saving.
export type EasyReadSpan = { key: number; offset: number; length: number };

export function easyReadText(rows: readonly EasyReadRow[]): { text: string; spans: EasyReadSpan[] } {
  let text = '';
  let offset = 0;
  const spans: EasyReadSpan[] = [];
  for (const row of rows) {
    const line = row.text.trim();
    if (!line) continue;
    const ended = /[.?!]$/.test(line) ? line : `${line}.`;
    const length = Array.from(ended).length;
    spans.push({ key: row.key, offset, length });
    text += `${ended}\n\n`;
    offset += length + 2;
  }
  return { text, spans };
}

// The key of the row a finding at `offset` (code points) belongs to, or null
// when it is outside every row.
export function rowKeyOfOffset(spans: readonly EasyReadSpan[], offset: number): number | null {
  const span = spans.find((item) => offset >= item.offset && offset < item.offset + item.length + 2);
  return span ? span.key : null;
}

// The translations-needed list turned round: for each language, in the order
// the languages are first met, the texts lacking it (`items`) and the texts
// whose translation into it is of an earlier wording (`outdated`).
export function neededByLanguage<T extends { missing_languages: string[]; outdated_languages?: string[] }>(
  items: readonly T[],
): { language: string; items: T[]; outdated: T[] }[] {
  const groups = new Map<string, { items: T[]; outdated: T[] }>();
  const groupOf = (language: string) => {
    const group = groups.get(language) ?? { items: [], outdated: [] };
    groups.set(language, group);
    return group;
  };
  for (const item of items) {
    for (const language of item.missing_languages) groupOf(language).items.push(item);
    for (const language of item.outdated_languages ?? []) groupOf(language).outdated.push(item);
  }
  return [...groups.entries()].map(([language, group]) => ({ language, ...group }));
}
