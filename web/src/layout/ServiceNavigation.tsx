import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { Link, useLocation } from '../router/router';
import { useMyInvitationCount } from '../projects/myInvitations';
import { useSession } from '../session/session';

type Item = { href: string; label: MessageKey; matches: (path: string) => boolean };

const invitationsItem: Item = { href: '/invitations', label: 'nav.myInvitations', matches: (path) => path === '/invitations' };

const signedInItems: Item[] = [
  { href: '/', label: 'nav.home', matches: (path) => path === '/' },
  { href: '/projects', label: 'nav.projects', matches: (path) => path.startsWith('/projects') },
  { href: '/organisations', label: 'nav.organisations', matches: (path) => path.startsWith('/organisations') },
  { href: '/people', label: 'nav.people', matches: (path) => path.startsWith('/people') },
  { href: '/panels', label: 'panels.navLink', matches: (path) => path.startsWith('/panels') },
  { href: '/me/you-said-we-did', label: 'nav.youSaidWeDid', matches: (path) => path === '/me/you-said-we-did' },
  { href: '/payments', label: 'resources.nav', matches: (path) => ['/payments', '/claims', '/finance', '/participation-policy'].some((start) => path.startsWith(start)) },
  { href: '/profile', label: 'nav.profile', matches: (path) => path.startsWith('/profile') },
  { href: '/sign-out', label: 'nav.signOut', matches: (path) => path === '/sign-out' },
];

// Conveners keep the glossary; everyone else reaches it from the plain language check.
const glossaryItem: Item = { href: '/glossary', label: 'nav.glossary', matches: (path) => path === '/glossary' };

const signedOutItems: Item[] = [{ href: '/sign-in', label: 'nav.signIn', matches: (path) => path === '/sign-in' }];

export function ServiceNavigation() {
  const { t } = useI18n();
  const { me, state, isConvener } = useSession();
  const { path } = useLocation();
  const invitationCount = useMyInvitationCount();
  // "My invitations" shows while some are waiting, and on its own page.
  const withInvitations = invitationCount > 0 || path === '/invitations';
  const items = state.status === 'loading' ? [] : me ? signedInItems.flatMap((item) =>
    item.href === '/profile' && withInvitations ? [invitationsItem, item] : [item],
  ).flatMap((item) => (item.href === '/people' && isConvener ? [item, glossaryItem] : [item])) : signedOutItems;

  return (
    <section aria-label={t('nav.serviceLabel')} class="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <span class="govuk-service-navigation__service-name">
            <Link href="/" class="govuk-service-navigation__link">
              {t('service.name')}
            </Link>
          </span>
          {items.length > 0 ? (
            <nav aria-label={t('nav.menuLabel')} class="govuk-service-navigation__wrapper">
              <ul class="govuk-service-navigation__list" id="navigation">
                {items.map((item) => {
                  const active = item.matches(path);
                  return (
                    <li
                      key={item.href}
                      class={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link class="govuk-service-navigation__link" href={item.href} aria-current={active ? 'page' : undefined}>
                        {active ? <strong class="govuk-service-navigation__active-fallback">{t(item.label)}</strong> : t(item.label)}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    </section>
  );
}
