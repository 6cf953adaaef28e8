import { fetchPanel, fetchPanelResults } from '../api/panels';
import type { PageProps } from '../router/page';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { shareText } from '../text/decisions';
import { PanelBreadcrumbs } from './PanelPage';
import { Table } from '../components/Table';
import { Title } from '../components/Title';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

async function load(id: string) {
  const [panel, results] = await Promise.all([fetchPanel(id), fetchPanelResults(id)]);
  return { panel, results };
}

export function PanelResultsPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const data = loaded.data;
  useLoadingPageTitle(loaded, data && t('panels.results.title', { title: data.panel.title }));
  if (!data) return <NotLoaded resource={loaded} />;
  const { panel, results } = data;
  const groups = results.groups.map((entry) => entry.group);
  return (
    <>
      <PanelBreadcrumbs panel={panel} />
      <span class="govuk-caption-l"><Title text={panel.title} /></span>
      <h1 class="govuk-heading-l">{t('panels.results.heading')}</h1>
      <p class="govuk-body">{t('panels.results.intro')}</p>
      <p class="govuk-body">
        {results.groups.map((entry) => t('panels.results.groupMembers', { group: groupName(t, entry.group), count: entry.members })).join('; ')}
      </p>
      {results.candidates.length === 0 ? (
        <p class="govuk-body">{t('panels.noCandidates')}</p>
      ) : (
        <Table id="panel-results">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('panels.results.caption')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{t('panels.results.rank')}</th>
              <th scope="col" class="govuk-table__header">{t('panels.results.candidate')}</th>
              <th scope="col" class="govuk-table__header">{t('panels.results.score')}</th>
              {groups.map((group) => (
                <th scope="col" class="govuk-table__header" key={group}>
                  {t('panels.results.byGroup', { group: groupName(t, group) })}
                </th>
              ))}
              <th scope="col" class="govuk-table__header">{t('panels.results.scorers')}</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {results.candidates.map((candidate) => (
              <tr class="govuk-table__row" key={candidate.candidate_id}>
                <td class="govuk-table__cell">{candidate.rank ?? '–'}</td>
                <th scope="row" class="govuk-table__header" dir="auto">
                  {candidate.name}
                </th>
                <td class="govuk-table__cell">{shareText(candidate.score, false)}</td>
                {groups.map((group) => (
                  <td class="govuk-table__cell" key={group}>
                    {shareText(candidate.by_group[group], false)}
                  </td>
                ))}
                <td class="govuk-table__cell">{candidate.scorers}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p class="govuk-body">
        <Link class="govuk-link" href={`/panels/${panel.id}`}>
          {t('panels.results.back')}
        </Link>
      </p>
    </>
  );
}
