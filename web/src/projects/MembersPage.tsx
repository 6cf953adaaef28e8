import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { listAllPeople } from '../api/people';
import { addMember, fetchProject, listMembers } from '../api/projects';
import { stakeholderGroups } from '../api/types';
import type { FieldErrors, Member, Person, Project, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Select } from '../components/Fields';
import { fieldProps, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useLanguageText } from '../components/LanguagePicker';
import { useI18n } from '../i18n/i18n';
import { accessNeedName, groupName, memberViaName } from '../i18n/values';
import { formatDate } from '../text/dates';
import { groupItems } from '../text/projects';
import { useSuccessBannerFocus } from './focus';
import { ProjectBreadcrumbs } from './ProjectBreadcrumbs';
import { Table, TableHead } from '../components/Table';
import { BackToProject } from './BackToProject';
import { PartyName } from './PartyName';
import { ProjectHeading } from './ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

const fieldIds = { person_id: 'member-person', group: 'member-group' };

type Loaded = { project: Project; members: Member[] };

async function load(projectId: string): Promise<Loaded> {
  const [project, members] = await Promise.all([fetchProject(projectId), listMembers(projectId)]);
  return { project, members: members.items };
}

// A member who is a person links to them; an organisation, to it.
function memberHref(member: Member): string | undefined {
  if (member.person_id) return `/people/${member.person_id}`;
  if (member.organisation_id) return `/organisations/${member.organisation_id}`;
  return undefined;
}

type AddMemberFormProps = {
  project: Project;
  people: Person[];
  form: ReturnType<typeof useFormSubmission>;
  onStart: () => void;
  onAdded: (member: Member) => Promise<void>;
};

function AddMemberForm({ project, people, form, onStart, onAdded }: AddMemberFormProps) {
  const { t } = useI18n();
  const field = fieldProps(form.errors, fieldIds);
  const [personId, setPersonId] = useState('');
  const [group, setGroup] = useState('');
  const chosen = people.find((person) => person.id === personId);
  const groups = chosen && chosen.groups.length ? chosen.groups : [...stakeholderGroups];

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!personId) clientErrors.person_id = [t('members.personMissing')];
    else if (!group) clientErrors.group = [t('members.groupMissing')];
    onStart();
    form.submit(
      async () => {
        const member = await addMember(project.id, { person_id: personId, group: group as StakeholderGroup });
        setPersonId('');
        setGroup('');
        await onAdded(member);
      },
      clientErrors,
      (error) => (error instanceof ApiError && error.status === 409 ? t('members.alreadyMember') : null),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <h2 class="govuk-heading-m">{t('members.addHeading')}</h2>
      <p class="govuk-body">{t('members.addIntro')}</p>
      <Select
        {...field('person_id')}
        label={t('invitations.person')}
        value={personId}
        onValue={(value) => {
          setPersonId(value);
          const person = people.find((item) => item.id === value);
          setGroup(person && person.groups.length === 1 ? person.groups[0] : '');
        }}
        emptyChoice={t('project.choosePerson')}
        choices={people.map((person) => ({ value: person.id, text: person.name }))}
      />
      <Select
        {...field('group')}
        label={t('members.group')}
        value={group}
        onValue={setGroup}
        emptyChoice={t('project.chooseGroup')}
        choices={groups.map((value) => ({ value, text: groupName(t, value) }))}
      />
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {t('members.add')}
      </Button>
    </form>
  );
}

export function MembersPage({ parameters }: PageProps) {
  const { t, formatList, language } = useI18n();
  const languageText = useLanguageText();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [updated, setUpdated] = useState<Loaded | null>(null);
  // The member is kept, not the message, so a language switch translates it too.
  const [added, setAdded] = useState<Member | null>(null);
  const form = useFormSubmission(t);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  const data = updated ?? loaded.data;
  const canManage = !!data?.project.can_manage;
  // Only people who can manage the project need the list of everyone.
  const people = useResource(() => (canManage ? listAllPeople() : Promise.resolve([])), [canManage]);
  useLoadingPageTitle(loaded, data && t('members.title', { title: data.project.title }), hasErrors);

  useSuccessBannerFocus(added);

  if (loaded.status !== 'ready' || !data) return <NotLoaded resource={loaded} />;
  const { project, members } = data;

  // Access needs and languages come only to conveners and co-leads.
  const showPrivate = members.some((member) => member.access_needs !== undefined || member.preferred_language !== undefined);
  const sections = groupItems(members, stakeholderGroups);
  const withoutMembers = project.charter.required_groups.filter((group) => !members.some((member) => member.group === group));

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      {added ? <NotificationBanner kind="success" heading={t('members.added', { name: added.name, group: groupName(t, added.group) })} /> : null}
      <ProjectHeading project={project}>{t('members.heading')}</ProjectHeading>
      <p class="govuk-body">{t('members.intro')}</p>
      {showPrivate ? <p class="govuk-body">{t('members.privateNote')}</p> : null}
      {withoutMembers.length > 0 ? (
        <div class="govuk-inset-text">{t('members.withoutMembers', { groups: formatList(withoutMembers.map((group) => groupName(t, group))) })}</div>
      ) : null}
      {sections.length === 0 ? <p class="govuk-body">{t('members.none')}</p> : null}
      {sections.map((section) => (
        <Table key={section.group}>
          <caption class="govuk-table__caption govuk-table__caption--m">{groupName(t, section.group)}</caption>
          <TableHead
            columns={[
              t('person.name'),
              t('members.via'),
              t('members.joined'),
              showPrivate ? t('person.accessNeeds') : null,
              showPrivate ? t('person.preferredLanguage') : null,
            ]}
          />
          <tbody class="govuk-table__body">
            {section.items.map((member) => (
              <tr class="govuk-table__row" key={member.id}>
                <td class="govuk-table__cell">
                  <PartyName name={member.name} href={memberHref(member)} />
                </td>
                <td class="govuk-table__cell">{memberViaName(t, member.via)}</td>
                <td class="govuk-table__cell">{formatDate(member.joined_at, language)}</td>
                {showPrivate ? (
                  <td class="govuk-table__cell">
                    {member.access_needs && member.access_needs.length
                      ? formatList(member.access_needs.map((need) => accessNeedName(t, need)))
                      : t('common.none')}
                  </td>
                ) : null}
                {showPrivate ? (
                  <td class="govuk-table__cell">{member.preferred_language ? languageText(member.preferred_language) : t('common.none')}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      ))}
      {canManage && people.status === 'loading' ? <Loading /> : null}
      {canManage && people.status === 'ready' ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <AddMemberForm
              project={project}
              people={people.data}
              form={form}
              onStart={() => setAdded(null)}
              onAdded={async (member) => {
                setUpdated(await load(project.id));
                setAdded(member);
              }}
            />
          </div>
        </div>
      ) : null}
      <BackToProject project={project} />
    </>
  );
}
