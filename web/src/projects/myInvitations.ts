// How many invitations are waiting for the person signed in, shared by the
// service navigation and the home page. Read once per session and again after
// the person answers one.

import { useEffect, useState } from 'preact/hooks';
import { listMyInvitations } from '../api/projects';
import { useSession } from '../session/session';

let count = 0;
let loadedFor: string | null = null;
const listeners = new Set<(count: number) => void>();

function publish(next: number): void {
  count = next;
  for (const listener of listeners) listener(count);
}

export function refreshMyInvitations(): void {
  listMyInvitations().then(
    (answer) => publish(answer.items.length),
    // The count only decides whether a link shows; a failure hides it.
    () => publish(0),
  );
}

export function useMyInvitationCount(): number {
  const { me } = useSession();
  const personId = me?.user.id ?? null;
  const [value, setValue] = useState(personId && personId === loadedFor ? count : 0);
  useEffect(() => {
    listeners.add(setValue);
    return () => {
      listeners.delete(setValue);
    };
  }, []);
  useEffect(() => {
    if (!personId) {
      loadedFor = null;
      publish(0);
      return;
    }
    if (personId === loadedFor) {
      setValue(count);
      return;
    }
    loadedFor = personId;
    publish(0);
    refreshMyInvitations();
  }, [personId]);
  return value;
}
