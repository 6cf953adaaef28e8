import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { importResponses, listResponses, responsesCsvPath, turnIntoContribution } from '../api/surveys';
import { contributionKinds, stakeholderGroups } from '../api/types';
import type { Contribution, ContributionKind, FieldErrors, SurveyResponse } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Select } from '../components/Fields';
import { describeFailure, fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link, useLocation } from '../router/router';
import { buildPath } from '../text/paths';
import { formatDateTime } from '../text/dates';
import { answerList, answerText, importOutcome } from '../text/ordering';
import type { ImportOutcome } from '../text/ordering';
import { kindName } from '../contributions/shared';
import { loadSurvey, SurveyBreadcrumbs } from './shared';
import type { SurveyWithProject } from './shared';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';
import { useFocusAfterRender } from '../components/useFocusAfterRender';

// One page of responses at a time: a survey may have very many.
async function load(id: string, after: string) {
  const [loaded, responses] = await Promise.all([loadSurvey(id), listResponses(id, after || undefined)]);
  return { ...loaded, responses: responses.items, nextCursor: responses.next_cursor };
}

const importIds = { file: 'import-file', group: 'import-group' };

export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const { t, formatList } = useI18n();
  if (outcome.kind === 'imported') {
    return (
      <div class="govuk-inset-text" id="import-outcome" role="status">
        <p class="govuk-body govuk-!-font-weight-bold">{t('import.imported', { count: outcome.imported })}</p>
        {outcome.unknownColumns.length ? <p class="govuk-body">{t('import.unknownColumns', { columns: formatList(outcome.unknownColumns) })}</p> : null}
        {outcome.ignoredColumns.length ? <p class="govuk-body">{t('import.ignoredColumns', { columns: formatList(outcome.ignoredColumns) })}</p> : null}
      </div>
    );
  }
  return (
    <div class="govuk-error-summary" id="import-outcome" tabIndex={-1}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{t('import.rejectedTitle')}</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">{t('import.rejectedBody')}</p>
          <Table>
            <caption class="govuk-table__caption govuk-visually-hidden">{t('import.rejectedTitle')}</caption>
            <TableHead columns={[t('import.line'), t('import.column'), t('import.problem')]} />
            <tbody class="govuk-table__body">
              {outcome.rows.map((row, index) => (
                <tr class="govuk-table__row" key={index}>
                  <td class="govuk-table__cell">{row.line}</td>
                  <td class="govuk-table__cell" dir="auto">
                    {row.column || '–'}
                  </td>
                  <td class="govuk-table__cell">{row.message}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </div>
    </div>
  );
}

function ImportForm({ data, onImported }: { data: SurveyWithProject; onImported: () => Promise<void> }) {
  const { t } = useI18n();
  const focusAfterRender = useFocusAfterRender();
  const [file, setFile] = useState<File | null>(null);
  const [group, setGroup] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, importIds);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!file) clientErrors.file = [t('import.fileMissing')];
    setOutcome(null);
    form.submit(async () => {
      const text = await file!.text();
      try {
        const result = await importResponses(data.survey.id, text, group || undefined);
        await onImported();
        setOutcome(importOutcome(result, 201));
      } catch (error) {
        const rejected = error instanceof ApiError ? importOutcome(error.problem, error.status) : null;
        if (rejected) {
          setOutcome(rejected);
          focusAfterRender('import-outcome');
          return;
        }
        throw error;
      }
    }, clientErrors);
  };
  const fileErrors = messagesFor(form.errors, 'file');
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={importIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('import.heading')}</h2>
      <p class="govuk-body">{t('import.intro')}</p>
      {outcome ? <ImportOutcomeView outcome={outcome} /> : null}
      <div class={fileErrors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <label class="govuk-label govuk-label--s" for={importIds.file}>
          {t('import.fileLabel')}
        </label>
        <div class="govuk-hint" id={`${importIds.file}-hint`}>
          {t('import.fileHint')}
        </div>
        {fileErrors.length ? (
          <p class="govuk-error-message" id={`${importIds.file}-error`}>
            <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {fileErrors.join(' ')}
          </p>
        ) : null}
        <input
          class={`govuk-file-upload${fileErrors.length ? ' govuk-file-upload--error' : ''}`}
          id={importIds.file}
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${importIds.file}-hint${fileErrors.length ? ` ${importIds.file}-error` : ''}`}
          onChange={(event) => setFile((event.currentTarget as HTMLInputElement).files?.[0] ?? null)}
        />
      </div>
      <Select
        {...field('group')}
        label={t('import.groupLabel')}
        hint={t('import.groupHint')}
        value={group}
        onValue={setGroup}
        emptyChoice={t('import.noGroup')}
        choices={stakeholderGroups.map((value) => ({ value, text: groupName(t, value) }))}
      />
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {t('import.submit')}
      </Button>
    </form>
  );
}

function TurnIntoContribution({ surveyId, response, questionId }: { surveyId: string; response: SurveyResponse; questionId: string }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<string>('idea');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Contribution | null>(null);
  const [problem, setProblem] = useState('');
  const id = `turn-${response.id}-${questionId}`;
  if (made) {
    return (
      <p class="govuk-body" role="status">
        {t('turn.done')}{' '}
        <Link class="govuk-link" href={`/contributions/${made.id}`}>
          {t('turn.see')}
        </Link>
      </p>
    );
  }
  return (
    <div class="rt-turn">
      {problem ? (
        <p class="govuk-error-message" role="alert">
          <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {problem}
        </p>
      ) : null}
      <div class="govuk-form-group govuk-!-margin-bottom-2">
        <label class="govuk-label govuk-label--s" for={id}>
          {t('turn.kindLabel')}
        </label>
        <select class="govuk-select" id={id} value={kind} onChange={(event) => setKind((event.currentTarget as HTMLSelectElement).value)}>
          {contributionKinds.map((value) => (
            <option key={value} value={value}>
              {kindName(t, value)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        aria-disabled={busy ? 'true' : undefined}
        onClick={async () => {
          if (busy) return;
          setBusy(true);
          setProblem('');
          try {
            setMade(await turnIntoContribution(surveyId, response.id, { question_id: questionId, kind: kind as ContributionKind }));
          } catch (error) {
            setProblem(describeFailure(t, error));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('turn.submit')}
      </button>
    </div>
  );
}

export function SurveyResponsesPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const { search } = useLocation();
  const after = search.get('after') ?? '';
  // The number of the first response on this page, carried in the address.
  const start = Math.max(0, Number.parseInt(search.get('start') ?? '0', 10) || 0);
  const loaded = useResource(() => load(parameters.id, after), [parameters.id, after]);
  // After an import, this page read again (only while the same page is shown).
  const [current, setCurrent] = useState<{ after: string; data: Awaited<ReturnType<typeof load>> } | null>(null);
  const data = current && current.after === after ? current.data : loaded.data;
  useLoadingPageTitle(loaded, data && t('responses.title', { title: data.survey.title }));
  if (!data) return <NotLoaded resource={loaded} />;
  const { survey, project, responses, nextCursor } = data;
  const questions = new Map(survey.questions.map((question, index) => [question.id, { question, index }]));

  return (
    <>
      <SurveyBreadcrumbs project={project} survey={survey} />
      <span class="govuk-caption-l"><Title text={survey.title} /></span>
      <h1 class="govuk-heading-l">{t('responses.heading')}</h1>
      <p class="govuk-body">
        <a class="govuk-link" href={responsesCsvPath(survey.id)} download>
          {t('responses.download')}
        </a>
      </p>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ImportForm data={data} onImported={async () => setCurrent({ after, data: await load(survey.id, after) })} />
        </div>
      </div>
      <h2 class="govuk-heading-m">{t('responses.listHeading', { count: survey.responses })}</h2>
      {responses.length === 0 ? <p class="govuk-body">{t('responses.none')}</p> : null}
      {responses.map((response, at) => (
        <div class="govuk-summary-card" key={response.id} data-response={response.id}>
          <div class="govuk-summary-card__title-wrapper">
            <h3 class="govuk-summary-card__title">
              {t('responses.cardTitle', {
                number: start + at + 1,
                who: response.respondent?.name ?? (survey.anonymous ? t('contribution.anonymous') : t('responses.imported')),
              })}
            </h3>
          </div>
          <div class="govuk-summary-card__content">
            <p class="govuk-body-s">
              {t('responses.meta', { group: response.group ? groupName(t, response.group) : t('common.none'), when: formatDateTime(response.created_at, language) })}
            </p>
            <dl class="govuk-summary-list">
              {answerList(response.answers).map((answer) => {
                const found = questions.get(answer.question_id);
                const value = answerText(answer.value);
                return (
                  <div class="govuk-summary-list__row" key={answer.question_id}>
                    <dt class="govuk-summary-list__key">
                      {found ? (
                        <>
                          {found.index + 1}. <bdi>{found.question.text}</bdi>
                        </>
                      ) : (
                        answer.question_id
                      )}
                    </dt>
                    <dd class="govuk-summary-list__value">
                      <p class="govuk-body rt-preserve-lines" dir={textDirection(value)}>
                        <Lines text={value} />
                      </p>
                      {found?.question.kind === 'free_text' ? <TurnIntoContribution surveyId={survey.id} response={response} questionId={answer.question_id} /> : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        </div>
      ))}
      {nextCursor || after ? (
        <p class="govuk-body">
          {nextCursor ? (
            <Link class="govuk-link govuk-!-margin-right-4" href={buildPath(`/surveys/${survey.id}/responses`, { after: nextCursor, start: start + responses.length })}>
              {t('common.nextPage')}
            </Link>
          ) : null}
          {after ? (
            <Link class="govuk-link" href={`/surveys/${survey.id}/responses`}>
              {t('responses.firstPage')}
            </Link>
          ) : null}
        </p>
      ) : null}
      <p class="govuk-body">
        <Link class="govuk-link" href={`/surveys/${survey.id}`}>
          {t('results.backToSurvey')}
        </Link>
      </p>
    </>
  );
}
