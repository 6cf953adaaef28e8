// Pure helpers for showing and making tags; unit tested without a browser.

// "older-people" -> "Older people": the last resort when no label is known.
export function readableTag(tag: string): string {
  const words = tag.replace(/-/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : tag;
}

// "Older People", "Café & clubs" -> "older-people", "cafe-clubs". Words in a
// script without Latin letters give "" (the server makes those: it transliterates).
export function slugFromLatinWords(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

// Whether words are mostly Latin letters, so the slug can be made here.
export function isLatinWords(words: string): boolean {
  const letters = words.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  return latin === letters.length;
}

export type LabelSource = {
  // The partnership's own labels for a tag, by language.
  partnership: Record<string, string> | undefined;
  // The label shipped with the app in the page's language, if there is one.
  shipped: string | null;
};

// A tag's name for a reader: the partnership's label in the reader's language,
// the shipped label, the partnership's English label, then the slug made readable.
export function tagLabel(tag: string, pageLanguage: string, source: LabelSource): { text: string; lang: string | null } {
  const own = source.partnership?.[pageLanguage];
  if (own) return { text: own, lang: null };
  if (source.shipped) return { text: source.shipped, lang: null };
  const english = source.partnership?.en;
  if (english) return { text: english, lang: pageLanguage === 'en' ? null : 'en' };
  return { text: readableTag(tag), lang: pageLanguage === 'en' ? null : 'en' };
}

// The tags the app names in every language ("tag.*" in en.json) are of two
// kinds, offered apart (found walking the first day in Arabic: the
// communities chooser offered "Adult social care" and "Mental health"):
// people and communities an organisation or a project serves, and topics,
// which are interests. These are the communities; every other shipped tag is
// a topic. tests/unit/text.test.mjs checks each is a shipped tag.
export const communityTags: readonly string[] = [
  'older-people',
  'carers',
  'unpaid-carers',
  'borough-residents',
  'refugees',
  'somali',
  'eritrean',
  'ethiopian',
  'disabled-people',
  'polish',
];

export type TagKind = 'interests' | 'communities';

// The shipped tags a chooser of that kind offers: communities for communities, topics for interests.
export function shippedTagsOfKind(shipped: readonly string[], kind: TagKind): string[] {
  return shipped.filter((tag) => communityTags.includes(tag) === (kind === 'communities'));
}
