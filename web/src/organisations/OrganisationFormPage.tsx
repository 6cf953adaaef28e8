import { useState } from 'preact/hooks';
import { createOrganisation, fetchOrganisation, updateOrganisation } from '../api/organisations';
import { sectors } from '../api/types';
import type { FieldErrors, Organisation, OrganisationFields, Sector } from '../api/types';
import type { PageProps } from '../router/page';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormActions, Select, TextArea, TextInput } from '../components/Fields';
import { setFlash } from '../components/flash';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { afterTagsSaved, TagChooser, useAddedTags } from '../components/TagChooser';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { sectorName } from '../i18n/values';
import { navigate } from '../router/router';
import { useSession } from '../session/session';
import { ConvenersOnly } from '../components/ConvenersOnly';
import { NotLoaded } from '../components/NotLoaded';

const fieldIds = {
  name: 'organisation-name',
  sector: 'organisation-sector',
  interests: 'organisation-interests',
  communities: 'organisation-communities',
  description: 'organisation-description',
  website: 'organisation-website',
};

// The form's draft is what it sends, before trimming and making the web address whole.
type Draft = OrganisationFields;

function draftFrom(organisation?: Organisation): Draft {
  return {
    name: organisation?.name ?? '',
    sector: organisation?.sector ?? '',
    interests: organisation?.interests ?? [],
    communities: organisation?.communities ?? [],
    description: organisation?.description ?? '',
    website: organisation?.website ?? '',
  };
}

function fieldsFrom(draft: Draft): OrganisationFields {
  return {
    name: draft.name.trim(),
    sector: draft.sector,
    interests: draft.interests,
    communities: draft.communities,
    description: draft.description.trim(),
    website: webAddress(draft.website),
  };
}

// A web address as people type it ("www.silverthreads.org.uk") made whole:
// the server keeps addresses that start with https:// or http://.
function webAddress(typed: string): string {
  const address = typed.trim();
  if (!address || /^[a-z][a-z0-9+.-]*:/i.test(address)) return address;
  return `https://${address.replace(/^\/+/, '')}`;
}

type FormProps = {
  organisation?: Organisation;
  heading: string;
  submitText: string;
  save: (fields: OrganisationFields) => Promise<Organisation>;
  savedKey: MessageKey;
};

function OrganisationForm({ organisation, heading, submitText, save, savedKey }: FormProps) {
  const { t, language } = useI18n();
  const newTags = useAddedTags();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(organisation));
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(heading, hasErrors);

  const change = <K extends keyof Draft>(field: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    // Only the checks a person most often needs are made here, in their language;
    // the server checks everything else and its messages are shown the same way.
    const clientErrors: FieldErrors = {};
    if (!draft.name.trim()) clientErrors.name = [t('organisation.nameMissing')];
    if (!draft.sector) clientErrors.sector = [t('organisation.sectorMissing')];
    form.submit(async () => {
      // Only conveners reach this form, and conveners name tags.
      await afterTagsSaved(newTags.added, [...draft.interests, ...draft.communities], language, true);
      const saved = await save(fieldsFrom(draft));
      setFlash({ key: savedKey });
      navigate(`/organisations/${saved.id}`);
    }, clientErrors);
  };

  const crumbs = [
    { text: t('nav.home'), href: '/' },
    { text: t('organisations.title'), href: '/organisations' },
  ];
  if (organisation) crumbs.push({ text: organisation.name, href: `/organisations/${organisation.id}` });

  return (
    <>
      <Breadcrumbs label={t('common.breadcrumbLabel')} items={crumbs} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
          <h1 class="govuk-heading-l">{heading}</h1>
          <form onSubmit={onSubmit} noValidate>
            <TextInput
              {...field('name')}
              label={t('organisation.name')}
              value={draft.name}
              onValue={change('name')}
            />
            <Select
              {...field('sector')}
              label={t('organisation.sector')}
              hint={t('organisation.sectorHint')}
              value={draft.sector}
              onValue={(value) => change('sector')(value as Sector | '')}
              emptyChoice={t('organisation.chooseSector')}
              choices={sectors.map((value) => ({ value, text: sectorName(t, value) }))}
            />
            <TagChooser
              id={fieldIds.interests}
              name="interests"
              kind="interests"
              label={t('organisation.interests')}
              hint={t('organisation.interestsHint')}
              values={draft.interests}
              onValues={change('interests')}
              onAdded={newTags.onAdded}
              errors={messagesFor(form.errors, 'interests')}
            />
            <TagChooser
              id={fieldIds.communities}
              name="communities"
              kind="communities"
              label={t('organisation.communities')}
              hint={t('organisation.communitiesHint')}
              values={draft.communities}
              onValues={change('communities')}
              onAdded={newTags.onAdded}
              errors={messagesFor(form.errors, 'communities')}
            />
            <TextArea
              {...field('description')}
              label={t('organisation.description')}
              hint={t('organisation.descriptionHint')}
              value={draft.description}
              onValue={change('description')}
            />
            <TextInput
              {...field('website')}
              type="url"
              dir="ltr"
              spellcheck={false}
              label={t('organisation.website')}
              hint={t('organisation.websiteHint', { example: 'www.silverthreads.org.uk' })}
              value={draft.website}
              onValue={change('website')}
            />
            <FormActions busy={form.submitting} cancelHref={organisation ? `/organisations/${organisation.id}` : '/organisations'}>{submitText}</FormActions>
          </form>
        </div>
      </div>
    </>
  );
}

export function OrganisationNewPage(_: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  if (!isConvener) return <ConvenersOnly />;
  return (
    <OrganisationForm
      heading={t('organisations.addTitle')}
      submitText={t('organisations.addSubmit')}
      save={(fields) => createOrganisation(fields)}
      savedKey="organisations.added"
    />
  );
}

export function OrganisationEditPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const organisation = useResource(() => fetchOrganisation(parameters.id), [parameters.id]);
  if (!isConvener) return <ConvenersOnly />;
  if (organisation.status !== 'ready') return <NotLoaded resource={organisation} />;
  return (
    <OrganisationForm
      organisation={organisation.data}
      heading={t('organisations.editTitle', { name: organisation.data.name })}
      submitText={t('common.saveChanges')}
      save={(fields) => updateOrganisation(parameters.id, fields)}
      savedKey="organisations.saved"
    />
  );
}
