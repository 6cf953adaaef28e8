import { useState } from 'preact/hooks';
import { fetchDifference, listVersions } from '../api/documents';
import type { SectionDifference, WordRun } from '../api/types';
import type { PageProps } from '../router/page';
import { FailureMessage } from '../components/FailureMessage';
import { Select } from '../components/Fields';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey, Translate } from '../i18n/i18n';
import { buildPath } from '../api/client';
import { Link, navigate, useLocation } from '../router/router';
import { DocumentBreadcrumbs, DocumentCaption, documentPath, loadDocument, sectionKindName } from './shared';

// The words of a difference: added ones in <ins>, removed in <del>, each also
// said in words for those who cannot see the marks' colour or lines.
function Words({ runs }: { runs: WordRun[] }) {
  const { t } = useI18n();
  return (
    <>
      {runs.map((run, index) => {
        const space = index > 0 ? ' ' : '';
        if (run.change === 'added')
          return (
            <span key={index}>
              {space}
              <ins class="rt-diff__added">
                <span class="govuk-visually-hidden">{t('documents.diff.addedStart')} </span>
                {run.text}
                <span class="govuk-visually-hidden"> {t('documents.diff.addedEnd')}</span>
              </ins>
            </span>
          );
        if (run.change === 'removed')
          return (
            <span key={index}>
              {space}
              <del class="rt-diff__removed">
                <span class="govuk-visually-hidden">{t('documents.diff.removedStart')} </span>
                {run.text}
                <span class="govuk-visually-hidden"> {t('documents.diff.removedEnd')}</span>
              </del>
            </span>
          );
        return (
          <span key={index}>
            {space}
            {run.text}
          </span>
        );
      })}
    </>
  );
}

const changeColours: Record<SectionDifference['change'], string> = {
  added: 'govuk-tag--green',
  removed: 'govuk-tag--red',
  reworded: 'govuk-tag--yellow',
  unchanged: 'govuk-tag--grey',
};

const sideName = (t: Translate, side: number) => (side === 0 ? t('documents.diff.draft') : t('documents.versionNumber', { number: side }));

function SectionChange({ section }: { section: SectionDifference }) {
  const { t, formatList } = useI18n();
  return (
    <li class={`rt-diff__section rt-diff__section--${section.change}`} data-change={section.change} data-section-id={section.section_id}>
      <p class="govuk-body-s govuk-!-margin-bottom-1">
        <strong class={`govuk-tag ${changeColours[section.change]}`}>{t(`documents.diff.change.${section.change}` as MessageKey)}</strong>{' '}
        <span class="rt-diff__kind">{sectionKindName(t, section.kind)}</span>
      </p>
      <h3 class="govuk-heading-s rt-diff__heading" dir="auto">
        <Words runs={section.heading_words} />
      </h3>
      {section.body_words.length ? (
        <p class="govuk-body rt-diff__body" dir="auto">
          <Words runs={section.body_words} />
        </p>
      ) : null}
      {section.also_changed.length ? (
        <p class="govuk-body-s rt-diff__also">
          {t('documents.diff.alsoChanged', { fields: formatList(section.also_changed.map((field) => t(`documents.diff.field.${field}` as MessageKey))) })}
        </p>
      ) : null}
    </li>
  );
}

async function loadDiffPage(id: string) {
  const [data, versions] = await Promise.all([loadDocument(id), listVersions(id)]);
  return { ...data, versions: versions.items };
}

export function DiffPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { search } = useLocation();
  const loaded = useResource(() => loadDiffPage(parameters.id), [parameters.id]);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const data = loaded.data;
  const latest = data?.document.published_version ?? 0;
  const writer = data?.document.writer ?? false;
  // Without a choice: the latest version against the one before, or for a writer the draft against the latest.
  const from = search.get('from') || (writer ? String(latest) : String(Math.max(1, latest - 1)));
  const to = search.get('to') || (writer ? 'draft' : String(latest));
  const difference = useResource(() => (data ? fetchDifference(parameters.id, from, to) : new Promise<never>(() => {})), [parameters.id, !!data, from, to]);
  const [chosenFrom, setChosenFrom] = useState<string | null>(null);
  const [chosenTo, setChosenTo] = useState<string | null>(null);
  usePageTitle(data ? t('documents.diff.title', { title: data.document.title }) : loaded.status === 'loading' ? t('common.loading') : null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed' || !data) return <FailureMessage error={loaded.error} />;
  const { document, versions } = data;
  const base = documentPath(document.id);
  const choices = [
    ...versions.map((version) => ({ value: String(version.number), text: t('documents.versionNumber', { number: version.number }) })),
    ...(writer ? [{ value: 'draft', text: t('documents.diff.draft') }] : []),
  ];
  const compare = (event: Event) => {
    event.preventDefault();
    navigate(buildPath(`${base}/diff`, { from: chosenFrom ?? from, to: chosenTo ?? to }));
  };
  const sections = difference.data?.sections ?? [];
  const counts = { added: 0, removed: 0, reworded: 0, unchanged: 0 };
  for (const section of sections) counts[section.change] += 1;
  const shown = showUnchanged ? sections : sections.filter((section) => section.change !== 'unchanged' || section.also_changed.length > 0);
  return (
    <>
      <DocumentBreadcrumbs document={document} />
      <DocumentCaption {...data} />
      <h1 class="govuk-heading-l">{t('documents.diff.heading')}</h1>
      {choices.length < 2 ? (
        <p class="govuk-body">{t('documents.diff.notYet')}</p>
      ) : (
        <form class="rt-diff__choose" onSubmit={compare} noValidate>
          <div class="rt-diff__choices">
            <Select id="diff-from" name="from" label={t('documents.diff.from')} value={chosenFrom ?? from} onValue={setChosenFrom} choices={choices} />
            <Select id="diff-to" name="to" label={t('documents.diff.to')} value={chosenTo ?? to} onValue={setChosenTo} choices={choices} />
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary">
            {t('documents.diff.compare')}
          </button>
        </form>
      )}
      {choices.length < 2 ? null : difference.status === 'loading' ? (
        <Loading />
      ) : difference.status === 'failed' ? (
        <FailureMessage error={difference.error} />
      ) : (
        <>
          <h2 class="govuk-heading-m" id="diff-summary-heading">
            {t('documents.diff.between', { from: sideName(t, difference.data.from), to: sideName(t, difference.data.to) })}
          </h2>
          <p class="govuk-body" id="diff-counts">
            {t('documents.diff.counts', counts)}
          </p>
          <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id="diff-show-unchanged"
                type="checkbox"
                checked={showUnchanged}
                onChange={(event) => setShowUnchanged((event.currentTarget as HTMLInputElement).checked)}
              />
              <label class="govuk-label govuk-checkboxes__label" for="diff-show-unchanged">
                {t('documents.diff.showUnchanged', { count: counts.unchanged })}
              </label>
            </div>
          </div>
          {shown.length === 0 ? (
            <p class="govuk-body">{t('documents.diff.nothing')}</p>
          ) : (
            <ol class="govuk-list rt-diff" id="diff-sections" aria-labelledby="diff-summary-heading">
              {shown.map((section) => (
                <SectionChange key={section.section_id} section={section} />
              ))}
            </ol>
          )}
        </>
      )}
      <p class="govuk-body">
        <Link class="govuk-link" href={base}>
          {t('documents.backToDocument')}
        </Link>
      </p>
    </>
  );
}
