// One layer for every interface string. Messages live in one JSON file per
// language; a unit test checks that every shipped file has every key with the
// same {placeholders}.

import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import en from './en.json';
import pl from './pl.json';
import ar from './ar.json';
import { formatMessage, shippedLanguageFor } from '../text/messages';
import type { ShippedLanguage } from '../text/messages';

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

export { formatMessage, isShippedLanguage, shippedLanguageFor, shippedLanguages } from '../text/messages';
export type { ShippedLanguage } from '../text/messages';

const catalogues: Record<ShippedLanguage, Messages> = { en, pl, ar };
const rightToLeft = new Set<ShippedLanguage>(['ar']);

// The tags the app names in every shipped language ("tag.older-people"), to
// offer where a partnership has few of its own yet.
export const shippedTags: string[] = Object.keys(en)
  .filter((key) => key.startsWith('tag.'))
  .map((key) => key.slice('tag.'.length));
const storageKey = 'roundtable.language';

// The name of each shipped language in that language, for the switcher.
export const languageEndonyms: Record<ShippedLanguage, string> = {
  en: 'English',
  pl: 'Polski',
  ar: 'العربية',
};

export function storedLanguage(): ShippedLanguage | null {
  try {
    return shippedLanguageFor(window.localStorage.getItem(storageKey));
  } catch {
    return null;
  }
}

function rememberLanguage(language: ShippedLanguage): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}

// A language picked with the switcher on this visit (this tab), before
// signing in: the reader's own choice, kept when they sign in even if their
// profile names another (a convener set up in English who reads Arabic).
const chosenKey = 'roundtable.language.chosen';

export function languageChosenThisVisit(): ShippedLanguage | null {
  try {
    return shippedLanguageFor(window.sessionStorage.getItem(chosenKey));
  } catch {
    return null;
  }
}

// Once used at a sign-in: the next person signing in on this computer gets
// their own profile's language unless they too pick one.
export function forgetLanguageChoice(): void {
  try {
    window.sessionStorage.removeItem(chosenKey);
  } catch {
    // Nothing was kept.
  }
}

function rememberChoice(language: ShippedLanguage): void {
  try {
    window.sessionStorage.setItem(chosenKey, language);
  } catch {
    // As above: without storage the choice lasts for this page only.
  }
}

function applyToDocument(language: ShippedLanguage): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = rightToLeft.has(language) ? 'rtl' : 'ltr';
}

function initialLanguage(): ShippedLanguage {
  const stored = storedLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? []) {
    const shipped = shippedLanguageFor(tag);
    if (shipped) return shipped;
  }
  return 'en';
}

export type Translate = (key: MessageKey, parameters?: Record<string, string | number>) => string;

type I18nValue = {
  language: ShippedLanguage;
  direction: 'ltr' | 'rtl';
  t: Translate;
  // Joins items the way the language does: "a, b and c", "a, b i c", "a وb وc".
  formatList: (items: string[]) => string;
  setLanguage: (language: ShippedLanguage) => void;
  // The reader picking a language themselves (the switcher).
  chooseLanguage: (language: ShippedLanguage) => void;
};

// The messages of one shipped language, whatever the page's: for something
// made for one reader, such as a letter printed in their language.
export function translatorFor(language: ShippedLanguage): Translate {
  const messages = catalogues[language];
  const isolate = rightToLeft.has(language);
  return (key, parameters) => formatMessage(messages[key] ?? en[key] ?? key, parameters, isolate);
}

export function isRightToLeft(language: ShippedLanguage): boolean {
  return rightToLeft.has(language);
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguageState] = useState<ShippedLanguage>(() => {
    const first = initialLanguage();
    applyToDocument(first);
    return first;
  });

  const setLanguage = useCallback((next: ShippedLanguage) => {
    rememberLanguage(next);
    applyToDocument(next);
    setLanguageState(next);
  }, []);

  const chooseLanguage = useCallback(
    (next: ShippedLanguage) => {
      rememberChoice(next);
      setLanguage(next);
    },
    [setLanguage],
  );

  const value = useMemo<I18nValue>(() => {
    const t = translatorFor(language);
    const listFormat = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
    const formatList = (items: string[]) => listFormat.format(items);
    return { language, direction: rightToLeft.has(language) ? 'rtl' : 'ltr', t, formatList, setLanguage, chooseLanguage };
  }, [language, setLanguage, chooseLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
