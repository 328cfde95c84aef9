/**
 * libphonenumber-js and its metadata are the heaviest part of the phone step, so they load only
 * when a phone step opens: `const tools = await loadPhoneTools()`.
 */
export type PhoneTools = typeof import('./phoneTools');

let pending: Promise<PhoneTools> | undefined;

export function loadPhoneTools(): Promise<PhoneTools> {
  pending ??= import('./phoneTools').catch((cause: unknown) => {
    // Let a later attempt try again (a flaky network during a chunk load is common on mobile).
    pending = undefined;
    throw cause;
  });
  return pending;
}
