// The comments and suggested wordings on a draft (issue 17). Its writers see
// them all and answer each suggestion: accepted, it becomes the draft's
// wording; declined, with the reason its author will read. A member sees
// what they said themselves. Never a name: the group each came from.

import { useState } from 'preact/hooks';
import { acceptSuggestion, declineSuggestion, listResponses } from '../api/documents';
import type { FieldErrors, SectionResponse } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, TextArea } from '../components/Fields';
import { fieldProps, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';
import { SummaryRow } from '../components/SummaryRow';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { DocumentBreadcrumbs, documentPath, loadDocument, SectionBody } from './shared';

async function load(id: string) {
  const [loaded, responses] = await Promise.all([loadDocument(id), listResponses(id)]);
  return { ...loaded, responses: responses.items };
}

function Answer({ response, onAnswered }: { response: SectionResponse; onAnswered: (key: string) => void }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const ids = { reason: `decline-${response.id}-reason` };
  const field = fieldProps(form.errors, ids);
  const [reason, setReason] = useState('');
  const accept = () =>
    form.submit(async () => {
      await acceptSuggestion(response.id);
      onAnswered('documents.responses.accepted');
    });
  const decline = (event: Event) => {
    event.preventDefault();
    const clientErrors: FieldErrors = reason.trim() ? {} : { reason: [t('documents.responses.reasonRequired')] };
    form.submit(async () => {
      await declineSuggestion(response.id, reason.trim());
      onAnswered('documents.responses.declined');
    }, clientErrors);
  };
  return (
    <div class="rt-suggestion-answer">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={ids} failureCount={form.failureCount} />
      <button type="button" class="govuk-button" aria-disabled={form.submitting ? 'true' : undefined} onClick={accept} id={`accept-${response.id}`}>
        {form.submitting ? t('common.saving') : t('documents.responses.accept')}
      </button>
      <form onSubmit={decline} noValidate>
        <TextArea {...field('reason')} label={t('documents.responses.reasonLabel')} hint={t('documents.responses.reasonHint')} value={reason} onValue={setReason} rows={3} />
        <Button secondary busy={form.submitting} busyText={t('common.saving')}>
          {t('documents.responses.decline')}
        </Button>
      </form>
    </div>
  );
}

export function ResponsesPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const [reload, setReload] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const loaded = useResource(() => load(parameters.id), [parameters.id, reload]);
  useLoadingPageTitle(loaded, loaded.data && t('documents.responses.title', { title: loaded.data.document.title }));
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { document, responses } = loaded.data;
  const writer = document.writer;
  return (
    <>
      <DocumentBreadcrumbs document={document} />
      {done ? <NotificationBanner kind="success" heading={t(done as MessageKey)} /> : null}
      <span class="govuk-caption-l">
        <bdi>{document.title}</bdi>
      </span>
      <h1 class="govuk-heading-l">{writer ? t('documents.responses.heading') : t('documents.responses.mine')}</h1>
      {document.consultation ? (
        <p class="govuk-body" id="responses-consultation">
          {document.consultation.open
            ? t('documents.responses.openUntil', { date: formatDate(document.consultation.closes_at, language) })
            : t('documents.responses.closedOn', { date: formatDate(document.consultation.closes_at, language) })}
        </p>
      ) : null}
      {responses.length === 0 ? (
        <p class="govuk-body" id="responses-none">
          {writer ? t('documents.responses.none') : t('documents.responses.noneMine')}
        </p>
      ) : (
        <ol class="govuk-list" id="responses">
          {responses.map((response) => (
            <li key={response.id} class="rt-response" data-kind={response.kind}>
              <h2 class="govuk-heading-s">
                {response.kind === 'suggestion'
                  ? t('documents.responses.suggestionOn', { heading: response.section_heading ?? '' })
                  : t('documents.responses.commentOn', { heading: response.section_heading ?? '' })}
              </h2>
              <dl class="govuk-summary-list">
                <SummaryRow label={t('documents.responses.group')}>{groupName(t, response.group)}</SummaryRow>
                <SummaryRow label={response.kind === 'suggestion' ? t('documents.responses.words') : t('documents.responses.said')}>
                  <SectionBody text={response.text} />
                </SummaryRow>
                {response.reason ? (
                  <SummaryRow label={t('documents.responses.why')}>
                    <SectionBody text={response.reason} />
                  </SummaryRow>
                ) : null}
                {response.kind === 'suggestion' ? (
                  <SummaryRow label={t('documents.responses.status')}>
                    <strong class="govuk-tag">{t(`documents.responses.status.${response.status}` as MessageKey)}</strong>
                    {response.status === 'accepted' ? (
                      // The server's answer to its author is in English; the page says the same in the reader's language.
                      <p class="govuk-body govuk-!-margin-top-2">{t('documents.responses.usedWords', { heading: response.section_heading ?? '' })}</p>
                    ) : response.answer ? (
                      <SectionBody text={response.answer} />
                    ) : null}
                  </SummaryRow>
                ) : null}
              </dl>
              {writer && response.kind === 'suggestion' && response.status === 'open' ? (
                <Answer
                  response={response}
                  onAnswered={(key) => {
                    setDone(key);
                    setReload((value) => value + 1);
                  }}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <p class="govuk-body">
        <Link class="govuk-link" href={documentPath(document.id)}>
          {t('documents.responses.back')}
        </Link>
      </p>
    </>
  );
}
