import { request } from './client';
import { fetchAllPages } from './pages';
import type { Page, Person, PersonFields } from './types';

export type PeopleFilter = {
  group?: string;
  organisation_id?: string;
  q?: string;
  limit?: number;
  after?: string;
};

export function listPeople(filter: PeopleFilter = {}): Promise<Page<Person>> {
  return request<Page<Person>>('GET', '/api/v1/people', { query: filter });
}

export function fetchPerson(id: string): Promise<Person> {
  return request<Person>('GET', `/api/v1/people/${encodeURIComponent(id)}`);
}

export function createPerson(fields: PersonFields): Promise<Person> {
  return request<Person>('POST', '/api/v1/people', { body: fields });
}

export function updatePerson(id: string, fields: Partial<PersonFields>): Promise<Person> {
  return request<Person>('PATCH', `/api/v1/people/${encodeURIComponent(id)}`, { body: fields });
}

// A first invitation answers 201 with the link for the convener to pass on; a
// person who has a password already is sent a reset link to their own email
// (202), and the convener never sees it.
export type InviteAnswer = { invite_url: string; sent_to: string } | { password_reset: true; sent_to: string };
export function invitePerson(id: string): Promise<InviteAnswer> {
  return request<InviteAnswer>('POST', `/api/v1/people/${encodeURIComponent(id)}/invite`);
}

// Lists stop at 200 a page; this follows the cursor for pickers that need everyone.
export async function listAllPeople(): Promise<Person[]> {
  return (await fetchAllPages<Person>('/api/v1/people')).items;
}

// A private address for a calendar of all my activities; a new one retires the old.
export function createCalendarFeed(): Promise<{ url: string }> {
  return request<{ url: string }>('POST', '/api/v1/me/calendar-feed');
}
