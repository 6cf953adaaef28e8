import { request } from './client';
import type { Me } from './types';

// `partnershipId`: only after the server answered choose_partnership, when one
// email and password open accounts in several partnerships.
export function signIn(email: string, password: string, partnershipId?: string): Promise<Me> {
  const body = partnershipId ? { email, password, partnership_id: partnershipId } : { email, password };
  return request<Me>('POST', '/api/v1/auth/login', { body, expectUnauthenticated: true });
}

export function signOut(): Promise<void> {
  return request<void>('POST', '/api/v1/auth/logout', { expectUnauthenticated: true });
}

export function acceptInvite(token: string, password: string): Promise<Me> {
  return request<Me>('POST', '/api/v1/auth/accept-invite', { body: { token, password }, expectUnauthenticated: true });
}

export function fetchMe(): Promise<Me> {
  return request<Me>('GET', '/api/v1/me', { expectUnauthenticated: true });
}
