import { fetchResults } from '../api/surveys';
import type { PageProps } from '../router/page';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { questionKindName } from '../contributions/shared';
import { loadSurvey, SurveyBreadcrumbs } from './shared';
import { useQuestionText } from './SurveyPage';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

async function load(id: string) {
  const [loaded, results] = await Promise.all([loadSurvey(id), fetchResults(id)]);
  return { ...loaded, results };
}

export function SurveyResultsPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const shownQuestion = useQuestionText();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const data = loaded.data;
  useLoadingPageTitle(loaded, data && t('results.title', { title: data.survey.title }));
  if (!data) return <NotLoaded resource={loaded} />;
  const { survey, project, results } = data;
  const byGroup = Object.entries(results.by_group ?? {});
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : language, { maximumFractionDigits: 1 });

  return (
    <>
      <SurveyBreadcrumbs project={project} survey={survey} />
      <span class="govuk-caption-l"><Title text={survey.title} /></span>
      <h1 class="govuk-heading-l">{t('results.heading')}</h1>
      <p class="govuk-body" id="results-count">
        {t('results.responses', { count: results.responses })}
      </p>
      {byGroup.length ? (
        <Table>
          <caption class="govuk-table__caption govuk-table__caption--m">{t('results.byGroup')}</caption>
          <TableHead columns={[t('contribution.group'), { text: t('survey.responses'), numeric: true }]} />
          <tbody class="govuk-table__body">
            {byGroup.map(([group, count]) => (
              <tr class="govuk-table__row" key={group}>
                <td class="govuk-table__cell">{groupName(t, group)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{count}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {survey.questions.map((question, index) => {
        const result = results.questions.find((item) => item.question_id === question.id);
        const shown = shownQuestion(question);
        const label = new Map(question.options.map((option, at) => [option, shown.options[at] ?? option]));
        const counts = Object.entries(result?.counts ?? {});
        return (
          <section key={question.id} class="govuk-!-margin-bottom-6" id={`result-${question.id}`}>
            <h2 class="govuk-heading-m" lang={shown.lang}>
              {index + 1}. <bdi>{shown.text}</bdi>
            </h2>
            <p class="govuk-body-s">{questionKindName(t, question.kind)}</p>
            {typeof result?.answered === 'number' ? <p class="govuk-body">{t('results.answered', { count: result.answered })}</p> : null}
            {typeof result?.mean === 'number' ? <p class="govuk-body">{t('results.mean', { mean: number.format(result.mean) })}</p> : null}
            {counts.length ? (
              <Table>
                <caption class="govuk-table__caption govuk-visually-hidden">{shown.text}</caption>
                <TableHead columns={[t('results.answer'), { text: t('results.count'), numeric: true }]} />
                <tbody class="govuk-table__body">
                  {counts.map(([option, count]) => (
                    <tr class="govuk-table__row" key={option}>
                      <td class="govuk-table__cell" dir="auto">
                        {label.get(option) ?? option}
                      </td>
                      <td class="govuk-table__cell govuk-table__cell--numeric">{count}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : null}
            {result?.mean_rank && Object.keys(result.mean_rank).length ? (
              <Table>
                <caption class="govuk-table__caption govuk-table__caption--s">{t('results.rankingCaption')}</caption>
                <TableHead columns={[t('results.answer'), { text: t('results.meanPlace'), numeric: true }]} />
                <tbody class="govuk-table__body">
                  {Object.entries(result.mean_rank)
                    .sort((a, b) => a[1] - b[1])
                    .map(([option, place]) => (
                      <tr class="govuk-table__row" key={option}>
                        <td class="govuk-table__cell" dir="auto">
                          {label.get(option) ?? option}
                        </td>
                        <td class="govuk-table__cell govuk-table__cell--numeric">{number.format(place)}</td>
                      </tr>
                    ))}
                </tbody>
              </Table>
            ) : null}
            {!result || (!counts.length && typeof result.mean !== 'number' && !result.mean_rank && typeof result.answered !== 'number') ? (
              <p class="govuk-body">{t('results.noAnswers')}</p>
            ) : null}
          </section>
        );
      })}
      <p class="govuk-body">
        <Link class="govuk-link" href={`/surveys/${survey.id}`}>
          {t('results.backToSurvey')}
        </Link>
      </p>
    </>
  );
}
