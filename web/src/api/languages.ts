import { request } from './client';

// One language to choose, named by ICU on the server: in the page's language,
// in English and in itself (docs/api.md, "Languages").
export type LanguageChoice = { tag: string; name: string; english: string; endonym: string; common: boolean };
export type LanguageList = { common: string[]; items: LanguageChoice[] };

export function listLanguages(display: string): Promise<LanguageList> {
  return request<LanguageList>('GET', '/api/v1/languages', { query: { display } });
}
