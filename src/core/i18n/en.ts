import type { VerifikErrorCode } from '../errors';
import type { FaceMessages } from './face';

/** Error codes only the face step meets; their messages load with it (`faceErrors.ts`). */
export type FaceErrorCode =
  | 'payload_too_large'
  | 'invalid_image'
  | 'face_not_found'
  | 'multiple_faces'
  | 'face_too_small'
  | 'face_mismatch'
  | 'liveness_failed'
  | 'already_enrolled'
  | 'camera_denied'
  | 'camera_not_found'
  | 'camera_in_use'
  | 'camera_unavailable'
  | 'insecure_context'
  | 'model_load_failed'
  | 'model_load_timeout'
  | 'precheck_timeout';

/**
 * The strings of the code steps (method, email, phone, code, success), in English: what the
 * widget loads up front. `{name}` placeholders are filled by `formatMessage`; other languages are
 * typed against this object so none can miss a key. The face step's strings (`face.ts`,
 * `faceErrors.ts`) load with the face step and complete the full `Messages` there.
 */
export const messagesEn = {
  title: 'Sign in',
  chooseMethod: 'How would you like to sign in?',
  methodEmail: 'Continue with email',
  methodPhone: 'Continue with phone',
  methodFace: 'Continue with face',
  emailTitle: 'Sign in with email',
  emailLabel: 'Email address',
  emailHint: 'We will send you a 6-digit code.',
  emailInvalid: 'Enter a valid email address, such as name@example.com.',
  phoneTitle: 'Sign in with your phone',
  countryLabel: 'Country',
  phoneLabel: 'Phone number',
  phoneHint: 'We will send you a 6-digit code.',
  phoneInvalid: 'Enter a valid phone number for the selected country.',
  loading: 'Loading…',
  channelLabel: 'Send the code by',
  channelSms: 'Text message (SMS)',
  channelWhatsapp: 'WhatsApp',
  sendCode: 'Send code',
  sending: 'Sending…',
  codeTitle: 'Enter your code',
  codeSentTo: 'We sent a 6-digit code to {destination}.',
  codeLabel: '6-digit code',
  verify: 'Verify',
  verifying: 'Checking your code…',
  resend: 'Send a new code',
  resendIn: 'Send a new code in {seconds} s',
  resendWaitAnnouncement: 'You can ask for a new code in {seconds} seconds.',
  resendReadyAnnouncement: 'You can ask for a new code now.',
  codeResent: 'We sent a new code.',
  changeEmail: 'Change email',
  changeNumber: 'Change number',
  useAnotherMethod: 'Use another method',
  startOver: 'Start over',
  retry: 'Try again',
  successTitle: 'You are signed in',
  successBody: 'Signed in as {subject}.',
  enrolledTitle: 'Your face is enrolled',
  enrolledBody: 'You can now sign in with your face as {subject}.',
  attemptsRemainingOne: '1 attempt left.',
  attemptsRemainingOther: '{count} attempts left.',
  logoAlt: 'Logo',
  /** One message per error code; never the server's own text. */
  errors: {
    invalid_request: 'Something in the request was not accepted. Check what you typed.',
    unauthorized: 'This sign-in is not set up correctly. Contact the site owner.',
    forbidden: 'This sign-in is not allowed here. Contact the site owner.',
    not_found: 'We could not find what you asked for. Start over.',
    project_not_found: 'This sign-in is not set up correctly. Contact the site owner.',
    method_not_enabled: 'This sign-in method is not available. Use another method.',
    user_not_found: 'We have no account for that address.',
    otp_invalid: 'That code is not right.',
    otp_expired: 'That code has expired. Ask for a new one.',
    otp_locked: 'Too many wrong codes. Start over to get a new one.',
    otp_already_used: 'That code was already used. Ask for a new one.',
    validation_not_found: 'This sign-in attempt has ended. Start over.',
    validation_expired: 'This sign-in attempt has expired. Start over.',
    rate_limited: 'Too many tries. Please wait before trying again.',
    network: 'We could not reach the server. Check your connection and try again.',
    timeout: 'The server took too long to answer. Try again.',
    aborted: 'The request was cancelled.',
    schema: 'The server sent an answer we did not understand. Try again later.',
    server: 'The server had a problem. Try again in a moment.',
    usage: 'This sign-in is not set up correctly. Contact the site owner.',
    unknown: 'Something went wrong. Try again.',
  } satisfies Record<Exclude<VerifikErrorCode, FaceErrorCode>, string>,
};

/** The dictionary the code steps need. */
export type CodeMessages = typeof messagesEn;

/** Every user-facing string: the code steps', the face step's, and one message per error code. */
export type Messages = Omit<CodeMessages, 'errors'> &
  FaceMessages & { errors: Record<VerifikErrorCode, string> };
