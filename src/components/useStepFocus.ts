import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to the new step's first field, or its heading when it has none, each time the step
 * changes (never on first mount: the widget must not steal focus from the host page on load).
 * A step that mounts late (the lazily loaded phone and face steps) still receives the focus.
 */
export function useStepFocus(stepKey: string) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  const field = useRef<HTMLElement | null>(null);
  const pending = useRef(false);
  const previous = useRef(stepKey);

  const focusPending = useCallback(() => {
    const target = field.current ?? heading.current;
    if (!pending.current || !target) return;
    target.focus();
    pending.current = false;
  }, []);

  useEffect(() => {
    if (previous.current === stepKey) return;
    previous.current = stepKey;
    pending.current = true;
    focusPending();
  }, [stepKey, focusPending]);

  // Refs attach heading first; wait for the whole commit so a field, if any, wins.
  const headingRef = useCallback(
    (element: HTMLHeadingElement | null) => {
      heading.current = element;
      if (element && pending.current) queueMicrotask(focusPending);
    },
    [focusPending],
  );
  const fieldRef = useCallback(
    (element: HTMLElement | null) => {
      field.current = element;
      if (element && pending.current) queueMicrotask(focusPending);
    },
    [focusPending],
  );
  return { headingRef, fieldRef };
}
