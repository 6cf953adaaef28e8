import { fetchAllPages } from './pages';

// One language to choose, named by ICU on the server: in the page's language,
// in English and in itself (docs/api.md, "Languages").
export type LanguageChoice = { tag: string; name: string; english: string; endonym: string; common: boolean };
export type LanguageList = { common: string[]; items: LanguageChoice[]; next_cursor: string | null };

export function listLanguages(display: string): Promise<LanguageList> {
  return fetchAllPages<LanguageChoice, LanguageList>('/api/v1/languages', { display });
}
