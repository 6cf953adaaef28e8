import { listActivities } from '../api/activities';
import type { PageProps } from '../router/page';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { ProjectItemsPage } from '../projects/ProjectItemsPage';
import { activityKindName, CancelledTag, placesTakenText, placeText, whenText } from './shared';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';

const texts = { title: 'activities.title', heading: 'activities.heading', intro: 'activities.intro', none: 'activities.none' } as const;

export function ActivityListPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  return (
    <ProjectItemsPage
      projectId={parameters.id}
      list={listActivities}
      texts={texts}
      start={(project, activities) =>
        // Organisers of one activity organise them all: conveners and the project's co-leads.
        project.can_manage || activities.some((activity) => activity.can_organise) ? (
          <Link class="govuk-button" href={`/projects/${project.id}/activities/new`} role="button" draggable={false}>
            {t('activities.plan')}
          </Link>
        ) : null
      }
    >
      {(activities) => (
        <Table>
          <caption class="govuk-table__caption govuk-table__caption--m">{t('activities.tableCaption')}</caption>
          <TableHead
            columns={[
              t('activity.title'),
              t('activity.kind'),
              t('activity.whenLabel'),
              t('activity.place'),
              t('activity.placesTaken'),
              t('activity.waiting'),
            ]}
          />
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
    </ProjectItemsPage>
  );
}
