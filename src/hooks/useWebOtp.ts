import { useEffect, useRef } from 'react';
import { sanitizeCode } from '../core/otp/sanitizeCode';

// The WebOTP fields are not in TypeScript's DOM library yet.
interface OtpCredentialRequest extends CredentialRequestOptions {
  otp: { transport: string[] };
}

/**
 * Reads the code of an incoming SMS where the browser offers WebOTP (Chrome on Android), while
 * `enabled`; the pending request is aborted when it is disabled or the component unmounts.
 */
export function useWebOtp(enabled: boolean, onCode: (code: string) => void): void {
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });
  useEffect(() => {
    if (!enabled || typeof window === 'undefined' || !('OTPCredential' in window)) return;
    const controller = new AbortController();
    const request: OtpCredentialRequest = {
      otp: { transport: ['sms'] },
      signal: controller.signal,
    };
    navigator.credentials.get(request).then(
      (credential) => {
        if (controller.signal.aborted || !credential || !('code' in credential)) return;
        if (typeof credential.code === 'string') onCodeRef.current(sanitizeCode(credential.code));
      },
      // Aborted, dismissed or no SMS in time: the user types the code instead.
      () => undefined,
    );
    return () => controller.abort();
  }, [enabled]);
}
