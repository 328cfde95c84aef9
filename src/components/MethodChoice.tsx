import type { FlowMethod } from '../core/flow/flowTypes';
import type { CodeMessages } from '../core/i18n/en';
import { StepHeading } from './StepHeading';
import type { Ref } from 'react';

export interface MethodChoiceProps {
  methods: readonly FlowMethod[];
  messages: CodeMessages;
  onChoose(method: FlowMethod): void;
  headingRef?: Ref<HTMLHeadingElement>;
}

const LABEL_KEYS = { email: 'methodEmail', phone: 'methodPhone', face: 'methodFace' } as const;

export function MethodChoice({ methods, messages, onChoose, headingRef }: MethodChoiceProps) {
  return (
    <div className="vfk-step">
      <StepHeading headingRef={headingRef}>{messages.title}</StepHeading>
      <p className="vfk-text">{messages.chooseMethod}</p>
      <ul className="vfk-methods">
        {methods.map((method, index) => (
          <li key={method}>
            <button
              type="button"
              className="vfk-button vfk-method"
              data-method={method}
              data-variant={index === 0 ? undefined : 'secondary'}
              onClick={() => onChoose(method)}
            >
              {messages[LABEL_KEYS[method]]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
