import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to the new step's first field, or its heading when it has none, each time the step
 * changes (never on first mount: the widget must not steal focus from the host page on load).
 * A field that mounts late (the lazily loaded phone step) still receives the pending focus.
 */
export function useStepFocus(stepKey: string) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  const field = useRef<HTMLElement | null>(null);
  const pending = useRef(false);
  const previous = useRef(stepKey);

  useEffect(() => {
    if (previous.current === stepKey) return;
    previous.current = stepKey;
    pending.current = true;
    const target = field.current ?? heading.current;
    if (target) {
      target.focus();
      pending.current = false;
    }
  }, [stepKey]);

  const headingRef = useCallback((element: HTMLHeadingElement | null) => {
    heading.current = element;
  }, []);
  const fieldRef = useCallback((element: HTMLElement | null) => {
    field.current = element;
    if (element && pending.current) {
      element.focus();
      pending.current = false;
    }
  }, []);
  return { headingRef, fieldRef };
}
