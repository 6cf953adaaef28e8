import { useState } from 'preact/hooks';
import { listProposals } from '../api/decisions';
import { fetchProject } from '../api/projects';
import type { PageProps } from '../router/page';
import { FailureMessage } from '../components/FailureMessage';
import { takeFlash } from '../components/flash';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { formatDateTime } from '../text/dates';
import { DecisionBreadcrumbs, methodText, ProposalStatusTag } from './shared';
import { FacilitatorNotice } from '../projects/FacilitatorNotice';
import { Table } from '../components/Table';
import { Title } from '../components/Title';
import { BackToProject } from '../projects/BackToProject';

async function load(projectId: string) {
  const [project, proposals] = await Promise.all([fetchProject(projectId), listProposals(projectId)]);
  return { project, proposals: proposals.items };
}

export function ProposalListPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const [flash] = useState(takeFlash);
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const data = loaded.data;
  usePageTitle(data ? t('decisions.title', { title: data.project.title }) : loaded.status === 'loading' ? t('common.loading') : null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed' || !data) return <FailureMessage error={loaded.error} />;
  const { project, proposals } = data;
  return (
    <>
      <DecisionBreadcrumbs project={project} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <span class="govuk-caption-l"><Title text={project.title} /></span>
      <h1 class="govuk-heading-l">{t('decisions.heading')}</h1>
      <p class="govuk-body">{t('decisions.intro')}</p>
      {project.facilitating ? (
        <FacilitatorNotice project={project} />
      ) : (
        <Link class="govuk-button" href={`/projects/${project.id}/proposals/new`} role="button" draggable={false}>
          {t('decisions.makeProposal')}
        </Link>
      )}
      {proposals.length === 0 ? (
        <p class="govuk-body">{t('decisions.none')}</p>
      ) : (
        <Table id="proposals-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('decisions.tableCaption')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{t('decisions.proposal')}</th>
              <th scope="col" class="govuk-table__header">{t('decisions.statusLabel')}</th>
              <th scope="col" class="govuk-table__header">{t('decisions.methodLabel')}</th>
              <th scope="col" class="govuk-table__header">{t('decisions.closes')}</th>
              <th scope="col" class="govuk-table__header">{t('decisions.voters')}</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {proposals.map((proposal) => (
              <tr class="govuk-table__row" key={proposal.id}>
                <td class="govuk-table__cell" dir="auto">
                  <Link class="govuk-link" href={`/proposals/${proposal.id}`}>
                    <Title text={proposal.title} />
                  </Link>
                </td>
                <td class="govuk-table__cell">
                  <ProposalStatusTag status={proposal.status} />
                </td>
                <td class="govuk-table__cell">{methodText(t, proposal)}</td>
                <td class="govuk-table__cell">{formatDateTime(proposal.closes_at, language, 'Europe/London')}</td>
                <td class="govuk-table__cell">{proposal.voters}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <BackToProject project={project} />
    </>
  );
}
