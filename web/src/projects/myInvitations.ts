// How many invitations are waiting for the person signed in, shared by the
// service navigation and the home page. Read once per session and again after
// the person answers one.

import { useEffect } from 'preact/hooks';
import { listMyInvitations } from '../api/projects';
import { sharedCount } from '../components/sharedCount';
import { useSession } from '../session/session';

const waiting = sharedCount();
let loadedFor: string | null = null;

export function refreshMyInvitations(): void {
  listMyInvitations().then(
    (answer) => waiting.publish(answer.items.length),
    // The count only decides whether a link shows; a failure hides it.
    () => waiting.publish(0),
  );
}

export function useMyInvitationCount(): number {
  const { me } = useSession();
  const personId = me?.user.id ?? null;
  const [value, setValue] = waiting.use(personId && personId === loadedFor ? waiting.current() : 0);
  useEffect(() => {
    if (!personId) {
      loadedFor = null;
      waiting.publish(0);
      return;
    }
    if (personId === loadedFor) {
      setValue(waiting.current());
      return;
    }
    loadedFor = personId;
    waiting.publish(0);
    refreshMyInvitations();
  }, [personId]);
  return value;
}
