import { useState } from 'preact/hooks';
import { createActivity, updateActivity } from '../api/activities';
import { listAllPeople } from '../api/people';
import { fetchProject } from '../api/projects';
import { activityKinds, venueFeatures } from '../api/types';
import type { Activity, ActivityCreate, ActivityKind, FieldErrors, Person, Project, StakeholderGroup, VenueFeature } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Checkboxes, FormActions, Radios, Select, TextArea, TextInput } from '../components/Fields';
import { setFlash } from '../components/flash';
import { exactMessages, fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { PlainLanguageCheck } from '../language/PlainLanguageCheck';
import { confirmationField, confirmationFieldId, PublishConfirmation, usePublishConfirmation } from '../language/PublishConfirmation';
import { useLanguageCheck } from '../language/useLanguageCheck';
import type { MessageKey, Translate } from '../i18n/i18n';
import { timeZoneChoices } from '../text/dates';
import { groupName } from '../i18n/values';
import { LanguageListPicker } from '../components/LanguagePicker';
import { languagesWithPending } from '../text/languagePick';
import type { PendingLanguage } from '../text/languagePick';
import { navigate } from '../router/router';
import { parseDate, parseTime, rfc3339ToZoned, zonedToRfc3339 } from '../text/activities';
import { parseWholeNumber } from '../text/digits';
import type { LocalDate } from '../text/activities';
import { ActivityBreadcrumbs, activityKindName, loadActivity, venueFeatureName } from './shared';
import { DateInput } from '../components/DateInput';
import { ProjectHeading } from '../projects/ProjectHeading';
import { NotLoaded } from '../components/NotLoaded';

const fieldIds: Record<string, string> = {
  kind: 'activity-kind',
  title: 'activity-title',
  purpose: 'activity-purpose',
  [confirmationField]: confirmationFieldId,
  date: 'activity-date-day',
  starts_at: 'activity-date-day',
  start_time: 'activity-start-time',
  ends_at: 'activity-end-time',
  end_time: 'activity-end-time',
  timezone: 'activity-timezone',
  where: 'activity-where',
  venue: 'activity-where',
  online_url: 'activity-online-url',
  'venue.address': 'activity-address',
  'venue.features': 'activity-features',
  capacity: 'activity-capacity',
  languages: 'activity-languages',
  repeat: 'activity-repeat',
  'repeat.every': 'activity-repeat',
  'repeat.count': 'activity-repeat-count',
  chair: 'activity-chair-person',
  'chair.person_id': 'activity-chair-person',
  'chair.group': 'activity-chair-group',
};

// Zones a partnership in these islands or working with European partners is likely to need.
const timeZones = ['Europe/London', 'Europe/Dublin', 'Europe/Warsaw', 'Europe/Paris', 'UTC'];

// A zone's city in the page's language where the app names it, otherwise
// its id's own (Dublin is Dublin in Polish too).
function cityName(zone: string, t: Translate): string {
  const key = `timeZone.city.${zone}` as MessageKey;
  const named = t(key);
  return named !== key ? named : (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

type Where = 'venue' | 'online' | '';

type Draft = {
  kind: string;
  title: string;
  purpose: string;
  date: LocalDate;
  startTime: string;
  endTime: string;
  timezone: string;
  where: Where;
  address: string;
  features: string[];
  onlineUrl: string;
  capacity: string;
  languages: string[];
  // A language chosen in the picker but not yet added to `languages`.
  languageToAdd: PendingLanguage;
  // Only when planning: a series and a chair.
  repeat: '' | 'week' | 'month';
  repeatCount: string;
  chairId: string;
  chairGroup: string;
};

const emptyDraft: Draft = {
  kind: '',
  title: '',
  purpose: '',
  date: { day: '', month: '', year: '' },
  startTime: '',
  endTime: '',
  timezone: 'Europe/London',
  where: '',
  address: '',
  features: [],
  onlineUrl: '',
  capacity: '',
  languages: ['en'],
  languageToAdd: { tag: '', text: '' },
  repeat: '',
  repeatCount: '',
  chairId: '',
  chairGroup: '',
};

function draftFrom(activity: Activity): Draft {
  const start = rfc3339ToZoned(activity.starts_at, activity.timezone);
  const end = rfc3339ToZoned(activity.ends_at, activity.timezone);
  return {
    kind: activity.kind,
    title: activity.title,
    purpose: activity.purpose,
    date: start?.date ?? emptyDraft.date,
    startTime: start?.time ?? '',
    endTime: end?.time ?? '',
    timezone: activity.timezone,
    where: activity.venue ? 'venue' : 'online',
    address: activity.venue?.address ?? '',
    features: activity.venue?.features ?? [],
    onlineUrl: activity.online_url ?? '',
    capacity: activity.capacity === null ? '' : String(activity.capacity),
    languages: activity.languages,
    languageToAdd: { tag: '', text: '' },
    repeat: '',
    repeatCount: '',
    chairId: '',
    chairGroup: '',
  };
}

// Checks made here, in the person's language; the server checks the rest.
function check(draft: Draft, t: Translate): { errors: FieldErrors; fields: ActivityCreate | null } {
  const errors: FieldErrors = {};
  if (!draft.kind) errors.kind = [t('activityForm.kindMissing')];
  if (!draft.title.trim()) errors.title = [t('activityForm.titleMissing')];
  if (!draft.purpose.trim()) errors.purpose = [t('activityForm.purposeMissing')];
  const date = parseDate(draft.date);
  if (!date) errors.date = [t('dateInput.invalid')];
  const start = parseTime(draft.startTime);
  if (!start) errors.start_time = [t('activityForm.timeInvalid')];
  const end = parseTime(draft.endTime);
  if (!end) errors.end_time = [t('activityForm.timeInvalid')];
  if (!draft.where) errors.where = [t('activityForm.whereMissing')];
  if (draft.where === 'venue' && !draft.address.trim()) errors['venue.address'] = [t('activityForm.addressMissing')];
  if (draft.where === 'online' && !draft.onlineUrl.trim()) errors.online_url = [t('activityForm.linkMissing')];
  const capacityTyped = draft.capacity.trim();
  const capacity = capacityTyped ? parseWholeNumber(capacityTyped) : null;
  if (capacityTyped && capacity === null) errors.capacity = [t('activityForm.capacityInvalid')];
  const repeatCount = parseWholeNumber(draft.repeatCount, 2, 24);
  if (draft.repeat && repeatCount === null) errors['repeat.count'] = [t('activityForm.repeatCountInvalid')];
  if (draft.chairId && !draft.chairGroup) errors['chair.group'] = [t('activityForm.chairGroupMissing')];
  const languages = languagesWithPending(draft.languages, draft.languageToAdd);
  if (languages.unmatched) errors.languages = [t('languagePicker.missing')];
  else if (languages.languages.length === 0) errors.languages = [t('activityForm.languagesMissing')];
  if (!date || !start || !end) return { errors, fields: null };
  const startsAt = zonedToRfc3339(date, start, draft.timezone);
  // An end before the start means the activity runs past midnight.
  const endsNextDay = end[0] * 60 + end[1] <= start[0] * 60 + start[1];
  const endDate = endsNextDay ? nextDay(date) : date;
  const fields: ActivityCreate = {
    kind: draft.kind as ActivityKind,
    title: draft.title.trim(),
    purpose: draft.purpose.trim(),
    starts_at: startsAt,
    ends_at: zonedToRfc3339(endDate, end, draft.timezone),
    timezone: draft.timezone,
    venue: draft.where === 'venue' ? { address: draft.address.trim(), features: draft.features as VenueFeature[] } : null,
    online_url: draft.where === 'online' ? draft.onlineUrl.trim() : null,
    capacity,
    languages: languages.languages,
    ...(draft.repeat && repeatCount !== null ? { repeat: { every: draft.repeat, count: repeatCount } } : {}),
    ...(draft.chairId ? { chair: { person_id: draft.chairId, group: draft.chairGroup as StakeholderGroup } } : {}),
  };
  return { errors, fields };
}

function nextDay([year, month, day]: [number, number, number]): [number, number, number] {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

function ActivityForm({ project, activity, people = [] }: { project: Project; activity?: Activity; people?: Person[] }) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => (activity ? draftFrom(activity) : emptyDraft));
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const purposeCheck = useLanguageCheck(draft.purpose, language);
  const confirmation = usePublishConfirmation();
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  const heading = activity ? t('activityForm.editTitle') : t('activityForm.title');
  usePageTitle(heading, hasErrors);
  const set = <K extends keyof Draft>(field: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const { errors, fields } = check(draft, t);
    if (await confirmation.blocks([purposeCheck])) errors[confirmationField] = [t('language.confirmMissing')];
    form.submit(async () => {
      if (!fields) return;
      if (activity) {
        const saved = await updateActivity(activity.id, fields);
        setFlash({ key: 'activity.updated', parameters: { title: saved.title } });
        navigate(`/activities/${saved.id}`);
      } else {
        const saved = await createActivity(project.id, fields);
        setFlash({ key: 'activity.planned', parameters: { title: saved.title } });
        navigate(`/activities/${saved.id}`);
      }
    }, errors);
  };

  // A chair chairs for one of their own groups (the server refuses any
  // other), so only people with a group are offered; with one group it is
  // that one, and the form asks only when they have several (issue 13).
  const chairCandidates = people.filter((person) => person.groups.length > 0);
  const chair = chairCandidates.find((person) => person.id === draft.chairId);
  const chooseChair = (value: string) => {
    const groups = chairCandidates.find((person) => person.id === value)?.groups ?? [];
    setDraft((current) => ({ ...current, chairId: value, chairGroup: groups.length === 1 ? groups[0] : '' }));
  };
  const cancelHref = activity ? `/activities/${activity.id}` : `/projects/${project.id}/activities`;
  // The server names the whole start (`starts_at`) or end (`ends_at`); the date and time fields show both.
  const dateErrors = [...exactMessages(form.errors, 'date'), ...exactMessages(form.errors, 'starts_at')];

  return (
    <>
      <ActivityBreadcrumbs project={project} activity={activity} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
          <ProjectHeading project={project}>{heading}</ProjectHeading>
          <p class="govuk-body">{t('activityForm.intro')}</p>
          <form onSubmit={onSubmit} noValidate>
            <Radios
              {...field('kind')}
              label={t('activity.kind')}
              value={draft.kind}
              onValue={set('kind')}
              choices={activityKinds.map((value) => ({ value, text: activityKindName(t, value) }))}
            />
            <TextInput
              {...field('title')}
              label={t('activity.title')}
              value={draft.title}
              onValue={set('title')}
            />
            <TextArea
              {...field('purpose')}
              label={t('activity.purpose')}
              hint={t('activityForm.purposeHint')}
              value={draft.purpose}
              onValue={set('purpose')}
              rows={4}
            />
            <PlainLanguageCheck check={purposeCheck} fieldId={fieldIds.purpose} onText={set('purpose')} />
            <DateInput id="activity-date" name="date" legend={t('activityForm.date')} date={draft.date} onDate={set('date')} errors={dateErrors} />
            <TextInput
              {...field('start_time')}
              label={t('activityForm.startTime')}
              hint={t('timeInput.hint')}
              value={draft.startTime}
              onValue={set('startTime')}
              widthClass="govuk-input--width-5"
            />
            <TextInput
              id={fieldIds.end_time}
              name="end_time"
              label={t('activityForm.endTime')}
              hint={t('activityForm.endTimeHint')}
              value={draft.endTime}
              onValue={set('endTime')}
              widthClass="govuk-input--width-5"
              errors={[...messagesFor(form.errors, 'end_time'), ...messagesFor(form.errors, 'ends_at')]}
            />
            <Select
              {...field('timezone')}
              label={t('activityForm.timezone')}
              value={draft.timezone}
              onValue={set('timezone')}
              choices={timeZoneChoices(timeZones, language, (zone) => cityName(zone, t))}
            />
            <Radios
              id={fieldIds.where}
              name="where"
              label={t('activityForm.where')}
              value={draft.where}
              onValue={(value) => set('where')(value as Where)}
              choices={[
                { value: 'venue', text: t('activityForm.inPerson') },
                { value: 'online', text: t('activity.online') },
              ]}
              errors={[...exactMessages(form.errors, 'where'), ...exactMessages(form.errors, 'venue')]}
            />
            {draft.where === 'venue' ? (
              <>
                <TextArea
                  id={fieldIds['venue.address']}
                  name="address"
                  label={t('activityForm.address')}
                  value={draft.address}
                  onValue={set('address')}
                  rows={3}
                  errors={exactMessages(form.errors, 'venue.address')}
                />
                <Checkboxes
                  id={fieldIds['venue.features']}
                  name="features"
                  label={t('activityForm.features')}
                  hint={t('activityForm.featuresHint')}
                  values={draft.features}
                  onValues={set('features')}
                  choices={venueFeatures.map((value) => ({ value, text: venueFeatureName(t, value) }))}
                  errors={exactMessages(form.errors, 'venue.features')}
                />
              </>
            ) : null}
            {draft.where === 'online' ? (
              <TextInput
                {...field('online_url')}
                type="url"
                label={t('activityForm.link')}
                hint={t('activityForm.linkHint')}
                value={draft.onlineUrl}
                onValue={set('onlineUrl')}
                spellcheck={false}
                dir="ltr"
              />
            ) : null}
            <TextInput
              {...field('capacity')}
              label={t('activityForm.capacity')}
              hint={t('activityForm.capacityHint')}
              value={draft.capacity}
              onValue={set('capacity')}
              inputMode="numeric"
              widthClass="govuk-input--width-4"
            />
            <LanguageListPicker
              {...field('languages')}
              label={t('activityForm.languages')}
              hint={t('activityForm.languagesHint')}
              values={draft.languages}
              onValues={set('languages')}
              pending={draft.languageToAdd}
              onPending={(change) => setDraft((current) => ({ ...current, languageToAdd: { ...current.languageToAdd, ...change } }))}
            />
            {!activity ? (
              <>
                <Radios
                  id={fieldIds.repeat}
                  name="repeat"
                  label={t('activityForm.repeat')}
                  value={draft.repeat}
                  onValue={(value) => set('repeat')(value as Draft['repeat'])}
                  choices={[
                    { value: '', text: t('activityForm.repeatNone') },
                    { value: 'week', text: t('activityForm.repeatWeek') },
                    { value: 'month', text: t('activityForm.repeatMonth') },
                  ]}
                  errors={[...exactMessages(form.errors, 'repeat'), ...exactMessages(form.errors, 'repeat.every')]}
                />
                {draft.repeat ? (
                  <TextInput
                    id={fieldIds['repeat.count']}
                    name="repeat_count"
                    label={t('activityForm.repeatCount')}
                    hint={t('activityForm.repeatCountHint')}
                    value={draft.repeatCount}
                    onValue={set('repeatCount')}
                    widthClass="govuk-input--width-2"
                    errors={exactMessages(form.errors, 'repeat.count')}
                  />
                ) : null}
                <Select
                  id={fieldIds.chair}
                  name="chair"
                  label={t('activityForm.chair')}
                  hint={t('activityForm.chairHint')}
                  value={draft.chairId}
                  onValue={chooseChair}
                  emptyChoice={t('activityForm.chairNone')}
                  choices={chairCandidates.map((person) => ({ value: person.id, text: person.name }))}
                  errors={[...exactMessages(form.errors, 'chair'), ...exactMessages(form.errors, 'chair.person_id')]}
                />
                {chair && chair.groups.length === 1 ? (
                  <p class="govuk-body" id="activity-chair-group-inferred">
                    {t('activityForm.chairGroupInferred', { name: chair.name, group: groupName(t, chair.groups[0]) })}
                  </p>
                ) : chair ? (
                  <Select
                    id={fieldIds['chair.group']}
                    name="chair_group"
                    label={t('activityForm.chairGroup')}
                    hint={t('activityForm.chairGroupHint')}
                    value={draft.chairGroup}
                    onValue={set('chairGroup')}
                    emptyChoice={t('activityForm.chairGroupChoose')}
                    choices={chair.groups.map((value) => ({ value, text: groupName(t, value) }))}
                    errors={exactMessages(form.errors, 'chair.group')}
                  />
                ) : null}
              </>
            ) : null}
            <PublishConfirmation confirmation={confirmation} checks={[purposeCheck]} errors={messagesFor(form.errors, confirmationField)} />
            <FormActions busy={form.submitting} cancelHref={cancelHref}>
              {activity ? t('common.saveChanges') : t('activityForm.submit')}
            </FormActions>
          </form>
        </div>
      </div>
    </>
  );
}

function OrganisersOnly() {
  const { t } = useI18n();
  usePageTitle(t('error.forbiddenTitle'));
  return (
    <>
      <h1 class="govuk-heading-l">{t('error.forbiddenTitle')}</h1>
      <p class="govuk-body">{t('activity.organisersOnly')}</p>
    </>
  );
}

async function loadNew(projectId: string): Promise<{ project: Project; people: Person[] }> {
  const project = await fetchProject(projectId);
  if (!project.can_manage) return { project, people: [] };
  // The chair is chosen from the partnership's people; without the list there is no chair to choose.
  const people = await listAllPeople().catch(() => [] as Person[]);
  return { project, people };
}

export function ActivityNewPage({ parameters }: PageProps) {
  const loaded = useResource(() => loadNew(parameters.id), [parameters.id]);
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  if (!loaded.data.project.can_manage) return <OrganisersOnly />;
  return <ActivityForm project={loaded.data.project} people={loaded.data.people} />;
}

export function ActivityEditPage({ parameters }: PageProps) {
  const loaded = useResource(() => loadActivity(parameters.id), [parameters.id]);
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  if (!loaded.data.activity.can_organise) return <OrganisersOnly />;
  return <ActivityForm project={loaded.data.project} activity={loaded.data.activity} />;
}

export { OrganisersOnly };
