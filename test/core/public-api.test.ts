import { describe, expect, expectTypeOf, it } from 'vitest';
import * as publicApi from '../../src/index';
import type {
  FlowAction,
  FlowStep,
  FlowSuccess,
  OtpSent,
  PhoneChannel,
  Transport,
  UseVerifikFlowOptions,
  VerifikErrorCode,
  VerifikFlow,
} from '../../src/index';

/**
 * Everything the package promises. Adding an export is a public API change: add it here on
 * purpose; removing or renaming one breaks hosts.
 */
const EXPORTS = [
  'OTP_LENGTH',
  'VERIFIK_ACCESS_BASE_URL',
  'VerifikAccess',
  'VerifikClientProvider',
  'VerifikError',
  'countryFromLocale',
  'createFlowController',
  'createInitialFlowState',
  'createTransport',
  'emailProblem',
  'flowReducer',
  'isCompleteCode',
  'isValidEmail',
  'isVerifikError',
  'livenessCheck',
  'livenessCheckMutation',
  'loadPhoneTools',
  'normalizeEmail',
  'registerFace',
  'registerFaceMutation',
  'sanitizeCode',
  'sendEmailOtp',
  'sendEmailOtpMutation',
  'sendPhoneOtp',
  'sendPhoneOtpMutation',
  'useLivenessCheck',
  'useRegisterFace',
  'useResendCountdown',
  'useSendEmailOtp',
  'useSendPhoneOtp',
  'useVerifikClient',
  'useVerifikFlow',
  'useVerifikTransport',
  'useVerifyEmailOtp',
  'useVerifyFace',
  'useVerifyPhoneOtp',
  'useWebOtp',
  'verifikMutationKeys',
  'verifyEmailOtp',
  'verifyEmailOtpMutation',
  'verifyFace',
  'verifyFaceMutation',
  'verifyPhoneOtp',
  'verifyPhoneOtpMutation',
  'DEFAULT_MODEL_ASSET_PATH',
  'DEFAULT_WASM_BASE_PATH',
  'createMediaPipeDetector',
  'createScriptedDetector',
  'useCamera',
  'useFaceDetector',
  'useFacePrecheck',
  'useFaceSubmit',
].sort();

describe('the public API', () => {
  it('exports exactly the promised names', () => {
    expect(Object.keys(publicApi).sort()).toEqual(EXPORTS);
  });

  it('keeps the public types in shape', () => {
    expectTypeOf<FlowStep>().toEqualTypeOf<'method' | 'identifier' | 'code' | 'face' | 'success'>();
    expectTypeOf<PhoneChannel>().toEqualTypeOf<'sms' | 'whatsapp'>();
    expectTypeOf<Extract<FlowSuccess, { intent: 'sign-in' }>>().toEqualTypeOf<{
      intent: 'sign-in';
      method: 'email' | 'phone' | 'face';
      token: string;
      expiresAt: string;
      subject: string;
    }>();
    expectTypeOf<Extract<FlowSuccess, { intent: 'register' }>['token']>().toEqualTypeOf<
      undefined
    >();
    expectTypeOf<OtpSent['resendAfter']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<VerifikErrorCode>().toExtend<string>();
    expectTypeOf<'otp_invalid'>().toExtend<VerifikErrorCode>();
    expectTypeOf<FlowAction['type']>().toExtend<string>();
    expectTypeOf<UseVerifikFlowOptions['onSuccess']>().toEqualTypeOf<
      ((success: FlowSuccess) => void) | undefined
    >();
    expectTypeOf<VerifikFlow['submitPhone']>().parameters.toEqualTypeOf<
      [phone: string, channel?: PhoneChannel]
    >();
    expectTypeOf<Transport['post']>().returns.toEqualTypeOf<Promise<unknown>>();
    expectTypeOf(publicApi.sanitizeCode).returns.toEqualTypeOf<string>();
    expectTypeOf(publicApi.sendEmailOtp).returns.resolves.toEqualTypeOf<OtpSent>();
  });
});
