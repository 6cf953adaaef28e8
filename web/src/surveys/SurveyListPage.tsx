import { useState } from 'preact/hooks';
import { fetchProject } from '../api/projects';
import { listSurveys } from '../api/surveys';
import type { PageProps } from '../router/page';
import { FailureMessage } from '../components/FailureMessage';
import { takeFlash } from '../components/flash';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { SurveyStatusTag } from './shared';
import { Table } from '../components/Table';
import { Title } from '../components/Title';
import { BackToProject } from '../projects/BackToProject';

async function load(projectId: string) {
  const [project, surveys] = await Promise.all([fetchProject(projectId), listSurveys(projectId)]);
  return { project, surveys: surveys.items };
}

export function SurveyListPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const [flash] = useState(takeFlash);
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const data = loaded.data;
  usePageTitle(data ? t('surveys.title', { title: data.project.title }) : loaded.status === 'loading' ? t('common.loading') : null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed' || !data) return <FailureMessage error={loaded.error} />;
  const { project, surveys } = data;
  return (
    <>
      <ProjectBreadcrumbs project={project} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <span class="govuk-caption-l"><Title text={project.title} /></span>
      <h1 class="govuk-heading-l">{t('surveys.heading')}</h1>
      <p class="govuk-body">{t('surveys.intro')}</p>
      {project.can_manage ? (
        <Link class="govuk-button" href={`/projects/${project.id}/surveys/new`} role="button" draggable={false}>
          {t('surveys.create')}
        </Link>
      ) : null}
      {surveys.length === 0 ? (
        <p class="govuk-body">{t('surveys.none')}</p>
      ) : (
        <Table id="surveys-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('surveys.tableCaption')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{t('survey.titleLabel')}</th>
              <th scope="col" class="govuk-table__header">{t('survey.status')}</th>
              <th scope="col" class="govuk-table__header">{t('survey.opens')}</th>
              <th scope="col" class="govuk-table__header">{t('survey.closes')}</th>
              <th scope="col" class="govuk-table__header">{t('survey.responses')}</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {surveys.map((survey) => (
              <tr class="govuk-table__row" key={survey.id}>
                <td class="govuk-table__cell" dir="auto">
                  <Link class="govuk-link" href={`/surveys/${survey.id}`}>
                    <Title text={survey.title} />
                  </Link>
                </td>
                <td class="govuk-table__cell">
                  <SurveyStatusTag status={survey.status} />
                </td>
                <td class="govuk-table__cell">{formatDate(survey.opens_at, language, 'Europe/London')}</td>
                <td class="govuk-table__cell">{formatDate(survey.closes_at, language, 'Europe/London')}</td>
                <td class="govuk-table__cell">{survey.responses}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <BackToProject project={project} />
    </>
  );
}
