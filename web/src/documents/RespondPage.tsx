// Saying something about one part of a draft open for comment (issue 17):
// a comment, or new words for the part. Either counts as a contribution of
// the person's group, and comes back in their "you said, we did".

import { useState } from 'preact/hooks';
import { commentOn, fetchThread, suggestWording } from '../api/documents';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormActions, Radios, TextArea } from '../components/Fields';
import { setFlash } from '../components/flash';
import { fieldProps, useFormSubmission } from '../components/forms';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/router';
import { formatDate } from '../text/dates';
import { DocumentBreadcrumbs, documentPath, loadDocument, SectionBody } from './shared';

const respondIds = { kind: 'respond-kind', text: 'respond-text', body: 'respond-body', reason: 'respond-reason' };

async function load(sectionId: string) {
  const thread = await fetchThread(sectionId);
  const { document, project } = await loadDocument(thread.document_id);
  return { thread, document, project };
}

export function RespondPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, respondIds);
  const [kind, setKind] = useState('comment');
  const [text, setText] = useState('');
  const [body, setBody] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  useLoadingPageTitle(loaded, loaded.data && t('documents.respond.title', { heading: loaded.data.thread.section.heading }), Object.keys(form.errors).length > 0);
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { thread, document } = loaded.data;
  const section = thread.section;
  const open = document.consultation?.open === true;
  const suggested = body ?? section.body;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!kind) clientErrors.kind = [t('documents.respond.kindRequired')];
    if (kind === 'comment' && !text.trim()) clientErrors.text = [t('documents.respond.textRequired')];
    if (kind === 'suggestion' && !suggested.trim()) clientErrors.body = [t('documents.respond.bodyRequired')];
    form.submit(async () => {
      if (kind === 'suggestion') await suggestWording(section.id, suggested.trim(), reason.trim());
      else await commentOn(section.id, text.trim());
      setFlash({ key: kind === 'suggestion' ? 'documents.respond.suggested' : 'documents.respond.commented', parameters: { heading: section.heading } });
      navigate(`${documentPath(document.id)}#section-${section.id}`);
    }, clientErrors);
  };

  return (
    <>
      <DocumentBreadcrumbs document={document} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <form onSubmit={onSubmit} noValidate>
            <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={respondIds} failureCount={form.failureCount} />
            <span class="govuk-caption-l">
              <bdi>{document.title}</bdi>
            </span>
            <h1 class="govuk-heading-l">{t('documents.respond.heading', { heading: section.heading })}</h1>
            {open && document.consultation ? (
              <p class="govuk-body" id="respond-closes">
                {t('documents.respond.closes', { date: formatDate(document.consultation.closes_at, language) })}
              </p>
            ) : (
              <p class="govuk-body" id="respond-closed">
                {t('documents.respond.closed')}
              </p>
            )}
            <div class="govuk-inset-text" id="respond-current">
              <p class="govuk-body govuk-!-font-weight-bold">{t('documents.respond.currentWords')}</p>
              {section.body ? <SectionBody text={section.body} /> : <p class="govuk-body">{t('documents.respond.noWords')}</p>}
            </div>
            <p class="govuk-body">{t('documents.respond.counts')}</p>
            {open ? (
              <>
                <Radios
                  {...field('kind')}
                  label={t('documents.respond.kindLabel')}
                  value={kind}
                  onValue={setKind}
                  choices={[
                    { value: 'comment', text: t('documents.respond.kindComment') },
                    { value: 'suggestion', text: t('documents.respond.kindSuggestion') },
                  ]}
                />
                {kind === 'suggestion' ? (
                  <>
                    <TextArea {...field('body')} label={t('documents.respond.bodyLabel')} hint={t('documents.respond.bodyHint')} value={suggested} onValue={setBody} rows={8} />
                    <TextArea {...field('reason')} label={t('documents.respond.reasonLabel')} value={reason} onValue={setReason} rows={3} />
                  </>
                ) : (
                  <TextArea {...field('text')} label={t('documents.respond.textLabel')} hint={t('documents.respond.textHint')} value={text} onValue={setText} rows={6} />
                )}
                <FormActions busy={form.submitting} cancelHref={documentPath(document.id)}>
                  {t('documents.respond.submit')}
                </FormActions>
              </>
            ) : null}
          </form>
        </div>
      </div>
    </>
  );
}
