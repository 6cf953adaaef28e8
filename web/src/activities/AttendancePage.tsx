import { useState } from 'preact/hooks';
import { listAttendance, listSignups, recordRegister } from '../api/activities';
import { listAllPeople } from '../api/people';
import { listMembers } from '../api/projects';
import type { Attendance, FieldErrors, Member, Person, Signup, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, FieldErrorMessages, Select, TextArea } from '../components/Fields';
import { exactMessages, messagesFor, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { useSuccessBannerFocus } from '../projects/focus';
import { claimForPath } from '../resources/api';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { groupsInProject, paidByEmployer, registerErrors, registerGroup } from '../text/attendance';
import { formatDateTime } from '../text/dates';
import { OrganisersOnly } from './ActivityFormPage';
import { ActivityBreadcrumbs, BackToActivity, loadActivity } from './shared';
import type { ActivityWithProject } from './shared';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';
import { useFocusAfterRender } from '../components/useFocusAfterRender';

// Attendance as a register (issue 13, item 5): everyone who signed up is a line
// with a box to tick, their group and whether their employer pays them to be
// there filled in and changeable; people who came without signing up are added
// as walk-ins; every ticked line is recorded at once (one transaction on the
// server), and an error the server finds in a line is shown on that line.

type Loaded = ActivityWithProject & { attendance: Attendance[]; signups: Signup[]; people: Person[]; members: Member[] };

async function load(id: string): Promise<Loaded> {
  const loaded = await loadActivity(id);
  if (!loaded.activity.can_organise) return { ...loaded, attendance: [], signups: [], people: [], members: [] };
  const [attendance, signups, people, members] = await Promise.all([
    listAttendance(id),
    listSignups(id),
    listAllPeople(),
    listMembers(loaded.project.id),
  ]);
  return { ...loaded, attendance: attendance.items, signups: signups.items, people, members: members.items };
}

type Line = {
  personId: string;
  name: string;
  walkIn: boolean;
  groups: string[];
  ticked: boolean;
  group: string;
  // Empty until the organiser chooses: until then the answer follows the group.
  paid: '' | 'yes' | 'no';
};

const lineId = (personId: string) => `register-${personId}`;
const earlyReasonId = 'attended-early-reason';
const walkInId = 'register-walk-in';

function lineFor(person: Person | undefined, fallbackName: string, personId: string, members: Member[], walkIn: boolean, signedUpFor?: string): Line {
  const groups = person ? groupsInProject(person, members) : signedUpFor ? [signedUpFor] : [];
  return { personId, name: person?.name ?? fallbackName, walkIn, groups, ticked: walkIn, group: registerGroup(groups, signedUpFor), paid: '' };
}

// Everyone who signed up (with a place or waiting) and is not recorded yet, in the order they signed up.
function firstLines(data: Loaded): Line[] {
  const recorded = new Set(data.attendance.map((item) => item.person_id));
  const people = new Map(data.people.map((person) => [person.id, person]));
  return data.signups
    .filter((signup) => !recorded.has(signup.person_id))
    // Nobody on the list is ticked until the organiser ticks them, walk-ins who signed up included.
    .map((signup) => ({ ...lineFor(people.get(signup.person_id), signup.name, signup.person_id, data.members, signup.walk_in, signup.group), ticked: false }));
}

const paidOf = (line: Line) => line.paid || (paidByEmployer(line.group) ? 'yes' : 'no');

type Recorded = { names: string[]; group: StakeholderGroup | null; paidByEmployer: boolean };


function RegisterLine({ line, errors, onChange }: { line: Line; errors: Record<string, string[]>; onChange: (line: Line) => void }) {
  const { t } = useI18n();
  const id = lineId(line.personId);
  const whoErrors = [...(errors[''] ?? []), ...(errors.person_id ?? [])];
  const groupErrors = errors.group ?? [];
  const paidErrors = errors.paid_by_employer ?? [];
  const formGroup = (messages: string[]) => `govuk-form-group rt-register-field${messages.length ? ' govuk-form-group--error' : ''}`;
  return (
    <tr class="govuk-table__row" data-person={line.personId}>
      <td class="govuk-table__cell">
        <div class={formGroup(whoErrors)}>
          <FieldErrorMessages id={`${id}`} errors={whoErrors} />
          <div class="govuk-checkboxes govuk-checkboxes--small">
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id={id}
                name="attended"
                type="checkbox"
                value={line.personId}
                checked={line.ticked}
                aria-describedby={whoErrors.length ? `${id}-error` : undefined}
                onChange={(event) => onChange({ ...line, ticked: (event.currentTarget as HTMLInputElement).checked })}
              />
              <label class="govuk-label govuk-checkboxes__label" for={id}>
                <Title text={line.name} />
              </label>
            </div>
          </div>
          {line.walkIn ? <strong class="govuk-tag govuk-tag--grey rt-register-tag">{t('attendance.walkIn')}</strong> : null}
        </div>
      </td>
      <td class="govuk-table__cell">
        <div class={formGroup(groupErrors)}>
          {line.groups.length === 0 ? (
            <p class="govuk-body govuk-!-margin-bottom-0">{t('attendance.noGroup')}</p>
          ) : (
            <>
              <label class="govuk-label govuk-visually-hidden" for={`${id}-group`}>
                {t('attendance.groupFor', { name: line.name })}
              </label>
              <FieldErrorMessages id={`${id}-group`} errors={groupErrors} />
              <select
                class={`govuk-select${groupErrors.length ? ' govuk-select--error' : ''}`}
                id={`${id}-group`}
                name={`group-${line.personId}`}
                value={line.group}
                aria-describedby={groupErrors.length ? `${id}-group-error` : undefined}
                onChange={(event) => onChange({ ...line, group: (event.currentTarget as HTMLSelectElement).value, paid: '' })}
              >
                {line.groups.map((group) => (
                  <option key={group} value={group}>
                    {groupName(t, group)}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
      </td>
      <td class="govuk-table__cell">
        <div class={formGroup(paidErrors)}>
          <label class="govuk-label govuk-visually-hidden" for={`${id}-paid`}>
            {t('attendance.paidFor', { name: line.name })}
          </label>
          <FieldErrorMessages id={`${id}-paid`} errors={paidErrors} />
          <select
            class={`govuk-select${paidErrors.length ? ' govuk-select--error' : ''}`}
            id={`${id}-paid`}
            name={`paid-${line.personId}`}
            value={paidOf(line)}
            aria-describedby={paidErrors.length ? `${id}-paid-error` : undefined}
            onChange={(event) => onChange({ ...line, paid: (event.currentTarget as HTMLSelectElement).value as 'yes' | 'no' })}
          >
            <option value="no">{t('attendance.paidNo')}</option>
            <option value="yes">{t('attendance.paidYes')}</option>
          </select>
        </div>
      </td>
    </tr>
  );
}

// The error summary's links: the server names lines by their place in what was sent.
function registerFieldIds(sent: string[], firstLine: string | undefined): Record<string, string> {
  const ids: Record<string, string> = { early_reason: earlyReasonId, entries: firstLine ? lineId(firstLine) : walkInId };
  sent.forEach((personId, index) => {
    ids[`entries.${index}`] = lineId(personId);
    ids[`entries.${index}.person_id`] = lineId(personId);
    ids[`entries.${index}.group`] = `${lineId(personId)}-group`;
    ids[`entries.${index}.paid_by_employer`] = `${lineId(personId)}-paid`;
  });
  return ids;
}

function notStartedText(t: Translate, isConvener: boolean): string {
  return isConvener ? t('attendance.notStarted') : t('attendance.notStartedOthers');
}

function Register({ data, onRecorded }: { data: Loaded; onRecorded: (recorded: Recorded) => Promise<void> }) {
  const { t } = useI18n();
  const focusAfterRender = useFocusAfterRender();
  const { isConvener } = useSession();
  const [lines, setLines] = useState<Line[]>(() => firstLines(data));
  const [sent, setSent] = useState<string[]>([]);
  const [walkIn, setWalkIn] = useState('');
  const [walkInError, setWalkInError] = useState<string | null>(null);
  const [earlyReason, setEarlyReason] = useState('');
  const form = useFormSubmission(t);
  // Attendance is for what has happened; before the start only a convener records it, with a reason.
  const notStarted = new Date(data.activity.starts_at).getTime() > Date.now();
  const recorded = new Set(data.attendance.map((item) => item.person_id));
  const onRegister = new Set(lines.map((line) => line.personId));
  const others = data.people.filter((person) => !recorded.has(person.id) && !onRegister.has(person.id));
  const errorsByPerson = registerErrors(form.errors, sent);

  if (notStarted && !isConvener) {
    return (
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong class="govuk-warning-text__text">{notStartedText(t, false)}</strong>
      </div>
    );
  }

  const change = (changed: Line) => setLines((current) => current.map((line) => (line.personId === changed.personId ? changed : line)));

  const addWalkIn = () => {
    const person = others.find((candidate) => candidate.id === walkIn);
    if (!person) {
      setWalkInError(t('attendance.walkInMissing'));
      document.getElementById(walkInId)?.focus();
      return;
    }
    setWalkInError(null);
    setWalkIn('');
    setLines((current) => [...current, lineFor(person, person.name, person.id, data.members, true)]);
    // The new line's box (ticked already) takes focus, so it is clear where it went.
    focusAfterRender(lineId(person.id));
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const ticked = lines.filter((line) => line.ticked);
    const clientErrors: FieldErrors = {};
    if (ticked.length === 0) clientErrors.entries = [t('attendance.noneTicked')];
    if (notStarted && !earlyReason.trim()) clientErrors.early_reason = [t('attendance.earlyReasonMissing')];
    setSent(ticked.map((line) => line.personId));
    form.submit(async () => {
      await recordRegister(data.activity.id, {
        entries: ticked.map((line) => ({
          person_id: line.personId,
          ...(line.groups.length ? { group: line.group as StakeholderGroup } : {}),
          paid_by_employer: paidOf(line) === 'yes',
        })),
        ...(notStarted ? { early_reason: earlyReason.trim() } : {}),
      });
      const groups = new Set(ticked.map((line) => line.group));
      const paid = new Set(ticked.map((line) => paidOf(line)));
      await onRecorded({
        names: ticked.map((line) => line.name),
        group: groups.size === 1 ? (ticked[0].group as StakeholderGroup) : null,
        paidByEmployer: paid.size === 1 && paid.has('yes'),
      });
    }, clientErrors);
  };

  const entriesErrors = exactMessages(form.errors, 'entries');
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary
        errors={form.errors}
        generalError={form.generalError}
        fieldIds={registerFieldIds(sent, lines[0]?.personId)}
        failureCount={form.failureCount}
      />
      <h2 class="govuk-heading-m">{t('attendance.registerHeading')}</h2>
      {notStarted ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">{notStartedText(t, true)}</strong>
        </div>
      ) : null}
      <p class="govuk-body">{t('attendance.registerIntro')}</p>
      <p class="govuk-body" id="register-paid-hint">
        {t('attendance.paidHint')}
      </p>
      <div class={`govuk-form-group${entriesErrors.length ? ' govuk-form-group--error' : ''}`}>
        <FieldErrorMessages id="register-entries" errors={entriesErrors} />
        {lines.length === 0 ? (
          <p class="govuk-body">{data.signups.length === 0 ? t('attendance.nobodySignedUp') : t('attendance.everyoneRecorded')}</p>
        ) : (
          <Table id="register">
            <caption class="govuk-table__caption govuk-table__caption--s">
              {t('attendance.registerCaption', { count: lines.length })}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header govuk-!-width-one-third">
                  {t('attendance.column.who')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('attendance.column.group')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('attendance.paidColumn')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {lines.map((line) => (
                <RegisterLine key={line.personId} line={line} errors={errorsByPerson.get(line.personId) ?? {}} onChange={change} />
              ))}
            </tbody>
          </Table>
        )}
      </div>

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h3 class="govuk-heading-s">{t('attendance.walkInHeading')}</h3>
          <Select
            id={walkInId}
            name="walk_in"
            label={t('attendance.walkInPerson')}
            hint={t('attendance.walkInHint')}
            value={walkIn}
            onValue={(value) => {
              setWalkIn(value);
              setWalkInError(null);
            }}
            emptyChoice={t('project.choosePerson')}
            choices={others.map((person) => ({ value: person.id, text: person.name }))}
            errors={walkInError ? [walkInError] : []}
          />
          <div>
            <button type="button" class="govuk-button govuk-button--secondary" onClick={addWalkIn}>
              {t('attendance.walkInAdd')}
            </button>
          </div>
          {notStarted ? (
            <TextArea
              id={earlyReasonId}
              name="early_reason"
              label={t('attendance.earlyReason')}
              hint={t('attendance.earlyReasonHint')}
              value={earlyReason}
              onValue={setEarlyReason}
              rows={3}
              errors={messagesFor(form.errors, 'early_reason')}
            />
          ) : null}
          <div>
            <Button busy={form.submitting} busyText={t('common.saving')}>
              {t('attendance.submit')}
            </Button>
          </div>
        </div>
      </div>
    </form>
  );
}

function RecordedBanner({ recorded, projectId }: { recorded: Recorded; projectId: string }) {
  const { t, formatList } = useI18n();
  const one = recorded.names.length === 1;
  const heading =
    one && recorded.group
      ? t('attendance.recorded', { name: recorded.names[0], group: groupName(t, recorded.group) })
      : t('attendance.recordedMany', { count: recorded.names.length });
  return (
    <NotificationBanner kind="success" heading={heading}>
      {one ? null : (
        <p class="govuk-body">
          <bdi>{formatList(recorded.names)}</bdi>
        </p>
      )}
      <p class="govuk-body">
        {recorded.paidByEmployer ? t('attendance.recordedPaid') : one ? t('attendance.recordedOffered') : t('attendance.recordedManyOffered')}
      </p>
      <p class="govuk-body">
        <Link class="govuk-notification-banner__link" href={`/projects/${projectId}/timeline`}>
          {t('attendance.timelineLink')}
        </Link>
      </p>
    </NotificationBanner>
  );
}

export function AttendancePage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const { isConvener, me } = useSession();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [updated, setUpdated] = useState<Loaded | null>(null);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const data = updated ?? loaded.data;
  useLoadingPageTitle(loaded, data && t('attendance.title', { title: data.activity.title }));

  useSuccessBannerFocus(recorded);

  if (loaded.status !== 'ready' || !data) return <NotLoaded resource={loaded} />;
  if (!data.activity.can_organise) return <OrganisersOnly />;
  const { activity, project, attendance } = data;
  // The attendance list names people by id; the names come from the people list and sign-ups.
  const names = new Map<string, string>();
  for (const person of data.people) names.set(person.id, person.name);
  for (const signup of data.signups) names.set(signup.person_id, signup.name);

  return (
    <>
      <ActivityBreadcrumbs project={project} activity={activity} />
      {recorded ? <RecordedBanner recorded={recorded} projectId={project.id} /> : null}
      <span class="govuk-caption-l">
        <Title text={activity.title} />
      </span>
      <h1 class="govuk-heading-l">{t('attendance.heading')}</h1>
      <p class="govuk-body">{t('attendance.intro')}</p>
      {/* A new register after each recording: the lines recorded leave it. */}
      <Register
        key={attendance.length}
        data={data}
        onRecorded={async (done) => {
          setUpdated(await load(activity.id));
          setRecorded(done);
        }}
      />
      {attendance.length === 0 ? (
        <p class="govuk-body">{t('attendance.none')}</p>
      ) : (
        <Table id="attended">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('attendance.caption', { count: attendance.length })}</caption>
          <TableHead
            columns={[
              t('coming.name'),
              t('members.group'),
              t('attendance.paidColumn'),
              t('attendance.recordedAt'),
              isConvener ? t('resources.column.action') : null,
            ]}
          />
          <tbody class="govuk-table__body">
            {attendance.map((item) => (
              <tr class="govuk-table__row" key={item.person_id}>
                <td class="govuk-table__cell">
                  <Link class="govuk-link" href={`/people/${item.person_id}`}>
                    <Title text={names.get(item.person_id) ?? t('attendance.unknownPerson')} />
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
        </Table>
      )}
      <BackToActivity activity={activity} />
    </>
  );
}
