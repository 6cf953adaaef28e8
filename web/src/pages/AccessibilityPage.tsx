import type { PageProps } from '../router/page';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/i18n';

export function AccessibilityPage(_: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('accessibility.title'));
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{t('accessibility.title')}</h1>
        <p class="govuk-body">{t('accessibility.intro')}</p>
        <p class="govuk-body">{t('accessibility.youCan')}</p>
        <ul class="govuk-list govuk-list--bullet">
          <li>{t('accessibility.canZoom')}</li>
          <li>{t('accessibility.canKeyboard')}</li>
          <li>{t('accessibility.canScreenReader')}</li>
          <li>{t('accessibility.canLanguage')}</li>
          <li>{t('accessibility.canColours')}</li>
        </ul>
        <h2 class="govuk-heading-m">{t('accessibility.statusHeading')}</h2>
        <p class="govuk-body">{t('accessibility.status')}</p>
        <h2 class="govuk-heading-m">{t('accessibility.testingHeading')}</h2>
        <p class="govuk-body">{t('accessibility.testing')}</p>
        <h2 class="govuk-heading-m">{t('accessibility.knownHeading')}</h2>
        <ul class="govuk-list govuk-list--bullet">
          <li>{t('accessibility.knownServerMessages')}</li>
          <li>{t('accessibility.knownTags')}</li>
        </ul>
        <h2 class="govuk-heading-m">{t('accessibility.feedbackHeading')}</h2>
        <p class="govuk-body">{t('accessibility.feedback')}</p>
      </div>
    </div>
  );
}
