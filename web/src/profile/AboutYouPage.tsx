// "About you (optional)" (issue 14, reach): a person's own, self-declared
// answers about age, disability, caring and ethnicity. Only they read them
// back; the barometer shows only counts, and none under the small number.

import { useState } from 'preact/hooks';
import { demographicQuestions, fetchDemographics, saveDemographics } from '../api/barometer';
import type { DemographicQuestion, Demographics } from '../api/barometer';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Radios } from '../components/Fields';
import { setFlash } from '../components/flash';
import { messagesFor, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey, Translate } from '../i18n/i18n';
import type { PageProps } from '../router/page';
import { Link, navigate } from '../router/router';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

const questions = Object.keys(demographicQuestions) as DemographicQuestion[];

export const answerName = (t: Translate, question: string, answer: string) =>
  answer === 'prefer_not_to_say' ? t('aboutYou.preferNot') : t(`barometer.category.${question}.${answer}` as MessageKey);

export function AboutYouSummary() {
  const { t } = useI18n();
  const loaded = useResource(fetchDemographics, []);
  return (
    <section aria-labelledby="about-you-heading" class="govuk-!-margin-top-6">
      <h2 class="govuk-heading-m" id="about-you-heading">{t('aboutYou.title')}</h2>
      <p class="govuk-body">{t('aboutYou.why')}</p>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'ready' ? (
        <dl class="govuk-summary-list" id="about-you-summary">
          {questions.map((question) => (
            <div class="govuk-summary-list__row" key={question}>
              <dt class="govuk-summary-list__key">{t(`aboutYou.question.${question}` as MessageKey)}</dt>
              <dd class="govuk-summary-list__value">{loaded.data[question] ? answerName(t, question, loaded.data[question] as string) : t('aboutYou.notAnswered')}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p class="govuk-body">
        <Link class="govuk-link" href="/profile/about-you" id="about-you-link">{t('aboutYou.change')}</Link>
      </p>
    </section>
  );
}

function AboutYouForm({ answers }: { answers: Demographics }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const [chosen, setChosen] = useState<Record<string, string>>(() => Object.fromEntries(questions.map((question) => [question, answers[question] ?? ''])));
  usePageTitle(t('aboutYou.title'), Object.keys(form.errors).length > 0 || !!form.generalError);
  const fieldIds = Object.fromEntries(questions.map((question) => [question, `about-${question}`]));
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const body = Object.fromEntries(questions.map((question) => [question, chosen[question] || null])) as Partial<Demographics>;
    form.submit(async () => {
      await saveDemographics(body);
      setFlash({ key: 'aboutYou.saved' });
      navigate('/profile');
    });
  };
  const clear = (event: Event) => {
    event.preventDefault();
    setChosen(Object.fromEntries(questions.map((question) => [question, ''])));
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      {questions.map((question) => (
        <Radios
          key={question}
          id={`about-${question}`}
          name={question}
          label={t(`aboutYou.question.${question}` as MessageKey)}
          value={chosen[question]}
          onValue={(value) => setChosen((current) => ({ ...current, [question]: value }))}
          choices={demographicQuestions[question].map((answer) => ({ value: answer, text: answerName(t, question, answer) }))}
          errors={messagesFor(form.errors, question)}
        />
      ))}
      <div class="govuk-button-group">
        <Button busy={form.submitting} busyText={t('common.saving')}>{t('aboutYou.save')}</Button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={clear} id="about-you-clear">{t('aboutYou.clear')}</button>
        <Link class="govuk-link" href="/profile">{t('common.cancel')}</Link>
      </div>
    </form>
  );
}

export function AboutYouPage(_: PageProps) {
  const { t } = useI18n();
  const loaded = useResource(fetchDemographics, []);
  usePageTitle(t('aboutYou.title'));
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('profile.title'), href: '/profile' }]} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{t('aboutYou.title')}</h1>
          <p class="govuk-body">{t('aboutYou.why')}</p>
          <p class="govuk-body">{t('aboutYou.onlyCounts')}</p>
          <div class="govuk-inset-text">{t('aboutYou.optional')}</div>
          <AboutYouForm answers={loaded.data} />
        </div>
      </div>
    </>
  );
}
