import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { listAllOrganisations } from '../api/organisations';
import { listAllPeople } from '../api/people';
import { addInvitation, fetchProject, listInvitations, removeInvitation, sendInvitations } from '../api/projects';
import type { Sent } from '../api/projects';
import { stakeholderGroups } from '../api/types';
import type { FieldErrors, Invitation, Organisation, Person, Project, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Select, TextInput } from '../components/Fields';
import { findInvitationByCode } from '../api/invitations';
import type { MessageKey } from '../i18n/i18n';
import { takeFlash } from '../components/flash';
import type { Flash } from '../components/flash';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useTagName } from '../components/Tags';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link, navigate } from '../router/router';
import { formatDate } from '../text/dates';
import { useSuccessBannerFocus } from './focus';
import { ProjectBreadcrumbs } from './ProjectBreadcrumbs';
import { InvitationStatusTag } from './InvitationStatusTag';
import { Table, TableHead } from '../components/Table';
import { latinDigits } from '../text/digits';
import { BackToProject } from './BackToProject';
import { PartyName } from './PartyName';
import { ProjectHeading } from './ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

const fieldIds = { organisation_id: 'invite-organisation', person_id: 'invite-person', group: 'invite-group' };

type Loaded = { project: Project; invitations: Invitation[] };

async function load(projectId: string): Promise<Loaded> {
  const [project, invitations] = await Promise.all([fetchProject(projectId), listInvitations(projectId)]);
  // The API lists them by group, then when invited; within a group the page shows them by name.
  const byName = [...invitations.items].sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : x.invitee_name.localeCompare(y.invitee_name)));
  return { project, invitations: byName };
}

// An invitation to an organisation links to it, one to a person to them.
function inviteeHref(invitation: Invitation): string | undefined {
  if (invitation.organisation_id) return `/organisations/${invitation.organisation_id}`;
  if (invitation.person_id) return `/people/${invitation.person_id}`;
  return undefined;
}

type AddFormsProps = {
  projectId: string;
  invitations: Invitation[];
  form: ReturnType<typeof useFormSubmission>;
  onStart: () => void;
  onAdded: (invitation: Invitation) => Promise<void>;
};

function AddForms({ projectId, invitations, form, onStart, onAdded }: AddFormsProps) {
  const { t } = useI18n();
  const field = fieldProps(form.errors, fieldIds);
  const organisations = useResource(listAllOrganisations, []);
  const people = useResource(listAllPeople, []);
  const [organisationId, setOrganisationId] = useState('');
  const [personId, setPersonId] = useState('');
  const [group, setGroup] = useState('');

  const describe = (error: unknown) =>
    error instanceof ApiError && error.status === 409 ? t('invitations.alreadyInvited') : null;

  const invitedOrganisations = new Set(invitations.map((item) => item.organisation_id).filter(Boolean));
  const invitedPeople = new Set(invitations.map((item) => item.person_id).filter(Boolean));
  const organisationChoices = (organisations.data ?? [])
    .filter((organisation: Organisation) => !invitedOrganisations.has(organisation.id))
    .map((organisation) => ({ value: organisation.id, text: organisation.name }));
  const personChoices = (people.data ?? [])
    .filter((person: Person) => !invitedPeople.has(person.id))
    .map((person) => ({ value: person.id, text: person.name }));
  const chosen = people.data?.find((person) => person.id === personId);
  const groupChoices = (chosen && chosen.groups.length ? chosen.groups : [...stakeholderGroups]).map((value) => ({
    value,
    text: groupName(t, value),
  }));

  const inviteOrganisation = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!organisationId) clientErrors.organisation_id = [t('invitations.organisationMissing')];
    onStart();
    form.submit(async () => {
      const invitation = await addInvitation(projectId, { organisation_id: organisationId });
      setOrganisationId('');
      await onAdded(invitation);
    }, clientErrors, describe);
  };

  const invitePerson = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!personId) clientErrors.person_id = [t('invitations.personMissing')];
    onStart();
    form.submit(async () => {
      const invitation = await addInvitation(projectId, group ? { person_id: personId, group: group as StakeholderGroup } : { person_id: personId });
      setPersonId('');
      setGroup('');
      await onAdded(invitation);
    }, clientErrors, describe);
  };

  if (organisations.status !== 'ready' || people.status !== 'ready') return <NotLoaded resource={[organisations, people]} />;

  return (
    <>
      <h2 class="govuk-heading-m">{t('invitations.addHeading')}</h2>
      <p class="govuk-body">{t('invitations.addIntro')}</p>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <form onSubmit={inviteOrganisation} noValidate>
            <Select
              {...field('organisation_id')}
              label={t('invitations.organisation')}
              value={organisationId}
              onValue={setOrganisationId}
              emptyChoice={t('invitations.chooseOrganisation')}
              choices={organisationChoices}
            />
            <Button secondary busy={form.submitting} busyText={t('common.saving')}>
              {t('invitations.addOrganisation')}
            </Button>
          </form>
        </div>
        <div class="govuk-grid-column-one-half">
          <form onSubmit={invitePerson} noValidate>
            <Select
              {...field('person_id')}
              label={t('invitations.person')}
              value={personId}
              onValue={(value) => {
                setPersonId(value);
                setGroup('');
              }}
              emptyChoice={t('project.choosePerson')}
              choices={personChoices}
            />
            <Select
              {...field('group')}
              label={t('invitations.group')}
              hint={t('invitations.groupHint')}
              value={group}
              onValue={setGroup}
              emptyChoice={t('invitations.ownGroup')}
              choices={groupChoices}
            />
            <Button secondary busy={form.submitting} busyText={t('common.saving')}>
              {t('invitations.addPerson')}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

// Someone phones and reads the code from their letter: the organiser finds
// the invitation and records the answer.
function FindByCode() {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const [code, setCode] = useState('');
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = code.trim() ? {} : { code: [t('invitations.findHint')] };
    form.submit(async () => {
      // Read from a letter over the phone and typed on an Arabic keyboard, its digits may be Arabic-Indic.
      const found = await findInvitationByCode(latinDigits(code).trim());
      navigate(`/invitations/${found.id}/answer`);
    }, clientErrors);
  };
  return (
    <form onSubmit={onSubmit} noValidate class="govuk-!-margin-bottom-6" id="find-by-code">
      <h2 class="govuk-heading-m">{t('invitations.findHeading')}</h2>
      {form.generalError ? (
        <p class="govuk-error-message" role="alert">
          {form.generalError}
        </p>
      ) : null}
      <TextInput
        id="find-code"
        name="code"
        label={t('invitations.findLabel')}
        hint={t('invitations.findHint')}
        value={code}
        onValue={setCode}
        errors={messagesFor(form.errors, 'code')}
      />
      <Button busy={form.submitting} secondary>
        {t('invitations.find')}
      </Button>
    </form>
  );
}

export function InvitationsPage({ parameters }: PageProps) {
  const { t, formatList, language } = useI18n();
  const tagName = useTagName();
  const [notice, setNotice] = useState<Flash | null>(takeFlash);
  const [noticeVersion, setNoticeVersion] = useState(0);
  const [reached, setReached] = useState<Sent | null>(null);
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [updated, setUpdated] = useState<Loaded | null>(null);
  const form = useFormSubmission(t);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  const data = updated ?? loaded.data;
  useLoadingPageTitle(loaded, data && t('invitations.title', { title: data.project.title }), hasErrors);

  useSuccessBannerFocus(noticeVersion);

  if (loaded.status !== 'ready' || !data) return <NotLoaded resource={loaded} />;
  const { project, invitations } = data;

  const announce = (next: Flash) => {
    setNotice(next);
    setNoticeVersion((version) => version + 1);
  };

  const refresh = async () => setUpdated(await load(project.id));

  const remove = (invitation: Invitation) => {
    if (form.submitting) return;
    setNotice(null);
    form.submit(async () => {
      await removeInvitation(invitation.id);
      await refresh();
      announce({ key: 'invitations.removed', parameters: { name: invitation.invitee_name } });
    });
  };

  const send = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    setNotice(null);
    setReached(null);
    form.submit(async () => {
      const answer = await sendInvitations(project.id);
      await refresh();
      setReached(answer);
      announce({ key: 'invitations.sentCount', parameters: { sent: String(answer.sent) } });
    });
  };

  const unsent = invitations.filter((invitation) => !invitation.sent_at).length;

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      {notice ? (
        <NotificationBanner kind="success" heading={t(notice.key, notice.parameters)}>
          {reached && notice.key === 'invitations.sentCount' ? <SentReach sent={reached} /> : null}
        </NotificationBanner>
      ) : null}
      <ProjectHeading project={project}>{t('invitations.heading')}</ProjectHeading>
      <p class="govuk-body">
        {t('invitations.intro', { tags: formatList([...project.interests, ...project.communities].map(tagName)) })}
      </p>
      <p class="govuk-body">{t('invitations.reviewIntro')}</p>

      {invitations.some((invitation) => invitation.sent_at && invitation.status === 'pending') ? <FindByCode /> : null}

      {invitations.length === 0 ? (
        <p class="govuk-body">{t('invitations.none')}</p>
      ) : (
        <Table>
          <caption class="govuk-table__caption govuk-table__caption--m">{t('invitations.tableCaption')}</caption>
          <TableHead
            columns={[
              t('invitations.invitee'),
              t('person.group'),
              t('invitations.matchedOn'),
              t('invitations.status'),
              t('invitations.sent'),
              { text: t('invitations.actions'), hidden: true },
            ]}
          />
          <tbody class="govuk-table__body">
            {invitations.map((invitation) => (
              <tr class="govuk-table__row" key={invitation.id}>
                <td class="govuk-table__cell">
                  <PartyName name={invitation.invitee_name} href={inviteeHref(invitation)} />
                </td>
                <td class="govuk-table__cell">{groupName(t, invitation.group)}</td>
                <td class="govuk-table__cell">
                  {invitation.matched_on.length ? formatList(invitation.matched_on.map(tagName)) : t('invitations.addedByHand')}
                </td>
                <td class="govuk-table__cell">
                  <InvitationStatusTag invitation={invitation} />
                  {invitation.status === 'pending' && (invitation.reach === 'no_email' || invitation.reach === 'no_contact') ? (
                    <span class="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0" data-reach={invitation.reach}>
                      {t(invitation.reach === 'no_email' ? 'invitations.reach.noEmail' : 'invitations.reach.noContact')}
                    </span>
                  ) : null}
                  {invitation.responded_by && invitation.answered_via && invitation.answered_via !== 'online' ? (
                    <span class="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                      {t('invitations.answeredBy', {
                        via: t(`invitationAnswer.via.${invitation.answered_via}` as MessageKey),
                        name: invitation.responded_by.name,
                      })}
                    </span>
                  ) : null}
                </td>
                <td class="govuk-table__cell">
                  {invitation.sent_at ? formatDate(invitation.sent_at, language) : t('invitations.notSent')}
                </td>
                <td class="govuk-table__cell">
                  {invitation.sent_at && invitation.status === 'pending' ? (
                    <ul class="govuk-list govuk-!-margin-bottom-0">
                      <li>
                        <Link class="govuk-link" href={`/invitations/${invitation.id}/answer`}>
                          {t('invitations.recordAnswer')}
                          <span class="govuk-visually-hidden"> {invitation.invitee_name}</span>
                        </Link>
                      </li>
                      <li>
                        <Link class="govuk-link" href={`/invitations/${invitation.id}/letter`}>
                          {t('invitations.letter')}
                          <span class="govuk-visually-hidden"> {invitation.invitee_name}</span>
                        </Link>
                      </li>
                    </ul>
                  ) : null}
                  {invitation.sent_at ? null : (
                    <button
                      type="button"
                      class="rt-link-button"
                      aria-disabled={form.submitting ? 'true' : undefined}
                      onClick={() => remove(invitation)}
                    >
                      {t('invitations.remove')}
                      <span class="govuk-visually-hidden"> {invitation.invitee_name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      {unsent > 0 ? (
        <form onSubmit={send} noValidate>
          <p class="govuk-body">{t('invitations.unsentCount', { count: unsent })}</p>
          <Button busy={form.submitting} busyText={t('invitations.sending')}>
            {t('invitations.send')}
          </Button>
        </form>
      ) : invitations.length > 0 ? (
        <p class="govuk-body">{t('invitations.allSent')}</p>
      ) : null}

      <AddForms
        projectId={project.id}
        invitations={invitations}
        form={form}
        onStart={() => setNotice(null)}
        onAdded={async (invitation) => {
          await refresh();
          announce({ key: 'invitations.added', parameters: { name: invitation.invitee_name } });
        }}
      />

      <BackToProject project={project} />
    </>
  );
}

// After sending: what reached people by email, and what still needs a
// letter, a call or a contact person, so "sent" is never taken for "received".
function SentReach({ sent }: { sent: Sent }) {
  const { t } = useI18n();
  if (sent.sent === 0) return null;
  return (
    <ul class="govuk-list govuk-!-margin-bottom-0" id="invitations-reach">
      <li>{t('invitations.reached.emailed', { count: String(sent.emailed) })}</li>
      {sent.no_email > 0 ? <li data-reach="no_email">{t('invitations.reached.noEmail', { count: String(sent.no_email) })}</li> : null}
      {sent.no_contact > 0 ? <li data-reach="no_contact">{t('invitations.reached.noContact', { count: String(sent.no_contact) })}</li> : null}
    </ul>
  );
}
