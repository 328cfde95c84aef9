import type { Clock } from './clock';
import type { DeliveryChannel } from './outbox';
import { constantTimeEqual, randomCode, randomId } from './random';

export type OtpMethod = 'email' | 'phone';
export type OtpPurpose = 'access' | 'client-login';
export type OtpStatus = 'pending' | 'verified' | 'locked' | 'superseded' | 'expired';

export interface OtpValidation {
  id: string;
  purpose: OtpPurpose;
  method: OtpMethod;
  channel: DeliveryChannel;
  /** Normalised address: lower-case email or E.164 phone. */
  address: string;
  /** The owning client account (access codes) or the account signing in (client login). */
  clientId: string;
  projectId: string | undefined;
  flowId: string | undefined;
  createdAt: number;
  expiresAt: number;
  attempts: number;
  status: OtpStatus;
  /** HMAC-SHA256(key, id + code): the code itself is never stored. */
  digest: Uint8Array;
}

export type OtpCheck =
  | { outcome: 'verified'; validation: OtpValidation }
  | { outcome: 'invalid'; validation: OtpValidation; attemptsRemaining: number; locked: boolean }
  | { outcome: 'locked'; validation: OtpValidation }
  | { outcome: 'used'; validation: OtpValidation }
  | { outcome: 'expired'; validation: OtpValidation; firstSeen: boolean }
  | { outcome: 'superseded'; validation: OtpValidation }
  | { outcome: 'not_found' };

export interface IssueInput {
  purpose: OtpPurpose;
  method: OtpMethod;
  channel: DeliveryChannel;
  address: string;
  clientId: string;
  projectId?: string;
  flowId?: string;
}

export interface OtpStore {
  /** Creates a validation and returns it with the plain code, which goes to delivery only. */
  issue(input: IssueInput): Promise<{ validation: OtpValidation; code: string }>;
  /**
   * Checks a code. The attempt is counted synchronously, before the HMAC await, so parallel
   * wrong guesses can never exceed `maxAttempts` between them.
   */
  check(validation: OtpValidation, code: string): Promise<OtpCheck>;
  get(id: string): OtpValidation | undefined;
  /** The newest validation for an address (client login confirms by address, not by id). */
  latestFor(purpose: OtpPurpose, address: string, projectId?: string): OtpValidation | undefined;
  reset(): void;
}

export interface OtpStoreOptions {
  clock: Clock;
  codeTtlMs: number;
  maxAttempts: number;
  /** Test hook: fixes the code instead of the CSPRNG. */
  generateCode?: () => string;
}

/** Terminal validations are kept a while so late verifies get a precise error, then dropped. */
const RETENTION_MS = 60 * 60 * 1000;

function settledOutcome(validation: OtpValidation): OtpCheck {
  switch (validation.status) {
    case 'verified':
      return { outcome: 'used', validation };
    case 'superseded':
      return { outcome: 'superseded', validation };
    case 'expired':
      return { outcome: 'expired', validation, firstSeen: false };
    case 'locked':
    case 'pending':
      return { outcome: 'locked', validation };
  }
}

export function createOtpStore(options: OtpStoreOptions): OtpStore {
  const { clock, codeTtlMs, maxAttempts } = options;
  const generateCode = options.generateCode ?? randomCode;
  const validations = new Map<string, OtpValidation>();
  const keyPromise = crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const encoder = new TextEncoder();

  async function digestOf(id: string, code: string): Promise<Uint8Array> {
    const key = await keyPromise;
    return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(id + code)));
  }

  // The newest validation per purpose, project and address: superseding is one lookup, and
  // since each send supersedes the previous newest, at most one per key is ever pending.
  const newest = new Map<string, OtpValidation>();
  const newestKey = (purpose: OtpPurpose, address: string, projectId: string | undefined) =>
    `${purpose}|${projectId ?? ''}|${address}`;
  let issued = 0;

  function sweep(now: number): void {
    for (const [id, validation] of validations) {
      if (validation.expiresAt + RETENTION_MS >= now) continue;
      validations.delete(id);
      const key = newestKey(validation.purpose, validation.address, validation.projectId);
      if (newest.get(key) === validation) newest.delete(key);
    }
  }

  return {
    async issue(input) {
      const id = randomId('val');
      const code = generateCode();
      const digest = await digestOf(id, code);
      const now = clock.now();
      issued += 1;
      if (issued % 256 === 0) sweep(now);
      // Superseding and storing happen in one synchronous block after the await, so the newest
      // stored send is always the only pending one for an address.
      const key = newestKey(input.purpose, input.address, input.projectId);
      const previous = newest.get(key);
      if (previous?.status === 'pending') previous.status = 'superseded';
      const validation: OtpValidation = {
        id,
        purpose: input.purpose,
        method: input.method,
        channel: input.channel,
        address: input.address,
        clientId: input.clientId,
        projectId: input.projectId,
        flowId: input.flowId,
        createdAt: now,
        expiresAt: now + codeTtlMs,
        attempts: 0,
        status: 'pending',
        digest,
      };
      validations.set(id, validation);
      newest.set(key, validation);
      return { validation, code };
    },

    async check(validation, code) {
      if (validation.status !== 'pending') return settledOutcome(validation);
      if (validation.attempts >= maxAttempts) return { outcome: 'locked', validation };
      if (clock.now() >= validation.expiresAt) {
        validation.status = 'expired';
        return { outcome: 'expired', validation, firstSeen: true };
      }
      validation.attempts += 1;
      const attemptsRemaining = maxAttempts - validation.attempts;

      const candidate = await digestOf(validation.id, code);
      const matches = constantTimeEqual(candidate, validation.digest);

      if (matches) {
        // A parallel request may have used, locked or superseded it while this one was hashing.
        if (validation.status !== 'pending') return settledOutcome(validation);
        validation.status = 'verified';
        return { outcome: 'verified', validation };
      }
      const locked = attemptsRemaining <= 0;
      if (locked && validation.status === 'pending') validation.status = 'locked';
      return { outcome: 'invalid', validation, attemptsRemaining, locked };
    },

    get: (id) => validations.get(id),

    latestFor: (purpose, address, projectId) => newest.get(newestKey(purpose, address, projectId)),

    reset() {
      validations.clear();
      newest.clear();
    },
  };
}
