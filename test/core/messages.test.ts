import { describe, expect, it } from 'vitest';
import { VerifikError } from '../../src/core/errors';
import { messagesEn } from '../../src/core/i18n/en';
import { messagesEs } from '../../src/core/i18n/es';
import { faceMessagesEn, faceMessagesEs } from '../../src/core/i18n/face';
import { faceErrorsEn, faceErrorsEs } from '../../src/core/i18n/faceErrors';
import {
  errorMessage,
  formatMessage,
  resolveCodeMessages,
  resolveMessages,
} from '../../src/core/i18n/messages';

function flatten(messages: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out[prefix + key] = value;
    else if (value && typeof value === 'object')
      Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const en = flatten(messagesEn);
  const es = flatten(messagesEs);

  it('Spanish has every English key, none empty, with the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(es)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(en[key]!));
    }
  });

  it('the face strings and face error messages are complete in Spanish too', () => {
    expect(Object.keys(faceMessagesEs).sort()).toEqual(Object.keys(faceMessagesEn).sort());
    expect(Object.keys(faceErrorsEs).sort()).toEqual(Object.keys(faceErrorsEn).sort());
    for (const text of [...Object.values(faceMessagesEs), ...Object.values(faceErrorsEs)])
      expect(text.trim()).not.toBe('');
  });

  it('Spanish is actually translated (few strings identical to English)', () => {
    const same = Object.keys(en).filter((key) => en[key] === es[key]);
    expect(same).toEqual(['channelWhatsapp']);
  });
});

describe('resolveMessages', () => {
  it('gives every string: code steps, face step and one message per error code', () => {
    const messages = resolveMessages('es', {
      faceTitle: 'Tu cara',
      errors: { camera_denied: 'Sin cámara.' },
    });
    expect(messages.faceTitle).toBe('Tu cara');
    expect(messages.faceStartCamera).toBe(faceMessagesEs.faceStartCamera);
    expect(messages.errors.camera_denied).toBe('Sin cámara.');
    expect(messages.errors.camera_not_found).toBe(faceErrorsEs.camera_not_found);
    expect(messages.errors.otp_invalid).toBe(messagesEs.errors.otp_invalid);
    expect(messages.sendCode).toBe(messagesEs.sendCode);
  });

  it("the code steps' dictionary leaves the face strings for the face chunk to load", () => {
    const messages = resolveCodeMessages('en', { faceTitle: 'Face', sendCode: 'Get a code' });
    expect(messages.sendCode).toBe('Get a code');
    expect('faceTitle' in messages).toBe(false);
    expect('camera_denied' in messages.errors).toBe(false);
  });

  it('takes the locale, then per-string overrides, including per error code', () => {
    const messages = resolveMessages('es', {
      sendCode: 'Recibir código',
      errors: { otp_invalid: 'Mal.' },
    });
    expect(messages.sendCode).toBe('Recibir código');
    expect(messages.title).toBe('Iniciar sesión');
    expect(messages.errors.otp_invalid).toBe('Mal.');
    expect(messages.errors.otp_expired).toBe(messagesEs.errors.otp_expired);
  });

  it('ignores overrides set to undefined instead of blanking the string', () => {
    const messages = resolveCodeMessages('en', {
      title: undefined,
      errors: { network: undefined },
    });
    expect(messages.title).toBe('Sign in');
    expect(messages.errors.network).toBe(messagesEn.errors.network);
  });
});

describe('errorMessage', () => {
  it('adds the attempts left to a wrong code, in the plural the count needs', () => {
    const two = new VerifikError('otp_invalid', 'Invalid OTP code', { attemptsRemaining: 2 });
    const one = new VerifikError('otp_invalid', 'Invalid OTP code', { attemptsRemaining: 1 });
    expect(errorMessage(two, messagesEn)).toBe('That code is not right. 2 attempts left.');
    expect(errorMessage(one, messagesEn)).toBe('That code is not right. 1 attempt left.');
    expect(errorMessage(two, messagesEs)).toBe('Ese código no es correcto. Te quedan 2 intentos.');
  });

  it('says the code is locked when the wrong try was the last one', () => {
    const last = new VerifikError('otp_invalid', 'Invalid OTP code', { attemptsRemaining: 0 });
    expect(errorMessage(last, messagesEn)).toBe(
      `That code is not right. ${messagesEn.errors.otp_locked}`,
    );
  });

  it('adds the attempts left to a face mismatch, and no code lock when none are left', () => {
    const messages = resolveMessages('en');
    const three = new VerifikError('face_mismatch', 'no match', { attemptsRemaining: 3 });
    const none = new VerifikError('face_mismatch', 'no match', { attemptsRemaining: 0 });
    expect(errorMessage(three, messages)).toBe(`${faceErrorsEn.face_mismatch} 3 attempts left.`);
    expect(errorMessage(none, messages)).toBe(faceErrorsEn.face_mismatch);
  });

  it('never shows the server text', () => {
    const error = new VerifikError('server', '<b>stack trace at db.js:12</b>', { status: 500 });
    expect(errorMessage(error, messagesEn)).toBe(messagesEn.errors.server);
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('In {seconds} s {oops}', { seconds: 30 })).toBe('In 30 s {oops}');
  });
});
