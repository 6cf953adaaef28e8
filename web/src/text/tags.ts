// Pure helpers for tags and field errors; unit tested without a browser.

export type FieldErrors = Record<string, string[]>;

// Splits "Older people, mental-health" into tags: ["older-people", "mental-health"].
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,\n]/)
    .map((part) => part.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter((part) => part.length > 0);
  return Array.from(new Set(tags));
}

export function formatTags(tags: string[] | null | undefined): string {
  return (tags ?? []).join(', ');
}

// Messages for one field, including nested keys the server may use for list
// items, such as "interests.2" or "interests[2]".
export function messagesFor(errors: FieldErrors, field: string): string[] {
  const messages: string[] = [];
  for (const [key, list] of Object.entries(errors)) {
    const base = key.split(/[.[]/)[0];
    if (key === field || base === field) messages.push(...list);
  }
  return messages;
}
