// Pure helpers for putting things in order with buttons (needs, ranking
// answers) and for the survey CSV import's answer; unit tested without a browser.

// The list with the item at `index` moved up (-1) or down (+1); unchanged at either end.
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved);
  return next;
}

// The ids in `preferred` order first (the ones still present), then the rest as they were.
export function orderByPreference(ids: readonly string[], preferred: readonly string[]): string[] {
  const present = new Set(ids);
  const first = preferred.filter((id, at) => present.has(id) && preferred.indexOf(id) === at);
  return [...first, ...ids.filter((id) => !first.includes(id))];
}

// Where the CSV import left things, ready to show: what was imported and which
// columns were skipped, or every bad row in line order.
export type ImportOutcome =
  | { kind: 'imported'; imported: number; unknownColumns: string[]; ignoredColumns: string[] }
  | { kind: 'rejected'; rows: { line: number; column: string; message: string }[] };

export function importOutcome(answer: unknown, status: number): ImportOutcome | null {
  if (!answer || typeof answer !== 'object') return null;
  const body = answer as Record<string, unknown>;
  if (status >= 200 && status < 300) {
    const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
    return {
      kind: 'imported',
      imported: typeof body.imported === 'number' ? body.imported : 0,
      unknownColumns: list(body.unknown_columns),
      ignoredColumns: list(body.ignored_columns),
    };
  }
  if (status === 422 && Array.isArray(body.rows)) {
    const rows = body.rows
      .filter((row): row is Record<string, unknown> => !!row && typeof row === 'object')
      .map((row) => ({ line: Number(row.line) || 0, column: row.column == null ? '' : String(row.column), message: String(row.message ?? '') }))
      .sort((a, b) => a.line - b.line);
    return { kind: 'rejected', rows };
  }
  return null;
}

// A question's text and options in the reader's language when the survey has a
// translation for it (same options, same order), otherwise as written.
export function questionIn<Q extends { text: string; options: string[]; translations?: Record<string, { text: string; options?: string[] }> }>(
  question: Q,
  language: string,
): { text: string; options: string[]; translated: boolean } {
  const base = language.toLowerCase().split('-')[0];
  const translation = question.translations?.[language] ?? question.translations?.[base];
  if (!translation || !translation.text) return { text: question.text, options: question.options, translated: false };
  const translatedOptions = translation.options;
  const options =
    Array.isArray(translatedOptions) && translatedOptions.length === question.options.length
      ? question.options.map((option, index) => translatedOptions[index] || option)
      : question.options;
  return { text: translation.text, options, translated: true };
}

// Splits option lines as typed (one per line) into clean options.
export function parseOptions(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

// A response's answers as a list, whichever shape the server sent: a list of
// {question_id, value} or an object keyed by question id.
export function answerList(answers: unknown): { question_id: string; value: unknown }[] {
  if (Array.isArray(answers)) {
    return answers
      .filter((item): item is { question_id: unknown; value: unknown } => !!item && typeof item === 'object' && 'question_id' in item)
      .map((item) => ({ question_id: String(item.question_id), value: item.value }));
  }
  if (answers && typeof answers === 'object') {
    return Object.entries(answers as Record<string, unknown>).map(([question_id, value]) => ({ question_id, value }));
  }
  return [];
}

// An answer as one line of text: several choices joined with "; ", as in the CSV export.
export function answerText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join('; ');
  if (value === null || value === undefined) return '';
  return String(value);
}

// Text in a sentence of another direction ("1. Rank" on an Arabic page) kept
// whole by Unicode's first-strong isolate, so the number stays in front.
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
