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

// Everyone, following next_cursor, for the pickers that need them all.
export async function listAllPeople(): Promise<Person[]> {
  return (await fetchAllPages<Person>('/api/v1/people')).items;
}

// A private address for a calendar of all my activities; a new one retires the old.
export function createCalendarFeed(): Promise<{ url: string }> {
  return request<{ url: string }>('POST', '/api/v1/me/calendar-feed');
}
