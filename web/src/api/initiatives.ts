// Community-led initiatives (issue 18): proposed by community groups' members,
// approved by conveners, run with tasks, volunteers, hours, a budget,
// outcomes and stories (docs/api.md).
import { request } from './client';
import { fetchAllPages } from './pages';
import type {
  HelperCreate,
  Hours,
  Initiative,
  InitiativeBudget,
  InitiativeChange,
  InitiativeCreate,
  InitiativePhoto,
  OfflineHelper,
  Outcome,
  OutcomeCreate,
  RoleCreate,
  Story,
  StoryCreate,
  Task,
  TaskChange,
  TaskCreate,
  VolunteerRole,
  HoursCreate,
} from './types';

const initiativePath = (id: string) => `/api/v1/initiatives/${encodeURIComponent(id)}`;

export type InitiativeFilter = { mine?: boolean; recruiting?: boolean; project_id?: string };

export function listInitiatives(filter: InitiativeFilter = {}): Promise<{ items: Initiative[] }> {
  const query: Record<string, string> = {};
  if (filter.mine) query.mine = 'true';
  if (filter.recruiting) query.recruiting = 'true';
  if (filter.project_id) query.project_id = filter.project_id;
  return fetchAllPages<Initiative>('/api/v1/initiatives', query);
}

export function createInitiative(fields: InitiativeCreate): Promise<Initiative> {
  return request<Initiative>('POST', '/api/v1/initiatives', { body: fields });
}

export function fetchInitiative(id: string): Promise<Initiative> {
  return request<Initiative>('GET', initiativePath(id));
}

export function changeInitiative(id: string, fields: InitiativeChange): Promise<Initiative> {
  return request<Initiative>('PATCH', initiativePath(id), { body: fields });
}

export function approveInitiative(id: string): Promise<Initiative> {
  return request<Initiative>('POST', `${initiativePath(id)}/approve`);
}

export function declineInitiative(id: string, reason: string): Promise<Initiative> {
  return request<Initiative>('POST', `${initiativePath(id)}/decline`, { body: { reason } });
}

export function closeInitiative(id: string, learned: string): Promise<Initiative> {
  return request<Initiative>('POST', `${initiativePath(id)}/close`, { body: { learned } });
}

export function reopenInitiative(id: string): Promise<Initiative> {
  return request<Initiative>('POST', `${initiativePath(id)}/reopen`);
}

export function addTask(id: string, fields: TaskCreate): Promise<Task> {
  return request<Task>('POST', `${initiativePath(id)}/tasks`, { body: fields });
}

export function changeTask(taskId: string, fields: TaskChange): Promise<Task> {
  return request<Task>('PATCH', `/api/v1/tasks/${encodeURIComponent(taskId)}`, { body: fields });
}

export function addRole(id: string, fields: RoleCreate): Promise<VolunteerRole> {
  return request<VolunteerRole>('POST', `${initiativePath(id)}/roles`, { body: fields });
}

// Yourself (no person) or, for leads, someone else.
export function volunteer(roleId: string, personId?: string): Promise<void> {
  return request<void>('POST', `/api/v1/roles/${encodeURIComponent(roleId)}/volunteers`, { body: personId ? { person_id: personId } : {} });
}

export function logHours(id: string, fields: HoursCreate): Promise<Hours> {
  return request<Hours>('POST', `${initiativePath(id)}/hours`, { body: fields });
}

export function addOfflineHelper(id: string, fields: HelperCreate): Promise<OfflineHelper> {
  return request<OfflineHelper>('POST', `${initiativePath(id)}/offline-helpers`, { body: fields });
}

export function setBudget(id: string, pence: number): Promise<InitiativeBudget> {
  return request<InitiativeBudget>('PUT', `${initiativePath(id)}/budget`, { body: { budget_pence: pence } });
}

export function recordOutcome(id: string, fields: OutcomeCreate): Promise<Outcome> {
  return request<Outcome>('POST', `${initiativePath(id)}/outcomes`, { body: fields });
}

// The photo's bytes as the body, JPEG or PNG; the server keeps it without its metadata.
export function uploadPhoto(id: string, file: Blob): Promise<InitiativePhoto> {
  return request<InitiativePhoto>('POST', `${initiativePath(id)}/photos`, { rawBody: file, contentType: file.type });
}

export function addStory(id: string, fields: StoryCreate): Promise<Story> {
  return request<Story>('POST', `${initiativePath(id)}/stories`, { body: fields });
}
