// Panels (issue 7): recruitment interviews and award judging, as described in docs/api.md.
import { request } from './client';
import { fetchAllPages } from './pages';
import type { StakeholderGroup } from './types';

export const panelKinds = ['recruitment', 'award', 'other'] as const;
export type PanelKind = (typeof panelKinds)[number];

export type PanelCreate = {
  title: string;
  purpose?: string;
  kind: PanelKind | '';
  project_id?: string;
  members: { person_id: string; group: StakeholderGroup | '' }[];
  criteria: { name: string; weight: number }[];
};

export type Candidate = { id: string; name: string; details: string; created_at: string };

export type Panel = {
  id: string;
  title: string;
  purpose: string;
  kind: PanelKind;
  project_id: string | null;
  criteria: { id: string; name: string; weight: number }[];
  members: { person_id: string; name: string; group: StakeholderGroup }[];
  // Not in docs/api.md: whether the viewer is one of the members.
  i_sit_on_it?: boolean;
  created_at: string;
  candidates?: Candidate[];
  // The server sends candidate ids.
  my_conflicts?: string[];
  // Keyed by candidate id, then criterion id.
  my_scores?: Record<string, Record<string, number>>;
};

export type PanelResults = {
  candidates: { candidate_id: string; name: string; score: number | null; rank: number | null; by_group: Record<string, number>; scorers: number }[];
  groups: { group: StakeholderGroup; members: number }[];
};

const panelPath = (id: string) => `/api/v1/panels/${encodeURIComponent(id)}`;

export function listPanels(): Promise<{ items: Panel[] }> {
  return fetchAllPages<Panel>('/api/v1/panels');
}

export function createPanel(fields: PanelCreate): Promise<Panel> {
  return request<Panel>('POST', '/api/v1/panels', { body: fields });
}

export function fetchPanel(id: string): Promise<Panel> {
  return request<Panel>('GET', panelPath(id));
}

export function addCandidate(id: string, fields: { name: string; details: string }): Promise<Candidate> {
  return request<Candidate>('POST', `${panelPath(id)}/candidates`, { body: fields });
}

export function declareConflict(id: string, fields: { candidate_id: string; reason: string }): Promise<unknown> {
  return request<unknown>('POST', `${panelPath(id)}/conflicts`, { body: fields });
}

export function saveScores(id: string, fields: { candidate_id: string; scores: Record<string, number> }): Promise<unknown> {
  return request<unknown>('POST', `${panelPath(id)}/scores`, { body: fields });
}

export function fetchPanelResults(id: string): Promise<PanelResults> {
  return request<PanelResults>('GET', `${panelPath(id)}/results`);
}
