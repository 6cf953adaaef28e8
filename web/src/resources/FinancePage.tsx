import { useState } from 'preact/hooks';
import type { PageProps } from '../router/page';
import { Select } from '../components/Fields';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link, navigate, useLocation } from '../router/router';
import { listAllProjects } from '../api/projects';
import { formatDate } from '../text/dates';
import { formatPence } from '../text/money';
import { useSession } from '../session/session';
import { claimsExportPath, claimStatuses, listClaims } from './api';
import { claimStatusName, ClaimStatusTag, Money } from './shared';
import { Table, TableHead } from '../components/Table';
import { whyNotDecider } from './ClaimPage';
import { financeControlsPath } from './FinanceControlsPage';
import { isolate } from '../text/ordering';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

async function load(status: string, finance: boolean) {
  if (!finance) return { claims: [], projects: [] };
  const [claims, projects] = await Promise.all([listClaims(status === 'all' ? undefined : status), listAllProjects()]);
  return { claims: claims.items, projects: projects.map((item) => ({ id: item.id, title: item.title })) };
}

export function FinancePage(_: PageProps) {
  const { t, language } = useI18n();
  const { search } = useLocation();
  const status = search.get('status') ?? 'submitted';
  const project = search.get('project') ?? '';
  const [chosen, setChosen] = useState(status);
  const [chosenProject, setChosenProject] = useState(project);
  const { isFinance: finance, isConvener } = useSession();
  const loaded = useResource(() => load(status, finance), [status, finance]);
  usePageTitle(t('resources.finance.title'));

  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { claims, projects } = loaded.data;
  const projectTitle = (id: string) => projects.find((item) => item.id === id)?.title ?? '';
  const shown = project ? claims.filter((claim) => claim.project_id === project) : claims;
  const total = shown.reduce((sum, claim) => sum + claim.total_pence, 0);

  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('resources.payments.title'), href: '/payments' }]} />
      <h1 class="govuk-heading-l">{t('resources.finance.title')}</h1>
      {isConvener ? (
        <p class="govuk-body">
          <Link class="govuk-link" href={financeControlsPath}>
            {t('finance.controls.link')}
          </Link>
        </p>
      ) : null}
      {!finance ? (
        <p class="govuk-body" id="finance-only">
          {t('resources.finance.only')}
        </p>
      ) : (
        <>
          <p class="govuk-body">{t('resources.finance.intro')}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={claimsExportPath(project || undefined)} download="claims-to-pay.csv">
              {t('resources.finance.download')}
            </a>
          </p>
          <form
            class="rt-filter"
            onSubmit={(event) => {
              event.preventDefault();
              const query = new URLSearchParams();
              if (chosen !== 'submitted') query.set('status', chosen);
              if (chosenProject) query.set('project', chosenProject);
              const text = query.toString();
              navigate(text ? `/finance?${text}` : '/finance');
            }}
          >
            <Select
              id="finance-status"
              name="status"
              label={t('resources.column.status')}
              value={chosen}
              onValue={setChosen}
              choices={[...claimStatuses.map((value) => ({ value, text: claimStatusName(t, value) })), { value: 'all', text: t('resources.finance.all') }]}
            />
            <Select
              id="finance-project"
              name="project"
              label={t('resources.finance.project')}
              value={chosenProject}
              onValue={setChosenProject}
              emptyChoice={t('resources.finance.allProjects')}
              choices={projects.map((item) => ({ value: item.id, text: isolate(item.title) }))}
            />
            <button type="submit" class="govuk-button govuk-button--secondary">
              {t('common.applyFilter')}
            </button>
          </form>
          {shown.length === 0 ? (
            <p class="govuk-body" id="finance-none">
              {t('resources.finance.none')}
            </p>
          ) : (
            <Table id="finance-claims">
              <caption class="govuk-table__caption govuk-table__caption--m">
                {t('resources.finance.count', { count: shown.length, total: formatPence(total) })}
              </caption>
              <TableHead
                columns={[
                  t('resources.column.person'),
                  t('resources.column.activity'),
                  t('resources.column.group'),
                  t('resources.column.submitted'),
                  { text: t('resources.column.amount'), numeric: true },
                  t('resources.column.status'),
                ]}
              />
              <tbody class="govuk-table__body">
                {shown.map((claim) => (
                  <tr class="govuk-table__row" key={claim.id}>
                    <th scope="row" class="govuk-table__header">
                      <Link class="govuk-link" href={`/claims/${claim.id}`}>
                        {claim.person_name}
                      </Link>
                    </th>
                    <td class="govuk-table__cell">
                      {claim.activity_title}
                      {projectTitle(claim.project_id) ? <span class="govuk-body-s govuk-!-display-block govuk-!-margin-0">{projectTitle(claim.project_id)}</span> : null}
                    </td>
                    <td class="govuk-table__cell">{groupName(t, claim.group)}</td>
                    <td class="govuk-table__cell">{formatDate(claim.submitted_at, language)}</td>
                    <td class="govuk-table__cell govuk-table__cell--numeric">
                      <Money pence={claim.total_pence} />
                    </td>
                    <td class="govuk-table__cell">
                      <ClaimStatusTag status={claim.status} />
                      {!claim.can_decide && (claim.status === 'submitted' || claim.status === 'approved') ? (
                        <span class="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                          {t(whyNotDecider(claim))}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </>
      )}
    </>
  );
}
