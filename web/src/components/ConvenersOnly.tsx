import { useI18n } from '../i18n/i18n';
import { usePageTitle } from './usePageTitle';

// Shown to a member who follows a link to a page only conveners can use.
export function ConvenersOnly() {
  const { t } = useI18n();
  usePageTitle(t('error.forbiddenTitle'));
  return (
    <>
      <h1 class="govuk-heading-l">{t('error.forbiddenTitle')}</h1>
      <p class="govuk-body">{t('error.convenersOnly')}</p>
    </>
  );
}
