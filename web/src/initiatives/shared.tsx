// What the pages of community-led initiatives (issue 18) share: the way down
// to an initiative, its status in words and as a tag, who leads it.

import type { Initiative } from '../api/types';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import type { Crumb } from '../components/Breadcrumbs';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { groupName, lookUpValue } from '../i18n/values';

export const initiativePath = (id: string) => `/initiatives/${encodeURIComponent(id)}`;

export const initiativeStatusName = (t: Translate, status: string) => lookUpValue(t, 'initiatives.status', status);
export const taskStatusName = (t: Translate, status: string) => lookUpValue(t, 'initiatives.taskStatus', status);

const statusColours: Record<string, string> = {
  proposed: 'govuk-tag--yellow',
  approved: 'govuk-tag--green',
  declined: 'govuk-tag--red',
  closed: 'govuk-tag--grey',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${statusColours[status] ?? ''}`}>{initiativeStatusName(t, status)}</strong>;
}

// "Joan Price (Residents)", one person a line: names in another script stay
// whole on a right-to-left page, as a sentence joining them could not.
export function PeopleWithGroups({ people }: { people: Initiative['leads'] }) {
  const { t } = useI18n();
  return (
    <ul class="govuk-list govuk-!-margin-bottom-0">
      {people.map((person) => (
        <li key={person.person_id}>{t('initiatives.personInGroup', { name: person.name, group: groupName(t, person.group) })}</li>
      ))}
    </ul>
  );
}

// Home, Initiatives, then the initiative when the page is one of its own.
export function InitiativeBreadcrumbs({ initiative, more = [] }: { initiative?: Initiative; more?: Crumb[] }) {
  const { t } = useI18n();
  const items: Crumb[] = [{ text: t('initiatives.heading'), href: '/initiatives' }];
  if (initiative) items.push({ text: initiative.title, href: initiativePath(initiative.id) });
  return <HomeBreadcrumbs items={[...items, ...more]} />;
}

// Hours and minutes from minutes: "3 hours 30 minutes".
export function hoursText(t: Translate, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('initiatives.minutesOnly', { minutes: rest });
  if (rest === 0) return t('initiatives.hoursOnly', { hours });
  return t('initiatives.hoursAndMinutes', { hours, minutes: rest });
}
