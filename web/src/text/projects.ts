// Pure helpers for the project pages; unit tested without a browser.

// The moves docs/api.md allows: forward one stage, review back to design, and
// any open stage to closed.
const forward: Record<string, string[]> = {
  discover: ['design'],
  design: ['deliver'],
  deliver: ['review'],
  review: ['design'],
  closed: [],
};

export function nextStages(stage: string): string[] {
  const moves = forward[stage] ?? [];
  return stage === 'closed' ? [] : [...moves, 'closed'];
}

// Items sorted into the order of `groups`; groups with no items are left out,
// and groups not in the list come last in the order first met.
export function groupItems<T extends { group: string }>(items: T[], groups: readonly string[]): { group: string; items: T[] }[] {
  const byGroup = new Map<string, T[]>();
  for (const item of items) {
    const list = byGroup.get(item.group) ?? [];
    list.push(item);
    byGroup.set(item.group, list);
  }
  const order = [...groups, ...[...byGroup.keys()].filter((group) => !groups.includes(group))];
  return order.filter((group) => byGroup.has(group)).map((group) => ({ group, items: byGroup.get(group)! }));
}
