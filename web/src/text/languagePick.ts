// Pure helpers for the language picker; unit tested without a browser.

export type NamedLanguage = { tag: string; name: string; english: string; endonym: string };

// What the picker shows for a language: its name, and its own name when that differs.
export function languageOptionText(language: NamedLanguage): string {
  const endonym = language.endonym.trim();
  if (!endonym || endonym.toLocaleLowerCase() === language.name.toLocaleLowerCase()) return language.name;
  return `${language.name} — ${endonym}`;
}

// A name as it is compared: case, spacing and, in Arabic, the ways people
// write the same word are set aside (found walking the first day in Arabic:
// "تغرينية" found nothing, as ICU names Tigrinya "التغرينية"). In Arabic
// the definite article "ال" at the start of a word, short vowel marks and
// the tatweel go; alef with hamza or madda is alef, alef maksura is ya and
// ta marbuta is ha, as on many Arabic keyboards. The same folding is applied
// to what is typed and to the names, so "الألبانية", "ألبانية" and
// "البانيه" all find Albanian.
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .trim()
    .split(/\s+/)
    .map(withoutArticle)
    .join(' ');
}

// "التغرينيه" -> "تغرينيه"; a word is never cut to less than two letters.
function withoutArticle(word: string): string {
  let rest = word;
  while (rest.startsWith('\u0627\u0644') && rest.length >= 4) rest = rest.slice(2);
  return rest;
}

const fold = foldName;

// The tag a person chose by typing: the option's text, the name in the page's
// language, in English or in itself, or the tag itself (`ti`, `pt-BR`).
// Null when nothing (or more than one language) matches.
export function resolveLanguage(typed: string, languages: readonly NamedLanguage[]): string | null {
  const wanted = fold(typed);
  if (!wanted) return null;
  const byTag = languages.find((language) => language.tag.toLowerCase() === wanted);
  if (byTag) return byTag.tag;
  // A more specific tag (pt-BR, zh-Hant) of a language in the list.
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})+$/.test(wanted)) {
    try {
      const [canonical] = Intl.getCanonicalLocales(typed.trim());
      if (canonical && languages.some((language) => language.tag === canonical.split('-')[0])) return canonical;
    } catch {
      // Not a well-formed tag: no match.
    }
  }
  const byOption = languages.find((language) => fold(languageOptionText(language)) === wanted);
  if (byOption) return byOption.tag;
  const named = new Set(
    languages
      .filter((language) => [language.name, language.english, language.endonym].some((name) => name && fold(name) === wanted))
      .map((language) => language.tag),
  );
  return named.size === 1 ? [...named][0] : null;
}

// A list of languages (an activity's): one added at the end, once; one taken out.
export function addLanguage(languages: readonly string[], tag: string): string[] {
  if (!tag || languages.includes(tag)) return [...languages];
  return [...languages, tag];
}

export function removeLanguage(languages: readonly string[], tag: string): string[] {
  return languages.filter((language) => language !== tag);
}

// What a list picker holds when its form is sent: the languages added, and the
// one chosen in the box but not yet added (the box said "Chosen: …", so it is
// meant). `unmatched` when the box holds words that name no language.
export type PendingLanguage = { tag: string; text: string };

export function languagesWithPending(languages: readonly string[], pending: PendingLanguage): { languages: string[]; unmatched: boolean } {
  if (pending.tag) return { languages: addLanguage(languages, pending.tag), unmatched: false };
  return { languages: [...languages], unmatched: pending.text.trim() !== '' };
}
