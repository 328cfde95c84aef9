import type { PhoneChannel } from '../api/otp';
import type { VerifikError } from '../core/errors';
import type { FaceOutcome, FlowAction, FlowMethod } from '../core/flow/flowTypes';

/** The flow's user actions as plain callbacks; each dispatches synchronously. */
export function flowActions(dispatch: (action: FlowAction) => unknown) {
  return {
    chooseMethod: (method: FlowMethod) => void dispatch({ type: 'chooseMethod', method }),
    submitEmail: (email: string) => void dispatch({ type: 'submitIdentifier', identifier: email }),
    /** `phone` in E.164 (see `loadPhoneTools().normalizePhone`). */
    submitPhone: (phone: string, channel?: PhoneChannel) =>
      void dispatch({ type: 'submitIdentifier', identifier: phone, channel }),
    setCode: (code: string) => void dispatch({ type: 'codeChanged', code }),
    /** Submits `code`, or the code typed so far; ignored until it has six digits. */
    submitCode: (code?: string) => void dispatch({ type: 'submitCode', code }),
    resend: () => void dispatch({ type: 'resend', now: Date.now() }),
    retry: () => void dispatch({ type: 'retry', now: Date.now() }),
    back: () => void dispatch({ type: 'back' }),
    useAnotherMethod: () => void dispatch({ type: 'useAnotherMethod' }),
    reset: () => void dispatch({ type: 'reset' }),
    /** The face step's seam: report its outcome here. */
    faceSucceeded: (outcome: FaceOutcome) => void dispatch({ type: 'faceSucceeded', outcome }),
    faceFailed: (error: VerifikError) => void dispatch({ type: 'faceFailed', error }),
  };
}

export type FlowActions = ReturnType<typeof flowActions>;
