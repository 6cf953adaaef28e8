import { useEffect } from 'preact/hooks';

// Pages that change in place (a stage move, an invitation answered) move focus
// to their new success banner, as a page change does, once it has rendered.
export function focusSuccessBanner(): void {
  window.setTimeout(() => {
    const banner = document.querySelector<HTMLElement>('#main-content [data-focus-on-arrival]');
    banner?.focus();
  }, 0);
}

// Focus moves to the banner each time what it reports (the saved thing, a
// count of changes) is set anew.
export function useSuccessBannerFocus(reported: unknown): void {
  useEffect(() => {
    if (reported) focusSuccessBanner();
  }, [reported]);
}
