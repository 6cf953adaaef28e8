import type { PageProps } from '../router/page';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';

type Part = { href: string; label: MessageKey; about: MessageKey; conveners?: boolean };

// The partnership's own pages, one link each with what it is for. They were
// top-level links of the service navigation, which then ran to two rows on
// a wide screen; govuk-frontend's service navigation keeps to a few links,
// so they are gathered here behind one, "Partnership".
const parts: Part[] = [
  { href: '/organisations', label: 'nav.organisations', about: 'partnership.about.organisations' },
  { href: '/people', label: 'nav.people', about: 'partnership.about.people' },
  { href: '/documents', label: 'documents.navLink', about: 'partnership.about.documents' },
  { href: '/initiatives', label: 'initiatives.navLink', about: 'partnership.about.initiatives' },
  { href: '/panels', label: 'panels.navLink', about: 'partnership.about.panels' },
  { href: '/barometer', label: 'nav.barometer', about: 'partnership.about.barometer' },
  { href: '/glossary', label: 'nav.glossary', about: 'partnership.about.glossary' },
  { href: '/tags', label: 'nav.tags', about: 'partnership.about.tags', conveners: true },
];

export function PartnershipPage(_: PageProps) {
  const { t } = useI18n();
  const { me, isConvener } = useSession();
  const name = me?.partnership.name || t('nav.partnership');
  usePageTitle(name);
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{name}</h1>
        <p class="govuk-body">{t('partnership.intro')}</p>
        <ul class="govuk-list" id="partnership-parts">
          {parts
            .filter((part) => !part.conveners || isConvener)
            .map((part) => (
              <li key={part.href} class="govuk-!-margin-bottom-4">
                <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link class="govuk-link" href={part.href}>
                    {t(part.label)}
                  </Link>
                </h2>
                <p class="govuk-body govuk-!-margin-bottom-0">{t(part.about)}</p>
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
