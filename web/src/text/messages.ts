// Pure helpers for messages and language tags; unit tested without a browser.

export const shippedLanguages = ['en', 'pl', 'ar'] as const;
export type ShippedLanguage = (typeof shippedLanguages)[number];

export function isShippedLanguage(value: string | null | undefined): value is ShippedLanguage {
  return !!value && (shippedLanguages as readonly string[]).includes(value);
}

// "pt-BR" -> "pt"; returns a shipped language or null.
export function shippedLanguageFor(tag: string | null | undefined): ShippedLanguage | null {
  if (!tag) return null;
  const base = tag.toLowerCase().split('-')[0];
  return isShippedLanguage(base) ? base : null;
}

// Fills {placeholders}; an unknown placeholder stays as written so a mistake shows.
// With `isolate` (right-to-left languages), each text put in is wrapped in
// Unicode's first-strong isolate marks, so a Latin name ending in punctuation
// or a bracket keeps its own direction inside Arabic text.
export function formatMessage(template: string, parameters?: Record<string, string | number>, isolate = false): string {
  if (!parameters) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in parameters)) return whole;
    const value = parameters[name];
    return isolate && typeof value === 'string' && value !== '' ? `\u2068${value}\u2069` : String(value);
  });
}
