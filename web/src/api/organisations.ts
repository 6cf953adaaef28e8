import { request } from './client';
import { fetchAllPages } from './pages';
import type { Organisation, OrganisationFields, Page } from './types';

export type OrganisationFilter = {
  sector?: string;
  interest?: string;
  q?: string;
  limit?: number;
  after?: string;
};

export function listOrganisations(filter: OrganisationFilter = {}): Promise<Page<Organisation>> {
  return request<Page<Organisation>>('GET', '/api/v1/organisations', { query: filter });
}

// Everyone, following next_cursor, for the pickers that need them all.
export async function listAllOrganisations(): Promise<Organisation[]> {
  return (await fetchAllPages<Organisation>('/api/v1/organisations')).items;
}

export function fetchOrganisation(id: string): Promise<Organisation> {
  return request<Organisation>('GET', `/api/v1/organisations/${encodeURIComponent(id)}`);
}

export function createOrganisation(fields: OrganisationFields): Promise<Organisation> {
  return request<Organisation>('POST', '/api/v1/organisations', { body: fields });
}

export function updateOrganisation(id: string, fields: Partial<OrganisationFields>): Promise<Organisation> {
  return request<Organisation>('PATCH', `/api/v1/organisations/${encodeURIComponent(id)}`, { body: fields });
}

export function deleteOrganisation(id: string): Promise<void> {
  return request<void>('DELETE', `/api/v1/organisations/${encodeURIComponent(id)}`);
}
