import type { VerifikError } from '../core/errors';
import type { FlowState } from '../core/flow/flowTypes';
import type { CodeMessages } from '../core/i18n/en';
import { errorMessage } from '../core/i18n/messages';
import type { CodeRecovery } from './CodeStep';

export interface StepErrors {
  /** A problem with what was typed in the field, shown under it. */
  field: string | undefined;
  /** Anything else, shown in the step's alert. */
  alert: string | undefined;
  recovery: CodeRecovery;
}

function invalidFieldOf(error: VerifikError): string | undefined {
  const fields = error.details?.['fields'];
  if (error.code !== 'invalid_request' || typeof fields !== 'object' || fields === null)
    return undefined;
  return ['email', 'phone'].find((name) => name in fields);
}

/** Which way out the code step offers for an error: each code has its own. */
function recoveryFor(error: VerifikError, canRetry: boolean): CodeRecovery {
  switch (error.code) {
    case 'otp_invalid':
      return error.attemptsRemaining === 0 ? 'startOver' : 'correct';
    case 'otp_expired':
    case 'otp_already_used':
      return 'resend';
    case 'otp_locked':
    case 'validation_expired':
    case 'validation_not_found':
      return 'startOver';
    default:
      return error.retryable && canRetry ? 'retry' : undefined;
  }
}

/** Splits the flow's error into the field message, the alert and the recovery the UI offers. */
export function stepErrors(
  state: Pick<FlowState, 'error' | 'request'>,
  messages: CodeMessages,
): StepErrors {
  const { error } = state;
  if (!error) return { field: undefined, alert: undefined, recovery: undefined };
  const field = invalidFieldOf(error);
  if (field === 'email')
    return { field: messages.emailInvalid, alert: undefined, recovery: undefined };
  if (field === 'phone')
    return { field: messages.phoneInvalid, alert: undefined, recovery: undefined };
  return {
    field: undefined,
    alert: errorMessage(error, messages),
    recovery: recoveryFor(error, !!state.request),
  };
}
