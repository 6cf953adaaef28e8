import { request } from './client';
import { fetchAllPages } from './pages';
import type { CoLeadChoice, Invitation, Member, Page, Project, ProjectCreate, ProjectStage, StakeholderGroup, Timeline } from './types';
import type { components } from './openapi';

const projectPath = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}`;
const invitationPath = (id: string) => `/api/v1/invitations/${encodeURIComponent(id)}`;

export function listProjects(filter: { limit?: number; after?: string } = {}): Promise<Page<Project>> {
  return request<Page<Project>>('GET', '/api/v1/projects', { query: filter });
}

// Every project, for a select of projects.
export async function listAllProjects(): Promise<Project[]> {
  return (await fetchAllPages<Project>('/api/v1/projects')).items;
}

export function createProject(fields: ProjectCreate): Promise<Project> {
  return request<Project>('POST', '/api/v1/projects', { body: fields });
}

export function fetchProject(id: string): Promise<Project> {
  return request<Project>('GET', projectPath(id));
}

// Conveners and the project's co-leads; only the fields given change.
export function updateProject(id: string, fields: { title?: string; summary?: string; need?: string; population?: string }): Promise<Project> {
  return request<Project>('PATCH', projectPath(id), { body: fields });
}

export function moveProject(id: string, move: { to: ProjectStage; reason: string; override?: boolean }): Promise<Project> {
  return request<Project>('POST', `${projectPath(id)}/stage`, { body: move });
}

// Conveners: replaces the co-leads (none, or two to six from at least two
// groups, each at the table for that group). The charter's first step.
export function setCoLeads(id: string, coLeads: CoLeadChoice[]): Promise<Project> {
  return request<Project>('PUT', `${projectPath(id)}/co-leads`, { body: { co_leads: coLeads } });
}

export function listInvitations(projectId: string): Promise<{ items: Invitation[] }> {
  return fetchAllPages<Invitation>(`${projectPath(projectId)}/invitations`);
}

export type InvitationTarget = { organisation_id: string } | { person_id: string; group?: StakeholderGroup };

export function addInvitation(projectId: string, target: InvitationTarget): Promise<Invitation> {
  return request<Invitation>('POST', `${projectPath(projectId)}/invitations`, { body: target });
}

export function removeInvitation(id: string): Promise<void> {
  return request<void>('DELETE', invitationPath(id));
}

// How many were sent, and of them how many reached someone by email, need a
// letter or a call, or went to an organisation with no contact person yet.
export type Sent = components['schemas']['Sent'];

export function sendInvitations(projectId: string): Promise<Sent> {
  return request<Sent>('POST', `${projectPath(projectId)}/invitations/send`);
}

export function listMyInvitations(): Promise<{ items: Invitation[] }> {
  return fetchAllPages<Invitation>('/api/v1/me/invitations');
}

export function acceptInvitation(id: string): Promise<Member> {
  return request<Member>('POST', `${invitationPath(id)}/accept`);
}

export function declineInvitation(id: string, reason?: string): Promise<Invitation> {
  return request<Invitation>('POST', `${invitationPath(id)}/decline`, { body: reason ? { reason } : {} });
}

export function listMembers(projectId: string): Promise<{ items: Member[] }> {
  return fetchAllPages<Member>(`${projectPath(projectId)}/members`);
}

export function addMember(projectId: string, member: { person_id: string; group: StakeholderGroup }): Promise<Member> {
  return request<Member>('POST', `${projectPath(projectId)}/members`, { body: member });
}

export function fetchTimeline(projectId: string): Promise<Timeline> {
  return request<Timeline>('GET', `${projectPath(projectId)}/timeline`);
}
