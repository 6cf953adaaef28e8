// Translations and Easy Read versions of published texts (docs/api.md, issue 8).

import { request } from '../api/client';
import { fetchAllPages } from '../api/pages';
import type { CheckResult } from '../api/language';
import { buildPath } from '../text/paths';
import type { EasyReadLine } from './choose';

export type SubjectType = 'project' | 'activity' | 'minutes' | 'proposal' | 'survey' | 'contribution_response' | 'document_section' | 'initiative';

// `outdated`: made from an earlier wording of the original, which has changed since.
export type Translation = { field: string; language: string; text: string; updated_at: string; outdated?: boolean };
export type EasyRead = { field: string; lines: EasyReadLine[]; meets_target: boolean; updated_at: string; outdated?: boolean };
export type Translations = { translations: Translation[]; easy_read: EasyRead[] };
export type EasyReadSaved = { lines: EasyReadLine[]; meets_target: boolean; check: CheckResult };

export type TranslationNeeded = {
  subject_type: SubjectType;
  subject_id: string;
  field: string;
  locale: string;
  published_at: string;
  missing_languages: string[];
  // Languages with a translation of an earlier wording.
  outdated_languages?: string[];
};
export type TranslationsNeeded = { member_languages: string[]; items: TranslationNeeded[]; next_cursor: string | null };

export function fetchTranslations(subjectType: SubjectType, subjectId: string): Promise<Translations> {
  return request<Translations>('GET', buildPath('/api/v1/translations', { subject_type: subjectType, subject_id: subjectId }));
}

export function saveTranslation(fields: { subject_type: SubjectType; subject_id: string; field: string; language: string; text: string }): Promise<Translation> {
  return request<Translation>('PUT', '/api/v1/translations', { body: fields });
}

export function saveEasyRead(fields: { subject_type: SubjectType; subject_id: string; field: string; lines: EasyReadLine[] }): Promise<EasyReadSaved> {
  return request<EasyReadSaved>('PUT', '/api/v1/easy-read', { body: fields });
}

export function fetchTranslationsNeeded(projectId: string): Promise<TranslationsNeeded> {
  return fetchAllPages<TranslationNeeded, TranslationsNeeded>(`/api/v1/projects/${encodeURIComponent(projectId)}/translations-needed`);
}
