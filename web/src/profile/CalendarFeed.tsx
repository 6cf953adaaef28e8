import { useState } from 'preact/hooks';
import { createCalendarFeed } from '../api/people';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button } from '../components/Fields';
import { useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useI18n } from '../i18n/i18n';
import { useSuccessBannerFocus } from '../projects/focus';

// "My profile": a private calendar address for all my activities. The server
// keeps only the newest, so getting another retires the one shown before.
export function CalendarFeed() {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const [url, setUrl] = useState<string | null>(null);

  useSuccessBannerFocus(url);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(async () => {
      const feed = await createCalendarFeed();
      // The server may answer with a path; the address people copy is absolute.
      setUrl(new URL(feed.url, window.location.origin).href);
    });
  };

  return (
    <section aria-labelledby="calendar-feed-heading">
      <h2 class="govuk-heading-m" id="calendar-feed-heading">
        {t('calendarFeed.heading')}
      </h2>
      <p class="govuk-body">{t('calendarFeed.intro')}</p>
      {url ? (
        <NotificationBanner kind="success" heading={t('calendarFeed.ready')} titleId="calendar-feed-banner-title">
          <p class="govuk-body">{t('calendarFeed.copy')}</p>
          <p class="govuk-body rt-invite-link" dir="ltr" id="calendar-feed-url">
            {url}
          </p>
        </NotificationBanner>
      ) : null}
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong class="govuk-warning-text__text">
          <span class="govuk-visually-hidden">{t('calendarFeed.warningPrefix')}</span>
          {t('calendarFeed.warning')}
        </strong>
      </div>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
        <Button secondary busy={form.submitting} busyText={t('common.saving')}>
          {url ? t('calendarFeed.again') : t('calendarFeed.submit')}
        </Button>
      </form>
    </section>
  );
}
