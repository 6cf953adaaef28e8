import { ApiError } from '../api/client';
import { NotFoundPage } from '../pages/NotFoundPage';
import { useI18n } from '../i18n/i18n';
import { describeFailure } from './forms';
import { usePageTitle } from './usePageTitle';

// What a page shows when its data could not be loaded.
export function FailureMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  const notFound = error instanceof ApiError && error.status === 404;
  usePageTitle(notFound ? null : t('error.pageTitle'));
  if (notFound) return <NotFoundPage parameters={{}} />;
  if (error instanceof ApiError && error.status === 401) return null;
  return (
    <>
      <h1 class="govuk-heading-l">{t('error.pageTitle')}</h1>
      <p class="govuk-body">{describeFailure(t, error)}</p>
    </>
  );
}
