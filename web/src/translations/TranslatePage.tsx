// Adding a translation and an Easy Read version of one published text
// (issue 8), for conveners and the project's organisers. Everyone else sees
// the translations there are.

import { useState } from 'preact/hooks';
import { fetchActivity, fetchMinutes } from '../api/activities';
import { fetchContribution } from '../api/contributions';
import { fetchProposal } from '../api/decisions';
import type { CheckResult } from '../api/language';
import { fetchProject } from '../api/projects';
import { request } from '../api/client';
import { fetchInitiative } from '../api/initiatives';
import { useSession } from '../session/session';
import { fetchSurvey } from '../api/surveys';
import type { components } from '../api/openapi';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { FailureMessage } from '../components/FailureMessage';
import { Button, TextArea, TextInput } from '../components/Fields';
import { LanguagePicker } from '../components/LanguagePicker';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { shortText } from '../contributions/shared';
import { useI18n } from '../i18n/i18n';
import type { MessageKey, Translate } from '../i18n/i18n';
import { Link, useLocation } from '../router/router';
import type { SubjectType, Translations } from './api';
import { fetchTranslations, saveEasyRead, saveTranslation } from './api';
import type { EasyReadRow } from './choose';
import {
  addRow,
  directionOf,
  lineOfOffset,
  linesFromRows,
  moveRow,
  pictograms,
  primaryLanguage,
  removeRow,
  rowsFromLines,
  updateRow,
} from './choose';
import { EasyReadLineNotes, EasyReadLiveSummary, useEasyReadCheck } from './EasyReadLiveCheck';
import { languageLabel } from './names';
import { Title } from '../components/Title';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

type Schemas = components['schemas'];

type Subject = {
  type: SubjectType;
  id: string;
  field: string;
  title: string;
  original: string;
  originalLanguage: string;
  canManage: boolean;
  backHref: string;
  projectId: string;
};

// The published texts the web app shows translated (docs/api.md, issue 8).
// Survey questions are not here: each question carries its own wording in
// other languages, set in the survey.
// `isConvener`: conveners manage an initiative's texts as its leads do.
async function loadSubject(type: string, id: string, field: string, isConvener = false): Promise<Subject> {
  const subject = { id, field, originalLanguage: 'en' };
  if (type === 'project' && field === 'summary') {
    const project = await fetchProject(id);
    return { ...subject, type, title: project.title, original: project.summary, canManage: project.can_manage, backHref: `/projects/${id}`, projectId: id };
  }
  if (type === 'activity' && field === 'purpose') {
    const activity = await fetchActivity(id);
    return {
      ...subject,
      type,
      title: activity.title,
      original: activity.purpose,
      canManage: activity.can_organise,
      backHref: `/activities/${id}`,
      projectId: activity.project_id,
    };
  }
  if (type === 'minutes' && field === 'summary') {
    // The minutes belong to an activity and share its id.
    const [activity, minutes] = await Promise.all([fetchActivity(id), fetchMinutes(id)]);
    return {
      ...subject,
      type,
      title: activity.title,
      original: minutes.summary,
      canManage: activity.can_organise,
      backHref: `/activities/${id}/minutes`,
      projectId: activity.project_id,
    };
  }
  if (type === 'proposal' && field === 'text') {
    const proposal = await fetchProposal(id);
    const project = await fetchProject(proposal.project_id);
    return {
      ...subject,
      type,
      title: proposal.title,
      original: proposal.text,
      canManage: project.can_manage,
      backHref: `/proposals/${id}`,
      projectId: proposal.project_id,
    };
  }
  if (type === 'contribution_response' && field === 'response') {
    const contribution = await fetchContribution(id);
    const project = await fetchProject(contribution.project_id);
    return {
      ...subject,
      type,
      title: shortText(contribution.text, 60),
      original: contribution.response,
      canManage: project.can_manage,
      backHref: `/contributions/${id}`,
      projectId: contribution.project_id,
    };
  }
  if (type === 'survey' && field === 'description') {
    const survey = await fetchSurvey(id);
    return {
      ...subject,
      type,
      title: survey.title,
      original: survey.description,
      originalLanguage: survey.language || 'en',
      canManage: survey.can_organise,
      backHref: `/surveys/${id}`,
      projectId: survey.project_id,
    };
  }
  if (type === 'document_section' && field === 'body') {
    // A section is published with its heading and body together.
    const thread = await request<Schemas['Thread']>('GET', `/api/v1/sections/${id}/thread`);
    const document = await request<Schemas['Document']>('GET', `/api/v1/documents/${thread.document_id}`);
    return {
      ...subject,
      type,
      title: `${thread.document_title}: ${thread.section.heading}`,
      original: `${thread.section.heading}\n\n${thread.section.body}`,
      canManage: document.writer,
      backHref: `/documents/${thread.document_id}`,
      projectId: document.project_id ?? '',
    };
  }
  if (type === 'initiative' && field === 'purpose') {
    const initiative = await fetchInitiative(id);
    return {
      ...subject,
      type,
      title: initiative.title,
      original: initiative.purpose,
      canManage: initiative.can_lead || initiative.can_decide || isConvener,
      backHref: `/initiatives/${id}`,
      projectId: initiative.project_id ?? '',
    };
  }
  throw Object.assign(new Error('not found'), { status: 404 });
}

// What the page calls the text, and where it goes back to.
function subjectWords(t: Translate, subject: Subject): { field: string; back: string } {
  const back = t('translations.page.back', { title: subject.title });
  switch (subject.type) {
    case 'project':
      return { field: t('translations.field.projectSummary'), back };
    case 'activity':
      return { field: t('translations.field.activityPurpose'), back };
    case 'minutes':
      return { field: t('translations.field.minutesSummary'), back: t('translations.page.backToMinutes', { title: subject.title }) };
    case 'proposal':
      return { field: t('translations.field.proposalText'), back };
    case 'contribution_response':
      return { field: t('translations.field.contributionResponse'), back: t('translations.page.backToContribution') };
    case 'survey':
      return { field: t('translations.field.surveyDescription'), back };
    case 'document_section':
      return { field: t('translations.field.documentSection'), back };
    case 'initiative':
      return { field: t('translations.field.initiativePurpose'), back };
  }
}

const translationFieldIds = { language: 'translation-language', text: 'translation-text' };

function TranslationForm({ subject, existing, onSaved, initialLanguage }: {
  subject: Subject;
  existing: Translations;
  onSaved: (language: string) => void;
  initialLanguage: string;
}) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, translationFieldIds);
  // The translation there is in a language: its own tag, else one of the same language (pt for pt-BR).
  const textFor = (tag: string) => {
    const mine = existing.translations.filter((item) => item.field === subject.field);
    return (mine.find((item) => item.language === tag) ?? mine.find((item) => primaryLanguage(item.language) === primaryLanguage(tag)))?.text ?? '';
  };
  const [chosen, setChosen] = useState(initialLanguage);
  const [typed, setTyped] = useState('');
  const [text, setText] = useState(() => (initialLanguage ? textFor(initialLanguage) : ''));

  const onChoice = (tag: string) => {
    setChosen(tag);
    if (tag) setText(textFor(tag) || text);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = {};
    // Words in the box that name no language are a mistake, not "no language".
    if (!chosen) errors.language = [typed.trim() ? t('languagePicker.missing') : t('translations.form.languageMissing')];
    if (!text.trim()) errors.text = [t('translations.form.textMissing')];
    form.submit(async () => {
      await saveTranslation({ subject_type: subject.type, subject_id: subject.id, field: subject.field, language: chosen, text: text.trim() });
      onSaved(chosen);
    }, errors);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={translationFieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('translations.form.heading')}</h2>
      <LanguagePicker
        {...field('language')}
        label={t('translations.form.language')}
        value={chosen}
        onValue={onChoice}
        onText={setTyped}
      />
      <TextArea
        {...field('text')}
        label={t('translations.form.text')}
        hint={t('translations.form.textHint')}
        value={text}
        onValue={setText}
        rows={6}
      />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('translations.form.submit')}
      </Button>
    </form>
  );
}

type EasyReadAnswer = { meets_target: boolean; check: CheckResult; lines: { text: string; pictogram: string | null }[] };

function EasyReadCheck({ check }: { check: EasyReadAnswer }) {
  const { t } = useI18n();
  if (check.meets_target) {
    return (
      <p class="govuk-body" id="easy-read-check">
        <strong class="govuk-tag govuk-tag--green">{t('translations.easyRead.meetsTarget')}</strong>
      </p>
    );
  }
  return (
    <div id="easy-read-check" class="govuk-inset-text">
      <p class="govuk-body">
        <strong class="govuk-tag govuk-tag--yellow">{t('translations.easyRead.belowTarget')}</strong>
      </p>
      <ul class="govuk-list govuk-list--bullet">
        {check.check.long_sentences.map((finding, index) => (
          <li key={`long-${index}`}>
            {t('translations.easyRead.longSentence', { line: lineOfOffset(check.lines, finding.offset) + 1, words: finding.words })}
          </li>
        ))}
        {check.check.flesch_reading_ease !== null && check.check.flesch_reading_ease < check.check.target.min_reading_ease ? (
          <li>
            {t('translations.easyRead.readingEase', {
              score: Math.round(check.check.flesch_reading_ease),
              target: check.check.target.min_reading_ease,
            })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function EasyReadEditor({ subject, existing }: { subject: Subject; existing: Translations }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const saved = existing.easy_read.find((item) => item.field === subject.field);
  const [rows, setRows] = useState<EasyReadRow[]>(() =>
    saved && saved.lines.length ? rowsFromLines(saved.lines) : rowsFromLines([{ text: '', pictogram: null }]),
  );
  const [result, setResult] = useState<EasyReadAnswer | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const live = useEasyReadCheck(rows, subject.originalLanguage);
  const fieldIds: Record<string, string> = { lines: 'easy-read-1-text' };
  rows.forEach((_, index) => {
    fieldIds[`lines[${index}].text`] = `easy-read-${index + 1}-text`;
    fieldIds[`lines.${index}.text`] = `easy-read-${index + 1}-text`;
  });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const lines = linesFromRows(rows);
    const errors: FieldErrors = {};
    if (lines.length === 0) errors.lines = [t('translations.easyRead.linesMissing')];
    rows.forEach((row, index) => {
      if (row.text.trim().length > 300) errors[`lines[${index}].text`] = [t('translations.easyRead.lineTooLong', { line: index + 1 })];
    });
    setResult(null);
    form.submit(async () => {
      const answer = await saveEasyRead({ subject_type: subject.type, subject_id: subject.id, field: subject.field, lines });
      setRows(rowsFromLines(answer.lines));
      setResult(answer);
    }, errors);
  };

  const move = (index: number, delta: number) => {
    setRows(moveRow(rows, index, delta));
    setAnnouncement(t('translations.easyRead.moved', { from: index + 1, to: index + 1 + delta }));
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('translations.easyRead.heading')}</h2>
      <p class="govuk-body">{t('translations.easyRead.intro')}</p>
      {saved?.outdated && !result ? (
        <div class="govuk-inset-text" id="easy-read-outdated">
          <strong class="govuk-tag govuk-tag--yellow">{t('translations.needed.outdated')}</strong> {t('translations.easyRead.outdated')}
        </div>
      ) : null}
      {result ? (
        <NotificationBanner kind="success" heading={t('translations.easyRead.saved')} titleId="easy-read-saved-title">
          <EasyReadCheck check={result} />
        </NotificationBanner>
      ) : null}
      {messagesFor(form.errors, 'lines').length ? (
        <p class="govuk-error-message">
          <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {messagesFor(form.errors, 'lines').join(' ')}
        </p>
      ) : null}
      <ol class="govuk-list rt-easy-read-rows">
        {rows.map((row, index) => {
          const number = index + 1;
          const base = `easy-read-${number}`;
          const notes = live.notes.get(row.key) ?? [];
          return (
            <li key={row.key} class="govuk-!-margin-bottom-6">
              <fieldset class="govuk-fieldset">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('translations.easyRead.line', { line: number })}</legend>
                <TextInput
                  id={`${base}-text`}
                  name={`${base}-text`}
                  label={t('translations.easyRead.words', { line: number })}
                  value={row.text}
                  onValue={(value) => setRows(updateRow(rows, index, { text: value }))}
                  errors={[...messagesFor(form.errors, `lines[${index}].text`), ...messagesFor(form.errors, `lines.${index}.text`)]}
                  describedBy={notes.length ? `${base}-check` : undefined}
                />
                <EasyReadLineNotes id={`${base}-check`} line={number} notes={notes} />
                <div class="govuk-form-group">
                  <fieldset class="govuk-fieldset">
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('translations.easyRead.picture', { line: number })}</legend>
                    <div class="govuk-radios govuk-radios--small" style={{ display: 'flex', flexWrap: 'wrap', gap: '0 20px' }}>
                      {['', ...pictograms].map((name) => {
                        const id = `${base}-pictogram-${name || 'none'}`;
                        return (
                          <div class="govuk-radios__item" key={name || 'none'} style={{ minWidth: '180px' }}>
                            <input
                              class="govuk-radios__input"
                              id={id}
                              name={`${base}-pictogram`}
                              type="radio"
                              value={name}
                              checked={row.pictogram === name}
                              onChange={() => setRows(updateRow(rows, index, { pictogram: name }))}
                            />
                            <label class="govuk-label govuk-radios__label" for={id} style={{ display: 'flex', alignItems: 'center', gap: '8px' }}>
                              {name ? <img src={`/pictograms/${name}.svg`} alt="" width={40} height={40} /> : null}
                              {name ? t(`translations.pictogram.${name}` as MessageKey) : t('translations.pictogram.none')}
                            </label>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                </div>
                <div class="govuk-button-group">
                  <button type="button" class="govuk-button govuk-button--secondary" disabled={index === 0} onClick={() => move(index, -1)}>
                    {t('translations.easyRead.moveUp')}
                    <span class="govuk-visually-hidden"> {t('translations.easyRead.line', { line: number })}</span>
                  </button>
                  <button type="button" class="govuk-button govuk-button--secondary" disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                    {t('translations.easyRead.moveDown')}
                    <span class="govuk-visually-hidden"> {t('translations.easyRead.line', { line: number })}</span>
                  </button>
                  <button
                    type="button"
                    class="govuk-button govuk-button--warning"
                    disabled={rows.length === 1}
                    onClick={() => {
                      setRows(removeRow(rows, index));
                      setAnnouncement(t('translations.easyRead.removed', { line: number }));
                    }}
                  >
                    {t('translations.easyRead.remove')}
                    <span class="govuk-visually-hidden"> {t('translations.easyRead.line', { line: number })}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <EasyReadLiveSummary check={live.check} />
      <p class="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div class="govuk-button-group">
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          disabled={rows.length >= 40}
          onClick={() => {
            setRows(addRow(rows));
            setAnnouncement(t('translations.easyRead.added', { line: rows.length + 1 }));
          }}
        >
          {t('translations.easyRead.add')}
        </button>
        <Button busy={form.submitting} busyText={t('common.saving')}>
          {t('translations.easyRead.submit')}
        </Button>
      </div>
    </form>
  );
}

export function TranslatePage({ parameters }: PageProps) {
  const { t, language: pageLanguage } = useI18n();
  const { search } = useLocation();
  const [reload, setReload] = useState(0);
  const [savedLanguage, setSavedLanguage] = useState<string | null>(null);
  const { isConvener } = useSession();
  const subject = useResource(
    () => loadSubject(parameters.subjectType, parameters.subjectId, parameters.field, isConvener),
    [parameters.subjectType, parameters.subjectId, parameters.field, isConvener],
  );
  const existing = useResource(() => fetchTranslations(parameters.subjectType as SubjectType, parameters.subjectId), [parameters.subjectType, parameters.subjectId, reload]);
  useLoadingPageTitle(subject, subject.data && t('translations.page.title', { title: subject.data.title }));

  if (subject.status !== 'ready') return <NotLoaded resource={subject} />;
  const item = subject.data;
  const words = subjectWords(t, item);

  return (
    <>
      <HomeBreadcrumbs
        items={[
          { text: item.title, href: item.backHref },
          ...(item.projectId ? [{ text: t('translations.needed.title'), href: `/projects/${item.projectId}/translations-needed` }] : []),
        ]}
      />
      {savedLanguage ? (
        <NotificationBanner
          kind="success"
          heading={t('translations.form.saved', { language: languageLabel(t, pageLanguage, savedLanguage) })}
          titleId="translation-saved-title"
        />
      ) : null}
      <span class="govuk-caption-l"><Title text={item.title} /></span>
      <h1 class="govuk-heading-l">{t('translations.page.heading', { field: words.field })}</h1>
      <h2 class="govuk-heading-m">{t('translations.page.original', { language: languageLabel(t, pageLanguage, item.originalLanguage) })}</h2>
      <div class="govuk-inset-text rt-preserve-lines" lang={item.originalLanguage} dir={textDirection(item.original)} id="translation-original">
        <Lines text={item.original} />
      </div>
      {existing.status === 'loading' ? <Loading /> : null}
      {existing.status === 'failed' ? <FailureMessage error={existing.error} /> : null}
      {existing.data ? (
        <>
          <h2 class="govuk-heading-m">{t('translations.page.existing')}</h2>
          {existing.data.translations.some((x) => x.field === item.field && x.outdated) ? (
            <p class="govuk-body" id="translations-outdated">
              {t('translations.page.outdatedIntro')}
            </p>
          ) : null}
          {existing.data.translations.filter((x) => x.field === item.field).length ? (
            <dl class="govuk-summary-list" id="translations-list">
              {existing.data.translations
                .filter((x) => x.field === item.field)
                .map((translation) => (
                  <div class="govuk-summary-list__row" key={translation.language} data-outdated={translation.outdated ? 'true' : undefined}>
                    <dt class="govuk-summary-list__key">
                      {languageLabel(t, pageLanguage, translation.language)}
                      {translation.outdated ? (
                        <>
                          {' '}
                          <strong class="govuk-tag govuk-tag--yellow">{t('translations.needed.outdated')}</strong>
                        </>
                      ) : null}
                    </dt>
                    <dd class="govuk-summary-list__value rt-preserve-lines" lang={translation.language} dir={directionOf(translation.language)}>
                      <Lines text={translation.text} />
                    </dd>
                  </div>
                ))}
            </dl>
          ) : (
            <p class="govuk-body">{t('translations.page.none')}</p>
          )}
          {item.canManage ? (
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <TranslationForm
                  key={`form-${reload}`}
                  subject={item}
                  existing={existing.data}
                  initialLanguage={primaryLanguage(search.get('language'))}
                  onSaved={(language) => {
                    setSavedLanguage(language);
                    setReload(reload + 1);
                    window.scrollTo(0, 0);
                  }}
                />
                <EasyReadEditor key={`easy-${reload}`} subject={item} existing={existing.data} />
              </div>
            </div>
          ) : (
            <p class="govuk-body">{t('translations.page.onlyOrganisers')}</p>
          )}
        </>
      ) : null}
      <p class="govuk-body">
        <Link class="govuk-link" href={item.backHref}>
          {words.back}
        </Link>
      </p>
    </>
  );
}
