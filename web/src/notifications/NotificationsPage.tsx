// The reader's notifications (issue 15, item 5): newest first, the unread
// ones marked in words as well as by their border, each worded in the
// reader's language and leading to the page it is about. Opening one marks
// it read; "Mark all as read" marks the rest.

import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { buildPath } from '../api/client';
import { listNotifications, markAllRead, markRead } from '../api/notifications';
import type { Notification } from '../api/notifications';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button } from '../components/Fields';
import { useFormSubmission } from '../components/forms';
import { ListResults } from '../components/ListPage';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';
import { focusSuccessBanner } from '../projects/focus';
import type { PageProps } from '../router/page';
import { Link, navigate, useLocation } from '../router/router';
import { formatDateTime } from '../text/dates';
import { safeReturnPath } from '../text/paths';
import { SentenceText, useWording } from './shared';
import { publishUnreadCount, refreshUnreadCount, useUnreadCount } from './unreadCount';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';

const pageSize = 20;

function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function NotificationItem({ notification, onOpened }: { notification: Notification; onOpened: (id: string) => void }) {
  const { t, language } = useI18n();
  const word = useWording();
  const wording = word(notification);
  const unread = notification.read_at === null;
  // The path is the app's own page; anything else leads home, never off the site.
  const href = safeReturnPath(notification.path);

  // Marked read before the page changes, so the count in the menu on the next
  // page is already right. A new tab (middle click) marks it too.
  const open = (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    if (!unread) return;
    const marking = markRead(notification.id).then(
      () => onOpened(notification.id),
      () => undefined,
    );
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    void marking.then(() => navigate(href));
  };

  return (
    <li class={`rt-notification${unread ? ' rt-notification--unread' : ''}`} id={`notification-${notification.id}`} data-unread={unread ? 'true' : 'false'}>
      <h2 class="govuk-heading-s rt-notification__headline">
        {unread ? (
          <>
            <strong class="govuk-tag govuk-tag--blue rt-notification__tag">{t('notifications.unreadTag')}</strong>{' '}
          </>
        ) : null}
        <Link class="govuk-link" href={href} onClick={open}>
          <SentenceText sentence={wording.headline} />
        </Link>
      </h2>
      {wording.details.map((detail) => (
        <p class="govuk-body-s rt-notification__detail" key={detail.key}>
          <SentenceText sentence={detail} />
        </p>
      ))}
      {wording.quote ? (
        <div class="rt-notification__quote">
          <p class="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{t(wording.quote.label as MessageKey)}</p>
          <p class="govuk-body-s rt-preserve-lines" dir={textDirection(wording.quote.text)}>
            <Lines text={wording.quote.text} />
          </p>
        </div>
      ) : null}
      <p class="govuk-body-s rt-notification__time">
        <time dateTime={notification.created_at}>{formatDateTime(notification.created_at, language)}</time>
      </p>
    </li>
  );
}

export function NotificationsPage(_: PageProps) {
  const { t } = useI18n();
  const { search } = useLocation();
  const after = search.get('after') ?? '';
  const unreadOnly = search.get('unread') === 'true';
  const unreadCount = useUnreadCount();
  // Read here since the page loaded: one opened in a new tab, or all of them.
  const [readHere, setReadHere] = useState<Record<string, string>>({});
  const [allReadAt, setAllReadAt] = useState<string | null>(null);
  const form = useFormSubmission(t);
  usePageTitle(t('notifications.title'), !!form.generalError);
  const loaded = useResource(() => listNotifications({ limit: pageSize, after: after || undefined, unread: unreadOnly }), [after, unreadOnly]);

  const items = loaded.status === 'ready'
    ? loaded.data.items.map((item) => ({ ...item, read_at: item.read_at ?? readHere[item.id] ?? allReadAt }))
    : [];
  const anyUnread = allReadAt === null && (unreadCount > 0 || items.some((item) => item.read_at === null));

  const onOpened = (id: string) => {
    setReadHere((current) => ({ ...current, [id]: new Date().toISOString() }));
    refreshUnreadCount();
  };

  const onMarkAll = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    form.submit(async () => {
      await markAllRead();
      setAllReadAt(new Date().toISOString());
      publishUnreadCount(0);
      focusSuccessBanner();
    });
  };

  return (
    <>
      <HomeBreadcrumbs />
      <ErrorSummary errors={{}} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
      {allReadAt ? <NotificationBanner kind="success" heading={t('notifications.markedAllRead')} /> : null}
      <h1 class="govuk-heading-l">{t('notifications.title')}</h1>
      <p class="govuk-body">{t('notifications.intro')}</p>
      <p class="govuk-body">
        <Link class="govuk-link" href="/notifications/preferences" id="notification-preferences-link">
          {t('notifications.preferencesLink')}
        </Link>
      </p>
      {anyUnread ? (
        <form onSubmit={onMarkAll} noValidate>
          <Button secondary busy={form.submitting} busyText={t('common.saving')} id="mark-all-read">
            {t('notifications.markAllRead')}
          </Button>
        </form>
      ) : null}
      <p class="govuk-body">
        {unreadOnly ? (
          <Link class="govuk-link" href="/notifications">
            {t('notifications.showAll')}
          </Link>
        ) : (
          <Link class="govuk-link" href="/notifications?unread=true">
            {t('notifications.showUnread')}
          </Link>
        )}
      </p>
      <ListResults
        list={loaded}
        filtered={unreadOnly}
        nextHref={(cursor) => buildPath('/notifications', { unread: unreadOnly ? 'true' : undefined, after: cursor })}
        none={t('notifications.none')}
        noneMatch={t('notifications.noneUnread')}
        noneId="notifications-none"
      >
        {/* The items as read here (a notification opened in a new tab), not as loaded. */}
        {() => (
          <ul class="govuk-list rt-notifications" id="notifications" aria-label={t('notifications.listLabel')}>
            {items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} onOpened={onOpened} />
            ))}
          </ul>
        )}
      </ListResults>
    </>
  );
}
