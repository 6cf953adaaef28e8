import type { Project, StakeholderGroup } from '../api/types';

// The groups I speak for in a project. A member speaks for the group they
// joined with (the server's `my_groups`), so a group added to the profile
// afterwards is not offered there; someone who is not a member speaks for
// their profile's groups (docs/api.md, "Stakeholder groups are earned").
export function groupsInProject(project: Pick<Project, 'my_groups'> | null | undefined, profileGroups: readonly StakeholderGroup[]): StakeholderGroup[] {
  if (project?.my_groups && project.my_groups.length > 0) return [...project.my_groups];
  return [...profileGroups];
}
