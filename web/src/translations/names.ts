// A language's name in the page's language: the app's own names first, then
// the browser's (Intl.DisplayNames), then the code as it is.

import type { Translate } from '../i18n/i18n';
import { languageName } from '../i18n/values';

export function languageLabel(t: Translate, pageLanguage: string, code: string): string {
  const own = languageName(t, code);
  if (own !== code) return own;
  try {
    const name = new Intl.DisplayNames([pageLanguage], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // An unusual code: shown as it is.
  }
  return code;
}
