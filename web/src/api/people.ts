import { request } from './client';
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
