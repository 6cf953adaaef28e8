import { updateActivity } from '../api/activities';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormActions } from '../components/Fields';
import { setFlash } from '../components/flash';
import { useFormSubmission } from '../components/forms';
import { Title } from '../components/Title';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/router';
import { OrganisersOnly } from './ActivityFormPage';
import { ActivityBreadcrumbs, loadActivity } from './shared';
import { NotLoaded } from '../components/NotLoaded';

// Cancelling an activity is its own step, away from signing up (GOV.UK's
// pattern for an action that cannot be undone): the question, a warning, a
// red "Yes, cancel this activity" button and a way back. The activity page
// links here from the organisers' section.
export function ActivityCancelPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const loaded = useResource(() => loadActivity(parameters.id), [parameters.id]);
  const form = useFormSubmission(t);
  const title = loaded.data?.activity.title ?? '';
  usePageTitle(loaded.status === 'ready' ? t('activity.cancelTitle', { title }) : null, !!form.generalError);

  if (!loaded.data) return <NotLoaded resource={loaded} />;
  const { activity, project } = loaded.data;
  if (!activity.can_organise) return <OrganisersOnly />;
  const back = `/activities/${activity.id}`;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(async () => {
      await updateActivity(activity.id, { status: 'cancelled' });
      setFlash({ key: 'activity.cancelledBanner' });
      navigate(back, { replace: true });
    });
  };

  return (
    <>
      <ActivityBreadcrumbs project={project} activity={activity} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
          {activity.status === 'cancelled' ? (
            <>
              <h1 class="govuk-heading-l">
                <Title text={activity.title} />
              </h1>
              <p class="govuk-body">{t('activity.cancelledBanner')}</p>
            </>
          ) : (
            <>
              <h1 class="govuk-heading-l">{t('activity.cancelTitle', { title: activity.title })}</h1>
              <p class="govuk-body">{t('activity.cancelIntro')}</p>
              <div class="govuk-warning-text">
                <span class="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong class="govuk-warning-text__text">
                  <span class="govuk-visually-hidden">{t('common.warning')}</span>
                  {t('activity.cancelWarning')}
                </strong>
              </div>
              <form onSubmit={onSubmit} noValidate>
                <FormActions warning busy={form.submitting} cancelHref={back} cancelText={t('activity.cancelBack')}>{t('activity.cancelSubmit')}</FormActions>
              </form>
            </>
          )}
        </div>
      </div>
    </>
  );
}
