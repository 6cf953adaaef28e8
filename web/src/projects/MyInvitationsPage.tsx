import { useState } from 'preact/hooks';
import { acceptInvitation, declineInvitation, fetchProject, listMyInvitations } from '../api/projects';
import type { Invitation } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { useSuccessBannerFocus } from './focus';
import { refreshMyInvitations } from './myInvitations';
import { Title } from '../components/Title';
import { TranslatedText } from '../translations/TranslatedText';
import { SummaryRow } from '../components/SummaryRow';
import { NotLoaded } from '../components/NotLoaded';

type Answer = { kind: 'accepted' | 'declined'; invitation: Invitation };

// What the project is about, in the reader's language when its summary has
// been translated (a title is a name, kept as written). Nothing while it
// loads, or if the project cannot be read.
function AboutTheProject({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const project = useResource(() => fetchProject(projectId), [projectId]);
  if (project.status !== 'ready' || !project.data.summary) return null;
  return (
    <SummaryRow label={t('myInvitations.about')}>
      <TranslatedText subjectType="project" subjectId={project.data.id} field="summary" original={project.data.summary} />
    </SummaryRow>
  );
}

export function MyInvitationsPage(_: PageProps) {
  const { t, language } = useI18n();
  const loaded = useResource(listMyInvitations, []);
  const [updated, setUpdated] = useState<Invitation[] | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const form = useFormSubmission(t);
  usePageTitle(t('myInvitations.title'), !!form.generalError);

  useSuccessBannerFocus(answer);

  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const invitations = updated ?? loaded.data.items;

  const respond = (invitation: Invitation, kind: Answer['kind']) => {
    if (form.submitting) return;
    setAnswer(null);
    form.submit(async () => {
      if (kind === 'accepted') await acceptInvitation(invitation.id);
      else await declineInvitation(invitation.id);
      const fresh = await listMyInvitations();
      setUpdated(fresh.items);
      setAnswer({ kind, invitation });
      refreshMyInvitations();
    });
  };

  return (
    <>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
      {answer?.kind === 'accepted' ? (
        <NotificationBanner kind="success" heading={t('myInvitations.accepted', { title: answer.invitation.project_title })}>
          <p class="govuk-body">
            <Link class="govuk-notification-banner__link" href={`/projects/${answer.invitation.project_id}`}>
              {t('myInvitations.goToProject', { title: answer.invitation.project_title })}
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      {answer?.kind === 'declined' ? (
        <NotificationBanner kind="success" heading={t('myInvitations.declined', { title: answer.invitation.project_title })} />
      ) : null}
      <h1 class="govuk-heading-l">{t('myInvitations.title')}</h1>
      <p class="govuk-body">{t('myInvitations.intro')}</p>
      {invitations.length === 0 ? <p class="govuk-body">{t('myInvitations.none')}</p> : null}
      {invitations.map((invitation) => (
        <section class="rt-invitation-card" key={invitation.id} aria-labelledby={`invitation-${invitation.id}`}>
          <h2 class="govuk-heading-m" id={`invitation-${invitation.id}`}>
            <Link class="govuk-link" href={`/projects/${invitation.project_id}`}>
              <Title text={invitation.project_title} />
            </Link>
          </h2>
          <dl class="govuk-summary-list govuk-summary-list--no-border">
            <AboutTheProject projectId={invitation.project_id} />
            <SummaryRow label={t('myInvitations.invited')}>
              {invitation.organisation_id ? t('myInvitations.forOrganisation', { name: invitation.invitee_name }) : t('myInvitations.forYou')}
            </SummaryRow>
            <SummaryRow label={t('myInvitations.group')}>{groupName(t, invitation.group)}</SummaryRow>
            <SummaryRow label={t('invitations.sent')}>{invitation.sent_at ? formatDate(invitation.sent_at, language) : t('invitations.notSent')}</SummaryRow>
          </dl>
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button"
              aria-disabled={form.submitting ? 'true' : undefined}
              onClick={() => respond(invitation, 'accepted')}
            >
              {t('myInvitations.accept')}
              <span class="govuk-visually-hidden"> {invitation.project_title}</span>
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              aria-disabled={form.submitting ? 'true' : undefined}
              onClick={() => respond(invitation, 'declined')}
            >
              {t('myInvitations.decline')}
              <span class="govuk-visually-hidden"> {invitation.project_title}</span>
            </button>
          </div>
        </section>
      ))}
    </>
  );
}
