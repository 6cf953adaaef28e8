// The language check and the partnership's glossary (docs/api.md, issue 8).

import { request } from './client';
import { fetchAllPages } from './pages';

export type JargonFinding = {
  term: string;
  found: string;
  offset: number;
  length: number;
  suggestion: string;
  explanation: string;
  kind: 'glossary' | 'acronym';
  explained: boolean;
};

export type SentenceFinding = { offset: number; length: number; words: number; reading_ease?: number };

export type CheckResult = {
  locale: string;
  sentences: number;
  words: number;
  syllables: number;
  average_sentence_length: number;
  flesch_reading_ease: number | null;
  flesch_kincaid_grade: number | null;
  pisarek: number | null;
  pisarek_linear: number | null;
  long_words: { count: number; share: number };
  long_sentence_share: number;
  long_sentences: SentenceFinding[];
  hard_sentences: SentenceFinding[];
  jargon: JargonFinding[];
  passive: { offset: number; length: number; text: string }[];
  target: { min_reading_ease: number; max_pisarek: number; max_sentence_words: number; easy_read: boolean };
  reasons: string[];
  meets_target: boolean;
};

export type GlossaryTerm = {
  term: string;
  plain: string;
  explanation: string;
  enabled: boolean;
  source: 'shipped' | 'partnership';
  acronym: boolean;
};

export function checkLanguage(fields: { text: string; locale?: string; easy_read?: boolean }): Promise<CheckResult> {
  return request<CheckResult>('POST', '/api/v1/language/check', { body: fields });
}

export function listGlossary(): Promise<{ items: GlossaryTerm[] }> {
  return fetchAllPages<GlossaryTerm>('/api/v1/glossary');
}

export function saveGlossaryTerm(fields: { term: string; plain?: string; explanation?: string; enabled?: boolean }): Promise<GlossaryTerm> {
  return request<GlossaryTerm>('POST', '/api/v1/glossary', { body: fields });
}
