import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { PhoneChannel } from '../api/otp';
import { VerifikError } from '../core/errors';
import { createFlowController } from '../core/flow/createFlowController';
import { executeFlowRequest, type FlowCalls } from '../core/flow/executeFlowRequest';
import { createInitialFlowState } from '../core/flow/flowReducer';
import type {
  FlowAction,
  FlowMethod,
  FlowState,
  FlowStep,
  FlowSuccess,
} from '../core/flow/flowTypes';
import { useResendCountdown } from './useResendCountdown';
import { useSendEmailOtp } from './useSendEmailOtp';
import { useSendPhoneOtp } from './useSendPhoneOtp';
import { useVerifikClient } from './useVerifikClient';
import { useVerifyEmailOtp } from './useVerifyEmailOtp';
import { useVerifyPhoneOtp } from './useVerifyPhoneOtp';
import { useWebOtp } from './useWebOtp';
import { flowActions } from './flowActions';

export interface UseVerifikFlowOptions {
  /** Defaults to the `projectId` of `<VerifikClientProvider>`. */
  projectId?: string;
  /** Methods offered, in order. Default `['email', 'phone']`. Read once, at mount. */
  methods?: readonly FlowMethod[];
  /** Phone channels offered. Default `['sms', 'whatsapp']`. Read once, at mount. */
  phoneChannels?: readonly PhoneChannel[];
  /** The only place the end-user token goes. */
  onSuccess?: (success: FlowSuccess) => void;
  onError?: (error: VerifikError) => void;
  onStepChange?: (step: FlowStep) => void;
}

/** The whole sign-in flow, headless: state to render and one callback per user action. */
export function useVerifikFlow(options: UseVerifikFlowOptions = {}) {
  const client = useVerifikClient();
  const projectId = options.projectId ?? client.projectId;
  if (!projectId) throw new VerifikError('usage', 'useVerifikFlow needs a projectId.');
  const calls: FlowCalls = {
    sendEmailOtp: useSendEmailOtp().mutateAsync,
    sendPhoneOtp: useSendPhoneOtp().mutateAsync,
    verifyEmailOtp: useVerifyEmailOtp().mutateAsync,
    verifyPhoneOtp: useVerifyPhoneOtp().mutateAsync,
  };
  const [controller] = useState(() => createFlowController(createInitialFlowState(options)));
  // Requests and host callbacks run later, outside render: hand the controller the latest ones.
  useEffect(() => {
    controller.connect({
      execute: (request, signal) => executeFlowRequest(request, signal, projectId, calls),
      onEvent: (event) => {
        if (event.type === 'error') options.onError?.(event.error);
        if (event.type === 'stepChange') options.onStepChange?.(event.step);
        if (event.type === 'success') options.onSuccess?.(event.success);
      },
    });
  });
  useEffect(() => () => controller.dispose(), [controller]);
  const state: FlowState = useSyncExternalStore(
    controller.subscribe,
    controller.getState,
    controller.getState,
  );
  const actions = useMemo(
    () => flowActions((action: FlowAction) => controller.dispatch(action)),
    [controller],
  );
  useWebOtp(state.step === 'code' && state.channel === 'sms', actions.submitCode);
  const resendIn = useResendCountdown(state.step === 'code' ? state.resendAvailableAt : undefined);
  const retryIn = useResendCountdown(state.status === 'error' ? state.retryAvailableAt : undefined);
  return { ...state, ...actions, resendIn, retryIn };
}

export type VerifikFlow = ReturnType<typeof useVerifikFlow>;
