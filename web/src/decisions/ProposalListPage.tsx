import { listProposals } from '../api/decisions';
import type { PageProps } from '../router/page';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { formatDateTime } from '../text/dates';
import { DecisionBreadcrumbs, methodText, ProposalStatusTag } from './shared';
import { FacilitatorNotice } from '../projects/FacilitatorNotice';
import { ProjectItemsPage } from '../projects/ProjectItemsPage';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';

const texts = { title: 'decisions.title', heading: 'decisions.heading', intro: 'decisions.intro', none: 'decisions.none' } as const;

export function ProposalListPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  return (
    <ProjectItemsPage
      projectId={parameters.id}
      list={listProposals}
      texts={texts}
      breadcrumbs={(project) => <DecisionBreadcrumbs project={project} />}
      start={(project) =>
        project.facilitating ? (
          <FacilitatorNotice project={project} />
        ) : (
          <Link class="govuk-button" href={`/projects/${project.id}/proposals/new`} role="button" draggable={false}>
            {t('decisions.makeProposal')}
          </Link>
        )
      }
    >
      {(proposals) => (
        <Table id="proposals-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('decisions.tableCaption')}</caption>
          <TableHead
            columns={[
              t('decisions.proposal'),
              t('decisions.statusLabel'),
              t('decisions.methodLabel'),
              t('decisions.closes'),
              t('decisions.voters'),
            ]}
          />
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
    </ProjectItemsPage>
  );
}
