// The co-production barometer (issue 14): docs/barometer.md and the last
// section of docs/api.md.

import { request } from './client';

const projectPath = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}`;

export const barrierKeys = ['invited_early', 'marginal', 'equal_partner', 'top_down', 'language', 'resources'] as const;
export type BarrierKey = (typeof barrierKeys)[number];
export type FigureState = 'ok' | 'alert' | 'not_enough_data';
export type FigureUnit = 'share' | 'ratio' | 'days' | 'count' | 'pence';

export const rungs = ['coercion', 'educating', 'informing', 'consulting', 'engaging', 'co_designing', 'co_producing'] as const;
export type Rung = (typeof rungs)[number];

export const experienceQuestions = ['involved_early', 'listened_to', 'understood', 'practical_support', 'decided_together'] as const;
export type ExperienceQuestion = (typeof experienceQuestions)[number];

export type BarometerNote = { id: string; figure: string; text: string; author_name: string; group: string | null; created_at: string };

export type Figure = {
  key: string;
  value: number | null;
  unit: FigureUnit;
  state: FigureState;
  formula: string;
  counts: Record<string, number>;
  missing: string;
  // The same, sentence by sentence, as keys the app words in the reader's language.
  missing_parts: { key: string; params: Record<string, string> }[];
  threshold: number | null;
  alert_when: 'below' | 'above' | 'never';
  notes: BarometerNote[];
};

export type Alert = {
  key: string;
  message: string;
  action_path: string;
  // NOTE: the server sends days and counts as strings ("42"); both are read as numbers.
  params: { group?: string; days?: number | string; count?: number | string; category?: string };
};

export type Barrier = { key: BarrierKey; state: FigureState; figures: Figure[]; alerts: Alert[] };

export type Breakdown = { respondents: number; suppressed: boolean; mean: number | null };
export type GroupBreakdown = Breakdown & { group: string };

export type Ladder = {
  stage: string;
  rungs: Rung[];
  mine: { rung: Rung; comment: string; updated_at?: string } | null;
  can_rate: boolean;
  respondents: number;
  suppressed: boolean;
  mean: number | null;
  by_group: GroupBreakdown[];
  statutory: Breakdown;
  community: Breakdown;
  gap: number | null;
  comments: string[] | null;
  notes: BarometerNote[];
};

export type Experience = {
  stage: string;
  questions: { key: ExperienceQuestion; text: string }[];
  answered: boolean;
  can_answer: boolean;
  respondents: number;
  suppressed: boolean;
  by_question: ({ key: ExperienceQuestion; by_group: GroupBreakdown[] } & Partial<Breakdown> & { mean: number | null })[];
  notes: BarometerNote[];
};

export type Reach = {
  state: FigureState;
  answered: number | null;
  suppressed: boolean;
  figures: Figure[];
  alerts: Alert[];
  notes?: BarometerNote[];
};

export type Barometer = {
  project_id: string;
  title?: string;
  stage: string;
  computed_at: string;
  small_number: number;
  barriers: Barrier[];
  reach: Reach;
  ladder: Ladder;
  experience: Experience;
};

export type OverviewRow = {
  project_id: string;
  title: string;
  stage: string;
  state: FigureState;
  alerts: number;
  barriers: { key: BarrierKey | 'reach'; state: FigureState; alerts: number }[];
};

export type Trend = { figure: string; points: { day: string; value: number | null; state: FigureState }[] };

export type BarometerSettings = {
  small_number: number;
  thresholds: Record<string, number>;
  reach_threshold: number;
  baseline: Record<string, number>;
  experience_wording: Record<string, string>;
  defaults: { thresholds: Record<string, number>; reach_threshold: number; small_number: number };
  categories: string[];
};

export type SettingsUpdate = Partial<Pick<BarometerSettings, 'small_number' | 'thresholds' | 'reach_threshold' | 'baseline' | 'experience_wording'>>;

export const demographicQuestions = {
  age: ['16_24', '25_44', '45_64', '65_74', '75_plus', 'prefer_not_to_say'],
  disability: ['yes', 'no', 'prefer_not_to_say'],
  carer: ['yes', 'no', 'prefer_not_to_say'],
  ethnicity: ['asian', 'black', 'mixed', 'white', 'other', 'prefer_not_to_say'],
} as const;
export type DemographicQuestion = keyof typeof demographicQuestions;
export type Demographics = Record<DemographicQuestion, string | null>;

export function fetchBarometer(projectId: string): Promise<Barometer> {
  return request<Barometer>('GET', `${projectPath(projectId)}/barometer`);
}

export function fetchOverview(filter: { limit?: number; after?: string } = {}): Promise<{ items: OverviewRow[]; next_cursor: string | null }> {
  return request('GET', '/api/v1/barometer', { query: filter });
}

// Every project's row, page after page.
export async function fetchWholeOverview(): Promise<OverviewRow[]> {
  const rows: OverviewRow[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const answer = await fetchOverview({ limit: 100, after });
    rows.push(...answer.items);
    if (!answer.next_cursor) break;
    after = answer.next_cursor;
  }
  return rows;
}

export function fetchTrend(projectId: string, figure: string): Promise<Trend> {
  return request<Trend>('GET', `${projectPath(projectId)}/barometer/trend`, { query: { figure } });
}

export function rateLadder(projectId: string, rating: { rung: Rung; comment?: string }): Promise<Ladder> {
  return request<Ladder>('PUT', `${projectPath(projectId)}/ladder`, { body: rating });
}

export function answerExperience(projectId: string, answers: Partial<Record<ExperienceQuestion, number>>): Promise<Experience> {
  return request<Experience>('PUT', `${projectPath(projectId)}/experience`, { body: { answers } });
}

export function fetchSettings(): Promise<BarometerSettings> {
  return request<BarometerSettings>('GET', '/api/v1/barometer/settings');
}

export function saveSettings(update: SettingsUpdate): Promise<BarometerSettings> {
  return request<BarometerSettings>('PUT', '/api/v1/barometer/settings', { body: update });
}

export function addNote(projectId: string, note: { figure: string; text: string }): Promise<BarometerNote> {
  return request<BarometerNote>('POST', `${projectPath(projectId)}/barometer/notes`, { body: note });
}

export function fetchDemographics(): Promise<Demographics> {
  return request<Demographics>('GET', '/api/v1/me/demographics');
}

export function saveDemographics(answers: Partial<Demographics>): Promise<Demographics> {
  return request<Demographics>('PUT', '/api/v1/me/demographics', { body: answers });
}
