// Pure helpers for choosing a project's co-leads; unit tested without a browser.
// Co-leads are chosen from the partners who accepted (issue 13, item 7): a
// person who is a member themself, or who acts for a member organisation,
// and each leads for the group they are at the table for.

export type MemberAtTable = { person_id: string | null; organisation_id: string | null; name: string; group: string };
export type PersonActing = { id: string; name: string; organisation_ids: string[] };

// One person at the table for one group; `organisation` when they are there
// through an organisation that accepted.
export type Candidate = { key: string; person_id: string; name: string; group: string; organisation: string | null };

export function candidateKey(personId: string, group: string): string {
  return `${personId}:${group}`;
}

// Everyone who may be chosen, in the order of `groups` and then by name; a
// person who is both a member and acts for a member organisation in the same
// group is offered once, as themself.
export function coLeadCandidates(members: MemberAtTable[], people: PersonActing[], groups: readonly string[]): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const member of members) {
    if (!member.person_id) continue;
    const key = candidateKey(member.person_id, member.group);
    found.set(key, { key, person_id: member.person_id, name: member.name, group: member.group, organisation: null });
  }
  for (const member of members) {
    if (!member.organisation_id) continue;
    for (const person of people) {
      if (!person.organisation_ids.includes(member.organisation_id)) continue;
      const key = candidateKey(person.id, member.group);
      if (!found.has(key)) found.set(key, { key, person_id: person.id, name: person.name, group: member.group, organisation: member.name });
    }
  }
  const rank = (group: string) => {
    const place = groups.indexOf(group);
    return place === -1 ? groups.length : place;
  };
  return [...found.values()].sort((a, b) => rank(a.group) - rank(b.group) || a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}

// What is wrong with a choice before asking the server, or null: none, or two
// to six people. (Two groups and being at the table are the server's checks,
// and its message is shown on the field.)
export function coLeadCountProblem(chosen: number): 'only_one' | 'too_many' | null {
  if (chosen === 1) return 'only_one';
  if (chosen > 6) return 'too_many';
  return null;
}
