import { useRef, useState } from 'preact/hooks';
import { fetchProject } from '../api/projects';
import { createSurvey } from '../api/surveys';
import { questionKinds } from '../api/types';
import type { FieldErrors, QuestionKind, SurveyQuestion } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Checkboxes, FormActions, Select, TextArea, TextInput } from '../components/Fields';
import { setFlash } from '../components/flash';
import { exactMessages, fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { CheckedItemText } from '../language/CheckedItemText';
import { PlainLanguageCheck } from '../language/PlainLanguageCheck';
import { confirmationField, confirmationFieldId, PublishConfirmation, usePublishConfirmation } from '../language/PublishConfirmation';
import { useLanguageCheck } from '../language/useLanguageCheck';
import type { LanguageCheck } from '../language/useLanguageCheck';
import { navigate } from '../router/router';
import { dateFromIso, isBlankDate, isoFromDate, parseDate, zonedToRfc3339 } from '../text/activities';
import { DateInput } from '../components/DateInput';
import { parseOptions } from '../text/ordering';
import { questionKindName } from '../contributions/shared';
import { SurveyBreadcrumbs } from './shared';
import { ProjectHeading } from '../projects/ProjectHeading';
import { NotLoaded } from '../components/NotLoaded';
import { useFocusAfterRender } from '../components/useFocusAfterRender';

const zone = 'Europe/London';
const translationLanguages = ['pl', 'ar'] as const;

type QuestionDraft = {
  kind: string;
  text: string;
  options: string;
  required: boolean;
  translations: Record<string, { text: string; options: string }>;
};

const emptyQuestion = (): QuestionDraft => ({ kind: '', text: '', options: '', required: true, translations: { pl: { text: '', options: '' }, ar: { text: '', options: '' } } });
const hasOptions = (kind: string) => kind === 'single_choice' || kind === 'multiple_choice' || kind === 'ranking';

// "2030-07-01" in London, days from today.
function londonDate(daysFromToday: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(Date.now() + daysFromToday * 24 * 3600 * 1000));
}


const questionId = (index: number, field: string) => `survey-question-${index}-${field}`;
const staticIds: Record<string, string> = {
  title: 'survey-title',
  description: 'survey-description',
  anonymous: 'survey-anonymous',
  // Each date is three boxes: its errors lead to the day.
  opens_at: 'survey-opens-day',
  closes_at: 'survey-closes-day',
  questions: 'survey-question-0-kind',
  [confirmationField]: confirmationFieldId,
};
const fieldIds: Record<string, string> = { ...staticIds };
for (let index = 0; index < 100; index += 1) {
  fieldIds[`questions.${index}`] = questionId(index, 'text');
  for (const field of ['kind', 'text', 'options']) fieldIds[`questions.${index}.${field}`] = questionId(index, field);
  for (const language of translationLanguages) {
    fieldIds[`questions.${index}.translations.${language}`] = questionId(index, `${language}-text`);
    fieldIds[`questions.${index}.translations.${language}.text`] = questionId(index, `${language}-text`);
    fieldIds[`questions.${index}.translations.${language}.options`] = questionId(index, `${language}-options`);
  }
}

export function SurveyNewPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const focusAfterRender = useFocusAfterRender();
  const loaded = useResource(() => fetchProject(parameters.id), [parameters.id]);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [opens, setOpens] = useState(() => dateFromIso(londonDate(0)));
  const [closes, setCloses] = useState(() => dateFromIso(londonDate(28)));
  const [questions, setQuestions] = useState<QuestionDraft[]>([emptyQuestion()]);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, staticIds);
  const descriptionCheck = useLanguageCheck(description, language);
  const questionChecks = useRef(new Map<number, LanguageCheck>()).current;
  const confirmation = usePublishConfirmation();
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(loaded.status === 'loading' ? t('common.loading') : t('surveyNew.heading'), hasErrors);

  if (!loaded.data) return <NotLoaded resource={loaded} />;
  const project = loaded.data;

  const setQuestion = (index: number, change: Partial<QuestionDraft>) =>
    setQuestions((current) => current.map((question, at) => (at === index ? { ...question, ...change } : question)));
  const setTranslation = (index: number, language: string, change: Partial<{ text: string; options: string }>) =>
    setQuestions((current) =>
      current.map((question, at) =>
        at === index ? { ...question, translations: { ...question.translations, [language]: { ...question.translations[language], ...change } } } : question,
      ),
    );

  const allChecks = () => [descriptionCheck, ...[...questionChecks.entries()].sort((a, b) => a[0] - b[0]).map(([, check]) => check)];

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!title.trim()) clientErrors.title = [t('surveyNew.titleMissing')];
    if (await confirmation.blocks(allChecks())) clientErrors[confirmationField] = [t('language.confirmMissing')];
    const openDate = parseDate(opens);
    const closeDate = parseDate(closes);
    if (!openDate) clientErrors.opens_at = [t(isBlankDate(opens) ? 'surveyNew.opensMissing' : 'dateInput.invalid')];
    if (!closeDate) clientErrors.closes_at = [t(isBlankDate(closes) ? 'surveyNew.closesMissing' : 'dateInput.invalid')];
    else if (openDate && isoFromDate(closes)! < isoFromDate(opens)!) clientErrors.closes_at = [t('surveyNew.closesBeforeOpens')];
    const sent: SurveyQuestion[] = questions.map((question, index) => {
      if (!question.kind) clientErrors[`questions.${index}.kind`] = [t('surveyNew.kindMissing', { number: index + 1 })];
      if (!question.text.trim()) clientErrors[`questions.${index}.text`] = [t('surveyNew.textMissing', { number: index + 1 })];
      const options = hasOptions(question.kind) ? parseOptions(question.options) : [];
      if (hasOptions(question.kind) && options.length < 2) clientErrors[`questions.${index}.options`] = [t('surveyNew.optionsMissing', { number: index + 1 })];
      const translations: Record<string, { text: string; options: string[] }> = {};
      for (const language of translationLanguages) {
        const translation = question.translations[language];
        if (!translation.text.trim()) continue;
        const translated = hasOptions(question.kind) ? parseOptions(translation.options) : [];
        if (hasOptions(question.kind) && translated.length !== options.length)
          clientErrors[`questions.${index}.translations.${language}.options`] = [t('surveyNew.translationOptionsCount', { number: index + 1 })];
        translations[language] = { text: translation.text.trim(), options: translated };
      }
      return {
        kind: question.kind as QuestionKind,
        text: question.text.trim(),
        options,
        required: question.required,
        ...(Object.keys(translations).length ? { translations } : {}),
      };
    });
    form.submit(async () => {
      const survey = await createSurvey(project.id, {
        title: title.trim(),
        description: description.trim(),
        anonymous,
        opens_at: zonedToRfc3339(openDate!, [0, 0], zone),
        closes_at: zonedToRfc3339(closeDate!, [23, 59], zone),
        language: 'en',
        questions: sent,
      });
      setFlash({ key: 'surveyNew.created', parameters: { title: survey.title } });
      navigate(`/surveys/${survey.id}`);
    }, clientErrors);
  };

  return (
    <>
      <SurveyBreadcrumbs project={project} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <form onSubmit={onSubmit} noValidate>
            <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
            <ProjectHeading project={project}>{t('surveyNew.heading')}</ProjectHeading>
            <TextInput {...field('title')} label={t('survey.titleLabel')} value={title} onValue={setTitle} dir="auto" />
            <TextArea
              {...field('description')}
              label={t('survey.description')}
              hint={t('surveyNew.descriptionHint')}
              value={description}
              onValue={setDescription}
              rows={3}
            />
            <PlainLanguageCheck check={descriptionCheck} fieldId={staticIds.description} onText={setDescription} />
            <Checkboxes
              {...field('anonymous')}
              label={t('surveyNew.anonymousLegend')}
              hint={t('surveyNew.anonymousHint')}
              values={anonymous ? ['yes'] : []}
              onValues={(values) => setAnonymous(values.includes('yes'))}
              choices={[{ value: 'yes', text: t('surveyNew.anonymousLabel') }]}
            />
            <DateInput
              id="survey-opens"
              name="opens"
              legend={t('surveyNew.opensLabel')}
              hint={t('surveyNew.opensHint')}
              date={opens}
              onDate={setOpens}
              errors={messagesFor(form.errors, 'opens_at')}
            />
            <DateInput
              id="survey-closes"
              name="closes"
              legend={t('surveyNew.closesLabel')}
              hint={t('surveyNew.closesHint')}
              date={closes}
              onDate={setCloses}
              errors={messagesFor(form.errors, 'closes_at')}
            />
            <h2 class="govuk-heading-m">{t('surveyNew.questionsHeading')}</h2>
            {questions.map((question, index) => (
              <fieldset class="govuk-fieldset rt-question" key={index}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t('surveyNew.questionLegend', { number: index + 1 })}</legend>
                <Select
                  id={questionId(index, 'kind')}
                  name={`questions[${index}].kind`}
                  label={t('surveyNew.kindLabel')}
                  value={question.kind}
                  onValue={(value) => setQuestion(index, { kind: value })}
                  emptyChoice={t('surveyNew.chooseKind')}
                  choices={questionKinds.map((value) => ({ value, text: questionKindName(t, value) }))}
                  errors={exactMessages(form.errors, `questions.${index}.kind`)}
                />
                <CheckedItemText
                  index={index}
                  id={questionId(index, 'text')}
                  name={`questions[${index}].text`}
                  label={t('surveyNew.textLabel')}
                  text={question.text}
                  onText={(value) => setQuestion(index, { text: value })}
                  errors={exactMessages(form.errors, `questions.${index}.text`, `questions.${index}`)}
                  checks={questionChecks}
                />
                {hasOptions(question.kind) ? (
                  <TextArea
                    id={questionId(index, 'options')}
                    name={`questions[${index}].options`}
                    label={t('surveyNew.optionsLabel')}
                    hint={t('surveyNew.optionsHint')}
                    value={question.options}
                    onValue={(value) => setQuestion(index, { options: value })}
                    rows={4}
                    errors={messagesFor(form.errors, `questions.${index}.options`)}
                  />
                ) : null}
                <Checkboxes
                  id={questionId(index, 'required')}
                  name={`questions[${index}].required`}
                  label={t('surveyNew.requiredLegend')}
                  values={question.required ? ['yes'] : []}
                  onValues={(values) => setQuestion(index, { required: values.includes('yes') })}
                  choices={[{ value: 'yes', text: t('surveyNew.requiredLabel') }]}
                />
                <details class="govuk-details">
                  <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{t('surveyNew.translationsSummary')}</span>
                  </summary>
                  <div class="govuk-details__text">
                    <p class="govuk-body">{t('surveyNew.translationsIntro')}</p>
                    {translationLanguages.map((language) => (
                      <div key={language} lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
                        <TextInput
                          id={questionId(index, `${language}-text`)}
                          name={`questions[${index}].translations.${language}.text`}
                          label={t(language === 'pl' ? 'surveyNew.polishText' : 'surveyNew.arabicText')}
                          value={question.translations[language].text}
                          onValue={(value) => setTranslation(index, language, { text: value })}
                          errors={exactMessages(form.errors, `questions.${index}.translations.${language}.text`, `questions.${index}.translations.${language}`)}
                        />
                        {hasOptions(question.kind) ? (
                          <TextArea
                            id={questionId(index, `${language}-options`)}
                            name={`questions[${index}].translations.${language}.options`}
                            label={t(language === 'pl' ? 'surveyNew.polishOptions' : 'surveyNew.arabicOptions')}
                            hint={t('surveyNew.translationOptionsHint')}
                            value={question.translations[language].options}
                            onValue={(value) => setTranslation(index, language, { options: value })}
                            rows={4}
                            errors={messagesFor(form.errors, `questions.${index}.translations.${language}.options`)}
                          />
                        ) : null}
                      </div>
                    ))}
                  </div>
                </details>
                {questions.length > 1 ? (
                  <button
                    type="button"
                    class="govuk-button govuk-button--warning"
                    onClick={() => setQuestions((current) => current.filter((_, at) => at !== index))}
                  >
                    {t('surveyNew.removeQuestion', { number: index + 1 })}
                  </button>
                ) : null}
              </fieldset>
            ))}
            <div class="govuk-button-group">
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={() => {
                  const next = questions.length;
                  setQuestions((current) => [...current, emptyQuestion()]);
                  focusAfterRender(questionId(next, 'kind'));
                }}
              >
                {t('surveyNew.addQuestion')}
              </button>
            </div>
            <PublishConfirmation confirmation={confirmation} checks={allChecks()} errors={messagesFor(form.errors, confirmationField)} />
            <FormActions busy={form.submitting} cancelHref={`/projects/${project.id}/surveys`}>{t('surveyNew.submit')}</FormActions>
          </form>
        </div>
      </div>
    </>
  );
}
