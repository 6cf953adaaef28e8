import { useState } from 'preact/hooks';
import { createDocument } from '../api/documents';
import { listAllProjects } from '../api/projects';
import type { DocumentKind, FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { FailureMessage } from '../components/FailureMessage';
import { FormActions, Radios, Select, TextInput } from '../components/Fields';
import { setFlash } from '../components/flash';
import { fieldProps, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router/router';
import { useSession } from '../session/session';
import { DocumentBreadcrumbs, documentKindChoices, documentPath } from './shared';

const fieldIds = { title: 'document-title', kind: 'document-kind', project_id: 'document-project' };

export function DocumentNewPage(_: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const { search } = useLocation();
  const projects = useResource(() => listAllProjects(), []);
  const form = useFormSubmission(t);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('');
  const [projectId, setProjectId] = useState(search.get('project') ?? '');
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(t('documents.new.title'), hasErrors);
  if (projects.status === 'loading') return <Loading />;
  if (projects.status === 'failed') return <FailureMessage error={projects.error} />;
  // Conveners write the partnership's documents and any project's; a project's organisers, their project's.
  const choices = projects.data.filter((project) => isConvener || project.can_manage);
  const field = fieldProps(form.errors, fieldIds);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!title.trim()) clientErrors.title = [t('documents.new.titleMissing')];
    else if (title.trim().length > 200) clientErrors.title = [t('documents.new.titleTooLong')];
    if (!kind) clientErrors.kind = [t('documents.new.kindMissing')];
    if (!isConvener && !projectId) clientErrors.project_id = [t('documents.new.projectMissing')];
    form.submit(async () => {
      const created = await createDocument({ title: title.trim(), kind: kind as DocumentKind, ...(projectId ? { project_id: projectId } : {}) });
      setFlash({ key: 'documents.new.created', parameters: { title: created.title } });
      navigate(`${documentPath(created.id)}/edit`);
    }, clientErrors);
  };

  return (
    <>
      <DocumentBreadcrumbs />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {choices.length === 0 && !isConvener ? (
            <>
              <h1 class="govuk-heading-l">{t('documents.new.title')}</h1>
              <p class="govuk-body">{t('documents.new.notWriter')}</p>
            </>
          ) : (
            <form onSubmit={onSubmit} noValidate>
              <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
              <h1 class="govuk-heading-l">{t('documents.new.title')}</h1>
              <p class="govuk-body">{t('documents.new.intro')}</p>
              <TextInput {...field('title')} label={t('documents.titleLabel')} hint={t('documents.new.titleHint')} value={title} onValue={setTitle} />
              <Radios
                {...field('kind')}
                label={t('documents.kindLabel')}
                value={kind}
                onValue={setKind}
                choices={documentKindChoices(t)}
              />
              <Select
                {...field('project_id')}
                label={isConvener ? t('documents.new.projectOptional') : t('documents.projectLabel')}
                hint={t('documents.new.projectHint')}
                value={projectId}
                onValue={setProjectId}
                emptyChoice={isConvener ? t('documents.wholePartnership') : t('documents.new.chooseProject')}
                choices={choices.map((project) => ({ value: project.id, text: project.title }))}
              />
              <FormActions busy={form.submitting} cancelHref="/documents">
                {t('documents.new.submit')}
              </FormActions>
            </form>
          )}
        </div>
      </div>
    </>
  );
}
