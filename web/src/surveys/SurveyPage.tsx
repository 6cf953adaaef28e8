import { useEffect, useState } from 'preact/hooks';
import { answerSurvey } from '../api/surveys';
import type { Answer, AnswerValue, FieldErrors, Project, StakeholderGroup, Survey } from '../api/types';
import type { PageProps } from '../router/page';
import { SummaryRow } from '../components/SummaryRow';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Checkboxes, Radios, Select, TextArea } from '../components/Fields';
import { takeFlash } from '../components/flash';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { focusSuccessBanner } from '../projects/focus';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { formatDate } from '../text/dates';
import { isolate, questionIn } from '../text/ordering';
import { RankingField } from '../components/Ordering';
import { TranslatedText } from '../translations/TranslatedText';
import { loadSurvey, SurveyBreadcrumbs, SurveyStatusTag } from './shared';
import { groupsInProject } from '../projects/groups';
import { FacilitatorNotice } from '../projects/FacilitatorNotice';
import { Title } from '../components/Title';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

type Question = Survey['questions'][number];

// The question as the reader should see it: their preferred language when the
// survey has it, else the interface language, else as written.
export function useQuestionText() {
  const { language } = useI18n();
  const { me } = useSession();
  return (question: Question) => {
    const preferred = me?.user.preferred_language;
    const first = preferred ? questionIn(question, preferred) : null;
    if (first?.translated) return { ...first, lang: preferred! };
    const second = questionIn(question, language);
    return { ...second, lang: second.translated ? language : undefined };
  };
}

const answerId = (index: number) => `answer-${index}`;
const scaleChoices = (t: Translate) =>
  [1, 2, 3, 4, 5].map((value) => ({
    value: String(value),
    text: value === 1 ? t('answer.scaleLowest', { value }) : value === 5 ? t('answer.scaleHighest', { value }) : String(value),
  }));

// Until someone moves an option, a ranking answer is the options in the order they were written.
const rankingOrder = (options: string[], value: string[]) => (value.length === options.length ? value : options);

function AnswerForm({ survey, project, onSent }: { survey: Survey; project: Project; onSent: () => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const shownQuestion = useQuestionText();
  const myGroups = groupsInProject(project, me?.user.groups ?? []);
  const [group, setGroup] = useState<string>(myGroups[0] ?? '');
  const [values, setValues] = useState<Record<string, AnswerValue>>(() => {
    const start: Record<string, AnswerValue> = {};
    for (const question of survey.questions) if (question.kind === 'ranking') start[question.id] = [...question.options];
    return start;
  });
  const form = useFormSubmission(t);
  const setValue = (id: string, value: AnswerValue) => setValues((current) => ({ ...current, [id]: value }));

  const fieldIds: Record<string, string> = { group: 'answer-group' };
  survey.questions.forEach((question, index) => {
    fieldIds[question.id] = answerId(index);
    fieldIds[`answers.${question.id}`] = answerId(index);
  });
  const field = fieldProps(form.errors, fieldIds);

  const isAnswered = (value: AnswerValue | undefined) =>
    value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0) && !(typeof value === 'string' && !value.trim());

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    const answers: Answer[] = [];
    survey.questions.forEach((question, index) => {
      const value = values[question.id];
      if (!isAnswered(value)) {
        if (question.required !== false) clientErrors[question.id] = [t('answer.missing', { number: index + 1 })];
        return;
      }
      answers.push({ question_id: question.id, value: typeof value === 'string' ? value.trim() : value });
    });
    // The server names answers by their place in what was sent; the form by the question.
    answers.forEach((answer, at) => {
      fieldIds[`answers.${at}`] = answerId(survey.questions.findIndex((question) => question.id === answer.question_id));
    });
    form.submit(async () => {
      await answerSurvey(survey.id, { ...(group ? { group: group as StakeholderGroup } : {}), answers });
      onSent();
    }, clientErrors);
  };

  const errorsFor = (question: Question, index: number) => [
    ...messagesFor(form.errors, question.id),
    ...messagesFor(form.errors, `answers.${question.id}`),
    ...messagesFor(form.errors, `answers.${index}`),
  ];

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('answer.heading')}</h2>
      {survey.anonymous ? <div class="govuk-inset-text">{t('answer.anonymousNote')}</div> : null}
      {myGroups.length > 1 ? (
        <Select
          {...field('group')}
          label={t('answer.groupLabel')}
          value={group}
          onValue={setGroup}
          choices={myGroups.map((value) => ({ value, text: groupName(t, value) }))}
        />
      ) : null}
      {survey.questions.map((question, index) => {
        const shown = shownQuestion(question);
        const id = answerId(index);
        const label = `${index + 1}. ${isolate(shown.text)}${question.required === false ? ` ${t('answer.optional')}` : ''}`;
        const choices = question.options.map((option, at) => ({ value: option, text: shown.options[at] ?? option }));
        const errors = errorsFor(question, index);
        const value = values[question.id];
        return (
          <div key={question.id} lang={shown.lang} dir={shown.lang ? (shown.lang === 'ar' ? 'rtl' : 'ltr') : undefined}>
            {question.kind === 'single_choice' ? (
              <Radios id={id} name={id} label={label} value={(value as string) ?? ''} onValue={(next) => setValue(question.id, next)} choices={choices} errors={errors} />
            ) : question.kind === 'multiple_choice' ? (
              <Checkboxes
                id={id}
                name={id}
                label={label}
                hint={t('answer.multipleHint')}
                values={(value as string[]) ?? []}
                onValues={(next) => setValue(question.id, next)}
                choices={choices}
                errors={errors}
              />
            ) : question.kind === 'scale' ? (
              <Radios
                id={id}
                name={id}
                label={label}
                hint={t('answer.scaleHint')}
                value={value === undefined ? '' : String(value)}
                onValue={(next) => setValue(question.id, Number(next))}
                choices={scaleChoices(t)}
                errors={errors}
              />
            ) : question.kind === 'ranking' ? (
              <RankingField
                id={id}
                label={label}
                hint={t('answer.rankingHint')}
                items={rankingOrder(question.options, (value as string[]) ?? [])}
                textOf={(option) => choices.find((choice) => choice.value === option)?.text ?? option}
                onItems={(next) => setValue(question.id, next)}
                errors={errors}
              />
            ) : (
              <TextArea id={id} name={id} label={label} value={(value as string) ?? ''} onValue={(next) => setValue(question.id, next)} errors={errors} />
            )}
          </div>
        );
      })}
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('answer.submit')}
      </Button>
    </form>
  );
}

export function SurveyPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const [flash] = useState(takeFlash);
  const [version, setVersion] = useState(0);
  const [sent, setSent] = useState(false);
  const loaded = useResource(() => loadSurvey(parameters.id), [parameters.id, version]);
  const data = loaded.data;
  useLoadingPageTitle(loaded, data?.survey.title);

  useEffect(() => {
    if (sent && loaded.status === 'ready') focusSuccessBanner();
  }, [sent, loaded.status]);

  if (!data) return <NotLoaded resource={loaded} />;
  const { survey, project } = data;

  return (
    <>
      <SurveyBreadcrumbs project={project} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      {sent ? <NotificationBanner kind="success" heading={t('answer.sent')} /> : null}
      <span class="govuk-caption-l"><Title text={project.title} /></span>
      <h1 class="govuk-heading-l" dir="auto">
        <Title text={survey.title} />
      </h1>
      {survey.description ? (
        <TranslatedText
          block
          subjectType="survey"
          subjectId={survey.id}
          field="description"
          original={survey.description}
          originalLanguage={survey.language || 'en'}
          manageHref={survey.can_organise ? `/translations/survey/${survey.id}/description` : null}
        />
      ) : null}
      <dl class="govuk-summary-list">
        <SummaryRow label={t('survey.status')}>
          <SurveyStatusTag status={survey.status} />
        </SummaryRow>
        <SummaryRow label={t('survey.opens')}>{formatDate(survey.opens_at, language, 'Europe/London')}</SummaryRow>
        <SummaryRow label={t('survey.closes')}>{formatDate(survey.closes_at, language, 'Europe/London')}</SummaryRow>
        <SummaryRow label={t('survey.anonymous')}>{survey.anonymous ? t('common.yes') : t('common.no')}</SummaryRow>
        <SummaryRow label={t('survey.responses')}>{survey.responses}</SummaryRow>
      </dl>
      <ul class="govuk-list">
        <li>
          <Link class="govuk-link" href={`/surveys/${survey.id}/results`}>
            {t('survey.resultsLink')}
          </Link>
        </li>
        {survey.can_organise ? (
          <li>
            <Link class="govuk-link" href={`/surveys/${survey.id}/responses`}>
              {t('survey.responsesLink')}
            </Link>
          </li>
        ) : null}
      </ul>
      {survey.my_response ? (
        <p class="govuk-body" id="survey-answered">
          {t('survey.alreadyAnswered')}
        </p>
      ) : survey.status === 'open' && project.facilitating ? (
        // An answer from her would be refused for having no group: she is
        // told here, before answering (issue 13, item 2).
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <h2 class="govuk-heading-m">{t('answer.heading')}</h2>
            <FacilitatorNotice project={project} body="answer.facilitator.body" />
          </div>
        </div>
      ) : survey.status === 'open' ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <AnswerForm
              survey={survey}
              project={project}
              onSent={() => {
                setSent(true);
                setVersion((value) => value + 1);
              }}
            />
          </div>
        </div>
      ) : (
        <p class="govuk-body">{survey.status === 'closed' ? t('survey.isClosed') : t('survey.notOpenYet')}</p>
      )}
      <p class="govuk-body">
        <Link class="govuk-link" href={`/projects/${project.id}/surveys`}>
          {t('survey.backToList')}
        </Link>
      </p>
    </>
  );
}
