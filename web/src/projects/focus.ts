// Pages that change in place (a stage move, an invitation answered) move focus
// to their new success banner, as a page change does, once it has rendered.
export function focusSuccessBanner(): void {
  window.setTimeout(() => {
    const banner = document.querySelector<HTMLElement>('#main-content [data-focus-on-arrival]');
    banner?.focus();
  }, 0);
}
