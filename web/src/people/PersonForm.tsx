import { useState } from 'preact/hooks';
import { commonAccessNeeds, livedExperienceGroups, roles, stakeholderGroups } from '../api/types';
import type { FieldErrors, Organisation, Person, PersonFields, Role, StakeholderGroup } from '../api/types';
import { ErrorSummary } from '../components/ErrorSummary';
import { Checkboxes, FormActions, Radios, Select, TextInput } from '../components/Fields';
import { LanguagePicker } from '../components/LanguagePicker';
import type { Choice } from '../components/Fields';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { afterTagsSaved, TagChooser, useAddedTags } from '../components/TagChooser';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/i18n';
import { accessNeedName, groupName, roleName } from '../i18n/values';
import { Link } from '../router/router';
import { useSession } from '../session/session';

const fieldIds = {
  name: 'person-name',
  email: 'person-email',
  role: 'person-role',
  groups: 'person-groups',
  organisation_ids: 'person-organisations',
  interests: 'person-interests',
  preferred_language: 'person-language',
  access_needs: 'person-access-needs',
  way: 'person-way',
};

// How someone new takes part (issue 13, item 7): for an organisation, whose
// sector gives their group, or as themselves, in a lived-experience group.
// The form asks this first, then only what the answer needs.
type Way = '' | 'organisation' | 'themselves';
const sectorGroups: readonly string[] = ['local_authority', 'health', 'vcs', 'provider'];
const isLived = (group: string) => (livedExperienceGroups as readonly string[]).includes(group);

type Draft = {
  name: string;
  email: string;
  role: Role;
  groups: StakeholderGroup[];
  organisationIds: string[];
  interests: string[];
  preferredLanguage: string;
  accessNeeds: string[];
  // A new person with an email: their sign-in link now, or once they have been told.
  linkWhen: 'now' | 'later';
};

function draftFrom(person?: Person): Draft {
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    role: person?.role ?? 'member',
    groups: person?.groups ?? [],
    organisationIds: person?.organisation_ids ?? [],
    interests: person?.interests ?? [],
    preferredLanguage: person?.preferred_language ?? 'en',
    accessNeeds: person?.access_needs ?? [],
    linkWhen: 'now',
  };
}

// "convener-create" and "convener-edit" change everything; "self" is a member
// editing their own profile, which the API allows for everything except role,
// email and organisations; "convener-self" is a convener on their own profile,
// who may also choose their organisations and any group (not their role or
// email, which stay on the person's page).
export type PersonFormMode = 'convener-create' | 'convener-edit' | 'self' | 'convener-self';

type Props = {
  mode: PersonFormMode;
  person?: Person;
  organisations: Organisation[];
  heading: string;
  submitText: string;
  cancelHref: string;
  save: (fields: PersonFields) => Promise<void>;
};

export function PersonForm({ mode, person, organisations, heading, submitText, cancelHref, save }: Props) {
  const { t, language } = useI18n();
  const { isConvener } = useSession();
  const newTags = useAddedTags();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(person));
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(heading, hasErrors);
  const isConvenerForm = mode === 'convener-create' || mode === 'convener-edit';
  const ownProfile = mode === 'self' || mode === 'convener-self';
  // Organisations and every group, as a convener changes them for anyone.
  const choosesOrganisations = mode === 'convener-edit' || mode === 'convener-self';
  const creating = mode === 'convener-create';
  const [way, setWay] = useState<Way>('');
  // The sector groups that come with the organisations chosen.
  const sectorsOf = (ids: readonly string[]) => [
    ...new Set(organisations.filter((organisation) => ids.includes(organisation.id) && sectorGroups.includes(organisation.sector)).map((organisation) => organisation.sector)),
  ] as StakeholderGroup[];

  const set = <K extends keyof Draft>(field: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  // Needs outside the common list stay in the list so that saving keeps them.
  const accessChoices: Choice[] = [...commonAccessNeeds, ...draft.accessNeeds.filter((need) => !(commonAccessNeeds as readonly string[]).includes(need))].map(
    (need) => ({ value: need, text: accessNeedName(t, need) }),
  );

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!draft.name.trim()) clientErrors.name = [t('person.nameMissing')];
    if (!draft.preferredLanguage) clientErrors.preferred_language = [t('languagePicker.missing')];
    const fields: PersonFields = {
      name: draft.name.trim(),
      groups: draft.groups,
      interests: draft.interests,
      preferred_language: draft.preferredLanguage,
      access_needs: draft.accessNeeds,
    };
    if (isConvenerForm) {
      fields.role = draft.role;
      // An empty email on create means "no account yet"; on edit it is left as it was.
      if (draft.email.trim()) fields.email = draft.email.trim();
      if (creating && draft.email.trim() && draft.linkWhen === 'later') fields.send_sign_in_link = false;
    }
    if (isConvenerForm || choosesOrganisations) fields.organisation_ids = draft.organisationIds;
    // On their own profile people choose their lived-experience groups; a
    // sector group comes with an organisation, which a convener records, so
    // it is kept as it is (docs/api.md, "Stakeholder groups are earned").
    if (mode === 'self') {
      const sectors = person?.groups.filter((group) => !isLived(group)) ?? [];
      fields.groups = [...sectors, ...draft.groups.filter(isLived)];
    }
    if (creating) {
      if (!way) clientErrors.way = [t('person.wayMissing')];
      if (way === 'organisation') {
        if (draft.organisationIds.length === 0) clientErrors.organisation_ids = [t('person.organisationsMissing')];
        fields.organisation_ids = draft.organisationIds;
        fields.groups = sectorsOf(draft.organisationIds);
      }
      if (way === 'themselves') {
        fields.groups = draft.groups.filter(isLived);
        fields.organisation_ids = [];
        if (fields.groups.length === 0) clientErrors.groups = [t('person.groupsMissing')];
      }
    }
    form.submit(async () => {
      await afterTagsSaved(newTags.added, fields.interests ?? [], language, isConvener);
      await save(fields);
    }, clientErrors);
  };

  // On a new person's form the email comes after how they take part, which is asked first.
  const emailField = (
    <TextInput
      {...field('email')}
      type="email"
      autocomplete="off"
      spellcheck={false}
      dir="ltr"
      label={t('person.emailOptional')}
      hint={creating ? t('person.emailHintCreate') : t('person.emailHintEdit')}
      value={draft.email}
      onValue={set('email')}
    />
  );

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
        <h1 class="govuk-heading-l">{heading}</h1>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            {...field('name')}
            autocomplete={ownProfile ? 'name' : 'off'}
            label={t('person.name')}
            value={draft.name}
            onValue={set('name')}
          />
          {isConvenerForm && !creating ? emailField : null}
          {creating ? (
            <Radios
              {...field('way')}
              label={draft.name.trim() ? t('person.wayLabelNamed', { name: draft.name.trim() }) : t('person.wayLabel')}
              value={way}
              onValue={(value) => setWay(value as Way)}
              choices={[
                { value: 'organisation', text: t('person.wayOrganisation'), hint: t('person.wayOrganisationHint') },
                { value: 'themselves', text: t('person.wayThemselves'), hint: t('person.wayThemselvesHint') },
              ]}
            />
          ) : null}
          {creating && way === 'organisation' && organisations.length === 0 ? (
            <p class="govuk-body" id="person-no-organisations">
              {t('person.noOrganisations')}{' '}
              <Link class="govuk-link" href="/organisations/new">
                {t('person.addOrganisationFirst')}
              </Link>
            </p>
          ) : null}
          {creating && way === 'organisation' && organisations.length > 0 ? (
            <Checkboxes
              {...field('organisation_ids')}
              label={t('person.organisationsCreate')}
              hint={t('person.organisationsCreateHint')}
              values={draft.organisationIds}
              onValues={set('organisationIds')}
              choices={organisations.map((organisation) => ({ value: organisation.id, text: organisation.name }))}
            />
          ) : null}
          {creating && way === 'themselves' ? (
            <Checkboxes
              {...field('groups')}
              label={t('person.groups')}
              hint={t('person.groupsThemselvesHint')}
              values={draft.groups.filter(isLived)}
              onValues={(values) => set('groups')(values as StakeholderGroup[])}
              choices={livedExperienceGroups.map((value) => ({ value, text: groupName(t, value) }))}
            />
          ) : null}
          {creating && !way ? null : (
            <>
          {creating ? emailField : null}
          {creating && draft.email.trim() ? (
            <Radios
              id="person-link-when"
              name="link_when"
              label={t('person.linkWhen')}
              value={draft.linkWhen}
              onValue={(value) => set('linkWhen')(value === 'later' ? 'later' : 'now')}
              choices={[
                { value: 'now', text: t('person.linkNow') },
                { value: 'later', text: t('person.linkLater') },
              ]}
              errors={messagesFor(form.errors, 'send_sign_in_link')}
            />
          ) : null}
          {isConvenerForm ? (
            <Select
              {...field('role')}
              label={t('person.role')}
              hint={t('person.roleHint')}
              value={draft.role}
              onValue={(value) => set('role')(value as Role)}
              choices={roles.map((value) => ({ value, text: roleName(t, value) }))}
            />
          ) : null}
          {choosesOrganisations ? (
            <Checkboxes
              {...field('groups')}
              label={ownProfile ? t('person.groupsSelf') : t('person.groups')}
              hint={ownProfile ? t('person.groupsConvenerSelfHint') : t('person.groupsHint')}
              values={draft.groups}
              onValues={(values) => set('groups')(values as StakeholderGroup[])}
              choices={stakeholderGroups.map((value) => ({ value, text: groupName(t, value) }))}
            />
          ) : null}
          {mode === 'self' ? (
            <Checkboxes
              {...field('groups')}
              label={t('person.groupsSelf')}
              hint={t('person.groupsSelfHint')}
              values={draft.groups.filter((group) => (livedExperienceGroups as readonly string[]).includes(group))}
              onValues={(values) => set('groups')(values as StakeholderGroup[])}
              choices={livedExperienceGroups.map((value) => ({ value, text: groupName(t, value) }))}
            />
          ) : null}
          {choosesOrganisations && organisations.length > 0 ? (
            <Checkboxes
              {...field('organisation_ids')}
              label={ownProfile ? t('person.organisationsSelf') : t('person.organisations')}
              hint={ownProfile ? t('person.organisationsSelfHint') : t('person.organisationsHint')}
              values={draft.organisationIds}
              onValues={set('organisationIds')}
              choices={organisations.map((organisation) => ({ value: organisation.id, text: organisation.name }))}
            />
          ) : null}
          <TagChooser
            id={fieldIds.interests}
            name="interests"
            kind="interests"
            label={t('person.interests')}
            hint={t('person.interestsHint')}
            values={draft.interests}
            onValues={set('interests')}
            onAdded={newTags.onAdded}
            errors={messagesFor(form.errors, 'interests')}
          />
          <LanguagePicker
            {...field('preferred_language')}
            label={t('person.preferredLanguage')}
            hint={t('person.preferredLanguageHint')}
            value={draft.preferredLanguage}
            onValue={set('preferredLanguage')}
          />
          <Checkboxes
            {...field('access_needs')}
            label={t('person.accessNeeds')}
            hint={ownProfile ? t('person.accessNeedsHintSelf') : t('person.accessNeedsHint')}
            values={draft.accessNeeds}
            onValues={set('accessNeeds')}
            choices={accessChoices}
          />
            </>
          )}
          <FormActions busy={form.submitting} cancelHref={cancelHref}>{submitText}</FormActions>
        </form>
      </div>
    </div>
  );
}
