import { request } from './client';
import { fetchAllPages } from './pages';

// A tag the partnership uses, with the labels its conveners gave it (docs/api.md, "Tags").
export type TagInUse = { tag: string; uses: number; labels: Record<string, string> };

export function listTags(): Promise<{ items: TagInUse[] }> {
  return fetchAllPages<TagInUse>('/api/v1/tags');
}

// Replaces the partnership's labels for one tag; an empty label removes that language's.
export function setTagLabels(tag: string, labels: Record<string, string>): Promise<TagInUse> {
  return request<TagInUse>('PUT', `/api/v1/tags/${encodeURIComponent(tag)}/labels`, { body: { labels } });
}

// The tag made from words in any script (the server transliterates with ICU).
export function tagFromWords(words: string): Promise<{ tag: string }> {
  return request<{ tag: string }>('GET', '/api/v1/tags/slug', { query: { words } });
}
