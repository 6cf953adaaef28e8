import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { calendarPath, giveUpPlace, signUp } from '../api/activities';
import { commonAccessNeeds } from '../api/types';
import type { Activity, MySignup, Signup } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Checkboxes } from '../components/Fields';
import { LanguagePicker, useLanguageText } from '../components/LanguagePicker';
import { takeFlash } from '../components/flash';
import { fieldProps, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { accessNeedName } from '../i18n/values';
import { timeZoneName } from '../text/dates';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { focusSuccessBanner } from '../projects/focus';
import { TranslatedText } from '../translations/TranslatedText';
import {
  ActivityBreadcrumbs,
  activityKindName,
  CancelledTag,
  loadActivity,
  placesTakenText,
  seriesText,
  venueFeatureName,
  whenText,
} from './shared';
import type { ActivityWithProject } from './shared';
import { SummaryRow } from '../components/SummaryRow';
import { Title } from '../components/Title';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

const signUpFieldIds = { access_needs: 'signup-needs', language: 'signup-language' };

function SignUpForm({ activity, onSignedUp }: { activity: Activity; onSignedUp: (signup: Signup) => Promise<void> }) {
  const { t } = useI18n();
  const { me } = useSession();
  // The person's profile fills the form; what they change here is for this activity only.
  const [needs, setNeeds] = useState<string[]>(me?.user.access_needs ?? []);
  const [language, setLanguage] = useState(me?.user.preferred_language || 'en');
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, signUpFieldIds);
  const needChoices: string[] = [...commonAccessNeeds, ...needs.filter((need) => !(commonAccessNeeds as readonly string[]).includes(need))];

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(
      async () => {
        const signup = await signUp(activity.id, { access_needs: needs, language });
        await onSignedUp(signup);
      },
      language ? {} : { language: [t('languagePicker.missing')] },
      (error) => (error instanceof ApiError && error.status === 409 ? t('signup.already') : null),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={signUpFieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('signup.heading')}</h2>
      <p class="govuk-body">{t('signup.intro')}</p>
      <Checkboxes
        {...field('access_needs')}
        label={t('signup.needs')}
        hint={t('signup.needsHint')}
        values={needs}
        onValues={setNeeds}
        choices={needChoices.map((value) => ({ value, text: accessNeedName(t, value) }))}
      />
      <LanguagePicker
        {...field('language')}
        label={t('signup.language')}
        hint={t('signup.languageHint')}
        value={language}
        onValue={setLanguage}
      />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('signup.submit')}
      </Button>
    </form>
  );
}

function GiveUpForm({ activity, mine, onGivenUp }: { activity: Activity; mine: MySignup; onGivenUp: () => Promise<void> }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(async () => {
      await giveUpPlace(activity.id);
      await onGivenUp();
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{mine.status === 'place' ? t('signup.place') : t('signup.waiting')}</h2>
      <p class="govuk-body">{mine.status === 'place' ? t('signup.giveUpIntro') : t('signup.giveUpWaitingIntro')}</p>
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {mine.status === 'place' ? t('signup.giveUp') : t('signup.leaveWaiting')}
      </Button>
    </form>
  );
}

type Loaded = ActivityWithProject & { mine: MySignup | null };

// The activity tells the viewer their own sign-up (`my_signup`).
async function load(id: string): Promise<Loaded> {
  const loaded = await loadActivity(id);
  return { ...loaded, mine: loaded.activity.my_signup ?? null };
}

export function ActivityPage({ parameters }: PageProps) {
  const { t, formatList, language } = useI18n();
  const languageText = useLanguageText();
  const { me } = useSession();
  const [flash] = useState(takeFlash);
  const loaded = useResource(() => load(parameters.id), [parameters.id, me?.user.id]);
  const [updated, setUpdated] = useState<Loaded | null>(null);
  // The sign-up is kept, not the message, so a language switch translates it too.
  const [signedUp, setSignedUp] = useState<Signup | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const data = updated ?? loaded.data;
  useLoadingPageTitle(loaded, data?.activity.title);

  useEffect(() => {
    if (signedUp || gaveUp) focusSuccessBanner();
  }, [signedUp, gaveUp]);

  if (loaded.status !== 'ready' || !data) return <NotLoaded resource={loaded} />;
  const { activity, project, mine } = data;
  const base = `/activities/${activity.id}`;
  const isCancelled = activity.status === 'cancelled';
  const mySignup = signedUp ?? mine;

  return (
    <>
      <ActivityBreadcrumbs project={project} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      {signedUp ? (
        <NotificationBanner kind="success" heading={signedUp.status === 'place' ? t('signup.place') : t('signup.waiting')}>
          <p class="govuk-body">{t('signup.placeBody')}</p>
        </NotificationBanner>
      ) : null}
      {gaveUp ? <NotificationBanner kind="success" heading={t('signup.gaveUp')} /> : null}
      <span class="govuk-caption-l">{activityKindName(t, activity.kind)}</span>
      <h1 class="govuk-heading-l">
        <Title text={activity.title} /> <CancelledTag activity={activity} />
      </h1>
      <TranslatedText
        block
        subjectType="activity"
        subjectId={activity.id}
        field="purpose"
        original={activity.purpose}
        manageHref={activity.can_organise ? `/translations/activity/${activity.id}/purpose` : null}
      />
      <dl class="govuk-summary-list">
        <SummaryRow label={t('activity.whenLabel')}>
          {whenText(activity, language, t)}
          <br />
          <span class="govuk-body-s">{t('activity.timezoneLine', { zone: timeZoneName(activity.timezone, language) })}</span>
        </SummaryRow>
        {activity.recurrence ? <SummaryRow label={t('activity.series')}>{seriesText(activity.recurrence, t)}</SummaryRow> : null}
        <SummaryRow label={t('activity.place')}>
          {activity.venue ? (
            <span class="rt-preserve-lines" dir={textDirection(activity.venue.address)} id="activity-address-lines">
              <Lines text={activity.venue.address} />
            </span>
          ) : (
            <>
              {t('activity.online')}
              {activity.online_url ? (
                <>
                  {': '}
                  <a class="govuk-link" href={activity.online_url} rel="noreferrer noopener" dir="ltr">
                    {activity.online_url}
                  </a>
                </>
              ) : null}
            </>
          )}
        </SummaryRow>
        {activity.venue ? (
          <SummaryRow label={t('activity.features')}>
            {activity.venue.features.length ? formatList(activity.venue.features.map((feature) => venueFeatureName(t, feature))) : t('common.none')}
          </SummaryRow>
        ) : null}
        <SummaryRow label={t('activity.languages')}>{formatList(activity.languages.map((value) => languageText(value)))}</SummaryRow>
        <SummaryRow label={t('activity.placesTaken')}>{placesTakenText(activity, t)}</SummaryRow>
        <SummaryRow label={t('activity.waiting')}>{String(activity.waiting)}</SummaryRow>
      </dl>
      <p class="govuk-body">
        <a class="govuk-link" href={calendarPath(activity.id)} download={`${activity.title}.ics`}>
          {t('activity.calendar')}
        </a>
      </p>
      <p class="govuk-body">
        <Link class="govuk-link" href={`${base}/minutes`}>
          {t('activity.minutesLink')}
        </Link>
      </p>

      {activity.can_organise ? (
        <>
          <h2 class="govuk-heading-m">{t('activity.organise')}</h2>
          <ul class="govuk-list">
            <li>
              <Link class="govuk-link" href={`${base}/people`}>
                {t('activity.peopleLink')}
              </Link>
            </li>
            <li>
              <Link class="govuk-link" href={`${base}/plan`}>
                {t('activity.planLink')}
              </Link>
            </li>
            <li>
              <Link class="govuk-link" href={`${base}/attendance`}>
                {t('activity.attendanceLink')}
              </Link>
            </li>
            {!isCancelled ? (
              <li>
                <Link class="govuk-link" href={`${base}/edit`}>
                  {t('activity.editLink')}
                </Link>
              </li>
            ) : null}
            {/* Cancelling is a separate step, with a confirmation page, and sits with the
                organisers' links, well away from "Sign me up". */}
            {!isCancelled ? (
              <li>
                <Link class="govuk-link" href={`${base}/cancel`}>
                  {t('activity.cancelHeading')}
                </Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {mySignup && !isCancelled ? (
            <GiveUpForm
              activity={activity}
              mine={mySignup}
              onGivenUp={async () => {
                setUpdated({ ...(await loadActivity(activity.id)), mine: null });
                setSignedUp(null);
                setGaveUp(true);
              }}
            />
          ) : null}
          {mySignup && isCancelled ? (
            <div class="govuk-inset-text">{mySignup.status === 'place' ? t('signup.place') : t('signup.waiting')}</div>
          ) : null}
          {!mySignup && !isCancelled ? (
            <SignUpForm
              activity={activity}
              onSignedUp={async (signup) => {
                setUpdated({ ...(await loadActivity(activity.id)), mine: signup });
                setGaveUp(false);
                setSignedUp(signup);
              }}
            />
          ) : null}
        </div>
      </div>
      <p class="govuk-body">
        <Link class="govuk-link" href={`/projects/${project.id}/activities`}>
          {t('activity.backToActivities')}
        </Link>
      </p>
    </>
  );
}
