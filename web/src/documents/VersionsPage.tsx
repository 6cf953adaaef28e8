import { fetchVersion, listVersions } from '../api/documents';
import type { PageProps } from '../router/page';
import { FailureMessage } from '../components/FailureMessage';
import { Loading } from '../components/Loading';
import { Table, TableHead } from '../components/Table';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { depthsOf } from '../text/documents';
import { Contents, DocumentBreadcrumbs, DocumentCaption, documentPath, loadDocument, SectionArticle, threadPath } from './shared';

async function loadVersions(id: string) {
  const [data, versions] = await Promise.all([loadDocument(id), listVersions(id)]);
  return { ...data, versions: versions.items };
}

// Every published version of a document, newest first.
export function VersionsPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const loaded = useResource(() => loadVersions(parameters.id), [parameters.id]);
  usePageTitle(loaded.data ? t('documents.versions.title', { title: loaded.data.document.title }) : loaded.status === 'loading' ? t('common.loading') : null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <FailureMessage error={loaded.error} />;
  const { document, versions } = loaded.data;
  const base = documentPath(document.id);
  const newestFirst = [...versions].reverse();
  return (
    <>
      <DocumentBreadcrumbs document={document} />
      <DocumentCaption {...loaded.data} />
      <h1 class="govuk-heading-l">{t('documents.versions.heading')}</h1>
      <p class="govuk-body">{t('documents.versions.intro')}</p>
      {versions.length === 0 ? (
        <p class="govuk-body">{t('documents.versions.none')}</p>
      ) : (
        <Table id="versions-table">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {t('documents.versions.caption')} <bdi>{document.title}</bdi>
          </caption>
          <TableHead columns={[t('documents.versions.number'), t('documents.versions.published'), t('documents.versions.note'), { text: t('documents.versions.compare'), hidden: true }]} />
          <tbody class="govuk-table__body">
            {newestFirst.map((version) => (
              <tr class="govuk-table__row" key={version.number}>
                <th scope="row" class="govuk-table__header">
                  <Link class="govuk-link" href={`${base}/versions/${version.number}`}>
                    {t('documents.versionNumber', { number: version.number })}
                  </Link>
                </th>
                <td class="govuk-table__cell">{formatDate(version.published_at, language)}</td>
                <td class="govuk-table__cell" dir="auto">
                  {version.note || t('documents.versions.noNote')}
                </td>
                <td class="govuk-table__cell">
                  {version.number > 1 ? (
                    <Link class="govuk-link" href={`${base}/diff?from=${version.number - 1}&to=${version.number}`}>
                      {t('documents.versions.compareWith', { number: version.number - 1 })}
                      <span class="govuk-visually-hidden"> {t('documents.versions.compareHidden', { number: version.number })}</span>
                    </Link>
                  ) : (
                    t('documents.versions.first')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p class="govuk-body">
        <Link class="govuk-link" href={base}>
          {t('documents.backToDocument')}
        </Link>
      </p>
    </>
  );
}

async function loadOneVersion(id: string, number: string) {
  const [data, version] = await Promise.all([loadDocument(id), fetchVersion(id, number)]);
  return { ...data, version };
}

// One version as it was published: its words then; its objectives' status is today's on the document itself.
export function VersionPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const loaded = useResource(() => loadOneVersion(parameters.id, parameters.number), [parameters.id, parameters.number]);
  usePageTitle(
    loaded.data
      ? t('documents.version.title', { title: loaded.data.document.title, number: loaded.data.version.number })
      : loaded.status === 'loading'
        ? t('common.loading')
        : null,
  );
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <FailureMessage error={loaded.error} />;
  const { document, version } = loaded.data;
  const sections = version.sections ?? [];
  const depths = depthsOf(sections);
  const base = documentPath(document.id);
  return (
    <>
      <DocumentBreadcrumbs document={document} more={[{ text: t('documents.versions.heading'), href: `${base}/versions` }]} />
      <DocumentCaption {...loaded.data} />
      <h1 class="govuk-heading-xl rt-document-title">
        <bdi>{document.title}</bdi>
      </h1>
      <div class="govuk-inset-text" id="version-about">
        <p class="govuk-body govuk-!-margin-bottom-1">
          <strong>{t('documents.version.asPublished', { number: version.number, when: formatDate(version.published_at, language) })}</strong>
        </p>
        {version.note ? (
          <p class="govuk-body govuk-!-margin-bottom-1" dir="auto">
            {version.note}
          </p>
        ) : null}
        <p class="govuk-body govuk-!-margin-bottom-0">
          {version.number < document.published_version ? (
            <Link class="govuk-link" href={`${base}/versions/${document.published_version}`}>
              {t('documents.version.newer', { number: document.published_version })}
            </Link>
          ) : (
            t('documents.version.latest')
          )}
        </p>
      </div>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds rt-document">
          <Contents sections={sections} depths={depths} />
          {sections.map((section) => (
            <SectionArticle
              key={section.id}
              section={section}
              depth={depths.get(section.id) ?? 0}
              marker={
                <p class="govuk-body-s rt-thread-marker">
                  <Link class="govuk-link" href={threadPath(section.id)}>
                    {t('documents.whereFrom')}
                    <span class="govuk-visually-hidden"> {t('documents.shapedByHidden', { heading: section.heading })}</span>
                  </Link>
                </p>
              }
            />
          ))}
        </div>
      </div>
      <p class="govuk-body">
        <Link class="govuk-link" href={`${base}/versions`}>
          {t('documents.version.allVersions')}
        </Link>
      </p>
    </>
  );
}
