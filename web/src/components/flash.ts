// A message for the next page only, such as "Organisation added" after a save.
// It keeps the message key, not the text, so a language switch translates it too.

import type { MessageKey } from '../i18n/i18n';

export type Flash = { key: MessageKey; parameters?: Record<string, string>; inviteUrl?: string };

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

export function takeFlash(): Flash | null {
  const flash = pending;
  pending = null;
  return flash;
}
