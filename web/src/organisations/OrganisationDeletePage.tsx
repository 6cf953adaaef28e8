import { deleteOrganisation, fetchOrganisation } from '../api/organisations';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormActions } from '../components/Fields';
import { setFlash } from '../components/flash';
import { useFormSubmission } from '../components/forms';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/router';
import { useSession } from '../session/session';
import { ConvenersOnly } from '../components/ConvenersOnly';
import { NotLoaded } from '../components/NotLoaded';

export function OrganisationDeletePage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const organisation = useResource(() => fetchOrganisation(parameters.id), [parameters.id]);
  const form = useFormSubmission(t);
  const name = organisation.data?.name ?? '';
  usePageTitle(organisation.status === 'ready' ? t('organisations.deleteTitle', { name }) : null, !!form.generalError);

  if (!isConvener) return <ConvenersOnly />;
  if (organisation.status !== 'ready') return <NotLoaded resource={organisation} />;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(async () => {
      await deleteOrganisation(parameters.id);
      setFlash({ key: 'organisations.deleted', parameters: { name } });
      navigate('/organisations', { replace: true });
    });
  };

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
        <h1 class="govuk-heading-l">{t('organisations.deleteTitle', { name })}</h1>
        <p class="govuk-body">{t('organisations.deleteWarning')}</p>
        <form onSubmit={onSubmit} noValidate>
          <FormActions warning busy={form.submitting} cancelHref={`/organisations/${parameters.id}`}>{t('organisations.deleteSubmit')}</FormActions>
        </form>
      </div>
    </div>
  );
}
