import { useState } from 'preact/hooks';
import { listAllPeople } from '../api/people';
import { createProject } from '../api/projects';
import { chairRotations, decisionRules, stakeholderGroups } from '../api/types';
import type { ChairRotation, CoLeadChoice, DecisionRule, FieldErrors, Person, ProjectCreate, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ConvenersOnly } from '../components/ConvenersOnly';
import { ErrorSummary } from '../components/ErrorSummary';
import { FailureMessage } from '../components/FailureMessage';
import { Button, Checkboxes, Radios, Select, TextInput } from '../components/Fields';
import { setFlash } from '../components/flash';
import { exactMessages, messagesFor, parseTags, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { chairRotationName, decisionRuleName, groupName } from '../i18n/values';
import { Link, navigate } from '../router/router';
import { useSession } from '../session/session';
import { confirmationField, confirmationFieldId, PublishConfirmation, usePublishConfirmation } from '../language/PublishConfirmation';
import { useLanguageCheck } from '../language/useLanguageCheck';
import { descriptionFieldIds, ProjectDescriptionFields } from './ProjectDescriptionFields';

const fieldIds: Record<string, string> = {
  ...descriptionFieldIds,
  interests: 'project-interests',
  communities: 'project-communities',
  charter: 'project-required-groups',
  'charter.required_groups': 'project-required-groups',
  'charter.decision_rule': 'project-decision-rule',
  'charter.chair_rotation': 'project-chair-rotation',
  'charter.co_leads': 'project-co-lead-1-person',
  'charter.co_leads.0': 'project-co-lead-1-person',
  'charter.co_leads.0.group': 'project-co-lead-1-group',
  'charter.co_leads.1': 'project-co-lead-2-person',
  'charter.co_leads.1.group': 'project-co-lead-2-group',
  [confirmationField]: confirmationFieldId,
};

type Draft = {
  title: string;
  summary: string;
  need: string;
  population: string;
  interests: string;
  communities: string;
  requiredGroups: StakeholderGroup[];
  decisionRule: DecisionRule;
  chairRotation: ChairRotation;
  coLeads: CoLeadChoice[];
};

const emptyDraft: Draft = {
  title: '',
  summary: '',
  need: '',
  population: '',
  interests: '',
  communities: '',
  requiredGroups: [...stakeholderGroups],
  decisionRule: 'consent',
  chairRotation: 'each_meeting',
  coLeads: [
    { person_id: '', group: '' },
    { person_id: '', group: '' },
  ],
};

// A co-lead leads for one of their own groups; with one group there is nothing to choose.
function groupsOf(person: Person | undefined): StakeholderGroup[] {
  return person && person.groups.length > 0 ? person.groups : [...stakeholderGroups];
}

function ProjectForm({ people }: { people: Person[] }) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const form = useFormSubmission(t);
  const summaryCheck = useLanguageCheck(draft.summary, language);
  const confirmation = usePublishConfirmation();
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(t('projects.startTitle'), hasErrors);

  const set = <K extends keyof Draft>(field: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  const setCoLead = (index: number, change: Partial<CoLeadChoice>) =>
    setDraft((current) => {
      const coLeads = current.coLeads.map((lead, position) => {
        if (position !== index) return lead;
        const next = { ...lead, ...change };
        if (change.person_id !== undefined) {
          const groups = groupsOf(people.find((person) => person.id === change.person_id));
          if (!next.group || !groups.includes(next.group as StakeholderGroup)) next.group = groups.length === 1 ? groups[0] : '';
        }
        return next;
      });
      return { ...current, coLeads };
    });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    // The checks people most often need are made here, in their language; the
    // server checks the rest (such as co-leads from two different groups).
    const clientErrors: FieldErrors = {};
    if (!draft.title.trim()) clientErrors.title = [t('project.titleMissing')];
    if (!draft.summary.trim()) clientErrors.summary = [t('project.summaryMissing')];
    if (parseTags(draft.interests).length === 0) clientErrors.interests = [t('project.interestsMissing')];
    draft.coLeads.forEach((lead, index) => {
      const number = String(index + 1);
      if (!lead.person_id) clientErrors[`charter.co_leads.${index}.person_id`] = [t('project.coLeadPersonMissing', { number })];
      else if (!lead.group) clientErrors[`charter.co_leads.${index}.group`] = [t('project.coLeadGroupMissing', { number })];
    });
    if (await confirmation.blocks([summaryCheck])) clientErrors[confirmationField] = [t('language.confirmMissing')];
    const fields: ProjectCreate = {
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      need: draft.need.trim(),
      population: draft.population.trim(),
      interests: parseTags(draft.interests),
      communities: parseTags(draft.communities),
      charter: {
        required_groups: draft.requiredGroups,
        decision_rule: draft.decisionRule,
        chair_rotation: draft.chairRotation,
        co_leads: draft.coLeads,
      },
    };
    form.submit(async () => {
      const project = await createProject(fields);
      setFlash({ key: 'projects.started', parameters: { title: project.title } });
      navigate(`/projects/${project.id}/invitations`);
    }, clientErrors);
  };

  const personChoices = people.map((person) => ({ value: person.id, text: person.name }));
  const coLeadErrors = exactMessages(form.errors, 'charter.co_leads', 'charter');
  const legends: MessageKey[] = ['project.coLeadFirst', 'project.coLeadSecond'];

  return (
    <>
      <Breadcrumbs
        label={t('common.breadcrumbLabel')}
        items={[
          { text: t('nav.home'), href: '/' },
          { text: t('projects.title'), href: '/projects' },
        ]}
      />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
          <h1 class="govuk-heading-l">{t('projects.startTitle')}</h1>
          <p class="govuk-body">{t('projects.startIntro')}</p>
          <form onSubmit={onSubmit} noValidate>
            <ProjectDescriptionFields draft={draft} set={set} errors={form.errors} summaryCheck={summaryCheck} />
            <TextInput
              id={fieldIds.interests}
              name="interests"
              label={t('project.interests')}
              hint={t('project.interestsHint')}
              value={draft.interests}
              onValue={set('interests')}
              errors={messagesFor(form.errors, 'interests')}
            />
            <TextInput
              id={fieldIds.communities}
              name="communities"
              label={t('project.communitiesOptional')}
              hint={t('project.communitiesHint')}
              value={draft.communities}
              onValue={set('communities')}
              errors={messagesFor(form.errors, 'communities')}
            />

            <h2 class="govuk-heading-m">{t('project.charter')}</h2>
            <p class="govuk-body">{t('project.charterIntro')}</p>
            <Checkboxes
              id={fieldIds['charter.required_groups']}
              name="required_groups"
              label={t('project.requiredGroups')}
              hint={t('project.requiredGroupsHint')}
              values={draft.requiredGroups}
              onValues={(values) => set('requiredGroups')(values as StakeholderGroup[])}
              choices={stakeholderGroups.map((value) => ({ value, text: groupName(t, value) }))}
              errors={messagesFor(form.errors, 'charter.required_groups')}
            />
            <Radios
              id={fieldIds['charter.decision_rule']}
              name="decision_rule"
              label={t('project.decisionRule')}
              hint={t('project.decisionRuleHint')}
              value={draft.decisionRule}
              onValue={(value) => set('decisionRule')(value as DecisionRule)}
              choices={decisionRules.map((value) => ({
                value,
                text: decisionRuleName(t, value),
                hint: t(`decisionRuleHint.${value}` as MessageKey),
              }))}
              errors={messagesFor(form.errors, 'charter.decision_rule')}
            />
            <Radios
              id={fieldIds['charter.chair_rotation']}
              name="chair_rotation"
              label={t('project.chairRotation')}
              hint={t('project.chairRotationHint')}
              value={draft.chairRotation}
              onValue={(value) => set('chairRotation')(value as ChairRotation)}
              choices={chairRotations.map((value) => ({ value, text: chairRotationName(t, value) }))}
              errors={messagesFor(form.errors, 'charter.chair_rotation')}
            />

            <div class={coLeadErrors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
              <h2 class="govuk-heading-m">{t('project.coLeads')}</h2>
              <p class="govuk-hint">{t('project.coLeadsHint')}</p>
              {coLeadErrors.length ? (
                <p id="project-co-leads-error" class="govuk-error-message">
                  {coLeadErrors.map((message, index) => (
                    <span key={index} class="rt-error-line">
                      <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
                    </span>
                  ))}
                </p>
              ) : null}
              {draft.coLeads.map((lead, index) => {
                const prefix = `charter.co_leads.${index}`;
                const chosen = people.find((person) => person.id === lead.person_id);
                return (
                  <fieldset
                    class="govuk-fieldset rt-co-lead"
                    key={index}
                    aria-describedby={coLeadErrors.length ? 'project-co-leads-error' : undefined}
                  >
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t(legends[index])}</legend>
                    <Select
                      id={`project-co-lead-${index + 1}-person`}
                      name={`co_lead_${index + 1}_person`}
                      label={t('project.coLeadPerson')}
                      value={lead.person_id}
                      onValue={(value) => setCoLead(index, { person_id: value })}
                      emptyChoice={t('project.choosePerson')}
                      choices={personChoices}
                      errors={exactMessages(form.errors, prefix, `${prefix}.person_id`)}
                    />
                    <Select
                      id={`project-co-lead-${index + 1}-group`}
                      name={`co_lead_${index + 1}_group`}
                      label={t('project.coLeadGroup')}
                      hint={t('project.coLeadGroupHint')}
                      value={lead.group}
                      onValue={(value) => setCoLead(index, { group: value as StakeholderGroup })}
                      emptyChoice={t('project.chooseGroup')}
                      choices={groupsOf(chosen).map((value) => ({ value, text: groupName(t, value) }))}
                      errors={exactMessages(form.errors, `${prefix}.group`)}
                    />
                  </fieldset>
                );
              })}
            </div>

            <PublishConfirmation confirmation={confirmation} checks={[summaryCheck]} errors={messagesFor(form.errors, confirmationField)} />
            <div class="govuk-button-group">
              <Button busy={form.submitting} busyText={t('common.saving')}>
                {t('projects.startSubmit')}
              </Button>
              <Link class="govuk-link" href="/projects">
                {t('common.cancel')}
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

export function ProjectNewPage(_: PageProps) {
  const { isConvener } = useSession();
  const people = useResource(listAllPeople, []);
  if (!isConvener) return <ConvenersOnly />;
  if (people.status === 'loading') return <Loading />;
  if (people.status === 'failed') return <FailureMessage error={people.error} />;
  return <ProjectForm people={people.data} />;
}
