// "Where did this come from?" (issue 17): a section, its progress, and the
// story of what shaped it in time order.

import { fetchThread } from '../api/documents';
import type { ThreadEntry } from '../api/types';
import type { PageProps } from '../router/page';
import { FailureMessage } from '../components/FailureMessage';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { counted, DocumentBreadcrumbs, documentPath, progressText, SectionBody, sectionKindName, sectionStatusName, sourceKindName, StatusTag } from './shared';
import { fetchDocument } from '../api/documents';

async function loadThread(id: string) {
  const thread = await fetchThread(id);
  const document = await fetchDocument(thread.document_id);
  return { thread, document };
}

function StoryEntry({ entry }: { entry: ThreadEntry }) {
  const { t, language } = useI18n();
  const said = entry.kind !== 'version' && entry.kind !== 'progress';
  let what: string;
  if (entry.kind === 'version') what = entry.status === 'reworded' ? t('documents.thread.reworded', { number: entry.version ?? 0 }) : t('documents.thread.added', { number: entry.version ?? 0 });
  else if (entry.kind === 'progress') what = entry.by ? t('documents.thread.progressBy', { status: sectionStatusName(t, entry.status), name: entry.by }) : t('documents.thread.progress', { status: sectionStatusName(t, entry.status) });
  else what = sourceKindName(t, entry.kind);
  return (
    <li class={`rt-story__entry rt-story__entry--${entry.kind}`} data-kind={entry.kind}>
      <p class="govuk-body-s govuk-!-margin-bottom-1 rt-story__when">
        <time dateTime={entry.at}>{formatDate(entry.at, language)}</time>
      </p>
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
        {what}
        {entry.suspect ? (
          <>
            {' '}
            <strong class="govuk-tag govuk-tag--orange">{t('documents.thread.changedSince')}</strong>
          </>
        ) : null}
      </h3>
      {entry.kind === 'contribution' ? (
        <blockquote class="rt-story__quote" dir="auto">
          {entry.text}
        </blockquote>
      ) : entry.kind === 'version' ? (
        <p class="govuk-body" dir="auto">
          <bdi>{entry.title}</bdi>
          {entry.text ? `: ${entry.text}` : ''}
        </p>
      ) : entry.kind === 'progress' ? (
        entry.text ? (
          <p class="govuk-body" dir="auto">
            {entry.text}
          </p>
        ) : null
      ) : (
        <>
          <p class="govuk-body govuk-!-margin-bottom-1" dir="auto">
            <bdi>{entry.title}</bdi>
          </p>
          {entry.text ? (
            <p class="govuk-body" dir="auto">
              {entry.text}
            </p>
          ) : null}
        </>
      )}
      {said && entry.group ? (
        <p class="govuk-body-s govuk-!-margin-bottom-1">
          {entry.kind === 'contribution'
            ? t('documents.saidBy', { group: groupName(t, entry.group) })
            : entry.kind === 'survey_question'
              ? t('documents.thread.answered', { count: entry.group })
              : null}
        </p>
      ) : null}
      {entry.through ? (
        <p class="govuk-body-s govuk-!-margin-bottom-1">
          {t('documents.thread.through')} <bdi>{entry.through}</bdi>
        </p>
      ) : null}
    </li>
  );
}

export function ThreadPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const loaded = useResource(() => loadThread(parameters.id), [parameters.id]);
  usePageTitle(loaded.data ? t('documents.thread.title', { heading: loaded.data.thread.section.heading }) : loaded.status === 'loading' ? t('common.loading') : null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <FailureMessage error={loaded.error} />;
  const { thread, document } = loaded.data;
  const { section } = thread;
  const base = documentPath(document.id);
  const said = thread.story.filter((entry) => entry.kind !== 'version' && entry.kind !== 'progress').length;
  return (
    <>
      <DocumentBreadcrumbs document={document} />
      <span class="govuk-caption-l">
        {sectionKindName(t, section.kind)}: <bdi>{section.heading}</bdi>
      </span>
      <h1 class="govuk-heading-l">{t('documents.thread.heading')}</h1>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-inset-text rt-thread-section" id="thread-section">
            <h2 class="govuk-heading-m">
              <bdi>{section.heading}</bdi>
            </h2>
            <SectionBody text={section.body} />
            {section.status ? (
              <p class="govuk-body">
                <StatusTag status={section.status} />
              </p>
            ) : null}
            {thread.progress ? (
              <p class="govuk-body" id="thread-progress">
                {progressText(t, language, thread.progress)}
              </p>
            ) : null}
          </div>
          {document.writer && thread.suspect ? (
            <div class="rt-flag rt-flag--suspect" id="thread-suspect">
              <strong class="govuk-tag govuk-tag--orange">{t('documents.suspectTag')}</strong>{' '}
              {thread.suspect === 'beneath' ? t('documents.suspectBeneath') : t('documents.suspectChanged')}{' '}
              <Link class="govuk-link" href={`${base}/suspect`}>
                {t('documents.thread.review')}
              </Link>
            </div>
          ) : null}
          {thread.no_community_trace ? (
            <div class="rt-flag rt-flag--no-trace" id="thread-no-trace">
              <strong class="govuk-tag govuk-tag--red">{t('documents.noTraceTag')}</strong> {t('documents.noTrace')}
            </div>
          ) : (
            <p class="govuk-body" id="thread-said">
              {counted(t, language, 'documents.shapedBy', said)}
            </p>
          )}
          <h2 class="govuk-heading-m">{t('documents.thread.storyHeading')}</h2>
          {thread.story.length === 0 ? (
            <p class="govuk-body">{t('documents.thread.noStory')}</p>
          ) : (
            <ol class="govuk-list rt-story" id="thread-story">
              {thread.story.map((entry, index) => (
                <StoryEntry key={index} entry={entry} />
              ))}
            </ol>
          )}
          <p class="govuk-body">
            <Link class="govuk-link" href={base}>
              {t('documents.backToDocument')}
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
