import type { Project } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';

// A convener or co-lead with no stakeholder group facilitates: partners
// propose, comment, vote, contribute and answer surveys, each for their group
// (issue 13, item 2), and the server refuses a facilitator who tries. So the
// page says so before any form, never after a refusal, with the way to join
// as a partner. `body` says what this page's partners do that they do not.
export function FacilitatorNotice({ project, body = 'decisions.facilitator.body' }: { project: Project; body?: MessageKey }) {
  const { t } = useI18n();
  const { me, isConvener } = useSession();
  if (!project.facilitating) return null;
  return (
    <div class="govuk-inset-text" id="facilitator-notice">
      <p class="govuk-body govuk-!-font-weight-bold">{t('decisions.facilitator.heading')}</p>
      <p class="govuk-body">{t(body)}</p>
      <p class="govuk-body">
        <Link class="govuk-link" href={isConvener && me ? `/people/${me.user.id}/edit` : '/profile/edit'}>
          {t('decisions.facilitator.join')}
        </Link>
      </p>
    </div>
  );
}
