// A count kept outside the components that show it (how many notifications
// are unread, how many invitations wait), so that every one of them shows the
// same number and changes together when it is published.

import { useEffect, useState } from 'preact/hooks';

export type SharedCount = {
  current: () => number;
  publish: (next: number) => void;
  // The count as a component's state, starting at `initial` and following every publish.
  use: (initial: number) => [number, (value: number) => void];
};

export function sharedCount(): SharedCount {
  let count = 0;
  const listeners = new Set<(count: number) => void>();
  return {
    current: () => count,
    publish: (next) => {
      count = next;
      for (const listener of listeners) listener(count);
    },
    use: (initial) => {
      const [value, setValue] = useState(initial);
      useEffect(() => {
        listeners.add(setValue);
        return () => {
          listeners.delete(setValue);
        };
      }, []);
      return [value, setValue];
    },
  };
}
