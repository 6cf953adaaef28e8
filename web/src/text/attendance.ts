// Who is offered payment for taking part (docs/api.md, "Offers"): the same
// defaults as the server, so the attendance form can show the choice it will
// make before the organiser changes it. Unit tested without a browser.

// The groups of people whose employer pays them to be at an activity.
const employerPaidGroups: readonly string[] = ['local_authority', 'health', 'provider', 'staff'];

// The groups someone takes part for because of what they have lived, first
// when a person is in more than one.
const livedExperienceGroups: readonly string[] = ['service_users_carers', 'residents', 'staff'];

// The group attendance is recorded under when the organiser does not choose
// one: a lived-experience group first, then the person's first group, then residents.
export function usualGroup(groups: readonly string[]): string {
  return livedExperienceGroups.find((group) => groups.includes(group)) ?? groups[0] ?? 'residents';
}

// Whether someone taking part for this group is paid by their employer to be there.
export function paidByEmployer(group: string): boolean {
  return employerPaidGroups.includes(group);
}

// The groups a person can be recorded under at a project's activity, as the
// server works them out: the groups they are at the project's table for
// (themselves, or through an organisation they act for), else their profile's.
export type MemberLine = { person_id: string | null; organisation_id: string | null; group: string };

export function groupsInProject(person: { id: string; groups: readonly string[]; organisation_ids: readonly string[] }, members: readonly MemberLine[]): string[] {
  const found = new Set<string>();
  for (const member of members) {
    const theirs = member.person_id === person.id || (member.organisation_id !== null && person.organisation_ids.includes(member.organisation_id));
    if (theirs) found.add(member.group);
  }
  // The server lists them in the order of their names (ORDER BY), so the default is the same.
  if (found.size > 0) return [...found].sort();
  return [...person.groups];
}

// The group a line of the register starts with: the one they signed up for when
// they can still take part for it, otherwise their usual one.
export function registerGroup(groups: readonly string[], signedUpFor?: string): string {
  if (signedUpFor && groups.includes(signedUpFor)) return signedUpFor;
  return usualGroup(groups);
}

// The server names a register line's errors by its place in what was sent
// ("entries[3].group"). These are the messages for each person, by field
// ("person_id", "group", "paid_by_employer"; "" for the line as a whole).
export function registerErrors(errors: Record<string, string[]>, sent: readonly string[]): Map<string, Record<string, string[]>> {
  const byPerson = new Map<string, Record<string, string[]>>();
  for (const [key, messages] of Object.entries(errors)) {
    const match = /^entries(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?$/.exec(key);
    if (!match) continue;
    const personId = sent[Number(match[1] ?? match[2])];
    if (personId === undefined) continue;
    const field = match[3] ?? '';
    const lines = byPerson.get(personId) ?? {};
    lines[field] = [...(lines[field] ?? []), ...messages];
    byPerson.set(personId, lines);
  }
  return byPerson;
}
