import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { listAttendance, listSignups, recordAttendance } from '../api/activities';
import { listAllPeople } from '../api/people';
import { stakeholderGroups } from '../api/types';
import type { Attendance, FieldErrors, Person, Signup, StakeholderGroup } from '../api/types';
import type { PageProps } from '../app';
import { ErrorSummary } from '../components/ErrorSummary';
import { FailureMessage } from '../components/FailureMessage';
import { Button, Radios, Select, TextArea } from '../components/Fields';
import { messagesFor, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { paidByEmployer, usualGroup } from '../text/attendance';
import { claimForPath } from '../resources/api';
import { formatDateTime } from '../text/dates';
import { focusSuccessBanner } from '../projects/focus';
import { OrganisersOnly } from './ActivityFormPage';
import { ActivityBreadcrumbs, loadActivity } from './shared';
import type { ActivityWithProject } from './shared';

const fieldIds = { person_id: 'attended-person', group: 'attended-group', paid_by_employer: 'attended-paid', early_reason: 'attended-early-reason' };

type Loaded = ActivityWithProject & { attendance: Attendance[]; signups: Signup[]; people: Person[] };

async function load(id: string): Promise<Loaded> {
  const loaded = await loadActivity(id);
  if (!loaded.activity.can_organise) return { ...loaded, attendance: [], signups: [], people: [] };
  const [attendance, signups, people] = await Promise.all([listAttendance(id), listSignups(id), listAllPeople()]);
  return { ...loaded, attendance: attendance.items, signups: signups.items, people };
}

type Recorded = { name: string; group: StakeholderGroup; paidByEmployer: boolean };

function RecordForm({ data, onRecorded }: { data: Loaded; onRecorded: (recorded: Recorded) => Promise<void> }) {
  const { t } = useI18n();
  const [personId, setPersonId] = useState('');
  const [group, setGroup] = useState('');
  // Empty until the organiser chooses: then the answer follows the group.
  const [paid, setPaid] = useState('');
  const [earlyReason, setEarlyReason] = useState('');
  const { isConvener } = useSession();
  // Attendance is for what has happened; before the start only a convener records it, with a reason.
  const notStarted = new Date(data.activity.starts_at).getTime() > Date.now();
  const form = useFormSubmission(t);
  const recorded = new Set(data.attendance.map((item) => item.person_id));
  // People who signed up come first: they are the ones most likely to be there.
  const signedUp = new Set(data.signups.map((signup) => signup.person_id));
  const people = data.people
    .filter((person) => !recorded.has(person.id))
    .sort((a, b) => Number(signedUp.has(b.id)) - Number(signedUp.has(a.id)));
  const chosen = people.find((person) => person.id === personId);
  const groups = chosen && chosen.groups.length ? chosen.groups : [...stakeholderGroups];
  const shownPaid = paid || (paidByEmployer(group || usualGroup(chosen?.groups ?? [])) ? 'yes' : 'no');

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!personId) clientErrors.person_id = [t('attendance.personMissing')];
    form.submit(
      async () => {
        const answer = await recordAttendance(data.activity.id, {
          person_id: personId,
          ...(group ? { group: group as StakeholderGroup } : {}),
          paid_by_employer: shownPaid === 'yes',
          ...(notStarted && earlyReason.trim() ? { early_reason: earlyReason.trim() } : {}),
        });
        const entry = answer.items.find((item) => item.person_id === personId);
        setPersonId('');
        setGroup('');
        setPaid('');
        setEarlyReason('');
        await onRecorded({ name: chosen?.name ?? '', group: entry?.group ?? (group as StakeholderGroup), paidByEmployer: entry?.paid_by_employer ?? shownPaid === 'yes' });
      },
      clientErrors,
      (error) => (error instanceof ApiError && error.status === 409 ? error.detail || t('attendance.already') : null),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('attendance.recordHeading')}</h2>
      {notStarted ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">{t('attendance.notStarted')}</strong>
        </div>
      ) : null}
      <Select
        id={fieldIds.person_id}
        name="person_id"
        label={t('invitations.person')}
        value={personId}
        onValue={(value) => {
          setPersonId(value);
          setGroup('');
          setPaid('');
        }}
        emptyChoice={t('project.choosePerson')}
        choices={people.map((person) => ({
          value: person.id,
          text: signedUp.has(person.id) ? t('attendance.signedUpOption', { name: person.name }) : person.name,
        }))}
        errors={messagesFor(form.errors, 'person_id')}
      />
      <Select
        id={fieldIds.group}
        name="group"
        label={t('attendance.group')}
        hint={t('attendance.groupHint')}
        value={group}
        onValue={(value) => {
          setGroup(value);
          setPaid('');
        }}
        emptyChoice={t('attendance.groupDefault')}
        choices={groups.map((value) => ({ value, text: groupName(t, value) }))}
        errors={messagesFor(form.errors, 'group')}
      />
      <Radios
        id={fieldIds.paid_by_employer}
        name="paid_by_employer"
        label={t('attendance.paidQuestion')}
        hint={t('attendance.paidHint')}
        value={shownPaid}
        onValue={setPaid}
        choices={[
          { value: 'yes', text: t('attendance.paidYes') },
          { value: 'no', text: t('attendance.paidNo') },
        ]}
        errors={messagesFor(form.errors, 'paid_by_employer')}
      />
      {notStarted && isConvener ? (
        <TextArea
          id={fieldIds.early_reason}
          name="early_reason"
          label={t('attendance.earlyReason')}
          hint={t('attendance.earlyReasonHint')}
          value={earlyReason}
          onValue={setEarlyReason}
          rows={3}
          errors={messagesFor(form.errors, 'early_reason')}
        />
      ) : null}
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {t('attendance.submit')}
      </Button>
    </form>
  );
}

export function AttendancePage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const { isConvener, me } = useSession();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [updated, setUpdated] = useState<Loaded | null>(null);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const data = updated ?? loaded.data;
  usePageTitle(data ? t('attendance.title', { title: data.activity.title }) : loaded.status === 'loading' ? t('common.loading') : null);

  useEffect(() => {
    if (recorded) focusSuccessBanner();
  }, [recorded]);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed' || !data) return <FailureMessage error={loaded.error} />;
  if (!data.activity.can_organise) return <OrganisersOnly />;
  const { activity, project, attendance } = data;
  // The attendance list names people by id; the names come from the people list and sign-ups.
  const names = new Map<string, string>();
  for (const person of data.people) names.set(person.id, person.name);
  for (const signup of data.signups) names.set(signup.person_id, signup.name);

  return (
    <>
      <ActivityBreadcrumbs project={project} activity={activity} />
      {recorded ? (
        <NotificationBanner kind="success" heading={t('attendance.recorded', { name: recorded.name, group: groupName(t, recorded.group) })}>
          <p class="govuk-body">{recorded.paidByEmployer ? t('attendance.recordedPaid') : t('attendance.recordedOffered')}</p>
          <p class="govuk-body">
            <Link class="govuk-notification-banner__link" href={`/projects/${project.id}/timeline`}>
              {t('attendance.timelineLink')}
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      <span class="govuk-caption-l">{activity.title}</span>
      <h1 class="govuk-heading-l">{t('attendance.heading')}</h1>
      <p class="govuk-body">{t('attendance.intro')}</p>
      {attendance.length === 0 ? (
        <p class="govuk-body">{t('attendance.none')}</p>
      ) : (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('attendance.caption', { count: attendance.length })}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{t('coming.name')}</th>
              <th scope="col" class="govuk-table__header">{t('members.group')}</th>
              <th scope="col" class="govuk-table__header">{t('attendance.paidColumn')}</th>
              <th scope="col" class="govuk-table__header">{t('attendance.recordedAt')}</th>
              {isConvener ? <th scope="col" class="govuk-table__header">{t('resources.column.action')}</th> : null}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {attendance.map((item) => (
              <tr class="govuk-table__row" key={item.person_id}>
                <td class="govuk-table__cell">
                  <Link class="govuk-link" href={`/people/${item.person_id}`}>
                    {names.get(item.person_id) ?? t('attendance.unknownPerson')}
                  </Link>
                </td>
                <td class="govuk-table__cell">{groupName(t, item.group)}</td>
                <td class="govuk-table__cell">{item.paid_by_employer ? t('common.yes') : t('common.no')}</td>
                <td class="govuk-table__cell">{formatDateTime(item.recorded_at, language)}</td>
                {isConvener ? (
                  <td class="govuk-table__cell">
                    {/* Nobody claims for themselves from here: their own claims start from Payments. */}
                    {item.person_id !== me?.user.id ? (
                      <Link class="govuk-link" href={claimForPath(activity.id, item.person_id)}>
                        {t('resources.claim.forThem')}
                        <span class="govuk-visually-hidden">: {names.get(item.person_id) ?? t('attendance.unknownPerson')}</span>
                      </Link>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <RecordForm
            data={data}
            onRecorded={async (done) => {
              setUpdated(await load(activity.id));
              setRecorded(done);
            }}
          />
        </div>
      </div>
      <p class="govuk-body">
        <Link class="govuk-link" href={`/activities/${activity.id}`}>
          {t('activity.backToActivity')}
        </Link>
      </p>
    </>
  );
}
