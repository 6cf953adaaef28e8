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
