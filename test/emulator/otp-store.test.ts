import { describe, expect, it } from 'vitest';
import { createClock } from '../../emulator/clock';
import { createOtpStore } from '../../emulator/otp-store';
import { randomCode } from '../../emulator/random';
import { wrongCode } from './harness';

function store() {
  const clock = createClock();
  return { clock, otps: createOtpStore({ clock, codeTtlMs: 600_000, maxAttempts: 5 }) };
}

const input = {
  purpose: 'access',
  method: 'email',
  channel: 'email',
  address: 'ana@example.com',
  clientId: 'client_dev',
  projectId: 'demo-project',
} as const;

describe('otp store', () => {
  // Every check below starts in the same tick, before any HMAC resolves: the widest possible gap.
  it('counts exactly maxAttempts of 50 wrong checks started together', async () => {
    const { otps } = store();
    const { validation, code } = await otps.issue(input);
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => otps.check(validation, wrongCode(code))),
    );
    const invalid = outcomes.filter((outcome) => outcome.outcome === 'invalid');
    expect(invalid).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.outcome === 'locked')).toHaveLength(45);
    expect(validation.attempts).toBe(5);
    expect((await otps.check(validation, code)).outcome).toBe('locked');
  });

  it('verifies exactly one of many right checks started together', async () => {
    const { otps } = store();
    const { validation, code } = await otps.issue(input);
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => otps.check(validation, code)),
    );
    expect(outcomes.filter((outcome) => outcome.outcome === 'verified')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.outcome === 'used')).toHaveLength(4);
  });

  it('keeps only a keyed digest of the code', async () => {
    const { otps } = store();
    const { validation, code } = await otps.issue(input);
    expect(JSON.stringify(validation)).not.toContain(code);
    expect(validation.digest).toHaveLength(32);
  });

  it('supersedes the pending code of the same address and project only', async () => {
    const { otps } = store();
    const first = await otps.issue(input);
    const other = await otps.issue({ ...input, address: 'bob@example.com' });
    const second = await otps.issue(input);
    expect(first.validation.status).toBe('superseded');
    expect(other.validation.status).toBe('pending');
    expect((await otps.check(second.validation, second.code)).outcome).toBe('verified');
  });

  it('reports an expired code once as first seen', async () => {
    const { otps, clock } = store();
    const { validation, code } = await otps.issue(input);
    clock.advance(600_000);
    expect(await otps.check(validation, code)).toMatchObject({
      outcome: 'expired',
      firstSeen: true,
    });
    expect(await otps.check(validation, code)).toMatchObject({
      outcome: 'expired',
      firstSeen: false,
    });
  });
});

describe('otp store memory', () => {
  it('drops validations an hour after they expire', async () => {
    const { otps, clock } = store();
    const old = await otps.issue({ ...input, address: 'old@example.com' });
    clock.advance(600_000 + 60 * 60_000 + 1);
    // The sweep runs every 256 sends.
    for (let index = 0; index < 255; index += 1)
      await otps.issue({ ...input, address: `u${index}@example.com` });
    expect(otps.get(old.validation.id)).toBeUndefined();
    expect(otps.latestFor('access', 'old@example.com', 'demo-project')).toBeUndefined();
    expect(otps.latestFor('access', 'u0@example.com', 'demo-project')).toBeDefined();
  });
});

describe('randomCode', () => {
  it('draws 6 digits spread over every leading digit', () => {
    const leading = new Set<string>();
    for (let index = 0; index < 2000; index += 1) {
      const code = randomCode();
      expect(code).toMatch(/^\d{6}$/);
      leading.add(code.charAt(0));
    }
    expect(leading.size).toBe(10);
  });
});
