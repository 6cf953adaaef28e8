import { listSurveys } from '../api/surveys';
import type { PageProps } from '../router/page';
import { useI18n } from '../i18n/i18n';
import { ProjectItemsPage } from '../projects/ProjectItemsPage';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { SurveyStatusTag } from './shared';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';

const texts = { title: 'surveys.title', heading: 'surveys.heading', intro: 'surveys.intro', none: 'surveys.none' } as const;

export function SurveyListPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  return (
    <ProjectItemsPage
      projectId={parameters.id}
      list={listSurveys}
      texts={texts}
      start={(project) =>
        project.can_manage ? (
          <Link class="govuk-button" href={`/projects/${project.id}/surveys/new`} role="button" draggable={false}>
            {t('surveys.create')}
          </Link>
        ) : null
      }
    >
      {(surveys) => (
        <Table id="surveys-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('surveys.tableCaption')}</caption>
          <TableHead columns={[t('survey.titleLabel'), t('survey.status'), t('survey.opens'), t('survey.closes'), t('survey.responses')]} />
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
    </ProjectItemsPage>
  );
}
