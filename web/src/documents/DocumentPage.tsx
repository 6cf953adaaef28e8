import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { makePublic, openConsultation, publishDocument, stopPublic } from '../api/documents';
import { useSession } from '../session/session';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { FailureMessage } from '../components/FailureMessage';
import { Button, TextArea } from '../components/Fields';
import { DateInput } from '../components/DateInput';
import { exactMessages } from '../components/forms';
import { formatDate } from '../text/dates';
import { dateFromIso, isBlankDate, isoFromDate } from '../text/activities';
import { takeFlash } from '../components/flash';
import type { Flash } from '../components/flash';
import { fieldProps, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSuccessBannerFocus } from '../projects/focus';
import { depthsOf } from '../text/documents';
import { Contents, counted, DocumentBreadcrumbs, DocumentCaption, documentPath, loadDocument, SectionArticle, ThreadMarker } from './shared';
import type { DocumentWithProject } from './shared';

const publishIds = { note: 'publish-note', sections: 'document-contents' };

function PublishForm({ data, onPublished }: { data: DocumentWithProject; onPublished: (number: number) => void }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const [note, setNote] = useState('');
  const field = fieldProps(form.errors, publishIds);
  const next = data.document.published_version + 1;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (note.trim().length > 2000) clientErrors.note = [t('documents.publish.noteTooLong')];
    form.submit(
      async () => {
        const version = await publishDocument(data.document.id, note.trim());
        setNote('');
        onPublished(version.number);
      },
      clientErrors,
      (error) => (error instanceof ApiError && error.status === 409 ? t('documents.publish.empty') : null),
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate id="publish-form" class="rt-publish">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={publishIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('documents.publish.heading', { number: next })}</h2>
      <p class="govuk-body">{t('documents.publish.intro')}</p>
      <TextArea {...field('note')} label={t('documents.publish.noteLabel')} hint={t('documents.publish.noteHint')} value={note} onValue={setNote} rows={3} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('documents.publish.submit', { number: next })}
      </Button>
    </form>
  );
}

const consultIds = { closes_at: 'consult-closes-day' };

// Asking every member for comments on the draft until a day (its end, UTC).
function ConsultForm({ data, onOpened }: { data: DocumentWithProject; onOpened: () => void }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const [closes, setCloses] = useState(() => dateFromIso(data.document.consultation?.closes_at?.slice(0, 10) ?? null));
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const day = isBlankDate(closes) ? null : isoFromDate(closes);
    const clientErrors: FieldErrors = day ? {} : { closes_at: [t('documents.consult.dateRequired')] };
    form.submit(async () => {
      await openConsultation(data.document.id, `${day}T23:59:59Z`);
      onOpened();
    }, clientErrors);
  };
  return (
    <form onSubmit={onSubmit} noValidate id="consult-form">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={consultIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{data.document.consultation?.open ? t('documents.consult.changeHeading') : t('documents.consult.heading')}</h2>
      <p class="govuk-body">{t('documents.consult.intro')}</p>
      <DateInput
        id="consult-closes"
        name="closes_at"
        legend={t('documents.consult.closesLabel')}
        hint={t('documents.consult.closesHint')}
        date={closes}
        onDate={setCloses}
        errors={exactMessages(form.errors, 'closes_at')}
      />
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {data.document.consultation?.open ? t('documents.consult.change') : t('documents.consult.submit')}
      </Button>
    </form>
  );
}

// A published version at an address anyone can read, without signing in: a
// convener's choice, shown with the address to pass on.
function PublicAddress({ data, onChanged }: { data: DocumentWithProject; onChanged: (key: 'documents.public.made' | 'documents.public.stopped') => void }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const path = data.document.public_path;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(async () => {
      if (path) await stopPublic(data.document.id);
      else await makePublic(data.document.id);
      onChanged(path ? 'documents.public.stopped' : 'documents.public.made');
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate id="public-form">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('documents.public.heading')}</h2>
      {path ? (
        <>
          <p class="govuk-body">{t('documents.public.isPublic')}</p>
          <p class="govuk-body rt-public-address" id="public-address">
            <a class="govuk-link" href={path} dir="ltr">
              {`${window.location.origin}${path}`}
            </a>
          </p>
        </>
      ) : (
        <p class="govuk-body">{t('documents.public.intro')}</p>
      )}
      <Button secondary={!path} warning={Boolean(path)} busy={form.submitting} busyText={t('common.saving')}>
        {path ? t('documents.public.stop') : t('documents.public.make')}
      </Button>
    </form>
  );
}

export function DocumentPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const { isConvener } = useSession();
  const [reload, setReload] = useState(0);
  const [flash, setFlash] = useState<Flash | null>(takeFlash);
  const loaded = useResource(() => loadDocument(parameters.id), [parameters.id, reload]);
  usePageTitle(loaded.data ? loaded.data.document.title : loaded.status === 'loading' ? t('common.loading') : null);
  useSuccessBannerFocus(flash);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <FailureMessage error={loaded.error} />;
  const { document } = loaded.data;
  const depths = depthsOf(document.sections);
  const base = documentPath(document.id);
  const writer = document.writer;
  const latest = document.published_version;
  return (
    <>
      <DocumentBreadcrumbs />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <DocumentCaption {...loaded.data} />
      <h1 class="govuk-heading-xl rt-document-title">
        <bdi>{document.title}</bdi>
      </h1>
      <p class="govuk-body" id="document-version">
        {document.version === null
          ? latest > 0
            ? t('documents.reader.draftAfter', { number: latest })
            : t('documents.reader.draftNever')
          : t('documents.reader.version', { number: document.version })}
      </p>
      {writer ? (
        <ul class="govuk-list rt-document-counts" id="document-counts">
          <li>
            {document.suspect_links > 0 ? (
              <Link class="govuk-link" href={`${base}/suspect`}>
                {counted(t, language, 'documents.reader.suspectLinks', document.suspect_links)}
              </Link>
            ) : (
              t('documents.reader.noSuspect')
            )}
          </li>
          <li>{document.without_trace > 0 ? counted(t, language, 'documents.reader.withoutTrace', document.without_trace) : t('documents.reader.allTraced')}</li>
        </ul>
      ) : null}
      {document.consultation?.open ? (
        <div class="govuk-inset-text" id="document-consultation">
          <p class="govuk-body">{t('documents.consult.open', { date: formatDate(document.consultation.closes_at, language) })}</p>
          {writer ? null : <p class="govuk-body">{t('documents.consult.invite')}</p>}
        </div>
      ) : null}
      <ul class="govuk-list rt-document-links" id="document-links">
        {writer ? (
          <li>
            <Link class="govuk-link" href={`${base}/edit`} id="document-edit-link">
              {t('documents.reader.edit')}
            </Link>
          </li>
        ) : null}
        {latest > 0 ? (
          <li>
            <Link class="govuk-link" href={`${base}/versions`}>
              {t('documents.reader.versions')}
            </Link>
          </li>
        ) : null}
        {latest > 1 || (writer && latest > 0) ? (
          <li>
            <Link class="govuk-link" href={`${base}/diff`}>
              {t('documents.reader.differences')}
            </Link>
          </li>
        ) : null}
        {writer ? (
          <li>
            <Link class="govuk-link" href={`${base}/suspect`}>
              {t('documents.reader.review')}
            </Link>
          </li>
        ) : null}
        {document.consultation ? (
          <li>
            <Link class="govuk-link" href={`${base}/responses`} id="document-responses-link">
              {writer ? t('documents.reader.responses') : t('documents.reader.myResponses')}
            </Link>
          </li>
        ) : null}
      </ul>
      {document.sections.length === 0 ? (
        <p class="govuk-body" id="document-empty">
          {writer ? t('documents.reader.emptyWriter') : t('documents.reader.empty')}
        </p>
      ) : (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds rt-document">
            <Contents sections={document.sections} depths={depths} />
            {document.sections.map((section) => (
              <SectionArticle
                key={section.id}
                section={section}
                depth={depths.get(section.id) ?? 0}
                marker={
                  <>
                    <ThreadMarker section={section} writer={writer} />
                    {writer && section.published ? (
                      <p class="govuk-body-s">
                        <Link class="govuk-link" href={`/translations/document_section/${encodeURIComponent(section.id)}/body`}>
                          {t('translations.reader.manageLink')}
                          <span class="govuk-visually-hidden">: {section.heading}</span>
                        </Link>
                      </p>
                    ) : null}
                    {document.consultation?.open && !writer ? (
                      <p class="govuk-body">
                        <Link class="govuk-link" href={`/sections/${section.id}/respond`}>
                          {t('documents.consult.respond')}
                          <span class="govuk-visually-hidden">: {section.heading}</span>
                        </Link>
                      </p>
                    ) : null}
                  </>
                }
              />
            ))}
          </div>
        </div>
      )}
      {writer ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <PublishForm
              data={loaded.data}
              onPublished={(number) => {
                setFlash({ key: 'documents.publish.done', parameters: { number: String(number) } });
                setReload((value) => value + 1);
              }}
            />
            {isConvener && latest > 0 ? (
              <PublicAddress
                data={loaded.data}
                onChanged={(key) => {
                  setFlash({ key });
                  setReload((value) => value + 1);
                }}
              />
            ) : null}
            {document.project_id && document.sections.length > 0 ? (
              <ConsultForm
                data={loaded.data}
                onOpened={() => {
                  setFlash({ key: 'documents.consult.opened' });
                  setReload((value) => value + 1);
                }}
              />
            ) : null}
          </div>
        </div>
      ) : null}
    </>
  );
}
