// Changing a project's title, summary, need and who it serves (PATCH
// /api/v1/projects/{id}: conveners and the project's co-leads). The summary is
// checked for plain language as on "Start a project". Only the fields that
// changed are sent, so an unchanged summary is not published again; a changed
// one leaves its translations out of date, and the project page says so.

import { useState } from 'preact/hooks';
import { fetchProject, updateProject } from '../api/projects';
import type { FieldErrors, Project } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormActions } from '../components/Fields';
import { setFlash } from '../components/flash';
import type { Flash } from '../components/flash';
import { messagesFor, useFormSubmission } from '../components/forms';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { confirmationField, confirmationFieldId, PublishConfirmation, usePublishConfirmation } from '../language/PublishConfirmation';
import { useLanguageCheck } from '../language/useLanguageCheck';
import { descriptionFieldIds, ProjectDescriptionFields } from './ProjectDescriptionFields';
import type { ProjectDescription } from './ProjectDescriptionFields';
import { navigate } from '../router/router';
import { fetchTranslations } from '../translations/api';
import { ProjectBreadcrumbs } from './ProjectBreadcrumbs';
import { BackToProject } from './BackToProject';
import { ProjectHeading } from './ProjectHeading';
import { NotLoaded } from '../components/NotLoaded';

const fieldIds: Record<string, string> = {
  ...descriptionFieldIds,
  [confirmationField]: confirmationFieldId,
};

type Draft = ProjectDescription;
type Changes = Partial<Draft>;

function changesFrom(project: Project, draft: Draft): Changes {
  const changes: Changes = {};
  for (const field of ['title', 'summary', 'need', 'population'] as const) {
    const value = draft[field].trim();
    if (value !== project[field]) changes[field] = value;
  }
  return changes;
}

// Whether a translation or Easy Read version of the summary is now of an
// earlier wording. Not knowing is not a reason to stop: the save is done.
async function summaryTranslationsOutdated(projectId: string): Promise<boolean> {
  try {
    const existing = await fetchTranslations('project', projectId);
    return [...existing.translations, ...existing.easy_read].some((item) => item.field === 'summary' && item.outdated);
  } catch {
    return false;
  }
}

function ProjectEditForm({ project }: { project: Project }) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<Draft>({
    title: project.title,
    summary: project.summary,
    need: project.need,
    population: project.population,
  });
  const form = useFormSubmission(t);
  const summaryCheck = useLanguageCheck(draft.summary, language);
  const confirmation = usePublishConfirmation();
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(t('project.editTitle'), hasErrors);
  const projectHref = `/projects/${project.id}`;

  const set = (field: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!draft.title.trim()) clientErrors.title = [t('project.titleMissing')];
    if (!draft.summary.trim()) clientErrors.summary = [t('project.summaryMissing')];
    const changes = changesFrom(project, draft);
    // Wording already published is not asked about again.
    if (changes.summary !== undefined && (await confirmation.blocks([summaryCheck]))) {
      clientErrors[confirmationField] = [t('language.confirmMissing')];
    }
    form.submit(async () => {
      if (Object.keys(changes).length === 0) {
        setFlash({ key: 'project.unchanged', parameters: { title: project.title } });
        navigate(projectHref);
        return;
      }
      const saved = await updateProject(project.id, changes);
      const flash: Flash = { key: 'project.changed', parameters: { title: saved.title } };
      if (changes.summary !== undefined && (await summaryTranslationsOutdated(project.id))) {
        flash.more = { key: 'project.translationsOutdated', link: 'project.updateTranslations', href: `${projectHref}/translations-needed` };
      }
      setFlash(flash);
      navigate(projectHref);
    }, clientErrors);
  };

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
          <ProjectHeading project={project}>{t('project.editTitle')}</ProjectHeading>
          <p class="govuk-body">{t('project.editIntro')}</p>
          <form onSubmit={onSubmit} noValidate>
            <ProjectDescriptionFields draft={draft} set={set} errors={form.errors} summaryCheck={summaryCheck} />
            <PublishConfirmation confirmation={confirmation} checks={[summaryCheck]} errors={messagesFor(form.errors, confirmationField)} />
            <FormActions busy={form.submitting} cancelHref={projectHref}>{t('common.saveChanges')}</FormActions>
          </form>
        </div>
      </div>
    </>
  );
}

function ManagersOnly({ project }: { project: Project }) {
  const { t } = useI18n();
  usePageTitle(t('error.forbiddenTitle'));
  return (
    <>
      <ProjectBreadcrumbs project={project} />
      <h1 class="govuk-heading-l">{t('error.forbiddenTitle')}</h1>
      <p class="govuk-body">{t('project.editOnlyManagers')}</p>
      <BackToProject project={project} />
    </>
  );
}

export function ProjectEditPage({ parameters }: PageProps) {
  const loaded = useResource(() => fetchProject(parameters.id), [parameters.id]);
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  if (!loaded.data.can_manage) return <ManagersOnly project={loaded.data} />;
  return <ProjectEditForm project={loaded.data} />;
}
