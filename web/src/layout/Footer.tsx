import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

export function Footer() {
  const { t } = useI18n();
  return (
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 class="govuk-visually-hidden">{t('footer.supportLinks')}</h2>
            <ul class="govuk-footer__inline-list">
              <li class="govuk-footer__inline-list-item">
                <Link class="govuk-footer__link" href="/accessibility">
                  {t('footer.accessibility')}
                </Link>
              </li>
            </ul>
            <p class="govuk-body-s rt-footer__text">{t('footer.about')}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
