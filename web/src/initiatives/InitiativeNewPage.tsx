import { useState } from 'preact/hooks';
import { createInitiative } from '../api/initiatives';
import { listAllPeople } from '../api/people';
import { listAllProjects } from '../api/projects';
import type { FieldErrors, PersonInGroup, StakeholderGroup } from '../api/types';
import { leadGroups } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Checkboxes, FormActions, Select, TextArea, TextInput } from '../components/Fields';
import { setFlash } from '../components/flash';
import { fieldProps, useFormSubmission } from '../components/forms';
import { NotLoaded } from '../components/NotLoaded';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { PlainLanguageCheck } from '../language/PlainLanguageCheck';
import { useLanguageCheck } from '../language/useLanguageCheck';
import { navigate, useLocation } from '../router/router';
import { InitiativeBreadcrumbs, initiativePath } from './shared';

const fieldIds = {
  title: 'initiative-title',
  purpose: 'initiative-purpose',
  for_whom: 'initiative-for-whom',
  leads: 'initiative-leads',
  supporters: 'initiative-supporters',
  project_id: 'initiative-project',
};

// A person in one of their groups, as a checkbox's value.
const pairValue = (personId: string, group: string) => `${personId}|${group}`;
const pairOf = (value: string): PersonInGroup => {
  const [person_id, group] = value.split('|');
  return { person_id, group: group as StakeholderGroup };
};

async function load() {
  const [people, projects] = await Promise.all([listAllPeople(), listAllProjects()]);
  return { people, projects };
}

// Propose an initiative: what it is for, who it is for, who leads it (people
// of the community groups, each in their group) and which staff help.
export function InitiativeNewPage(_: PageProps) {
  const { t, language } = useI18n();
  const { search } = useLocation();
  const loaded = useResource(load, []);
  const form = useFormSubmission(t);
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [forWhom, setForWhom] = useState('');
  const [leads, setLeads] = useState<string[]>([]);
  const [supporters, setSupporters] = useState<string[]>([]);
  const [projectId, setProjectId] = useState(search.get('project') ?? '');
  const purposeCheck = useLanguageCheck(purpose, language);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(t('initiatives.new.title'), hasErrors);
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { people, projects } = loaded.data;
  const field = fieldProps(form.errors, fieldIds);
  const isLeadGroup = (group: string) => (leadGroups as readonly string[]).includes(group);
  const byName = [...people].sort((a, b) => a.name.localeCompare(b.name));
  const leadChoices = byName.flatMap((person) =>
    person.groups.filter(isLeadGroup).map((group) => ({ value: pairValue(person.id, group), text: t('initiatives.personInGroup', { name: person.name, group: groupName(t, group) }) })),
  );
  const supporterChoices = byName.flatMap((person) =>
    person.groups.filter((group) => !isLeadGroup(group)).map((group) => ({ value: pairValue(person.id, group), text: t('initiatives.personInGroup', { name: person.name, group: groupName(t, group) }) })),
  );

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!title.trim()) clientErrors.title = [t('initiatives.new.titleMissing')];
    else if (title.trim().length > 200) clientErrors.title = [t('initiatives.new.titleTooLong')];
    if (!purpose.trim()) clientErrors.purpose = [t('initiatives.new.purposeMissing')];
    if (!forWhom.trim()) clientErrors.for_whom = [t('initiatives.new.forWhomMissing')];
    if (leads.length === 0) clientErrors.leads = [t('initiatives.new.leadsMissing')];
    form.submit(async () => {
      const created = await createInitiative({
        title: title.trim(),
        purpose: purpose.trim(),
        for_whom: forWhom.trim(),
        leads: leads.map(pairOf),
        supporters: supporters.map(pairOf),
        ...(projectId ? { project_id: projectId } : {}),
      });
      setFlash({ key: created.status === 'proposed' ? 'initiatives.new.proposed' : 'initiatives.new.started', parameters: { title: created.title } });
      navigate(initiativePath(created.id));
    }, clientErrors);
  };

  return (
    <>
      <InitiativeBreadcrumbs />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <form onSubmit={onSubmit} noValidate id="initiative-new-form">
            <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
            <h1 class="govuk-heading-l">{t('initiatives.new.title')}</h1>
            <p class="govuk-body">{t('initiatives.new.intro')}</p>
            <TextInput {...field('title')} label={t('initiatives.new.titleLabel')} hint={t('initiatives.new.titleHint')} value={title} onValue={setTitle} />
            <TextArea {...field('purpose')} label={t('initiatives.purpose')} hint={t('initiatives.new.purposeHint')} value={purpose} onValue={setPurpose} />
            <PlainLanguageCheck check={purposeCheck} fieldId={fieldIds.purpose} onText={setPurpose} />
            <TextInput {...field('for_whom')} label={t('initiatives.forWhom')} hint={t('initiatives.new.forWhomHint')} value={forWhom} onValue={setForWhom} />
            <Checkboxes {...field('leads')} label={t('initiatives.leads')} hint={t('initiatives.new.leadsHint')} values={leads} onValues={setLeads} choices={leadChoices} />
            <Checkboxes
              {...field('supporters')}
              label={t('initiatives.new.supportersOptional')}
              hint={t('initiatives.new.supportersHint')}
              values={supporters}
              onValues={setSupporters}
              choices={supporterChoices}
            />
            <Select
              {...field('project_id')}
              label={t('initiatives.new.projectOptional')}
              hint={t('initiatives.new.projectHint')}
              value={projectId}
              onValue={setProjectId}
              emptyChoice={t('initiatives.noProject')}
              choices={projects.map((project) => ({ value: project.id, text: project.title }))}
            />
            <FormActions busy={form.submitting} cancelHref="/initiatives">
              {t('initiatives.new.submit')}
            </FormActions>
          </form>
        </div>
      </div>
    </>
  );
}
