import { listActivities } from '../api/activities';
import { fetchProject } from '../api/projects';
import type { Activity, Project } from '../api/types';
import type { PageProps } from '../router/page';
import { FailureMessage } from '../components/FailureMessage';
import { takeFlash } from '../components/flash';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useState } from 'preact/hooks';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { activityKindName, CancelledTag, placesTakenText, placeText, whenText } from './shared';
import { Table } from '../components/Table';
import { Title } from '../components/Title';
import { BackToProject } from '../projects/BackToProject';

type Loaded = { project: Project; activities: Activity[] };

async function load(projectId: string): Promise<Loaded> {
  const [project, activities] = await Promise.all([fetchProject(projectId), listActivities(projectId)]);
  return { project, activities: activities.items };
}

export function ActivityListPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const [flash] = useState(takeFlash);
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const data = loaded.data;
  usePageTitle(data ? t('activities.title', { title: data.project.title }) : loaded.status === 'loading' ? t('common.loading') : null);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed' || !data) return <FailureMessage error={loaded.error} />;
  const { project, activities } = data;
  // Organisers of one activity organise them all: conveners and the project's co-leads.
  const canOrganise = project.can_manage || activities.some((activity) => activity.can_organise);

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <span class="govuk-caption-l"><Title text={project.title} /></span>
      <h1 class="govuk-heading-l">{t('activities.heading')}</h1>
      <p class="govuk-body">{t('activities.intro')}</p>
      {canOrganise ? (
        <Link class="govuk-button" href={`/projects/${project.id}/activities/new`} role="button" draggable={false}>
          {t('activities.plan')}
        </Link>
      ) : null}
      {activities.length === 0 ? (
        <p class="govuk-body">{t('activities.none')}</p>
      ) : (
        <Table>
          <caption class="govuk-table__caption govuk-table__caption--m">{t('activities.tableCaption')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{t('activity.title')}</th>
              <th scope="col" class="govuk-table__header">{t('activity.kind')}</th>
              <th scope="col" class="govuk-table__header">{t('activity.whenLabel')}</th>
              <th scope="col" class="govuk-table__header">{t('activity.place')}</th>
              <th scope="col" class="govuk-table__header">{t('activity.placesTaken')}</th>
              <th scope="col" class="govuk-table__header">{t('activity.waiting')}</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {activities.map((activity) => (
              <tr class="govuk-table__row" key={activity.id}>
                <td class="govuk-table__cell">
                  <Link class="govuk-link" href={`/activities/${activity.id}`}>
                    <Title text={activity.title} />
                  </Link>{' '}
                  <CancelledTag activity={activity} />
                </td>
                <td class="govuk-table__cell">{activityKindName(t, activity.kind)}</td>
                <td class="govuk-table__cell">{whenText(activity, language, t)}</td>
                <td class="govuk-table__cell" dir="auto">
                  {placeText(activity, t)}
                </td>
                <td class="govuk-table__cell">{placesTakenText(activity, t)}</td>
                <td class="govuk-table__cell">{activity.waiting}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <BackToProject project={project} />
    </>
  );
}
