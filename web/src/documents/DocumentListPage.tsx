import { useState } from 'preact/hooks';
import { listDocuments } from '../api/documents';
import { listAllProjects } from '../api/projects';
import type { PageProps } from '../router/page';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { FailureMessage } from '../components/FailureMessage';
import { takeFlash } from '../components/flash';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { documentKindName, documentPath } from './shared';

async function load() {
  const [documents, projects] = await Promise.all([listDocuments(), listAllProjects()]);
  return { documents: documents.items, projects: new Map(projects.map((project) => [project.id, project])) };
}

export function DocumentListPage(_: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const [flash] = useState(takeFlash);
  const loaded = useResource(load, []);
  usePageTitle(loaded.status === 'loading' ? t('common.loading') : t('documents.heading'));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <FailureMessage error={loaded.error} />;
  const { documents, projects } = loaded.data;
  const writes = documents.some((document) => document.writer);
  return (
    <>
      <HomeBreadcrumbs />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <h1 class="govuk-heading-l">{t('documents.heading')}</h1>
      <p class="govuk-body">{t('documents.intro')}</p>
      {isConvener ? (
        <Link class="govuk-button" href="/documents/new" role="button" draggable={false} id="documents-start">
          {t('documents.start')}
        </Link>
      ) : null}
      {documents.length === 0 ? (
        <p class="govuk-body" id="documents-none">
          {isConvener ? t('documents.noneConvener') : t('documents.none')}
        </p>
      ) : (
        <Table id="documents-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('documents.tableCaption')}</caption>
          <TableHead
            columns={[
              t('documents.titleLabel'),
              t('documents.kindLabel'),
              t('documents.projectLabel'),
              t('documents.versionLabel'),
              writes ? { text: t('documents.suspectCount'), numeric: true } : null,
              writes ? { text: t('documents.withoutTraceCount'), numeric: true } : null,
            ]}
          />
          <tbody class="govuk-table__body">
            {documents.map((document) => {
              const project = document.project_id ? projects.get(document.project_id) : undefined;
              return (
                <tr class="govuk-table__row" key={document.id}>
                  <td class="govuk-table__cell">
                    <Link class="govuk-link" href={documentPath(document.id)}>
                      <Title text={document.title} />
                    </Link>
                  </td>
                  <td class="govuk-table__cell">{documentKindName(t, document.kind)}</td>
                  <td class="govuk-table__cell">{project ? <Title text={project.title} /> : t('documents.wholePartnership')}</td>
                  <td class="govuk-table__cell">
                    {document.published_version > 0 ? t('documents.versionNumber', { number: document.published_version }) : t('documents.draftOnly')}
                  </td>
                  {writes ? (
                    <td class="govuk-table__cell govuk-table__cell--numeric">{document.writer ? document.suspect_links : '–'}</td>
                  ) : null}
                  {writes ? (
                    <td class="govuk-table__cell govuk-table__cell--numeric">{document.writer ? document.without_trace : '–'}</td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
