// Invitations for people Roundtable cannot email (issue 13, item 8): the
// letter to print, the short code to look up, and an answer recorded on
// someone's behalf.
import { request } from './client';
import type { AnswerVia, Invitation, InvitationLetter, Member } from './types';

const invitationPath = (id: string) => `/api/v1/invitations/${encodeURIComponent(id)}`;

export function fetchInvitationLetter(id: string): Promise<InvitationLetter> {
  return request<InvitationLetter>('GET', `${invitationPath(id)}/letter`);
}

export function findInvitationByCode(code: string): Promise<Invitation> {
  return request<Invitation>('GET', '/api/v1/invitations/find', { query: { code } });
}

export type RecordedAnswer = { answer: 'accepted' | 'declined'; via: AnswerVia; note: string; reason: string };

export function recordAnswer(id: string, answer: RecordedAnswer): Promise<Member | Invitation> {
  const told = { via: answer.via, ...(answer.note ? { note: answer.note } : {}) };
  if (answer.answer === 'accepted') return request<Member>('POST', `${invitationPath(id)}/accept`, { body: told });
  return request<Invitation>('POST', `${invitationPath(id)}/decline`, { body: { ...told, ...(answer.reason ? { reason: answer.reason } : {}) } });
}
