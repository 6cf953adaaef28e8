import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to an element that the next render draws: a question just
 * added, the button left after a row is removed, a message that appears.
 *
 * The focus moves in the same step as the drawing (a layout effect), so
 * nobody, a screen reader or a test, ever meets the new element unfocused.
 * A timer would leave a moment in between.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (pending.current === null) return;
    const element = document.getElementById(pending.current);
    if (element) {
      element.focus();
      pending.current = null;
    }
  });
  return (id: string) => {
    pending.current = id;
  };
}
