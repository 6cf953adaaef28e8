import type { PageProps } from '../router/page';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

export function NotFoundPage(_: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{t('notFound.title')}</h1>
        <p class="govuk-body">{t('notFound.checkAddress')}</p>
        <p class="govuk-body">{t('notFound.pasted')}</p>
        <p class="govuk-body">
          <Link class="govuk-link" href="/">
            {t('notFound.goHome')}
          </Link>
        </p>
      </div>
    </div>
  );
}
