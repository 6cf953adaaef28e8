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

// "charter.co_leads[1].group" -> "charter.co_leads.1.group"
export function normaliseFieldKey(key: string): string {
  return key.replace(/\[(\w+)\]/g, '.$1');
}

// The input for a field the server names, trying the whole name first and then
// shorter prefixes: "charter.co_leads.1.group", "charter.co_leads.1", ...
export function fieldIdFor(field: string, fieldIds: Record<string, string>): string | undefined {
  const parts = normaliseFieldKey(field).split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const id = fieldIds[parts.slice(0, length).join('.')];
    if (id) return id;
  }
  return undefined;
}

// Messages for exactly these field names (in either spelling), not their children.
export function exactMessages(errors: FieldErrors, ...fields: string[]): string[] {
  const messages: string[] = [];
  for (const [key, list] of Object.entries(errors)) {
    if (fields.includes(normaliseFieldKey(key))) messages.push(...list);
  }
  return messages;
}
