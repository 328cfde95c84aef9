import type { ReactNode, Ref } from 'react';

export interface StepHeadingProps {
  children: ReactNode;
  /** The widget moves focus here when the step opens, so screen readers announce it. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function StepHeading({ children, headingRef }: StepHeadingProps) {
  return (
    <h2 className="vfk-heading" tabIndex={-1} ref={headingRef}>
      {children}
    </h2>
  );
}
