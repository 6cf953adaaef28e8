// The writers' review of suspect links (issue 17): each suspect section with
// the links whose source has changed, what the source said before and says
// now, and a way to clear each (with a reason) or remove it.

import { useState } from 'preact/hooks';
import { fetchContribution } from '../api/contributions';
import { clearLink, fetchSuspect, fetchVersion, listVersions, removeLink } from '../api/documents';
import type { FieldErrors, Section, SectionLinkWithSource } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { FailureMessage } from '../components/FailureMessage';
import { Button, TextArea } from '../components/Fields';
import type { Flash } from '../components/flash';
import { fieldProps, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { useSuccessBannerFocus } from '../projects/focus';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { DocumentBreadcrumbs, DocumentCaption, documentPath, loadDocument, sectionKindName, sourceKindName, threadPath } from './shared';

// What a link's source said before, where the app can know it: a
// contribution's wording when it was linked (or last cleared), kept as its
// earlier wording; a section's words in the first version published after.
type Before = Record<string, { text: string; version: number | null }>;

async function loadReview(id: string) {
  const data = await loadDocument(id);
  if (!data.document.writer) return { ...data, sections: [], before: {} as Before };
  const { sections } = await fetchSuspect(id);
  const before: Before = {};
  const versions = data.document.published_version > 0 ? (await listVersions(id)).items : [];
  const published = new Map<number, Section[]>();
  for (const section of sections) {
    for (const link of section.links) {
      const since = link.cleared_at ?? link.created_at;
      if (link.source_kind === 'contribution') {
        const detail = await fetchContribution(link.source_id).catch(() => null);
        const earlier = detail?.earlier_wordings.find((wording) => wording.replaced_at > since);
        if (earlier) before[link.id] = { text: earlier.text, version: null };
      } else if (link.source_kind === 'section') {
        const after = versions.find((version) => version.published_at > since);
        if (!after) continue;
        if (!published.has(after.number)) published.set(after.number, (await fetchVersion(id, String(after.number))).sections ?? []);
        const then = published.get(after.number)?.find((other) => other.id === link.source_id);
        if (then) before[link.id] = { text: then.body ? `${then.heading}: ${then.body}` : then.heading, version: after.number };
      }
    }
  }
  return { ...data, sections, before };
}

function SuspectLink({ link, before, heading, onDone }: { link: SectionLinkWithSource; before?: { text: string; version: number | null }; heading: string; onDone: (flash: Flash) => void }) {
  const { t, language } = useI18n();
  const ids = { reason: `clear-${link.id}-reason` };
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, ids);
  const [reason, setReason] = useState('');
  const source = link.source;
  const clear = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!reason.trim()) clientErrors.reason = [t('documents.suspect.reasonMissing')];
    form.submit(async () => {
      await clearLink(link.id, reason.trim());
      onDone({ key: 'documents.suspect.cleared', parameters: { heading } });
    }, clientErrors);
  };
  const remove = () =>
    form.submit(async () => {
      await removeLink(link.id);
      onDone({ key: 'documents.suspect.removed', parameters: { heading } });
    });
  const now = !source ? '' : link.source_kind === 'contribution' || !source.text ? source.text || source.title : `${source.title}: ${source.text}`;
  return (
    <li class="rt-suspect-link" data-link-id={link.id}>
      <h3 class="govuk-heading-s govuk-!-margin-bottom-2">
        {sourceKindName(t, link.source_kind)}
        {source && link.source_kind === 'contribution' && source.group ? <span class="govuk-body-s"> {t('documents.saidBy', { group: groupName(t, source.group) })}</span> : null}
      </h3>
      {source ? (
        <dl class="govuk-summary-list rt-suspect-compare">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{before?.version ? t('documents.suspect.inVersion', { number: before.version }) : t('documents.suspect.before')}</dt>
            <dd class="govuk-summary-list__value rt-suspect-before" dir="auto">
              {before ? before.text : t('documents.suspect.beforeUnknown', { when: formatDate(link.cleared_at ?? link.created_at, language) })}
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t('documents.suspect.now')}</dt>
            <dd class="govuk-summary-list__value rt-suspect-now" dir="auto">
              {now}
            </dd>
          </div>
        </dl>
      ) : (
        <p class="govuk-body">{t('documents.suspect.gone')}</p>
      )}
      <form onSubmit={clear} noValidate>
        <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={ids} failureCount={form.failureCount} />
        {source ? (
          <>
            <TextArea {...field('reason')} label={t('documents.suspect.reasonLabel')} hint={t('documents.suspect.reasonHint')} value={reason} onValue={setReason} rows={3} />
            <div class="govuk-button-group">
              <Button busy={form.submitting} busyText={t('common.saving')}>
                {t('documents.suspect.clear')}
              </Button>
              <button type="button" class="govuk-button govuk-button--warning" onClick={remove}>
                {t('documents.suspect.remove')}
              </button>
            </div>
          </>
        ) : (
          <button type="button" class="govuk-button govuk-button--warning" onClick={remove}>
            {t('documents.suspect.remove')}
          </button>
        )}
      </form>
    </li>
  );
}

export function SuspectPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const [reload, setReload] = useState(0);
  const [flash, setFlash] = useState<Flash | null>(null);
  const loaded = useResource(() => loadReview(parameters.id), [parameters.id, reload]);
  usePageTitle(loaded.data ? t('documents.suspect.title', { title: loaded.data.document.title }) : loaded.status === 'loading' ? t('common.loading') : null);
  useSuccessBannerFocus(flash);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <FailureMessage error={loaded.error} />;
  const { document, sections, before } = loaded.data;
  const done = (next: Flash) => {
    setFlash(next);
    setReload((value) => value + 1);
  };
  return (
    <>
      <DocumentBreadcrumbs document={document} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <DocumentCaption {...loaded.data} />
      <h1 class="govuk-heading-l">{t('documents.suspect.heading')}</h1>
      {!document.writer ? (
        <p class="govuk-body">{t('documents.suspect.writersOnly')}</p>
      ) : sections.length === 0 ? (
        <p class="govuk-body" id="suspect-none">
          {t('documents.suspect.none')}
        </p>
      ) : (
        <>
          <p class="govuk-body">{t('documents.suspect.intro')}</p>
          <ol class="govuk-list rt-suspect" id="suspect-sections">
            {sections.map((section) => (
              <li key={section.id} class="rt-suspect-section" data-section-id={section.id}>
                <h2 class="govuk-heading-m govuk-!-margin-bottom-2">
                  <span class="govuk-caption-m">{sectionKindName(t, section.kind)}</span>
                  <bdi>{section.heading}</bdi>
                </h2>
                <p class="govuk-body">
                  {section.suspect === 'beneath' ? t('documents.suspectBeneath') : t('documents.suspectChanged')}{' '}
                  <Link class="govuk-link" href={threadPath(section.id)}>
                    {t('documents.whereFrom')}
                    <span class="govuk-visually-hidden"> {t('documents.shapedByHidden', { heading: section.heading })}</span>
                  </Link>
                </p>
                {section.links.length ? (
                  <ul class="govuk-list">
                    {section.links.map((link) => (
                      <SuspectLink key={link.id} link={link} before={before[link.id]} heading={section.heading} onDone={done} />
                    ))}
                  </ul>
                ) : (
                  <p class="govuk-body-s">{t('documents.suspect.beneathOnly')}</p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="govuk-body">
        <Link class="govuk-link" href={documentPath(document.id)}>
          {t('documents.backToDocument')}
        </Link>
      </p>
    </>
  );
}
