import { request } from './client';

export type NextKey = 'invitations' | 'activities' | 'arrangements' | 'votes' | 'contributions' | 'translations' | 'claims' | 'reviews' | 'initiatives' | 'tasks';
export type NextItem = { id: string; title: string; detail: string; project_id: string; project_title: string; at: string | null; href: string };
export type NextSection = { key: NextKey; count: number; items: NextItem[] };
export type SetupStep = { key: 'organisations' | 'people' | 'project'; done: boolean; href: string };
export type Next = { setup: SetupStep[] | null; sections: NextSection[] };

// What needs the signed-in person: GET /api/v1/me/next.
export function fetchNext(): Promise<Next> {
  return request<Next>('GET', '/api/v1/me/next');
}
