import { request } from './client';
import type { Partnership } from './types';

export function fetchPartnership(): Promise<Partnership> {
  return request<Partnership>('GET', '/api/v1/partnership');
}

export function updatePartnership(fields: { name?: string; colour?: string }): Promise<Partnership> {
  return request<Partnership>('PATCH', '/api/v1/partnership', { body: fields });
}
