import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { Link, useLocation } from '../router/router';
import { useMyInvitationCount } from '../projects/myInvitations';
import { useUnreadCount } from '../notifications/unreadCount';
import { badgeCount } from '../text/notifications';
import { useSession } from '../session/session';

type Item = { href: string; label: MessageKey; matches: (path: string) => boolean };

const invitationsItem: Item = { href: '/invitations', label: 'nav.myInvitations', matches: (path) => path === '/invitations' };

// The partnership's own pages, gathered on /partnership.
const partnershipPages = /^\/(partnership|organisations|people|panels|documents|initiatives|sections|barometer|glossary|tags)(\/|$)/;

// A few links, so they fit in one row on a wide screen in every language
// (phones.test checks it at 1280px): the service name goes home, the
// partnership's own pages are behind "Partnership", and "You said, we did"
// is on my profile.
const signedInItems: Item[] = [
  { href: '/projects', label: 'nav.projects', matches: (path) => path.startsWith('/projects') },
  { href: '/partnership', label: 'nav.partnership', matches: (path) => partnershipPages.test(path) },
  { href: '/payments', label: 'resources.nav', matches: (path) => ['/payments', '/claims', '/finance', '/participation-policy'].some((start) => path.startsWith(start)) },
  { href: '/notifications', label: 'nav.notifications', matches: (path) => path.startsWith('/notifications') },
  { href: '/profile', label: 'nav.profile', matches: (path) => path.startsWith('/profile') || path === '/me/you-said-we-did' },
  { href: '/sign-out', label: 'nav.signOut', matches: (path) => path === '/sign-out' },
];

const signedOutItems: Item[] = [{ href: '/sign-in', label: 'nav.signIn', matches: (path) => path === '/sign-in' }];

// "Notifications" with the number unread beside it; a screen reader hears
// "Notifications, 3 unread" once, not the number twice.
function NotificationsLabel({ unread }: { unread: number }) {
  const { t } = useI18n();
  if (unread === 0) return <>{t('nav.notifications')}</>;
  return (
    <>
      <span aria-hidden="true">
        {t('nav.notifications')} <span class="rt-count">{badgeCount(unread)}</span>
      </span>
      <span class="govuk-visually-hidden">{t('nav.notificationsUnread', { count: unread })}</span>
    </>
  );
}

// govuk-frontend's tablet breakpoint, which it publishes on :root; the
// fallback is the same value (641px) for a page whose styles have not loaded.
function wideQuery(): MediaQueryList {
  const tablet = getComputedStyle(document.documentElement).getPropertyValue('--govuk-frontend-breakpoint-tablet').trim() || '40.0625em';
  return window.matchMedia(`(min-width: ${tablet})`);
}

// Whether the screen is wide enough to show every link in a row, as
// govuk-frontend's ServiceNavigation decides it, and kept up to date.
function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => wideQuery().matches);
  useEffect(() => {
    const query = wideQuery();
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}

// govuk-frontend's service navigation with its menu toggle, drawn by Preact
// the way its JavaScript would leave the markup: on a small screen the links
// hide behind a "Menu" button (aria-controls, aria-expanded); on a wider one
// the button is hidden and the links show in a row. Moving to another page
// closes the menu again, so the new page's content comes first.
export function ServiceNavigation() {
  const { t } = useI18n();
  const { me, state } = useSession();
  const { path } = useLocation();
  const wide = useWideScreen();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  const invitationCount = useMyInvitationCount();
  const unread = useUnreadCount();
  // "My invitations" shows while some are waiting, and on its own page.
  const withInvitations = invitationCount > 0 || path === '/invitations';
  const items = state.status === 'loading' ? [] : me ? signedInItems.flatMap((item) =>
    item.href === '/profile' && withInvitations ? [invitationsItem, item] : [item],
  ) : signedOutItems;
  // As in govuk-frontend, a single link (signed out) is never collapsed.
  const collapsible = items.length > 1;
  const showToggle = collapsible && !wide;
  const listHidden = showToggle && !open;

  return (
    <section aria-label={t('nav.serviceLabel')} class="govuk-service-navigation" data-module="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <span class="govuk-service-navigation__service-name">
            <Link href="/" class="govuk-service-navigation__link">
              {t('service.name')}
            </Link>
          </span>
          {items.length > 0 ? (
            <nav aria-label={t('nav.menuLabel')} class="govuk-service-navigation__wrapper">
              {collapsible ? (
                <button
                  type="button"
                  class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                  aria-controls="navigation"
                  aria-expanded={showToggle ? (open ? 'true' : 'false') : undefined}
                  hidden={!showToggle}
                  aria-hidden={showToggle ? undefined : 'true'}
                  onClick={() => setOpen((value) => !value)}
                >
                  {/* On a phone the Notifications link is behind this button: the unread count shows on it too. */}
                  {unread > 0 ? (
                    <>
                      <span aria-hidden="true">
                        {t('nav.menuLabel')} <span class="rt-count">{badgeCount(unread)}</span>
                      </span>
                      <span class="govuk-visually-hidden">{t('nav.menuUnread', { count: unread })}</span>
                    </>
                  ) : (
                    t('nav.menuLabel')
                  )}
                </button>
              ) : null}
              <ul class="govuk-service-navigation__list" id="navigation" hidden={listHidden}>
                {items.map((item) => {
                  const active = item.matches(path);
                  const label = item.href === '/notifications' ? <NotificationsLabel unread={unread} /> : t(item.label);
                  return (
                    <li
                      key={item.href}
                      class={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link class="govuk-service-navigation__link" href={item.href} aria-current={active ? 'page' : undefined}>
                        {active ? <strong class="govuk-service-navigation__active-fallback">{label}</strong> : label}
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
