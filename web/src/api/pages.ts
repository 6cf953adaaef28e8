// Every list of the API answers one page: at most 200 items and a
// `next_cursor` naming the next page, null on the last (docs/api.md, Lists).
// fetchAllPages follows the cursor to the end, for the pages that need the
// whole list (a select of people, a project's members, a register). Fields
// beside `items` (totals over the whole list) are those of the first answer.

import { request } from './client';
import type { Page } from './types';

type Query = Record<string, string | number | undefined | null>;

export async function fetchAllPages<T, P extends Page<T> = Page<T>>(path: string, query: Query = {}): Promise<P> {
  let first: P | null = null;
  const items: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await request<P>('GET', path, { query: { ...query, limit: 200, after } });
    first ??= page;
    items.push(...page.items);
    if (!page.next_cursor || page.items.length === 0) break;
    after = page.next_cursor;
  }
  return { ...(first as P), items, next_cursor: null };
}
