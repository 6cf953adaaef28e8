// Notifications in the app, how each person wants them, and the unsubscribe
// link from an email (issue 15): /work/notes/notifications-contract.md, and
// the notifications section of docs/api.md once the server documents it.

import { request } from './client';

export const notificationKinds = [
  'project_invitation',
  'activity_confirmation',
  'activity_reminder',
  'activity_changed',
  'activity_cancelled',
  'waiting_list_place',
  'contribution_answered',
  'decision_closed',
  'claim_decided',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

// The topics a person chooses delivery for, in the order the preferences page asks.
export const changeableTopics = ['invitations', 'activities', 'answers', 'decisions', 'claims', 'organising'] as const;
export type ChangeableTopic = (typeof changeableTopics)[number];
export type Topic = ChangeableTopic | 'security';

export const deliveries = ['email', 'daily', 'weekly', 'in_app'] as const;
export type Delivery = (typeof deliveries)[number];

// What each kind carries; the server stores no sentence, the web words it.
export type InvitationParams = {
  project_id: string;
  project_title: string;
  sender_name: string;
  // Null when the person is invited themself, not for an organisation.
  organisation_name: string | null;
  code: string;
};

export type ActivityParams = {
  activity_id: string;
  activity_title: string;
  starts_at: string;
  time_zone: string;
  place: string;
  waiting: boolean;
};

export type AnswerParams = {
  contribution_id: string;
  project_id: string;
  project_title: string;
  status: string;
  response: string;
};

export type DecisionParams = {
  proposal_id: string;
  project_id: string;
  project_title: string;
  proposal_title: string;
  passed: boolean;
};

export type ClaimParams = {
  claim_id: string;
  status: string;
  reason: string;
  amount_pence: number;
};

export type Notification = {
  id: string;
  kind: NotificationKind | string;
  topic: Topic | string;
  params: Record<string, unknown>;
  // The app's own page the notification is about, such as /projects/ID.
  path: string;
  created_at: string;
  read_at: string | null;
};

// The next page starts `after` the cursor, as every list does.
export type NotificationPage = { items: Notification[]; next_cursor: string | null };

export type Preference = { topic: Topic | string; delivery: Delivery; can_change: boolean };
export type Preferences = { has_email: boolean; items: Preference[] };

export type Unsubscription = { topic: Topic | string; delivery: Delivery; partnership_name: string };

export type NotificationFilter = { limit?: number; after?: string; unread?: boolean };

export async function listNotifications(filter: NotificationFilter = {}): Promise<NotificationPage> {
  const { unread, ...rest } = filter;
  const answer = await request<NotificationPage & { next_after?: string | null }>('GET', '/api/v1/notifications', { query: { ...rest, unread: unread ? 'true' : undefined } });
  // NOTE: the contract (notes/notifications-contract.md) named the cursor
  // next_after; the server sends next_cursor, like every other list. Both are read.
  return { items: answer.items, next_cursor: answer.next_cursor ?? answer.next_after ?? null };
}

// NOTE: the count is read on every change of page; a session that has ended
// is for the page's own requests to report, not for the header to act on.
export function fetchUnreadCount(): Promise<{ unread: number }> {
  return request<{ unread: number }>('GET', '/api/v1/notifications/unread-count', { expectUnauthenticated: true });
}

export function markRead(id: string): Promise<Notification> {
  return request<Notification>('POST', `/api/v1/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllRead(): Promise<{ read: number }> {
  return request<{ read: number }>('POST', '/api/v1/notifications/read-all');
}

// NOTE: the contract named the list `items`; the server sends it as `topics`. Both are read.
type PreferencesAnswer = { has_email: boolean; items?: Preference[]; topics?: Preference[] };
const readPreferences = (answer: PreferencesAnswer): Preferences => ({ has_email: answer.has_email, items: answer.items ?? answer.topics ?? [] });

export async function fetchPreferences(): Promise<Preferences> {
  return readPreferences(await request<PreferencesAnswer>('GET', '/api/v1/notification-preferences'));
}

export async function savePreferences(preferences: Partial<Record<ChangeableTopic, Delivery>>): Promise<Preferences> {
  return readPreferences(await request<PreferencesAnswer>('PUT', '/api/v1/notification-preferences', { body: { preferences } }));
}

// The unsubscribe link works without signing in: the token is the proof.
export function readUnsubscribe(token: string): Promise<Unsubscription> {
  return request<Unsubscription>('GET', '/api/v1/unsubscribe', { query: { token }, expectUnauthenticated: true });
}

export function unsubscribe(token: string): Promise<{ topic: string; delivery: Delivery }> {
  return request<{ topic: string; delivery: Delivery }>('POST', '/api/v1/unsubscribe', { query: { token }, expectUnauthenticated: true });
}
