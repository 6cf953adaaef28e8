import { useState } from 'preact/hooks';
import { listActivities } from '../api/activities';
import { createContribution, listContributions } from '../api/contributions';
import type { ContributionFilter } from '../api/contributions';
import { fetchProject, listMembers } from '../api/projects';
import { contributionKinds, contributionStatuses, stakeholderGroups } from '../api/types';
import type { Activity, Contribution, ContributionCreate, ContributionKind, FieldErrors, Member, Project, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { FailureMessage } from '../components/FailureMessage';
import { Button, Checkboxes, Radios, Select, TextArea } from '../components/Fields';
import type { Choice } from '../components/Fields';
import { fieldProps, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { useSuccessBannerFocus } from '../projects/focus';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { formatDate } from '../text/dates';
import { kindName, shortText, StatusTag, statusName, whoText } from './shared';
import { Table, TableHead } from '../components/Table';
import { groupsInProject } from '../projects/groups';
import { FacilitatorNotice } from '../projects/FacilitatorNotice';
import { isolate } from '../text/ordering';
import { BackToProject } from '../projects/BackToProject';
import { ProjectHeading } from '../projects/ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

type Loaded = { project: Project; members: Member[]; activities: Activity[] };

async function load(projectId: string): Promise<Loaded> {
  const project = await fetchProject(projectId);
  const [members, activities] = project.can_manage
    ? await Promise.all([listMembers(projectId), listActivities(projectId)])
    : [{ items: [] }, { items: [] }];
  return { project, members: members.items, activities: activities.items };
}

const sayIds = { kind: 'say-kind', text: 'say-text', group: 'say-group', anonymous: 'say-anonymous' };
const recordIds = {
  kind: 'record-kind',
  text: 'record-text',
  person_id: 'record-person',
  group: 'record-group',
  source: 'record-source',
  activity_id: 'record-activity',
};

// What kind of thing was said, and what: the first two questions of both
// forms, checked and cleared the same way.
function useSaying() {
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  return {
    kind,
    setKind,
    text,
    setText,
    missing: (t: Translate): FieldErrors => ({
      ...(!kind ? { kind: [t('contributions.kindMissing')] } : {}),
      ...(!text.trim() ? { text: [t('contributions.textMissing')] } : {}),
    }),
    body: () => ({ kind: kind as ContributionKind, text: text.trim() }),
    clear: () => {
      setKind('');
      setText('');
    },
  };
}

type SayingFieldsProps = {
  saying: ReturnType<typeof useSaying>;
  field: (key: 'kind' | 'text') => { id: string; name: string; errors: string[] };
  textLabel: string;
  textHint?: string;
};

function SayingFields({ saying, field, textLabel, textHint }: SayingFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Radios
        {...field('kind')}
        label={t('contributions.kindLabel')}
        value={saying.kind}
        onValue={saying.setKind}
        choices={contributionKinds.map((value) => ({ value, text: kindName(t, value) }))}
      />
      <TextArea {...field('text')} label={textLabel} hint={textHint} value={saying.text} onValue={saying.setText} />
    </>
  );
}

function SayForm({ project, onSaved }: { project: Project; onSaved: (saved: Contribution) => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const myGroups = groupsInProject(project, me?.user.groups ?? []);
  const saying = useSaying();
  const [group, setGroup] = useState<string>(myGroups[0] ?? '');
  const [anonymous, setAnonymous] = useState(false);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, sayIds);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(async () => {
      const saved = await createContribution(project.id, {
        ...saying.body(),
        ...(group ? { group: group as StakeholderGroup } : {}),
        anonymous,
      });
      saying.clear();
      setAnonymous(false);
      onSaved(saved);
    }, saying.missing(t));
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={sayIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('contributions.sayHeading')}</h2>
      <p class="govuk-body">{t('contributions.sayIntro')}</p>
      <SayingFields saying={saying} field={field} textLabel={t('contributions.textLabel')} textHint={t('contributions.textHint')} />
      {myGroups.length > 0 ? (
        <Select
          {...field('group')}
          label={t('contributions.groupLabel')}
          hint={t('contributions.groupHint')}
          value={group}
          onValue={setGroup}
          choices={myGroups.map((value) => ({ value, text: groupName(t, value) }))}
        />
      ) : null}
      <Checkboxes
        {...field('anonymous')}
        label={t('contributions.anonymousLegend')}
        hint={t('contributions.anonymousHint')}
        values={anonymous ? ['yes'] : []}
        onValues={(values) => setAnonymous(values.includes('yes'))}
        choices={[{ value: 'yes', text: t('contributions.anonymousLabel') }]}
      />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('contributions.saySubmit')}
      </Button>
    </form>
  );
}

function RecordForm({ data, onSaved }: { data: Loaded; onSaved: (saved: Contribution) => void }) {
  const { t } = useI18n();
  const saying = useSaying();
  const [personId, setPersonId] = useState('');
  const [group, setGroup] = useState('');
  const [source, setSource] = useState('');
  const [activityId, setActivityId] = useState('');
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, recordIds);
  const people = data.members.filter((member) => member.person_id);

  const choosePerson = (value: string) => {
    setPersonId(value);
    const member = people.find((item) => item.person_id === value);
    if (member) setGroup(member.group);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors = saying.missing(t);
    if (!group) clientErrors.group = [t('contributions.recordGroupMissing')];
    if (!source) clientErrors.source = [t('contributions.sourceMissing')];
    if (source === 'activity' && !activityId) clientErrors.activity_id = [t('contributions.activityMissing')];
    const body: ContributionCreate = {
      ...saying.body(),
      group: group as StakeholderGroup,
      source: source as 'activity' | 'on_behalf',
      ...(source === 'activity' ? { activity_id: activityId } : {}),
      ...(personId ? { person_id: personId } : {}),
    };
    form.submit(async () => {
      const saved = await createContribution(data.project.id, body);
      saying.clear();
      onSaved(saved);
    }, clientErrors);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={recordIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('contributions.recordHeading')}</h2>
      <p class="govuk-body">{t('contributions.recordIntro')}</p>
      <SayingFields saying={saying} field={(key) => ({ ...field(key), name: recordIds[key] })} textLabel={t('contributions.recordTextLabel')} />
      <Select
        {...field('person_id')}
        label={t('contributions.personLabel')}
        hint={t('contributions.personHint')}
        value={personId}
        onValue={choosePerson}
        emptyChoice={t('contributions.noPerson')}
        choices={people.map((member) => ({ value: member.person_id!, text: `${member.name} (${groupName(t, member.group)})` }))}
      />
      <Select
        {...field('group')}
        name="record-group"
        label={t('contributions.groupLabel')}
        value={group}
        onValue={setGroup}
        emptyChoice={t('contributions.chooseGroup')}
        choices={stakeholderGroups.map((value) => ({ value, text: groupName(t, value) }))}
      />
      <Radios
        {...field('source')}
        label={t('contributions.sourceLabel')}
        value={source}
        onValue={setSource}
        choices={[
          { value: 'activity', text: t('contributions.sourceActivity') },
          { value: 'on_behalf', text: t('contributions.sourceOnBehalf') },
        ]}
      />
      {source === 'activity' ? (
        <Select
          {...field('activity_id')}
          label={t('contributions.activityLabel')}
          value={activityId}
          onValue={setActivityId}
          emptyChoice={t('contributions.chooseActivity')}
          choices={data.activities.map((activity) => ({ value: activity.id, text: isolate(activity.title) }))}
        />
      ) : null}
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {t('contributions.recordSubmit')}
      </Button>
    </form>
  );
}

export function ContributionsPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [filter, setFilter] = useState<ContributionFilter>({});
  const [draft, setDraft] = useState<ContributionFilter>({});
  const [version, setVersion] = useState(0);
  const list = useResource(() => listContributions(parameters.id, filter), [parameters.id, filter, version]);
  const [saved, setSaved] = useState<Contribution | null>(null);
  const data = loaded.data;
  useLoadingPageTitle(loaded, data && t('contributions.title', { title: data.project.title }));

  useSuccessBannerFocus(saved);

  if (!data) return <NotLoaded resource={loaded} />;
  const { project } = data;
  const onSaved = (contribution: Contribution) => {
    setSaved(contribution);
    setVersion((value) => value + 1);
  };
  const items = list.data?.items ?? [];
  const filterSelect = (key: keyof ContributionFilter, label: string, choices: Choice[]) => (
    <div class="govuk-grid-column-one-third">
      <Select
        id={`filter-${key}`}
        name={key}
        label={label}
        value={draft[key] ?? ''}
        onValue={(value) => setDraft({ ...draft, [key]: value })}
        emptyChoice={t('contributions.any')}
        choices={choices}
      />
    </div>
  );

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      {saved ? (
        <NotificationBanner kind="success" heading={t('contributions.saved')}>
          <p class="govuk-body">
            <Link class="govuk-notification-banner__link" href={`/contributions/${saved.id}`}>
              {t('contributions.savedLink')}
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      <ProjectHeading project={project}>{t('contributions.heading')}</ProjectHeading>
      <p class="govuk-body">{t('contributions.intro')}</p>

      <form
        class="govuk-!-margin-bottom-6"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter({ ...draft });
        }}
      >
        <h2 class="govuk-heading-m">{t('common.filter')}</h2>
        <div class="govuk-grid-row">
          {filterSelect('status', t('contribution.status'), contributionStatuses.map((value) => ({ value, text: statusName(t, value) })))}
          {filterSelect('kind', t('contribution.kind'), contributionKinds.map((value) => ({ value, text: kindName(t, value) })))}
          {filterSelect('group', t('contribution.group'), stakeholderGroups.map((value) => ({ value, text: groupName(t, value) })))}
        </div>
        <Button secondary>{t('common.applyFilter')}</Button>
      </form>

      {list.status === 'loading' ? (
        <Loading />
      ) : list.status === 'failed' ? (
        <FailureMessage error={list.error} />
      ) : items.length === 0 ? (
        <p class="govuk-body">{t('contributions.none')}</p>
      ) : (
        <Table id="contributions-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('contributions.tableCaption', { count: items.length })}</caption>
          <TableHead
            columns={[
              t('contribution.text'),
              t('contribution.kind'),
              t('contribution.group'),
              t('contribution.who'),
              t('contribution.status'),
              t('contribution.received'),
            ]}
          />
          <tbody class="govuk-table__body">
            {items.map((contribution) => (
              <tr class="govuk-table__row" key={contribution.id}>
                <td class="govuk-table__cell" dir="auto">
                  <Link class="govuk-link" href={`/contributions/${contribution.id}`}>
                    {shortText(contribution.text)}
                  </Link>
                </td>
                <td class="govuk-table__cell">{kindName(t, contribution.kind)}</td>
                <td class="govuk-table__cell">{groupName(t, contribution.group)}</td>
                <td class="govuk-table__cell">{whoText(t, contribution)}</td>
                <td class="govuk-table__cell">
                  <StatusTag status={contribution.status} />
                </td>
                <td class="govuk-table__cell">{formatDate(contribution.created_at, language)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {project.facilitating ? (
            // Her own contribution would be refused for having no group: she
            // is told here, before writing one (issue 13, item 2).
            <>
              <h2 class="govuk-heading-m">{t('contributions.sayHeading')}</h2>
              <FacilitatorNotice project={project} body="contributions.facilitator.body" />
            </>
          ) : (
            <SayForm project={project} onSaved={onSaved} />
          )}
          {project.can_manage ? <RecordForm data={data} onSaved={onSaved} /> : null}
        </div>
      </div>
      <BackToProject project={project} />
    </>
  );
}
