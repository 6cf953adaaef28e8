import { fetchActivity } from '../api/activities';
import { fetchProject } from '../api/projects';
import type { Activity, Project } from '../api/types';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import type { Translate } from '../i18n/i18n';
import { lookUpValue } from '../i18n/values';
import { localeFor } from '../text/dates';
import { placesText } from '../text/activities';

export type ActivityWithProject = { activity: Activity; project: Project };

export async function loadActivity(id: string): Promise<ActivityWithProject> {
  const activity = await fetchActivity(id);
  const project = await fetchProject(activity.project_id);
  return { activity, project };
}

export const activityKindName = (t: Translate, kind: string) => lookUpValue(t, 'activityKind', kind);
export const venueFeatureName = (t: Translate, feature: string) => lookUpValue(t, 'venueFeature', feature);

// "1 January 2030, 10:00 to 12:00", in the activity's own time zone.
export function whenText(activity: Activity, language: string, t: Translate): string {
  const locale = localeFor(language);
  const zone = activity.timezone || 'Europe/London';
  const start = new Date(activity.starts_at);
  const end = new Date(activity.ends_at);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${activity.starts_at} – ${activity.ends_at}`;
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', weekday: 'long', timeZone: zone }).format(start);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
  const sameDay =
    new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(start) === new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(end);
  const endText = sameDay
    ? time.format(end)
    : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(end);
  return t('activity.when', { day, start: time.format(start), end: endText });
}

export function placeText(activity: Activity, t: Translate): string {
  return activity.venue ? activity.venue.address : t('activity.online');
}

export function placesTakenText(activity: Activity, t: Translate): string {
  return placesText(activity.places_taken, activity.capacity, (taken, capacity) => t('activity.placesOf', { taken, capacity }));
}

export function CancelledTag({ activity }: { activity: Activity }) {
  const { t } = useI18n();
  return activity.status === 'cancelled' ? <strong class="govuk-tag govuk-tag--red">{t('activity.cancelled')}</strong> : null;
}

// Home > Projects > the project > Activities (> the activity), above each activity page.
export function ActivityBreadcrumbs({ project, activity }: { project: Project; activity?: Activity }) {
  const { t } = useI18n();
  const more = [{ text: t('activities.heading'), href: `/projects/${project.id}/activities` }];
  if (activity) more.push({ text: activity.title, href: `/activities/${activity.id}` });
  return <ProjectBreadcrumbs project={project} more={more} />;
}


// "FREQ=WEEKLY;COUNT=6" in plain words: how often, and how many meetings.
export function seriesText(recurrence: string, t: Translate): string {
  const parts = new Map(
    recurrence.split(';').map((part) => {
      const [key, value] = part.split('=');
      return [key.trim().toUpperCase(), (value ?? '').trim()] as [string, string];
    }),
  );
  const frequency = parts.get('FREQ');
  const how =
    frequency === 'WEEKLY' ? t('activity.seriesWeekly') : frequency === 'MONTHLY' ? t('activity.seriesMonthly') : t('activity.seriesOther');
  const count = parts.get('COUNT');
  return count ? `${how}. ${t('activity.seriesCount', { count })}` : how;
}

// The way back at the foot of each of an activity's own pages (who is coming,
// the plan, attendance, minutes).
export function BackToActivity({ activity }: { activity: { id: string } }) {
  const { t } = useI18n();
  return (
    <p class="govuk-body">
      <Link class="govuk-link" href={`/activities/${activity.id}`}>
        {t('activity.backToActivity')}
      </Link>
    </p>
  );
}
