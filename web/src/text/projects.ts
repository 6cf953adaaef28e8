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

export type GroupCounts = { people_by_group?: Record<string, number>; organisations_by_sector?: Record<string, number> };

// The stakeholder groups the partnership has someone in: a person in the
// group, or (for the sector groups) an organisation of that sector to invite.
export function groupsPresent(summary: GroupCounts, groups: readonly string[]): string[] {
  const people = summary.people_by_group ?? {};
  const organisations = summary.organisations_by_sector ?? {};
  return groups.filter((group) => (people[group] ?? 0) > 0 || (organisations[group] ?? 0) > 0);
}

// A new project's required groups to start from: those the partnership has
// someone in, so a partnership with no providers or staff does not begin
// with a project it cannot move on; every group while fewer than two are there.
export function defaultRequiredGroups(summary: GroupCounts, groups: readonly string[]): string[] {
  const present = groupsPresent(summary, groups);
  return present.length >= 2 ? present : [...groups];
}
