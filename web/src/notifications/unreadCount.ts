// How many notifications the person signed in has not read, for the service
// navigation. Read again on every change of page, and set at once when the
// notifications page marks one or all as read.

import { useEffect, useState } from 'preact/hooks';
import { fetchUnreadCount } from '../api/notifications';
import { useLocation } from '../router/router';
import { useSession } from '../session/session';

let count = 0;
const listeners = new Set<(count: number) => void>();

export function publishUnreadCount(next: number): void {
  count = Math.max(0, next);
  for (const listener of listeners) listener(count);
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
  const [value, setValue] = useState(personId ? count : 0);
  useEffect(() => {
    listeners.add(setValue);
    return () => {
      listeners.delete(setValue);
    };
  }, []);
  useEffect(() => {
    if (!personId) {
      publishUnreadCount(0);
      return;
    }
    refreshUnreadCount();
  }, [personId, href]);
  return value;
}
