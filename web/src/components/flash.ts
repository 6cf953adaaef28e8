// A message for the next page only, such as "Organisation added" after a save.
// It keeps the message key, not the text, so a language switch translates it too.

import type { MessageKey } from '../i18n/i18n';

// `more`: a second sentence that ends in a link, such as what to do next.
export type Flash = {
  key: MessageKey;
  parameters?: Record<string, string>;
  inviteUrl?: string;
  more?: { key: MessageKey; link: MessageKey; href: string };
};

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

export function takeFlash(): Flash | null {
  const flash = pending;
  pending = null;
  return flash;
}
