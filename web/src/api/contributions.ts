import { request } from './client';
import { fetchAllPages } from './pages';
import type { Contribution, ContributionCreate, ContributionDetail, ContributionStatus, Link, Need, Priority, StakeholderGroup } from './types';

const projectPath = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}`;
const contributionPath = (id: string) => `/api/v1/contributions/${encodeURIComponent(id)}`;
const needPath = (id: string) => `/api/v1/needs/${encodeURIComponent(id)}`;

export type ContributionFilter = { status?: string; kind?: string; group?: string };

export function listContributions(projectId: string, filter: ContributionFilter = {}): Promise<{ items: Contribution[] }> {
  return fetchAllPages<Contribution>(`${projectPath(projectId)}/contributions`, filter);
}

export function createContribution(projectId: string, fields: ContributionCreate): Promise<Contribution> {
  return request<Contribution>('POST', `${projectPath(projectId)}/contributions`, { body: fields });
}

export function fetchContribution(id: string): Promise<ContributionDetail> {
  return request<ContributionDetail>('GET', contributionPath(id));
}

export function respondToContribution(id: string, answer: { status: ContributionStatus; response?: string }): Promise<ContributionDetail> {
  return request<ContributionDetail>('POST', `${contributionPath(id)}/response`, { body: answer });
}

export function fetchShaped(id: string): Promise<{ items: Link[] }> {
  return fetchAllPages<Link>(`${contributionPath(id)}/shaped`);
}

export function listNeeds(projectId: string): Promise<{ items: Need[] }> {
  return fetchAllPages<Need>(`${projectPath(projectId)}/needs`);
}

export function createNeed(
  projectId: string,
  fields: { title: string; description: string; communities: string[]; contribution_ids: string[] },
): Promise<Need> {
  return request<Need>('POST', `${projectPath(projectId)}/needs`, { body: fields });
}

export function addEvidence(needId: string, contributionIds: string[]): Promise<Need> {
  return request<Need>('POST', `${needPath(needId)}/evidence`, { body: { contribution_ids: contributionIds } });
}

export function mergeNeed(needId: string, into: string): Promise<Need> {
  return request<Need>('POST', `${needPath(needId)}/merge`, { body: { into } });
}

export function saveRanking(projectId: string, group: StakeholderGroup, needIds: string[]): Promise<Priority> {
  return request<Priority>('PUT', `${projectPath(projectId)}/needs/ranking`, { body: { group, need_ids: needIds } });
}

export function fetchPriority(projectId: string): Promise<Priority> {
  return request<Priority>('GET', `${projectPath(projectId)}/needs/priority`);
}

export function fetchProjectYouSaidWeDid(projectId: string): Promise<{ groups: { status: ContributionStatus; items: ContributionDetail[] }[] }> {
  return request('GET', `${projectPath(projectId)}/you-said-we-did`);
}

export function fetchMyYouSaidWeDid(): Promise<{ items: ContributionDetail[] }> {
  return fetchAllPages<ContributionDetail>('/api/v1/me/you-said-we-did');
}
