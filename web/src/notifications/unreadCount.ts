// How many notifications the person signed in has not read, for the service
// navigation. Read again on every change of page, and set at once when the
// notifications page marks one or all as read.

import { useEffect } from 'preact/hooks';
import { fetchUnreadCount } from '../api/notifications';
import { sharedCount } from '../components/sharedCount';
import { useLocation } from '../router/router';
import { useSession } from '../session/session';

const unread = sharedCount();

export function publishUnreadCount(next: number): void {
  unread.publish(Math.max(0, next));
}

// The count only adds to a link that is always there; a failure keeps the last one.
export function refreshUnreadCount(): void {
  fetchUnreadCount().then(
    (answer) => publishUnreadCount(answer.unread),
    () => undefined,
  );
}

export function useUnreadCount(): number {
  const { me } = useSession();
  const { href } = useLocation();
  const personId = me?.user.id ?? null;
  const [value] = unread.use(personId ? unread.current() : 0);
  useEffect(() => {
    if (!personId) {
      publishUnreadCount(0);
      return;
    }
    refreshUnreadCount();
  }, [personId, href]);
  return value;
}
