import type { ComponentChildren } from 'preact';
import { Footer } from './Footer';
import { Header } from './Header';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ServiceNavigation } from './ServiceNavigation';
import { SkipLink } from './SkipLink';

export function Layout({ children }: { children: ComponentChildren }) {
  return (
    <>
      <SkipLink />
      <Header />
      <ServiceNavigation />
      <div class="govuk-width-container">
        <LanguageSwitcher />
        <main class="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}
