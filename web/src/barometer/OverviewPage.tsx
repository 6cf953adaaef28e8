// The partnership overview (issue 14, item 9): every project, one row each,
// its state per barrier and how many alerts it has, linking to its barometer.

import { barrierKeys, fetchWholeOverview } from '../api/barometer';

// The six barriers, then reach (the overview's rows carry it as a seventh).
const columns = [...barrierKeys, 'reach'] as const;
import { NotLoaded } from '../components/NotLoaded';
import { Table } from '../components/Table';
import { Title } from '../components/Title';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { PageProps } from '../router/page';
import { Link } from '../router/router';
import { StageTag } from '../projects/StageTag';
import { StateTag, barrierName } from './shared';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';

export function OverviewPage(_: PageProps) {
  const { t } = useI18n();
  const loaded = useResource(fetchWholeOverview, []);
  usePageTitle(t('barometer.overview.title'));
  return (
    <>
      <HomeBreadcrumbs />
      <h1 class="govuk-heading-l">{t('barometer.overview.title')}</h1>
      <p class="govuk-body-l">{t('barometer.overview.intro')}</p>
      <p class="govuk-body">{t('barometer.overview.how')}</p>
      <p class="govuk-body">
        <Link class="govuk-link" href="/barometer/settings">{t('barometer.settings.link')}</Link>
      </p>
      {loaded.status === 'ready' ? (
        loaded.data.length === 0 ? <p class="govuk-body">{t('barometer.overview.none')}</p> : (
          <Table id="barometer-overview" class="rt-overview">
            <caption class="govuk-table__caption govuk-table__caption--m">{t('barometer.overview.caption')}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">{t('barometer.overview.project')}</th>
                {columns.map((key) => <th scope="col" class="govuk-table__header" key={key}>{key === 'reach' ? t('barometer.reach.heading') : barrierName(t, key)}</th>)}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {loaded.data.map((row) => (
                <tr class="govuk-table__row" key={row.project_id} data-project={row.project_id}>
                  <th scope="row" class="govuk-table__header">
                    <Link class="govuk-link" href={`/projects/${row.project_id}/barometer`}><Title text={row.title} /></Link>
                    {/* The stage and the number of alerts sit with the project, so eight columns fit the page. */}
                    <span class="rt-overview__project-facts govuk-body-s">
                      <StageTag stage={row.stage} /> {t('barometer.alertsLabel')}: {row.alerts}
                    </span>
                  </th>
                  {columns.map((key) => {
                    const barrier = row.barriers.find((item) => (item.key as string) === key);
                    return (
                      <td class="govuk-table__cell" key={key}>
                        {barrier ? (
                          <>
                            <StateTag state={barrier.state} />
                            {barrier.alerts > 0 ? <span class="govuk-body-s rt-overview__count"> {t('barometer.overview.alertCount', { count: barrier.alerts })}</span> : null}
                          </>
                        ) : t('common.none')}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Table>
        )
      ) : (
        <NotLoaded resource={loaded} />
      )}
    </>
  );
}
