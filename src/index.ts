export { VerifikError, isVerifikError } from './core/errors';
export type { VerifikErrorCode, VerifikErrorOptions } from './core/errors';

// The network: transport, one function per endpoint, react-query options.
export { VERIFIK_ACCESS_BASE_URL, createTransport } from './api/transport';
export type { RequestOptions, Transport, TransportOptions } from './api/transport';
export { sendEmailOtp, sendPhoneOtp, verifyEmailOtp, verifyPhoneOtp } from './api/otp';
export type {
  OtpChannel,
  OtpSent,
  OtpVerified,
  PhoneChannel,
  SendEmailOtpInput,
  SendPhoneOtpInput,
  VerifyEmailOtpInput,
  VerifyPhoneOtpInput,
} from './api/otp';
export { livenessCheck, registerFace, verifyFace } from './api/biometric';
export type {
  FaceRegistered,
  FaceVerified,
  LivenessCheckInput,
  LivenessResult,
  RegisterFaceInput,
  VerifyFaceInput,
} from './api/biometric';
export {
  livenessCheckMutation,
  registerFaceMutation,
  sendEmailOtpMutation,
  sendPhoneOtpMutation,
  verifikMutationKeys,
  verifyEmailOtpMutation,
  verifyFaceMutation,
  verifyPhoneOtpMutation,
} from './api/mutations';
export type { SendMutationConfig, WithSignal } from './api/mutations';

// The flow with no React, and the input helpers.
export { createFlowController } from './core/flow/createFlowController';
export type { FlowController, FlowRuntime } from './core/flow/createFlowController';
export { createInitialFlowState, flowReducer } from './core/flow/flowReducer';
export type {
  FlowAction,
  FlowConfig,
  FlowMethod,
  FlowRequest,
  FlowState,
  FlowStatus,
  FlowStep,
  FaceOutcome,
  FlowFaceEnrolled,
  FlowSignedIn,
  FlowSuccess,
} from './core/flow/flowTypes';
export type { FlowEvent } from './core/flow/flowEvents';
export { OTP_LENGTH, isCompleteCode, sanitizeCode } from './core/otp/sanitizeCode';
export { emailProblem, isValidEmail, normalizeEmail } from './core/email';
export type { EmailProblem } from './core/email';
export { countryFromLocale } from './core/phone/countryFromLocale';
export { loadPhoneTools } from './core/phone/loadPhoneTools';
export type { PhoneTools } from './core/phone/loadPhoneTools';
export type { Country, PhoneCheck, PhoneProblem } from './core/phone/phoneTools';

// Headless hooks.
export { VerifikClientProvider } from './hooks/VerifikClientProvider';
export type { VerifikClientProviderProps } from './hooks/VerifikClientProvider';
export { useVerifikClient, useVerifikTransport } from './hooks/useVerifikClient';
export type { VerifikClientValue } from './hooks/verifikClientContext';
export { useSendEmailOtp } from './hooks/useSendEmailOtp';
export { useVerifyEmailOtp } from './hooks/useVerifyEmailOtp';
export { useSendPhoneOtp } from './hooks/useSendPhoneOtp';
export { useVerifyPhoneOtp } from './hooks/useVerifyPhoneOtp';
export { useLivenessCheck } from './hooks/useLivenessCheck';
export { useRegisterFace } from './hooks/useRegisterFace';
export { useVerifyFace } from './hooks/useVerifyFace';
export type { VerifikMutationHookOptions } from './hooks/verifikMutationHookOptions';
export { useResendCountdown } from './hooks/useResendCountdown';
export { useWebOtp } from './hooks/useWebOtp';
export { useVerifikFlow } from './hooks/useVerifikFlow';
export type { UseVerifikFlowOptions, VerifikFlow } from './hooks/useVerifikFlow';
export type { FlowActions } from './hooks/flowActions';

// Face: the detector seam and its MediaPipe implementation (tasks-vision loads on load() only).
export { createMediaPipeDetector } from './face/createMediaPipeDetector';
export type { MediaPipeDetectorOptions } from './face/createMediaPipeDetector';
export { createScriptedDetector } from './face/createScriptedDetector';
export type { ScriptedDetectorOptions } from './face/createScriptedDetector';
export type { FaceDetector, FaceDetectorLoadOptions, FaceFrame } from './face/FaceDetector';
export type { Box, EyeSignals, FaceSignals, FrameSignals, Point } from './face/frameSignals';
export { DEFAULT_MODEL_ASSET_PATH, DEFAULT_WASM_BASE_PATH } from './face/faceAssets';
export type { FaceCaptures } from './face/frameCollector';
export type { FaceHint } from './face/hintAnnouncer';
export type { PrecheckOptions, PrecheckPhase } from './face/facePrecheck';
export { useCamera } from './hooks/useCamera';
export { useFaceDetector } from './hooks/useFaceDetector';
export type { FaceDetectorState } from './hooks/useFaceDetector';
export { useFacePrecheck } from './hooks/useFacePrecheck';
export { useFaceSubmit } from './hooks/useFaceSubmit';
export type { FaceIntent, FaceStepResult } from './hooks/useFaceSubmit';

// The component, its props, and what hosts need to theme and translate it.
export { VerifikAccess } from './components/VerifikAccess';
export type { VerifikAccessFaceOptions, VerifikAccessProps } from './components/VerifikAccessProps';
export type { Brand } from './core/theme/brand';
export type { Messages } from './core/i18n/en';
export type { Locale, MessageOverrides } from './core/i18n/messages';
