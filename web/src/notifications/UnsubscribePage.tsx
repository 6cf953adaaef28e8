// The page an email's "Stop these emails" link opens (issue 15, item 6). It
// works without signing in, as the link's token is the proof: it says which
// emails stop, and one button stops them. Notifications in Roundtable go on.

import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { readUnsubscribe, unsubscribe } from '../api/notifications';
import type { Unsubscription } from '../api/notifications';
import { ErrorSummary } from '../components/ErrorSummary';
import { FailureMessage } from '../components/FailureMessage';
import { Button } from '../components/Fields';
import { useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { Title } from '../components/Title';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { PageProps } from '../router/page';
import { Link, useLocation } from '../router/router';
import { messageParts } from '../text/notifications';
import { topicAbout } from './shared';

// A bad or missing token: the server answers 422 naming `token` (the
// contract said 400; either is read as a bad link, as is a 404).
function isBadLink(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 400 || error.status === 404 || 'token' in error.errors);
}

function BadLink() {
  const { t } = useI18n();
  usePageTitle(t('unsubscribe.badTitle'));
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{t('unsubscribe.badTitle')}</h1>
        <p class="govuk-body" id="unsubscribe-bad-link">{t('unsubscribe.badBody')}</p>
        <p class="govuk-body">
          <Link class="govuk-link" href="/notifications/preferences">
            {t('unsubscribe.preferencesLink')}
          </Link>
        </p>
      </div>
    </div>
  );
}

function PreferencesLink() {
  const { t } = useI18n();
  return (
    <>
      <p class="govuk-body">
        <Link class="govuk-link" href="/notifications/preferences" id="unsubscribe-preferences-link">
          {t('unsubscribe.preferencesLink')}
        </Link>
      </p>
      <p class="govuk-body-s">{t('unsubscribe.preferencesHint')}</p>
    </>
  );
}

function Stopped({ about, already }: { about: string; already: boolean }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t(already ? 'unsubscribe.alreadyTitle' : 'unsubscribe.doneTitle'));
  // After the button, the news is read out first: focus moves to it.
  useEffect(() => {
    if (!already) heading.current?.focus();
  }, [already]);
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l" id="unsubscribe-done" tabIndex={-1} ref={heading}>
          {t(already ? 'unsubscribe.alreadyTitle' : 'unsubscribe.doneTitle')}
        </h1>
        <p class="govuk-body">{t(already ? 'unsubscribe.alreadyBody' : 'unsubscribe.doneBody', { about })}</p>
        <PreferencesLink />
      </div>
    </div>
  );
}

function StopForm({ token, subscription, onStopped }: { token: string; subscription: Unsubscription; onStopped: () => void }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const [badLink, setBadLink] = useState(false);
  usePageTitle(t('unsubscribe.title'), !!form.generalError);
  const about = topicAbout(t, subscription.topic);
  if (badLink) return <BadLink />;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(async () => {
      try {
        await unsubscribe(token);
      } catch (error) {
        if (!isBadLink(error)) throw error;
        setBadLink(true);
        return;
      }
      onStopped();
    });
  };

  const whatStops = messageParts(t('unsubscribe.whatStops'), { partnership: subscription.partnership_name, about });
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={{}} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
        <h1 class="govuk-heading-l">{t('unsubscribe.title')}</h1>
        <p class="govuk-body" id="unsubscribe-what-stops">
          {whatStops.map((part, index) => (part.filled ? <Title key={index} text={part.text} /> : part.text))}
        </p>
        <p class="govuk-body">{t('unsubscribe.stillInApp')}</p>
        <form onSubmit={onSubmit} noValidate>
          <Button busy={form.submitting} busyText={t('unsubscribe.stopping')} id="stop-emails">
            {t('unsubscribe.button')}
          </Button>
        </form>
        <PreferencesLink />
      </div>
    </div>
  );
}

export function UnsubscribePage(_: PageProps) {
  const { t } = useI18n();
  const { search } = useLocation();
  const token = search.get('token') ?? '';
  const [stopped, setStopped] = useState(false);
  const loaded = useResource(() => (token ? readUnsubscribe(token) : Promise.reject(new ApiError(400, { errors: { token: ['missing'] } }))), [token]);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return isBadLink(loaded.error) ? <BadLink /> : <FailureMessage error={loaded.error} />;
  const about = topicAbout(t, loaded.data.topic);
  if (stopped || loaded.data.delivery === 'in_app') return <Stopped about={about} already={!stopped} />;
  return <StopForm token={token} subscription={loaded.data} onStopped={() => setStopped(true)} />;
}
