import type { Ref } from 'react';
import type { CodeMessages } from '../core/i18n/en';
import { formatMessage } from '../core/i18n/messages';
import { StepHeading } from './StepHeading';

export interface SuccessStepProps {
  messages: CodeMessages;
  /** The verified email, number or face user id. */
  subject: string;
  /** `register` for a face enrolment, which signs nobody in. */
  intent: 'sign-in' | 'register';
  headingRef?: Ref<HTMLHeadingElement>;
}

export function SuccessStep({ messages, subject, intent, headingRef }: SuccessStepProps) {
  const enrolled = intent === 'register';
  return (
    <div className="vfk-step" data-state="success">
      <svg className="vfk-success-mark" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" strokeWidth="3" />
        <path
          d="M14 25l7 7 13-15"
          fill="none"
          stroke="currentColor"
          strokeWidth="3.5"
          strokeLinecap="round"
        />
      </svg>
      <StepHeading headingRef={headingRef}>{enrolled ? messages.enrolledTitle : messages.successTitle}</StepHeading>
      <p className="vfk-text">{formatMessage(enrolled ? messages.enrolledBody : messages.successBody, { subject })}</p>
    </div>
  );
}
