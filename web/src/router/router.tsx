// A small router over the History API: real paths, so deep links, the back
// button and a server fallback to index.html all work.

import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Listener = () => void;
const listeners = new Set<Listener>();

// Set by navigate() so the app knows to move focus to the new page;
// the first page load keeps the browser's own focus order.
let movedByApp = false;

export function takeNavigationFlag(): boolean {
  const moved = movedByApp;
  movedByApp = false;
  return moved;
}

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', () => {
  movedByApp = true;
  notify();
});

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current && !options.replace) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  movedByApp = true;
  window.scrollTo(0, 0);
  notify();
}

export type Location = {
  path: string;
  search: URLSearchParams;
  href: string;
};

function readLocation(): Location {
  return {
    path: window.location.pathname,
    search: new URLSearchParams(window.location.search),
    href: window.location.pathname + window.location.search,
  };
}

export function useLocation(): Location {
  const [location, setLocation] = useState(readLocation);
  useEffect(() => {
    const listener = () => setLocation(readLocation());
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  return location;
}

export { matchPath } from '../text/paths';

function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

type LinkProps = JSX.HTMLAttributes<HTMLAnchorElement> & { href: string; children?: ComponentChildren };

// A link drawn as a button (role="button") also answers the Space key, as a
// button does.
function pressOnSpace(event: JSX.TargetedKeyboardEvent<HTMLAnchorElement>) {
  if (event.key !== ' ') return;
  event.preventDefault();
  event.currentTarget.click();
}

export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    if (onClick) (onClick as (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => void)(event);
    if (event.defaultPrevented || !isPlainLeftClick(event)) return;
    if (!href.startsWith('/')) return;
    event.preventDefault();
    navigate(href);
  };
  const onKeyDown = rest.role === 'button' ? pressOnSpace : undefined;
  return <a href={href} onClick={handleClick} onKeyDown={onKeyDown} {...rest} />;
}
