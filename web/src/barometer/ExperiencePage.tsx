// Partners' experience (issue 14, item 4): five statements, each answered
// from 1 (strongly disagree) to 5 (strongly agree), anonymously, once per
// stage. After answering, thanks.

import { useState } from 'preact/hooks';
import type { FieldErrors } from '../api/types';
import { ApiError } from '../api/client';
import { answerExperience, fetchBarometer } from '../api/barometer';
import type { ExperienceQuestion } from '../api/barometer';
import { fetchProject } from '../api/projects';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormActions, Radios } from '../components/Fields';
import { messagesFor, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { Title } from '../components/Title';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { stageName } from '../i18n/values';
import { focusSuccessBanner } from '../projects/focus';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import type { PageProps } from '../router/page';
import { Link } from '../router/router';
import { experienceText } from './shared';
import { NotLoaded } from '../components/NotLoaded';

const scale = [1, 2, 3, 4, 5] as const;

export function ExperiencePage({ parameters }: PageProps) {
  const { t } = useI18n();
  const project = useResource(() => fetchProject(parameters.id), [parameters.id]);
  const barometer = useResource(() => fetchBarometer(parameters.id), [parameters.id]);
  const form = useFormSubmission(t);
  const [answers, setAnswers] = useState<Partial<Record<ExperienceQuestion, number>>>({});
  const [done, setDone] = useState(false);
  usePageTitle(done ? t('barometer.experience.thanks') : t('barometer.experience.formTitle'), Object.keys(form.errors).length > 0 || !!form.generalError);

  if (project.status !== 'ready' || barometer.status !== 'ready') return <NotLoaded resource={[project, barometer]} />;
  const experience = barometer.data.experience;
  const back = `/projects/${parameters.id}/barometer`;

  const fieldIds: Record<string, string> = { answers: `experience-${experience.questions[0]?.key ?? 'involved_early'}` };
  for (const question of experience.questions) fieldIds[`answers.${question.key}`] = `experience-${question.key}`;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = Object.keys(answers).length > 0 ? {} : { answers: [t('barometer.experience.none')] };
    form.submit(
      async () => {
        await answerExperience(parameters.id, answers);
        setDone(true);
        focusSuccessBanner();
      },
      errors,
      (error) => (error instanceof ApiError && error.status === 409 && error.code === 'already_answered' ? t('barometer.experience.already') : null),
    );
  };

  const heading = (
    <>
      <span class="govuk-caption-l"><Title text={project.data.title} /></span>
    </>
  );

  if (done) {
    return (
      <>
        <ProjectBreadcrumbs project={project.data} />
        <NotificationBanner kind="success" heading={t('barometer.experience.thanks')}>
          <p class="govuk-body">{t('barometer.experience.thanksBody')}</p>
        </NotificationBanner>
        {heading}
        <h1 class="govuk-heading-l">{t('barometer.experience.thanks')}</h1>
        <p class="govuk-body"><Link class="govuk-link" href={back}>{t('barometer.back')}</Link></p>
      </>
    );
  }

  return (
    <>
      <ProjectBreadcrumbs project={project.data} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
          {heading}
          <h1 class="govuk-heading-l">{t('barometer.experience.formTitle')}</h1>
          <p class="govuk-body">{t('barometer.experience.formIntro', { stage: stageName(t, experience.stage) })}</p>
          <div class="govuk-inset-text" id="experience-anonymous">{t('barometer.experience.anonymous')}</div>
          {experience.answered ? (
            <p class="govuk-body" id="experience-answered">{t('barometer.experience.already')}</p>
          ) : !experience.can_answer ? (
            <p class="govuk-body" id="experience-cannot">{t('barometer.experience.cannot')}</p>
          ) : (
            <form onSubmit={onSubmit} noValidate>
              {experience.questions.map((question) => (
                <Radios
                  key={question.key}
                  id={`experience-${question.key}`}
                  name={question.key}
                  label={experienceText(t, question.key, question.text)}
                  value={answers[question.key] ? String(answers[question.key]) : ''}
                  onValue={(value) => setAnswers((current) => ({ ...current, [question.key]: Number(value) }))}
                  choices={scale.map((point) => ({ value: String(point), text: t(`barometer.scale.${point}` as MessageKey) }))}
                  errors={messagesFor(form.errors, `answers.${question.key}`)}
                />
              ))}
              <FormActions busy={form.submitting} cancelHref={back} cancelText={t('barometer.back')}>{t('barometer.experience.send')}</FormActions>
            </form>
          )}
          {experience.answered || !experience.can_answer ? <p class="govuk-body"><Link class="govuk-link" href={back}>{t('barometer.back')}</Link></p> : null}
        </div>
      </div>
    </>
  );
}
