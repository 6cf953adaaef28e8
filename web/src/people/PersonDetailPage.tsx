import { useState } from 'preact/hooks';
import { listAllOrganisations } from '../api/organisations';
import { fetchPerson, invitePerson } from '../api/people';
import type { PageProps } from '../router/page';
import { takeFlash } from '../components/flash';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { FinanceRoleSection } from '../resources/FinanceControlsPage';
import { useFormSubmission } from '../components/forms';
import { focusSuccessBanner } from '../projects/focus';
import { PersonSummary } from './PersonSummary';
import { Table, TableHead } from '../components/Table';
import { formatDateTime } from '../text/dates';
import { groupName } from '../i18n/values';
import type { GroupChange } from '../api/types';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

// Lived-experience groups are self-declared, so each change to a person's
// groups is shown with who made it (issue 27): partners can see how a group
// came to be on the page.
function GroupChanges({ changes, personId, self }: { changes: GroupChange[]; personId: string; self: boolean }) {
  const { t, language, formatList } = useI18n();
  if (changes.length === 0) return null;
  const names = (groups: GroupChange['added']) => formatList(groups.map((group) => groupName(t, group)));
  return (
    <section aria-labelledby="group-changes-heading" id="group-changes">
      <h2 class="govuk-heading-m" id="group-changes-heading">
        {t(self ? 'person.groupChangesHeadingSelf' : 'person.groupChangesHeading')}
      </h2>
      <p class="govuk-body">{t('person.groupChangesIntro')}</p>
      <Table>
        <TableHead columns={[t('person.groupChangesWhen'), t('person.groupChangesWhat'), t('person.groupChangesBy')]} />
        <tbody class="govuk-table__body">
          {changes.map((change) => (
            <tr class="govuk-table__row" key={`${change.changed_at}-${change.added.join()}-${change.removed.join()}`}>
              <td class="govuk-table__cell">{formatDateTime(change.changed_at, language)}</td>
              <td class="govuk-table__cell">
                {change.added.length ? <span class="govuk-!-display-block">{t('person.groupChangesAdded', { groups: names(change.added) })}</span> : null}
                {change.removed.length ? <span class="govuk-!-display-block">{t('person.groupChangesRemoved', { groups: names(change.removed) })}</span> : null}
              </td>
              <td class="govuk-table__cell">
                <bdi>{change.changed_by.id === personId ? t('person.groupChangesThemself', { name: change.changed_by.name }) : change.changed_by.name}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

function InviteBanner({ heading, inviteUrl, sentTo }: { heading: string; inviteUrl: string; sentTo: string }) {
  const { t } = useI18n();
  const fullAddress = new URL(inviteUrl, window.location.origin).toString();
  return (
    <NotificationBanner kind="success" heading={heading}>
      <p class="govuk-body">{t('people.inviteIntro', { email: sentTo })}</p>
      <p class="govuk-body rt-invite-link" dir="ltr">
        <a class="govuk-notification-banner__link" href={fullAddress}>
          {fullAddress}
        </a>
      </p>
      <p class="govuk-body">{t('people.inviteExpiry')}</p>
    </NotificationBanner>
  );
}

// Another sign-in link. For someone who has never set a password it is a new
// invitation, shown here to pass on (many people have no email). For someone
// who has one, it is a password reset sent only to their own email: the
// convener never sees it, so cannot sign in as them.
function SendLink({ personId, hasAccount, name }: { personId: string; hasAccount: boolean; name: string }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const [answer, setAnswer] = useState<{ inviteUrl?: string; sentTo?: string } | null>(null);
  const send = () =>
    form.submit(async () => {
      const sent = await invitePerson(personId);
      setAnswer('invite_url' in sent ? { inviteUrl: sent.invite_url, sentTo: sent.sent_to } : { sentTo: sent.sent_to });
      window.setTimeout(focusSuccessBanner, 0);
    });
  return (
    <section aria-labelledby="send-link-heading" id="send-link">
      <h2 class="govuk-heading-m" id="send-link-heading">
        {t('people.signInLinkHeading')}
      </h2>
      {answer?.inviteUrl ? <InviteBanner heading={t('people.invitedAgain', { name })} inviteUrl={answer.inviteUrl} sentTo={answer.sentTo ?? ''} /> : null}
      {answer?.sentTo && !answer.inviteUrl ? <NotificationBanner kind="success" titleId="reset-sent-title" heading={t('people.resetSent', { email: answer.sentTo })} /> : null}
      <p class="govuk-body">{t(hasAccount ? 'people.resetIntro' : 'people.reinviteIntro')}</p>
      {form.generalError ? (
        <p class="govuk-error-message" role="alert">
          {form.generalError}
        </p>
      ) : null}
      <button type="button" class="govuk-button govuk-button--secondary" onClick={send} disabled={form.submitting}>
        {t(hasAccount ? 'people.sendReset' : 'people.sendInvite')}
      </button>
    </section>
  );
}

export function PersonDetailPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { isConvener, me } = useSession();
  const [flash] = useState(takeFlash);
  const person = useResource(() => fetchPerson(parameters.id), [parameters.id]);
  const organisations = useResource(listAllOrganisations, []);
  useLoadingPageTitle(person, person.data?.name);

  if (person.status !== 'ready') return <NotLoaded resource={person} />;
  const item = person.data;

  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('people.title'), href: '/people' }]} />
      {flash?.inviteUrl ? <InviteBanner heading={t(flash.key, flash.parameters)} inviteUrl={flash.inviteUrl} sentTo={String(flash.parameters?.email ?? '')} /> : null}
      {flash && !flash.inviteUrl ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <h1 class="govuk-heading-l">{item.name}</h1>
      <PersonSummary person={item} organisations={organisations.data ?? null} />
      {isConvener ? (
        <Link href={`/people/${item.id}/edit`} role="button" draggable={false} class="govuk-button">
          {t('people.edit')}
        </Link>
      ) : null}
      {isConvener && item.email && me?.user.id !== item.id ? <SendLink personId={item.id} hasAccount={item.has_account === true} name={item.name} /> : null}
      {isConvener && item.role === 'convener' ? <FinanceRoleSection personId={item.id} name={item.name} /> : null}
      {!isConvener && me?.user.id === item.id ? (
        <Link href="/profile/edit" role="button" draggable={false} class="govuk-button">
          {t('profile.edit')}
        </Link>
      ) : null}
      {item.group_changes ? <GroupChanges changes={item.group_changes} personId={item.id} self={me?.user.id === item.id} /> : null}
    </>
  );
}
