/**
 * Where codes go. Delivery is behind `DeliveryProvider` so a real SMTP/SMS/WhatsApp sender can
 * plug in later; the dev outbox is one provider and is always present, because the test controls
 * and the README walk-through read codes from it.
 */
export type DeliveryChannel = 'email' | 'sms' | 'whatsapp';

export interface DeliveryMessage {
  channel: DeliveryChannel;
  /** Normalised address: lower-case email or E.164 phone. */
  to: string;
  code: string;
  validation_id: string;
  /** ISO 8601, emulator time. */
  sent_at: string;
  /** `access` for end-user codes, `client-login` for the client account's own sign-in. */
  purpose: 'access' | 'client-login';
}

export interface DeliveryProvider {
  readonly name: string;
  deliver(message: DeliveryMessage): void | Promise<void>;
}

export interface OutboxEntry {
  channel: DeliveryChannel;
  to: string;
  code: string;
  validation_id: string;
  sent_at: string;
}

export interface Outbox extends DeliveryProvider {
  /** Newest first; `to` filters by normalised address. */
  list(to?: string): OutboxEntry[];
  /** The newest code sent to an address, for tests and scripts. */
  latest(to: string): OutboxEntry | undefined;
  clear(): void;
}

/** Bounded so a long-running dev server cannot grow without limit. */
const OUTBOX_CAPACITY = 1000;

export function createOutbox(): Outbox {
  let entries: OutboxEntry[] = [];
  return {
    name: 'outbox',
    deliver(message) {
      const { channel, to, code, validation_id, sent_at } = message;
      entries.unshift({ channel, to, code, validation_id, sent_at });
      if (entries.length > OUTBOX_CAPACITY) entries = entries.slice(0, OUTBOX_CAPACITY);
    },
    list(to) {
      const all = entries.map((entry) => ({ ...entry }));
      return to === undefined ? all : all.filter((entry) => entry.to === to);
    },
    latest(to) {
      const found = entries.find((entry) => entry.to === to);
      return found ? { ...found } : undefined;
    },
    clear() {
      entries = [];
    },
  };
}

/** The dev console line: the only place the emulator ever prints a code. */
export function createConsoleDeliveryProvider(
  print: (line: string) => void = console.log,
): DeliveryProvider {
  return {
    name: 'console',
    deliver(message) {
      print(
        `[outbox] ${message.channel} to ${message.to}: code ${message.code} (validation ${message.validation_id})`,
      );
    },
  };
}
