import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  addOfflineHelper,
  addRole,
  addStory,
  addTask,
  approveInitiative,
  changeTask,
  closeInitiative,
  declineInitiative,
  fetchInitiative,
  logHours,
  recordOutcome,
  reopenInitiative,
  setBudget,
  uploadPhoto,
  volunteer,
} from '../api/initiatives';
import { fetchProject } from '../api/projects';
import type { FieldErrors, Initiative, Task, TaskStatus } from '../api/types';
import { taskStatuses } from '../api/types';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Select, TextArea, TextInput } from '../components/Fields';
import { takeFlash } from '../components/flash';
import { fieldProps, useFormSubmission } from '../components/forms';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';
import { NotificationBanner } from '../components/NotificationBanner';
import { SummaryRow } from '../components/SummaryRow';
import { Table, TableHead } from '../components/Table';
import { Lines } from '../components/Lines';
import { Title } from '../components/Title';
import { useFocusAfterRender } from '../components/useFocusAfterRender';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey, Translate } from '../i18n/i18n';
import { lookUpValue } from '../i18n/values';
import { PlainLanguageCheck } from '../language/PlainLanguageCheck';
import { useLanguageCheck } from '../language/useLanguageCheck';
import type { PageProps } from '../router/page';
import { Link } from '../router/router';
import { Money } from '../resources/shared';
import { useSession } from '../session/session';
import type { LocalDate } from '../text/activities';
import { dateFromIso, isBlankDate, isoFromDate } from '../text/activities';
import { formatDate } from '../text/dates';
import { latinDigits, parseWholeNumber } from '../text/digits';
import { textDirection } from '../text/direction';
import { parsePounds, penceToInput } from '../text/money';
import { TranslatedText } from '../translations/TranslatedText';
import { hoursText, InitiativeBreadcrumbs, PeopleWithGroups, StatusTag, taskStatusName } from './shared';

type Saved = (message: MessageKey, parameters?: Record<string, string | number>) => void;
type Part = { initiative: Initiative; onSaved: Saved };

async function load(id: string) {
  const initiative = await fetchInitiative(id);
  const project = initiative.project_id ? await fetchProject(initiative.project_id).catch(() => null) : null;
  return { initiative, project };
}

const todayIso = () => new Date().toISOString().slice(0, 10);

// A small form of the page: its own error summary over its fields, sent with
// useFormSubmission, and the page told when it has saved.
function useSmallForm() {
  const { t } = useI18n();
  return useFormSubmission(t);
}

function Section({ id, heading, children }: { id: string; heading: string; children: ComponentChildren }) {
  return (
    <section class="govuk-!-margin-bottom-8" id={id} aria-labelledby={`${id}-heading`}>
      <h2 class="govuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

// People the initiative can give a task to: its leads, supporters and volunteers, once each.
function peopleOf(initiative: Initiative): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const person of [...initiative.leads, ...initiative.supporters]) seen.set(person.person_id, person.name);
  for (const role of initiative.roles) for (const person of role.people ?? []) seen.set(person.person_id, person.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

function dueText(t: Translate, language: string, task: Task): string {
  return task.due_on ? formatDate(`${task.due_on}T12:00:00Z`, language, 'UTC') : t('initiatives.tasks.noDue');
}

// --- What it is, and the conveners' decision -------------------------------

function StatusNote({ initiative }: { initiative: Initiative }) {
  const { t, language } = useI18n();
  if (initiative.status === 'proposed') {
    return (
      <div class="govuk-inset-text" id="initiative-status-note">
        {t('initiatives.status.proposedNote')}
      </div>
    );
  }
  if (initiative.status === 'declined') {
    return (
      <div class="govuk-inset-text" id="initiative-status-note">
        <p class="govuk-body">{t('initiatives.status.declinedNote')}</p>
        <p class="govuk-body rt-preserve-lines" dir={textDirection(initiative.decline_reason)}>
          <Lines text={initiative.decline_reason} />
        </p>
      </div>
    );
  }
  if (initiative.status === 'closed') {
    return (
      <div class="govuk-inset-text" id="initiative-status-note">
        <p class="govuk-body">
          {initiative.closed_at ? t('initiatives.status.closedOn', { date: formatDate(initiative.closed_at, language) }) : t('initiatives.status.closedNote')}
        </p>
      </div>
    );
  }
  return null;
}

const decideIds = { reason: 'initiative-decline-reason' };

function DecideForms({ initiative, onSaved }: Part) {
  const { t } = useI18n();
  const approve = useSmallForm();
  const decline = useSmallForm();
  const [reason, setReason] = useState('');
  const field = fieldProps(decline.errors, decideIds);
  return (
    <Section id="initiative-decide" heading={t('initiatives.decide.heading')}>
      <p class="govuk-body">{t('initiatives.decide.intro')}</p>
      <form
        id="initiative-approve-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (approve.submitting) return;
          approve.submit(async () => {
            await approveInitiative(initiative.id);
            onSaved('initiatives.decide.approved');
          });
        }}
      >
        <ErrorSummary errors={approve.errors} generalError={approve.generalError} fieldIds={{}} failureCount={approve.failureCount} />
        <Button busy={approve.submitting} busyText={t('common.saving')}>
          {t('initiatives.decide.approve')}
        </Button>
      </form>
      <form
        id="initiative-decline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (decline.submitting) return;
          const errors: FieldErrors = {};
          if (!reason.trim()) errors.reason = [t('initiatives.decide.reasonMissing')];
          decline.submit(async () => {
            await declineInitiative(initiative.id, reason.trim());
            onSaved('initiatives.decide.declined');
          }, errors);
        }}
      >
        <ErrorSummary errors={decline.errors} generalError={decline.generalError} fieldIds={decideIds} failureCount={decline.failureCount} />
        <h3 class="govuk-heading-s">{t('initiatives.decide.declineHeading')}</h3>
        <TextArea {...field('reason')} label={t('initiatives.decide.reasonLabel')} hint={t('initiatives.decide.reasonHint')} value={reason} onValue={setReason} rows={3} />
        <Button warning busy={decline.submitting} busyText={t('common.saving')}>
          {t('initiatives.decide.decline')}
        </Button>
      </form>
    </Section>
  );
}

// --- Tasks ------------------------------------------------------------------

// The tasks not done, soonest due first (those without a date last).
export function nextTasks(tasks: Task[]): Task[] {
  return tasks
    .filter((task) => task.status !== 'done')
    .sort((a, b) => (a.due_on ?? '9999-99-99').localeCompare(b.due_on ?? '9999-99-99') || a.created_at.localeCompare(b.created_at));
}

function WhatsNext({ initiative }: { initiative: Initiative }) {
  const { t, language } = useI18n();
  const next = nextTasks(initiative.tasks).slice(0, 5);
  return (
    <Section id="initiative-next" heading={t('initiatives.next.heading')}>
      {next.length === 0 ? (
        <p class="govuk-body">{t('initiatives.next.none')}</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet" id="initiative-next-list">
          {next.map((task) => (
            <li key={task.id}>
              <Title text={task.title} />
              {' – '}
              {task.due_on
                ? t('initiatives.next.item', { who: task.owner_name ?? t('initiatives.tasks.nobody'), due: dueText(t, language, task) })
                : t('initiatives.next.itemNoDue', { who: task.owner_name ?? t('initiatives.tasks.nobody') })}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function TaskStatusControl({ task, onSaved }: { task: Task; onSaved: Saved }) {
  const { t } = useI18n();
  const form = useSmallForm();
  const [status, setStatus] = useState<string>(task.status);
  const send = (value: TaskStatus) =>
    form.submit(async () => {
      await changeTask(task.id, { status: value });
      onSaved('initiatives.tasks.statusSaved', { title: task.title });
    });
  if (task.status === 'done') return <>{taskStatusName(t, task.status)}</>;
  return (
    <form
      noValidate
      class="rt-task-status"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.submitting) send(status as TaskStatus);
      }}
    >
      {form.generalError ? <p class="govuk-error-message">{form.generalError}</p> : null}
      <Select
        id={`task-${task.id}-status`}
        name="status"
        label={t('initiatives.tasks.statusOf', { title: task.title })}
        value={status}
        onValue={setStatus}
        choices={taskStatuses.map((value) => ({ value, text: taskStatusName(t, value) }))}
      />
      <div class="govuk-button-group">
        <Button secondary busy={form.submitting} busyText={t('common.saving')}>
          {t('initiatives.tasks.saveStatus')}
        </Button>
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          id={`task-${task.id}-done`}
          onClick={() => {
            if (!form.submitting) send('done');
          }}
        >
          {t('initiatives.tasks.markDone')}
          <span class="govuk-visually-hidden">: {task.title}</span>
        </button>
      </div>
    </form>
  );
}

const taskIds = { title: 'task-title', milestone: 'task-milestone', owner_id: 'task-owner', due_on: 'task-due' };

function TaskForm({ initiative, onSaved }: Part) {
  const { t } = useI18n();
  const form = useSmallForm();
  const [title, setTitle] = useState('');
  const [milestone, setMilestone] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState<LocalDate>(dateFromIso(null));
  const field = fieldProps(form.errors, taskIds);
  const milestones = [...new Set(initiative.tasks.map((task) => task.milestone).filter(Boolean))];
  return (
    <form
      id="task-new-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.submitting) return;
        const errors: FieldErrors = {};
        if (!title.trim()) errors.title = [t('initiatives.tasks.titleMissing')];
        const dueOn = isBlankDate(due) ? null : isoFromDate(due);
        if (!isBlankDate(due) && !dueOn) errors.due_on = [t('initiatives.tasks.dueInvalid')];
        form.submit(async () => {
          await addTask(initiative.id, { title: title.trim(), milestone: milestone.trim(), owner_id: owner || null, due_on: dueOn });
          setTitle('');
          setDue(dateFromIso(null));
          onSaved('initiatives.tasks.added', { title: title.trim() });
        }, errors);
      }}
    >
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ ...taskIds, due_on: 'task-due-day' }} failureCount={form.failureCount} />
      <h3 class="govuk-heading-s">{t('initiatives.tasks.addHeading')}</h3>
      <TextInput {...field('title')} label={t('initiatives.tasks.titleLabel')} value={title} onValue={setTitle} />
      <TextInput
        {...field('milestone')}
        label={t('initiatives.tasks.milestoneLabel')}
        hint={milestones.length ? t('initiatives.tasks.milestoneHintWith', { milestones: milestones.join(', ') }) : t('initiatives.tasks.milestoneHint')}
        value={milestone}
        onValue={setMilestone}
      />
      <Select
        {...field('owner_id')}
        label={t('initiatives.tasks.ownerLabel')}
        value={owner}
        onValue={setOwner}
        emptyChoice={t('initiatives.tasks.nobody')}
        choices={peopleOf(initiative).map((person) => ({ value: person.id, text: person.name }))}
      />
      <DateInput id="task-due" name="due_on" legend={t('initiatives.tasks.dueLabel')} date={due} onDate={setDue} errors={form.errors.due_on} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('initiatives.tasks.add')}
      </Button>
    </form>
  );
}

function Tasks({ initiative, onSaved, myId }: Part & { myId: string }) {
  const { t, language } = useI18n();
  const milestones = [...new Set(initiative.tasks.map((task) => task.milestone))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : 0));
  return (
    <Section id="initiative-tasks" heading={t('initiatives.tasks.heading')}>
      {initiative.tasks.length === 0 ? <p class="govuk-body">{t('initiatives.tasks.none')}</p> : null}
      {milestones.map((milestone, index) => {
        const tasks = initiative.tasks.filter((task) => task.milestone === milestone);
        const controls = tasks.some((task) => initiative.can_lead || task.owner_id === myId);
        return (
          <Table id={`initiative-tasks-${index + 1}`} key={milestone}>
            <caption class="govuk-table__caption govuk-table__caption--s">
              {milestone ? <Title text={milestone} /> : t('initiatives.tasks.noMilestone')}
            </caption>
            <TableHead columns={[t('initiatives.tasks.titleLabel'), t('initiatives.tasks.who'), t('initiatives.tasks.due'), t('initiatives.tasks.status')]} />
            <tbody class="govuk-table__body">
              {tasks.map((task) => (
                <tr class="govuk-table__row" key={task.id} data-task-id={task.id} id={`task-${task.id}`}>
                  <td class="govuk-table__cell">
                    <Title text={task.title} />
                  </td>
                  <td class="govuk-table__cell">{task.owner_name ?? t('initiatives.tasks.nobody')}</td>
                  <td class="govuk-table__cell">{dueText(t, language, task)}</td>
                  <td class="govuk-table__cell">
                    {controls && (initiative.can_lead || task.owner_id === myId) ? (
                      <TaskStatusControl key={`${task.id}-${task.status}`} task={task} onSaved={onSaved} />
                    ) : (
                      taskStatusName(t, task.status)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        );
      })}
      {initiative.can_lead ? <TaskForm initiative={initiative} onSaved={onSaved} /> : null}
    </Section>
  );
}

// --- Volunteers ---------------------------------------------------------------

function VolunteerButton({ roleId, title, onSaved }: { roleId: string; title: string; onSaved: Saved }) {
  const { t } = useI18n();
  const form = useSmallForm();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.submitting) return;
        form.submit(async () => {
          await volunteer(roleId);
          onSaved('initiatives.roles.volunteered', { title });
        });
      }}
    >
      {form.generalError ? <p class="govuk-error-message">{form.generalError}</p> : null}
      <Button busy={form.submitting} busyText={t('common.saving')} id={`role-${roleId}-volunteer`}>
        {t('initiatives.roles.volunteer')}
        <span class="govuk-visually-hidden">: {title}</span>
      </Button>
    </form>
  );
}

const roleIds = { title: 'role-title', description: 'role-description' };

function RoleForm({ initiative, onSaved }: Part) {
  const { t } = useI18n();
  const form = useSmallForm();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const field = fieldProps(form.errors, roleIds);
  return (
    <form
      id="role-new-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.submitting) return;
        const errors: FieldErrors = {};
        if (!title.trim()) errors.title = [t('initiatives.roles.titleMissing')];
        form.submit(async () => {
          await addRole(initiative.id, { title: title.trim(), description: description.trim() });
          setTitle('');
          setDescription('');
          onSaved('initiatives.roles.added', { title: title.trim() });
        }, errors);
      }}
    >
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={roleIds} failureCount={form.failureCount} />
      <h3 class="govuk-heading-s">{t('initiatives.roles.addHeading')}</h3>
      <TextInput {...field('title')} label={t('initiatives.roles.titleLabel')} hint={t('initiatives.roles.titleHint')} value={title} onValue={setTitle} />
      <TextArea {...field('description')} label={t('initiatives.roles.descriptionLabel')} value={description} onValue={setDescription} rows={3} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('initiatives.roles.add')}
      </Button>
    </form>
  );
}

function Roles({ initiative, onSaved }: Part) {
  const { t, formatList } = useI18n();
  const open = initiative.status === 'approved';
  return (
    <Section id="initiative-roles" heading={t('initiatives.roles.heading')}>
      <p class="govuk-body">{t('initiatives.volunteersCount', { count: initiative.volunteers })}</p>
      {initiative.roles.length === 0 ? <p class="govuk-body">{t('initiatives.roles.none')}</p> : null}
      {initiative.roles.map((role) => (
        <div class="govuk-summary-card" key={role.id} data-role-id={role.id}>
          <div class="govuk-summary-card__title-wrapper">
            <h3 class="govuk-summary-card__title">
              <Title text={role.title} />
            </h3>
            {role.mine ? <strong class="govuk-tag govuk-tag--green">{t('initiatives.roles.mine')}</strong> : null}
          </div>
          <div class="govuk-summary-card__content">
            {role.description ? (
              <p class="govuk-body rt-preserve-lines" dir={textDirection(role.description)}>
                <Lines text={role.description} />
              </p>
            ) : null}
            <p class="govuk-body">{t('initiatives.roles.count', { count: role.volunteers })}</p>
            {role.mine ? <p class="govuk-body">{t('initiatives.roles.youVolunteer')}</p> : open ? <VolunteerButton roleId={role.id} title={role.title} onSaved={onSaved} /> : null}
            {initiative.sees_people && (role.people ?? []).length > 0 ? (
              <Table narrow id={`role-${role.id}-people`}>
                <caption class="govuk-table__caption govuk-table__caption--s">{t('initiatives.roles.peopleCaption')}</caption>
                <TableHead columns={[t('initiatives.roles.name'), t('initiatives.roles.accessNeeds')]} />
                <tbody class="govuk-table__body">
                  {(role.people ?? []).map((person) => (
                    <tr class="govuk-table__row" key={person.person_id}>
                      <td class="govuk-table__cell">{person.name}</td>
                      <td class="govuk-table__cell">
                        {person.access_needs.length
                          ? formatList(person.access_needs.map((need) => lookUpValue(t, 'accessNeed', need)))
                          : t('initiatives.roles.noAccessNeeds')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : null}
          </div>
        </div>
      ))}
      {initiative.can_lead ? <RoleForm initiative={initiative} onSaved={onSaved} /> : null}
    </Section>
  );
}

// --- Time -----------------------------------------------------------------------

const hoursIds = { who: 'hours-who', role_id: 'hours-role', hours: 'hours-hours', minutes: 'hours-minutes', on: 'hours-on' };

function HoursForm({ initiative, onSaved }: Part) {
  const { t } = useI18n();
  const form = useSmallForm();
  const roles = initiative.can_lead ? initiative.roles : initiative.roles.filter((role) => role.mine);
  const [who, setWho] = useState('');
  const [roleId, setRoleId] = useState(roles.length === 1 ? roles[0].id : '');
  const [hours, setHours] = useState('');
  const [minutes, setMinutes] = useState('');
  const [on, setOn] = useState<LocalDate>(dateFromIso(todayIso()));
  const field = fieldProps(form.errors, hoursIds);
  if (roles.length === 0) return null;
  const others = initiative.can_lead ? peopleOf(initiative) : [];
  const helpers = initiative.can_lead ? initiative.offline_helpers.filter((helper) => helper.name) : [];
  return (
    <form
      id="hours-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.submitting) return;
        const errors: FieldErrors = {};
        if (!roleId) errors.role_id = [t('initiatives.hours.roleMissing')];
        const wholeHours = hours.trim() ? parseWholeNumber(hours, 0, 24) : 0;
        const wholeMinutes = minutes.trim() ? parseWholeNumber(minutes, 0, 1440) : 0;
        if (wholeHours === null) errors.hours = [t('initiatives.hours.hoursInvalid')];
        if (wholeMinutes === null) errors.minutes = [t('initiatives.hours.minutesInvalid')];
        const total = (wholeHours ?? 0) * 60 + (wholeMinutes ?? 0);
        if (wholeHours !== null && wholeMinutes !== null && total <= 0) errors.minutes = [t('initiatives.hours.timeMissing')];
        const day = isoFromDate(on);
        if (!day) errors.on = [t('initiatives.hours.dateInvalid')];
        else if (day > todayIso()) errors.on = [t('initiatives.hours.dateFuture')];
        form.submit(async () => {
          const [kind, id] = who.split(':');
          await logHours(initiative.id, {
            role_id: roleId,
            minutes: total,
            on: day as string,
            ...(kind === 'person' ? { person_id: id } : kind === 'helper' ? { helper_id: id } : {}),
          });
          setHours('');
          setMinutes('');
          onSaved('initiatives.hours.logged', { time: hoursText(t, total) });
        }, errors);
      }}
    >
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ ...hoursIds, on: 'hours-on-day' }} failureCount={form.failureCount} />
      <h3 class="govuk-heading-s">{t('initiatives.hours.logHeading')}</h3>
      {initiative.can_lead ? (
        <Select
          {...field('who')}
          label={t('initiatives.hours.whoLabel')}
          value={who}
          onValue={setWho}
          choices={[
            { value: '', text: t('initiatives.hours.you') },
            ...others.map((person) => ({ value: `person:${person.id}`, text: person.name })),
            ...helpers.map((helper) => ({ value: `helper:${helper.id}`, text: t('initiatives.helpers.choice', { name: helper.name ?? '', count: helper.count }) })),
          ]}
        />
      ) : null}
      <Select
        {...field('role_id')}
        label={t('initiatives.hours.roleLabel')}
        value={roleId}
        onValue={setRoleId}
        emptyChoice={roles.length === 1 ? undefined : t('initiatives.hours.chooseRole')}
        choices={roles.map((role) => ({ value: role.id, text: role.title }))}
      />
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset" aria-describedby="hours-time-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('initiatives.hours.timeLegend')}</legend>
          <div class="govuk-hint" id="hours-time-hint">
            {t('initiatives.hours.timeHint')}
          </div>
          <TextInput {...field('hours')} label={t('initiatives.hours.hoursLabel')} value={hours} onValue={setHours} inputMode="numeric" widthClass="govuk-input--width-3" />
          <TextInput {...field('minutes')} label={t('initiatives.hours.minutesLabel')} value={minutes} onValue={setMinutes} inputMode="numeric" widthClass="govuk-input--width-4" />
        </fieldset>
      </div>
      <DateInput id="hours-on" name="on" legend={t('initiatives.hours.dateLabel')} date={on} onDate={setOn} errors={form.errors.on} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('initiatives.hours.log')}
      </Button>
    </form>
  );
}

const helperIds = { name: 'helper-name', count: 'helper-count' };

function HelperForm({ initiative, onSaved }: Part) {
  const { t } = useI18n();
  const form = useSmallForm();
  const [name, setName] = useState('');
  const [count, setCount] = useState('1');
  const field = fieldProps(form.errors, helperIds);
  return (
    <form
      id="helper-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.submitting) return;
        const errors: FieldErrors = {};
        if (!name.trim()) errors.name = [t('initiatives.helpers.nameMissing')];
        const people = parseWholeNumber(count, 1, 10000);
        if (people === null) errors.count = [t('initiatives.helpers.countInvalid')];
        form.submit(async () => {
          await addOfflineHelper(initiative.id, { name: name.trim(), count: people as number });
          setName('');
          setCount('1');
          onSaved('initiatives.helpers.added');
        }, errors);
      }}
    >
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={helperIds} failureCount={form.failureCount} />
      <h3 class="govuk-heading-s">{t('initiatives.helpers.addHeading')}</h3>
      <p class="govuk-body">{t('initiatives.helpers.intro')}</p>
      <TextInput {...field('name')} label={t('initiatives.helpers.nameLabel')} hint={t('initiatives.helpers.nameHint')} value={name} onValue={setName} />
      <TextInput {...field('count')} label={t('initiatives.helpers.countLabel')} value={count} onValue={setCount} inputMode="numeric" widthClass="govuk-input--width-4" />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('initiatives.helpers.add')}
      </Button>
    </form>
  );
}

function Time({ initiative, onSaved }: Part) {
  const { t } = useI18n();
  const { hours } = initiative;
  return (
    <Section id="initiative-time" heading={t('initiatives.hours.heading')}>
      <dl class="govuk-summary-list" id="initiative-hours">
        <SummaryRow label={t('initiatives.hours.total')}>{hoursText(t, hours.total_minutes)}</SummaryRow>
        {hours.offline_people > 0 || hours.offline_minutes > 0 ? (
          <SummaryRow label={t('initiatives.hours.offline')}>
            {t('initiatives.hours.offlineValue', { time: hoursText(t, hours.offline_minutes), count: hours.offline_people })}
          </SummaryRow>
        ) : null}
      </dl>
      {hours.by_role.length > 0 ? (
        <Table narrow id="initiative-hours-by-role">
          <caption class="govuk-table__caption govuk-table__caption--s">{t('initiatives.hours.byRole')}</caption>
          <TableHead columns={[t('initiatives.roles.titleLabel'), { text: t('initiatives.hours.time'), numeric: true }]} />
          <tbody class="govuk-table__body">
            {hours.by_role.map((row) => (
              <tr class="govuk-table__row" key={row.role_id}>
                <td class="govuk-table__cell">
                  <Title text={row.title} />
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{hoursText(t, row.minutes)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {hours.by_person && hours.by_person.length > 0 ? (
        <Table narrow id="initiative-hours-by-person">
          <caption class="govuk-table__caption govuk-table__caption--s">{t('initiatives.hours.byPerson')}</caption>
          <TableHead columns={[t('initiatives.roles.name'), { text: t('initiatives.hours.time'), numeric: true }]} />
          <tbody class="govuk-table__body">
            {hours.by_person.map((row) => (
              <tr class="govuk-table__row" key={row.person_id}>
                <td class="govuk-table__cell">{row.name}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{hoursText(t, row.minutes)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {initiative.status === 'approved' ? <HoursForm initiative={initiative} onSaved={onSaved} /> : null}
      {initiative.can_lead && initiative.offline_helpers.length > 0 ? (
        <>
          <h3 class="govuk-heading-s">{t('initiatives.helpers.heading')}</h3>
          <ul class="govuk-list govuk-list--bullet" id="initiative-helpers">
            {initiative.offline_helpers.map((helper) => (
              <li key={helper.id}>{t('initiatives.helpers.choice', { name: helper.name ?? '', count: helper.count })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {initiative.can_lead && initiative.status === 'approved' ? <HelperForm initiative={initiative} onSaved={onSaved} /> : null}
    </Section>
  );
}

// --- Money ----------------------------------------------------------------------

const budgetIds = { budget_pence: 'budget-amount' };

function Budget({ initiative, onSaved }: Part) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const form = useSmallForm();
  const { budget } = initiative;
  const [amount, setAmount] = useState(budget.budget_pence ? penceToInput(budget.budget_pence) : '');
  const field = fieldProps(form.errors, budgetIds);
  return (
    <Section id="initiative-budget" heading={t('initiatives.budget.heading')}>
      <dl class="govuk-summary-list" id="initiative-budget-summary">
        <SummaryRow label={t('initiatives.budget.total')}>
          <Money pence={budget.budget_pence} />
        </SummaryRow>
        <SummaryRow label={t('initiatives.budget.committed')}>
          <Money pence={budget.committed_pence} />
        </SummaryRow>
        <SummaryRow label={t('initiatives.budget.spent')}>
          <Money pence={budget.spent_pence} />
        </SummaryRow>
        <SummaryRow label={t('initiatives.budget.left')}>
          <Money pence={budget.left_pence} />
        </SummaryRow>
      </dl>
      {isConvener ? (
        <form
          id="budget-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (form.submitting) return;
            const errors: FieldErrors = {};
            const pence = parsePounds(amount);
            if (pence === null) errors.budget_pence = [t('initiatives.budget.amountInvalid')];
            form.submit(async () => {
              await setBudget(initiative.id, pence as number);
              onSaved('initiatives.budget.saved');
            }, errors);
          }}
        >
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={budgetIds} failureCount={form.failureCount} />
          <TextInput {...field('budget_pence')} label={t('initiatives.budget.amountLabel')} hint={t('initiatives.budget.amountHint')} value={amount} onValue={setAmount} inputMode="decimal" widthClass="govuk-input--width-10" />
          <Button secondary busy={form.submitting} busyText={t('common.saving')}>
            {t('initiatives.budget.save')}
          </Button>
        </form>
      ) : null}
    </Section>
  );
}

// --- What it achieved -----------------------------------------------------------

const outcomeIds = { measure: 'outcome-measure', value: 'outcome-value', note: 'outcome-note' };

function OutcomeForm({ initiative, onSaved }: Part) {
  const { t } = useI18n();
  const form = useSmallForm();
  const [measure, setMeasure] = useState(t('initiatives.outcomes.peopleReached'));
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const field = fieldProps(form.errors, outcomeIds);
  return (
    <form
      id="outcome-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.submitting) return;
        const errors: FieldErrors = {};
        if (!measure.trim()) errors.measure = [t('initiatives.outcomes.measureMissing')];
        const typed = latinDigits(value).trim();
        const number = /^\d+(\.\d{1,2})?$/.test(typed) ? Number(typed) : null;
        if (number === null) errors.value = [t('initiatives.outcomes.valueInvalid')];
        form.submit(async () => {
          await recordOutcome(initiative.id, { measure: measure.trim(), value: number as number, ...(note.trim() ? { note: note.trim() } : {}) });
          setValue('');
          setNote('');
          onSaved('initiatives.outcomes.recorded', { measure: measure.trim() });
        }, errors);
      }}
    >
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={outcomeIds} failureCount={form.failureCount} />
      <h3 class="govuk-heading-s">{t('initiatives.outcomes.addHeading')}</h3>
      <TextInput {...field('measure')} label={t('initiatives.outcomes.measureLabel')} hint={t('initiatives.outcomes.measureHint')} value={measure} onValue={setMeasure} />
      <TextInput {...field('value')} label={t('initiatives.outcomes.valueLabel')} value={value} onValue={setValue} inputMode="decimal" widthClass="govuk-input--width-5" />
      <TextArea {...field('note')} label={t('initiatives.outcomes.noteLabel')} value={note} onValue={setNote} rows={3} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('initiatives.outcomes.add')}
      </Button>
    </form>
  );
}

function Outcomes({ initiative, onSaved }: Part) {
  const { t, language } = useI18n();
  return (
    <Section id="initiative-outcomes" heading={t('initiatives.outcomes.heading')}>
      {initiative.outcomes.length === 0 ? (
        <p class="govuk-body">{t('initiatives.outcomes.none')}</p>
      ) : (
        <Table id="initiative-outcomes-table">
          <caption class="govuk-visually-hidden">{t('initiatives.outcomes.heading')}</caption>
          <TableHead columns={[t('initiatives.outcomes.measureLabel'), { text: t('initiatives.outcomes.valueLabel'), numeric: true }, t('initiatives.outcomes.note'), t('initiatives.outcomes.when')]} />
          <tbody class="govuk-table__body">
            {initiative.outcomes.map((outcome) => (
              <tr class="govuk-table__row" key={outcome.id}>
                <td class="govuk-table__cell">
                  <Title text={outcome.measure} />
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{outcome.value.toLocaleString(language)}</td>
                <td class="govuk-table__cell" dir={textDirection(outcome.note)}>
                  {outcome.note || t('common.none')}
                </td>
                <td class="govuk-table__cell">{formatDate(outcome.recorded_at, language)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {initiative.can_lead && initiative.status !== 'declined' ? <OutcomeForm initiative={initiative} onSaved={onSaved} /> : null}
    </Section>
  );
}

const storyIds = { text: 'story-text', photo: 'story-photo', alt: 'story-alt' };
const photoTypes = ['image/jpeg', 'image/png'];

function StoryForm({ initiative, onSaved }: Part) {
  const { t, language } = useI18n();
  const form = useSmallForm();
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const textCheck = useLanguageCheck(text, language);
  const field = fieldProps(form.errors, storyIds);
  const photoErrors = form.errors.photo ?? [];
  return (
    <form
      id="story-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.submitting) return;
        const errors: FieldErrors = {};
        if (!text.trim()) errors.text = [t('initiatives.stories.textMissing')];
        if (photo && !photoTypes.includes(photo.type)) errors.photo = [t('initiatives.stories.photoType')];
        if (photo && !alt.trim()) errors.alt = [t('initiatives.stories.altMissing')];
        form.submit(async () => {
          const uploaded = photo ? await uploadPhoto(initiative.id, photo) : null;
          await addStory(initiative.id, { text: text.trim(), ...(uploaded ? { photo_id: uploaded.id, alt: alt.trim() } : {}) });
          setText('');
          setAlt('');
          setPhoto(null);
          setInputKey((key) => key + 1);
          onSaved('initiatives.stories.added');
        }, errors);
      }}
    >
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={storyIds} failureCount={form.failureCount} />
      <h3 class="govuk-heading-s">{t('initiatives.stories.addHeading')}</h3>
      <TextArea {...field('text')} label={t('initiatives.stories.textLabel')} hint={t('initiatives.stories.textHint')} value={text} onValue={setText} />
      <PlainLanguageCheck check={textCheck} fieldId={storyIds.text} onText={setText} />
      <div class={photoErrors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <label class="govuk-label govuk-label--s" for={storyIds.photo}>
          {t('initiatives.stories.photoLabel')}
        </label>
        <div class="govuk-hint" id={`${storyIds.photo}-hint`}>
          {t('initiatives.stories.photoHint')}
        </div>
        {photoErrors.length ? (
          <p class="govuk-error-message" id={`${storyIds.photo}-error`}>
            <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {photoErrors.join(' ')}
          </p>
        ) : null}
        <input
          key={inputKey}
          class={`govuk-file-upload${photoErrors.length ? ' govuk-file-upload--error' : ''}`}
          id={storyIds.photo}
          name="photo"
          type="file"
          accept="image/jpeg,image/png"
          aria-describedby={`${storyIds.photo}-hint${photoErrors.length ? ` ${storyIds.photo}-error` : ''}`}
          onChange={(event) => setPhoto((event.currentTarget as HTMLInputElement).files?.[0] ?? null)}
        />
      </div>
      <TextInput {...field('alt')} label={t('initiatives.stories.altLabel')} hint={t('initiatives.stories.altHint')} value={alt} onValue={setAlt} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('initiatives.stories.add')}
      </Button>
    </form>
  );
}

function Stories({ initiative, onSaved }: Part) {
  const { t, language } = useI18n();
  return (
    <Section id="initiative-stories" heading={t('initiatives.stories.heading')}>
      {initiative.stories.length === 0 ? <p class="govuk-body">{t('initiatives.stories.none')}</p> : null}
      {initiative.stories.map((story) => (
        <figure class="rt-story govuk-!-margin-0 govuk-!-margin-bottom-6" key={story.id} data-story-id={story.id}>
          {story.photo ? <img class="rt-story__photo" src={story.photo.path} alt={story.photo.alt} style="max-width: 100%; height: auto;" /> : null}
          <figcaption>
            <p class="govuk-body rt-preserve-lines" dir={textDirection(story.text)}>
              <Lines text={story.text} />
            </p>
            <p class="govuk-body-s">{formatDate(story.created_at, language)}</p>
          </figcaption>
        </figure>
      ))}
      {initiative.can_lead && initiative.status !== 'declined' ? <StoryForm initiative={initiative} onSaved={onSaved} /> : null}
    </Section>
  );
}

// --- Ending and starting again ---------------------------------------------------

const closeIds = { learned: 'initiative-learned' };

function CloseForm({ initiative, onSaved }: Part) {
  const { t, language } = useI18n();
  const form = useSmallForm();
  const [learned, setLearned] = useState('');
  const check = useLanguageCheck(learned, language);
  const field = fieldProps(form.errors, closeIds);
  return (
    <Section id="initiative-close" heading={t('initiatives.close.heading')}>
      <form
        id="initiative-close-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (form.submitting) return;
          const errors: FieldErrors = {};
          if (!learned.trim()) errors.learned = [t('initiatives.close.learnedMissing')];
          form.submit(async () => {
            await closeInitiative(initiative.id, learned.trim());
            onSaved('initiatives.close.closed');
          }, errors);
        }}
      >
        <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={closeIds} failureCount={form.failureCount} />
        <p class="govuk-body">{t('initiatives.close.intro')}</p>
        <TextArea {...field('learned')} label={t('initiatives.close.learnedLabel')} hint={t('initiatives.close.learnedHint')} value={learned} onValue={setLearned} />
        <PlainLanguageCheck check={check} fieldId={closeIds.learned} onText={setLearned} />
        <Button warning busy={form.submitting} busyText={t('common.saving')}>
          {t('initiatives.close.submit')}
        </Button>
      </form>
    </Section>
  );
}

function Learned({ initiative, onSaved }: Part) {
  const { t } = useI18n();
  const form = useSmallForm();
  return (
    <Section id="initiative-learned-section" heading={t('initiatives.close.learnedHeading')}>
      <p class="govuk-body rt-preserve-lines" id="initiative-learned-text" dir={textDirection(initiative.learned)}>
        <Lines text={initiative.learned} />
      </p>
      {initiative.can_lead ? (
        <form
          id="initiative-reopen-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (form.submitting) return;
            form.submit(async () => {
              await reopenInitiative(initiative.id);
              onSaved('initiatives.close.reopened');
            });
          }}
        >
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
          <Button secondary busy={form.submitting} busyText={t('common.saving')}>
            {t('initiatives.close.reopen')}
          </Button>
        </form>
      ) : null}
    </Section>
  );
}

// --- The page ------------------------------------------------------------------------

export function InitiativePage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { me, isConvener } = useSession();
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<{ key: MessageKey; parameters?: Record<string, string | number> } | null>(() => takeFlash());
  const loaded = useResource(() => load(parameters.id), [parameters.id, reload]);
  const focus = useFocusAfterRender();
  useLoadingPageTitle(loaded, loaded.data?.initiative.title);
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { initiative, project } = loaded.data;
  const onSaved: Saved = (key, values) => {
    setNotice({ key, parameters: values });
    setReload((count) => count + 1);
    window.scrollTo(0, 0);
    focus('initiative-notice');
  };
  const running = initiative.status === 'approved';
  // Its leads and the conveners translate its purpose and put it into Easy Read.
  const canTranslate = initiative.can_lead || initiative.can_decide || isConvener;
  return (
    <>
      <InitiativeBreadcrumbs />
      {notice ? (
        <div id="initiative-notice" tabIndex={-1}>
          <NotificationBanner kind="success" heading={t(notice.key, notice.parameters)} />
        </div>
      ) : null}
      <span class="govuk-caption-l">{t('initiatives.caption')}</span>
      <h1 class="govuk-heading-l">
        <Title text={initiative.title} />
      </h1>
      <p class="govuk-body" id="initiative-status">
        <StatusTag status={initiative.status} />
      </p>
      <StatusNote initiative={initiative} />
      <dl class="govuk-summary-list" id="initiative-summary">
        <SummaryRow label={t('initiatives.purpose')}>
          <TranslatedText
            subjectType="initiative"
            subjectId={initiative.id}
            field="purpose"
            original={initiative.purpose}
            manageHref={canTranslate ? `/translations/initiative/${initiative.id}/purpose` : null}
          />
        </SummaryRow>
        <SummaryRow label={t('initiatives.forWhom')}>
          <span dir={textDirection(initiative.for_whom)}>{initiative.for_whom}</span>
        </SummaryRow>
        <SummaryRow label={t('initiatives.leads')}><PeopleWithGroups people={initiative.leads} /></SummaryRow>
        <SummaryRow label={t('initiatives.supporters')}>
          {initiative.supporters.length ? <PeopleWithGroups people={initiative.supporters} /> : t('initiatives.noSupporters')}
        </SummaryRow>
        <SummaryRow label={t('initiatives.project')}>
          {project ? (
            <Link class="govuk-link" href={`/projects/${project.id}`}>
              <Title text={project.title} />
            </Link>
          ) : (
            t('initiatives.noProject')
          )}
        </SummaryRow>
      </dl>
      {initiative.can_decide && initiative.status === 'proposed' ? <DecideForms initiative={initiative} onSaved={onSaved} /> : null}
      {running || initiative.status === 'closed' ? (
        <>
          {running ? <WhatsNext initiative={initiative} /> : null}
          <Tasks initiative={initiative} onSaved={onSaved} myId={me?.user.id ?? ''} />
          <Roles initiative={initiative} onSaved={onSaved} />
          <Time initiative={initiative} onSaved={onSaved} />
          <Budget initiative={initiative} onSaved={onSaved} />
          <Outcomes initiative={initiative} onSaved={onSaved} />
          <Stories initiative={initiative} onSaved={onSaved} />
          {running && initiative.can_lead ? <CloseForm initiative={initiative} onSaved={onSaved} /> : null}
          {initiative.status === 'closed' ? <Learned initiative={initiative} onSaved={onSaved} /> : null}
        </>
      ) : null}
    </>
  );
}
