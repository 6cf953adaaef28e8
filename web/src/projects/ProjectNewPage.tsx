import { useEffect, useState } from 'preact/hooks';
import { fetchPartnership } from '../api/partnership';
import { createProject } from '../api/projects';
import { chairRotations, decisionRules, stakeholderGroups } from '../api/types';
import type { ChairRotation, DecisionRule, FieldErrors, ProjectCreate, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { ConvenersOnly } from '../components/ConvenersOnly';
import { ErrorSummary } from '../components/ErrorSummary';
import { Checkboxes, FormActions, Radios } from '../components/Fields';
import { setFlash } from '../components/flash';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { afterTagsSaved, TagChooser, useAddedTags } from '../components/TagChooser';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { chairRotationName, decisionRuleName, groupName } from '../i18n/values';
import { navigate } from '../router/router';
import { useSession } from '../session/session';
import { confirmationField, confirmationFieldId, PublishConfirmation, usePublishConfirmation } from '../language/PublishConfirmation';
import { useLanguageCheck } from '../language/useLanguageCheck';
import { descriptionFieldIds, ProjectDescriptionFields } from './ProjectDescriptionFields';
import { useResource } from '../components/useResource';
import { defaultRequiredGroups, groupsPresent } from '../text/projects';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';

const fieldIds: Record<string, string> = {
  ...descriptionFieldIds,
  interests: 'project-interests',
  communities: 'project-communities',
  charter: 'project-required-groups',
  'charter.required_groups': 'project-required-groups',
  'charter.decision_rule': 'project-decision-rule',
  'charter.chair_rotation': 'project-chair-rotation',
  [confirmationField]: confirmationFieldId,
};

type Draft = {
  title: string;
  summary: string;
  need: string;
  population: string;
  interests: string[];
  communities: string[];
  requiredGroups: StakeholderGroup[];
  decisionRule: DecisionRule;
  chairRotation: ChairRotation;
};

const emptyDraft: Draft = {
  title: '',
  summary: '',
  need: '',
  population: '',
  interests: [],
  communities: [],
  requiredGroups: [...stakeholderGroups],
  decisionRule: 'consent',
  chairRotation: 'each_meeting',
};

// Co-leads are not chosen here: they come from the partners who accept
// (the charter's first step, on the project's co-leads page).
function ProjectForm() {
  const { t, language, formatList } = useI18n();
  const newTags = useAddedTags();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  // The required groups start as those the partnership has someone in, until
  // the convener changes them.
  const partnership = useResource(fetchPartnership, []);
  const [groupsChosen, setGroupsChosen] = useState(false);
  const summary = partnership.data?.summary ?? {};
  useEffect(() => {
    if (partnership.status !== 'ready' || groupsChosen) return;
    setDraft((current) => ({ ...current, requiredGroups: defaultRequiredGroups(summary, stakeholderGroups) as StakeholderGroup[] }));
  }, [partnership.status]);
  const present = partnership.status === 'ready' ? groupsPresent(summary, stakeholderGroups) : [...stakeholderGroups];
  const nobodyIn = draft.requiredGroups.filter((group) => !present.includes(group));
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const summaryCheck = useLanguageCheck(draft.summary, language);
  const confirmation = usePublishConfirmation();
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(t('projects.startTitle'), hasErrors);

  const set = <K extends keyof Draft>(field: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    // The checks people most often need are made here, in their language; the
    // server checks the rest.
    const clientErrors: FieldErrors = {};
    if (!draft.title.trim()) clientErrors.title = [t('project.titleMissing')];
    if (!draft.summary.trim()) clientErrors.summary = [t('project.summaryMissing')];
    if (draft.interests.length === 0) clientErrors.interests = [t('project.interestsMissing')];
    if (await confirmation.blocks([summaryCheck])) clientErrors[confirmationField] = [t('language.confirmMissing')];
    const fields: ProjectCreate = {
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      need: draft.need.trim(),
      population: draft.population.trim(),
      interests: draft.interests,
      communities: draft.communities,
      charter: {
        required_groups: draft.requiredGroups,
        decision_rule: draft.decisionRule,
        chair_rotation: draft.chairRotation,
      },
    };
    form.submit(async () => {
      await afterTagsSaved(newTags.added, [...draft.interests, ...draft.communities], language, true);
      const project = await createProject(fields);
      setFlash({ key: 'projects.started', parameters: { title: project.title } });
      navigate(`/projects/${project.id}/invitations`);
    }, clientErrors);
  };


  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('projects.title'), href: '/projects' }]} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
          <h1 class="govuk-heading-l">{t('projects.startTitle')}</h1>
          <p class="govuk-body">{t('projects.startIntro')}</p>
          <form onSubmit={onSubmit} noValidate>
            <ProjectDescriptionFields draft={draft} set={set} errors={form.errors} summaryCheck={summaryCheck} />
            <TagChooser
              id={fieldIds.interests}
              name="interests"
              kind="interests"
              label={t('project.interests')}
              hint={t('project.interestsHint')}
              values={draft.interests}
              onValues={set('interests')}
              needsOne
              onAdded={newTags.onAdded}
              errors={messagesFor(form.errors, 'interests')}
            />
            <TagChooser
              id={fieldIds.communities}
              name="communities"
              kind="communities"
              label={t('project.communitiesOptional')}
              hint={t('project.communitiesHint')}
              values={draft.communities}
              onValues={set('communities')}
              onAdded={newTags.onAdded}
              errors={messagesFor(form.errors, 'communities')}
            />

            <h2 class="govuk-heading-m">{t('project.charter')}</h2>
            <p class="govuk-body">{t('project.charterIntro')}</p>
            <Checkboxes
              {...field('charter.required_groups')}
              name="required_groups"
              label={t('project.requiredGroups')}
              hint={t('project.requiredGroupsHint')}
              values={draft.requiredGroups}
              onValues={(values) => {
                setGroupsChosen(true);
                set('requiredGroups')(values as StakeholderGroup[]);
              }}
              choices={stakeholderGroups.map((value) => ({ value, text: groupName(t, value) }))}
            />
            {nobodyIn.length ? (
              <div class="govuk-warning-text" id="project-required-nobody">
                <span class="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong class="govuk-warning-text__text">
                  <span class="govuk-visually-hidden">{t('common.warning')}</span>
                  {t('project.requiredNobody', { groups: formatList(nobodyIn.map((group) => groupName(t, group))) })}
                </strong>
              </div>
            ) : null}
            <Radios
              {...field('charter.decision_rule')}
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
            />
            <Radios
              {...field('charter.chair_rotation')}
              name="chair_rotation"
              label={t('project.chairRotation')}
              hint={t('project.chairRotationHint')}
              value={draft.chairRotation}
              onValue={(value) => set('chairRotation')(value as ChairRotation)}
              choices={chairRotations.map((value) => ({ value, text: chairRotationName(t, value) }))}
            />
            <p class="govuk-inset-text" id="project-co-leads-later">
              {t('project.startsWithoutCoLeads')}
            </p>

            <PublishConfirmation confirmation={confirmation} checks={[summaryCheck]} errors={messagesFor(form.errors, confirmationField)} />
            <FormActions busy={form.submitting} cancelHref="/projects">{t('projects.startSubmit')}</FormActions>
          </form>
        </div>
      </div>
    </>
  );
}

export function ProjectNewPage(_: PageProps) {
  const { isConvener } = useSession();
  if (!isConvener) return <ConvenersOnly />;
  return <ProjectForm />;
}
