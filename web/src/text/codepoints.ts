// The language check counts offsets and lengths in Unicode code points; the
// browser's strings count UTF-16 units (an emoji is two). These helpers turn
// one into the other, replace one occurrence and cut a text into marked parts.

// The UTF-16 index where code point number `offset` starts (clamped to the text).
export function unitIndexOf(text: string, offset: number): number {
  let units = 0;
  let points = 0;
  while (points < offset && units < text.length) {
    const code = text.codePointAt(units) ?? 0;
    units += code > 0xffff ? 2 : 1;
    points += 1;
  }
  return units;
}

// The code point number where UTF-16 index `unit` falls.
export function codePointOffsetOf(text: string, unit: number): number {
  return Array.from(text.slice(0, unit)).length;
}

export function codePointLength(text: string): number {
  return Array.from(text).length;
}

export function sliceByCodePoints(text: string, offset: number, length: number): string {
  const start = unitIndexOf(text, offset);
  const end = start + unitIndexOf(text.slice(start), length);
  return text.slice(start, end);
}

// "Commission" at the start of a sentence becomes "Buying services", not "buying services".
export function matchCase(found: string, replacement: string): string {
  const first = Array.from(found)[0] ?? '';
  const replacementFirst = Array.from(replacement)[0] ?? '';
  const upper = first !== first.toLowerCase() && first === first.toUpperCase();
  const wholeWordUpper = found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase();
  if (upper && !wholeWordUpper && replacementFirst === replacementFirst.toLowerCase()) {
    return replacementFirst.toUpperCase() + replacement.slice(replacementFirst.length);
  }
  return replacement;
}

export type Replacement = { text: string; start: number; end: number };

// Replaces exactly the occurrence at code point `offset` (of `length` code
// points) when it still reads `expected`; null when the text has changed since
// the check, so nothing is replaced in the wrong place. `start` and `end` are
// the UTF-16 indexes of the new words, for placing the caret after them.
export function replaceAt(text: string, offset: number, length: number, replacement: string, expected?: string): Replacement | null {
  if (offset < 0 || length < 0) return null;
  const start = unitIndexOf(text, offset);
  const end = start + unitIndexOf(text.slice(start), length);
  if (codePointOffsetOf(text, start) !== offset || codePointOffsetOf(text, end) !== offset + length) return null;
  const current = text.slice(start, end);
  if (expected !== undefined && current !== expected) return null;
  const words = expected !== undefined ? matchCase(current, replacement) : replacement;
  return { text: text.slice(0, start) + words + text.slice(end), start, end: start + words.length };
}

export type Range = { offset: number; length: number; id: string };
export type Segment = { text: string; ids: string[]; starts: string[] };

// Cuts `text` at every range's start and end (code points). Each part lists the
// ranges it lies in (`ids`) and the ranges that begin with it (`starts`), so a
// page can put a label at the start of each marked stretch.
export function segment(text: string, ranges: Range[]): Segment[] {
  const points = Array.from(text);
  const total = points.length;
  const usable = ranges
    .map((range) => ({ ...range, offset: Math.max(0, range.offset), end: Math.min(total, range.offset + range.length) }))
    .filter((range) => range.end > range.offset && range.offset < total);
  const cuts = new Set<number>([0, total]);
  for (const range of usable) {
    cuts.add(range.offset);
    cuts.add(range.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const parts: Segment[] = [];
  for (let index = 0; index < sorted.length - 1; index += 1) {
    const from = sorted[index];
    const to = sorted[index + 1];
    if (to <= from) continue;
    parts.push({
      text: points.slice(from, to).join(''),
      ids: usable.filter((range) => range.offset <= from && range.end >= to).map((range) => range.id),
      starts: usable.filter((range) => range.offset === from).map((range) => range.id),
    });
  }
  return parts;
}
