import { request } from './client';
import { fetchAllPages } from './pages';
import type { Activity, ActivityCreate, Attendance, Minutes, MinutesRequest, Plan, Signup, SignupRequest, StakeholderGroup } from './types';

const activityPath = (id: string) => `/api/v1/activities/${encodeURIComponent(id)}`;

export function listActivities(projectId: string): Promise<{ items: Activity[] }> {
  return fetchAllPages<Activity>(`/api/v1/projects/${encodeURIComponent(projectId)}/activities`);
}

export function createActivity(projectId: string, fields: ActivityCreate): Promise<Activity> {
  return request<Activity>('POST', `/api/v1/projects/${encodeURIComponent(projectId)}/activities`, { body: fields });
}

export function fetchActivity(id: string): Promise<Activity> {
  return request<Activity>('GET', activityPath(id));
}

export function updateActivity(id: string, fields: Partial<ActivityCreate> | { status: 'cancelled' }): Promise<Activity> {
  return request<Activity>('PATCH', activityPath(id), { body: fields });
}

// The address of the activity's calendar file, for a plain download link.
export function calendarPath(id: string): string {
  return `${activityPath(id)}/calendar.ics`;
}

export function signUp(id: string, signup: SignupRequest): Promise<Signup> {
  return request<Signup>('POST', `${activityPath(id)}/rsvp`, { body: signup });
}

export function listSignups(id: string): Promise<{ items: Signup[] }> {
  return fetchAllPages<Signup>(`${activityPath(id)}/rsvps`);
}

export function fetchPlan(id: string): Promise<Plan> {
  return request<Plan>('GET', `${activityPath(id)}/plan`);
}

export function markArranged(id: string, need: string, arranged = true): Promise<Plan> {
  return request<Plan>('POST', `${activityPath(id)}/plan/arranged`, { body: { need, arranged } });
}

export function listAttendance(id: string): Promise<{ items: Attendance[] }> {
  return fetchAllPages<Attendance>(`${activityPath(id)}/attendance`);
}

export function recordAttendance(
  id: string,
  attended: { person_id: string; group?: StakeholderGroup; paid_by_employer?: boolean; early_reason?: string },
): Promise<{ items: Attendance[] }> {
  return request<{ items: Attendance[] }>('POST', `${activityPath(id)}/attendance`, { body: attended });
}

export type RegisterEntry = { person_id: string; group?: StakeholderGroup; paid_by_employer?: boolean };

// The register: everyone ticked, in one transaction; a bad line answers 422
// naming it (entries[3].group) and nothing is written.
export function recordRegister(id: string, register: { entries: RegisterEntry[]; early_reason?: string }): Promise<{ items: Attendance[] }> {
  return request<{ items: Attendance[] }>('POST', `${activityPath(id)}/attendance/register`, { body: register });
}

// Gives up the viewer's own place (or place on the waiting list).
export function giveUpPlace(id: string): Promise<void> {
  return request<void>('DELETE', `${activityPath(id)}/rsvp`);
}

export function fetchMinutes(id: string): Promise<Minutes> {
  return request<Minutes>('GET', `${activityPath(id)}/minutes`);
}

export function saveMinutes(id: string, minutes: MinutesRequest): Promise<Minutes> {
  return request<Minutes>('PUT', `${activityPath(id)}/minutes`, { body: minutes });
}
