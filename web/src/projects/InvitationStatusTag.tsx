import type { Invitation } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { invitationStatusName } from '../i18n/values';

const colours: Record<string, string> = {
  unsent: 'govuk-tag--grey',
  pending: 'govuk-tag--blue',
  accepted: 'govuk-tag--green',
  declined: 'govuk-tag--red',
};

// An invitation not sent yet shows as such, whatever its status says.
export function InvitationStatusTag({ invitation }: { invitation: Invitation }) {
  const { t } = useI18n();
  const status = invitation.sent_at || invitation.status !== 'pending' ? invitation.status : 'unsent';
  return <strong class={`govuk-tag ${colours[status] ?? 'govuk-tag--grey'}`}>{invitationStatusName(t, status)}</strong>;
}
