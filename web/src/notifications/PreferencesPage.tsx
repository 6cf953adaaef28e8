// How each person gets their notifications (issue 15, item 4): one question
// per topic, by email at once, in a daily or weekly email, or only here.
// Emails about one's account always come, and the page says why; someone
// with no email address is told that nothing can be emailed to them.

import { useState } from 'preact/hooks';
import { changeableTopics, deliveries, fetchPreferences, savePreferences } from '../api/notifications';
import type { ChangeableTopic, Delivery, Preferences } from '../api/notifications';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Radios } from '../components/Fields';
import { exactMessages, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { focusSuccessBanner } from '../projects/focus';
import type { PageProps } from '../router/page';
import { NotLoaded } from '../components/NotLoaded';

const fieldId = (topic: string) => `preference-${topic}`;
const fieldIds: Record<string, string> = Object.fromEntries(changeableTopics.map((topic) => [`preferences.${topic}`, fieldId(topic)]));

// The topics the server lets the person change, in the page's order; a topic
// this page does not know yet is left as it is.
function choicesOf(preferences: Preferences): Partial<Record<ChangeableTopic, Delivery>> {
  const chosen: Partial<Record<ChangeableTopic, Delivery>> = {};
  for (const item of preferences.items) {
    if (item.can_change && (changeableTopics as readonly string[]).includes(item.topic)) chosen[item.topic as ChangeableTopic] = item.delivery;
  }
  return chosen;
}

// Emails about one's account, which nobody can turn off, and why.
function SecurityMail() {
  const { t } = useI18n();
  return (
    <section class="rt-security-mail" id="security-mail" aria-labelledby="security-mail-heading">
      <h2 class="govuk-heading-s govuk-!-margin-bottom-2" id="security-mail-heading">
        {t('notifications.preferences.securityHeading')}
      </h2>
      <p class="govuk-body">
        <strong class="govuk-tag govuk-tag--grey">{t('notifications.preferences.securityAlways')}</strong>
      </p>
      <p class="govuk-body">{t('notifications.preferences.securityWhy')}</p>
    </section>
  );
}

function PreferencesForm({ preferences, onSaved }: { preferences: Preferences; onSaved: (preferences: Preferences) => void }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  usePageTitle(t('notifications.preferences.title'), Object.keys(form.errors).length > 0 || !!form.generalError);
  const [chosen, setChosen] = useState(() => choicesOf(preferences));
  const topics = changeableTopics.filter((topic) => chosen[topic] !== undefined);
  const deliveryChoices = deliveries.map((value) => ({ value, text: t(`notifications.delivery.${value}`) }));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(async () => onSaved(await savePreferences(chosen)));
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      {topics.map((topic) => (
        <Radios
          key={topic}
          id={fieldId(topic)}
          name={`preferences.${topic}`}
          label={t(`notifications.preferences.question.${topic}`)}
          hint={t(`notifications.preferences.hint.${topic}`)}
          value={chosen[topic] ?? 'email'}
          onValue={(value) => setChosen((current) => ({ ...current, [topic]: value as Delivery }))}
          // What needs an organiser comes as one summary email, so never "at once".
          choices={topic === 'organising' ? deliveryChoices.filter((choice) => choice.value !== 'email') : deliveryChoices}
          errors={exactMessages(form.errors, `preferences.${topic}`)}
        />
      ))}
      {preferences.items.some((item) => item.topic === 'security') ? <SecurityMail /> : null}
      <Button busy={form.submitting} busyText={t('common.saving')} id="save-preferences">
        {t('notifications.preferences.save')}
      </Button>
    </form>
  );
}

export function PreferencesPage(_: PageProps) {
  const { t } = useI18n();
  const loaded = useResource(fetchPreferences, []);
  const [saved, setSaved] = useState<Preferences | null>(null);
  usePageTitle(t('notifications.preferences.title'));
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const preferences = saved ?? loaded.data;
  return (
    <>
      <Breadcrumbs
        label={t('common.breadcrumbLabel')}
        items={[{ text: t('nav.home'), href: '/' }, { text: t('notifications.title'), href: '/notifications' }]}
      />
      {saved ? <NotificationBanner kind="success" heading={t('notifications.preferences.saved')} /> : null}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{t('notifications.preferences.title')}</h1>
          <p class="govuk-body">{t('notifications.preferences.intro')}</p>
          {preferences.has_email ? null : (
            <div class="govuk-warning-text" id="no-email-notice">
              <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
              <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{t('common.warning')}</span>
                {t('notifications.preferences.noEmail')}
              </strong>
            </div>
          )}
          <PreferencesForm
            key={saved ? JSON.stringify(saved.items) : 'loaded'}
            preferences={preferences}
            onSaved={(answer) => {
              setSaved(answer);
              focusSuccessBanner();
            }}
          />
        </div>
      </div>
    </>
  );
}
