import type { ComponentChildren } from 'preact';
import { Footer } from './Footer';
import { Header } from './Header';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ServiceNavigation } from './ServiceNavigation';
import { SkipLink } from './SkipLink';
import { NotificationBanner } from '../components/NotificationBanner';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { formatDate } from '../text/dates';

// Someone asked for a new sign-in link for the reader and it has not been used:
// said on every page until it is, in case it was not the reader who wanted it.
function PasswordResetBanner() {
  const { t, language } = useI18n();
  const { me } = useSession();
  const reset = me?.password_reset;
  if (!reset) return null;
  const date = formatDate(reset.requested_at, language);
  return (
    <div id="password-reset-banner">
      <NotificationBanner
        titleId="password-reset-banner-title"
        heading={reset.requested_by ? t('signIn.resetAskedBy', { name: reset.requested_by.name, date }) : t('signIn.resetAsked', { date })}
      >
        <p class="govuk-body">{t('signIn.resetAdvice')}</p>
      </NotificationBanner>
    </div>
  );
}

export function Layout({ children }: { children: ComponentChildren }) {
  return (
    <>
      <SkipLink />
      <Header />
      <ServiceNavigation />
      <div class="govuk-width-container">
        <LanguageSwitcher />
        <main class="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <PasswordResetBanner />
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}
