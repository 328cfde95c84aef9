import { useId, useMemo, useState, type FormEvent, type Ref } from 'react';
import type { PhoneChannel } from '../api/otp';
import type { CodeMessages } from '../core/i18n/en';
import type { Locale } from '../core/i18n/messages';
import { countryFromLocale } from '../core/phone/countryFromLocale';
import { isSupportedPhoneCountry, listCountries, normalizePhone } from '../core/phone/phoneTools';
import { ErrorAlert } from './ErrorAlert';
import { StepHeading } from './StepHeading';
import { SubmitButton } from './SubmitButton';

export interface PhoneStepProps {
  messages: CodeMessages;
  locale: Locale;
  /** ISO 3166 alpha-2; default from the locale (`es` → CO, `en` → US). */
  defaultCountry: string | undefined;
  /** The E.164 number to start from (kept when the user comes back to change it). */
  initialPhone: string;
  channels: readonly PhoneChannel[];
  initialChannel: PhoneChannel | undefined;
  sending: boolean;
  waitSeconds: number;
  fieldError: string | undefined;
  error: string | undefined;
  /** Receives the number in E.164, already checked for the chosen country. */
  onSubmit(phone: string, channel: PhoneChannel): void;
  onUseAnotherMethod: (() => void) | undefined;
  fieldRef?: Ref<HTMLInputElement>;
  headingRef?: Ref<HTMLHeadingElement>;
}

// Spanish-speaking users of this widget are mostly Colombian (Verifik's home market), not Spanish.
const LOCALE_REGION: Record<Locale, string> = { en: 'en-US', es: 'es-CO' };

/** Loaded lazily (default export) with libphonenumber's metadata, only when phone is chosen. */
export default function PhoneStep(props: PhoneStepProps) {
  const { messages, locale, channels, sending, waitSeconds, fieldRef, headingRef } = props;
  const id = useId();
  const countries = useMemo(() => listCountries(locale), [locale]);
  const [country, setCountry] = useState(() => {
    const wanted = props.defaultCountry?.toUpperCase();
    return wanted && isSupportedPhoneCountry(wanted)
      ? wanted
      : countryFromLocale(LOCALE_REGION[locale]);
  });
  const [phone, setPhone] = useState(props.initialPhone);
  const [channel, setChannel] = useState<PhoneChannel>(
    props.initialChannel ?? channels[0] ?? 'sms',
  );
  const [invalid, setInvalid] = useState(false);
  const fieldError = invalid ? messages.phoneInvalid : props.fieldError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sending || waitSeconds > 0) return;
    const check = normalizePhone(phone, country);
    setInvalid(!check.ok);
    if (check.ok) props.onSubmit(check.e164, channel);
  };

  return (
    <div className="vfk-step">
      <StepHeading headingRef={headingRef}>{messages.phoneTitle}</StepHeading>
      <form className="vfk-form" onSubmit={submit} noValidate>
        <div className="vfk-phone-row">
          <div className="vfk-field">
            <label className="vfk-label" htmlFor={`${id}-country`}>
              {messages.countryLabel}
            </label>
            <select
              id={`${id}-country`}
              className="vfk-select"
              autoComplete="country"
              value={country}
              onChange={(event) => setCountry(event.target.value)}
            >
              {countries.map((entry) => (
                <option key={entry.code} value={entry.code}>
                  {`${entry.name} (+${entry.callingCode})`}
                </option>
              ))}
            </select>
          </div>
          <div className="vfk-field">
            <label className="vfk-label" htmlFor={`${id}-phone`}>
              {messages.phoneLabel}
            </label>
            <input
              ref={fieldRef}
              id={`${id}-phone`}
              className="vfk-input"
              type="tel"
              name="phone"
              autoComplete="tel"
              inputMode="tel"
              value={phone}
              onChange={(event) => {
                setPhone(event.target.value);
                setInvalid(false);
              }}
              aria-invalid={fieldError !== undefined || undefined}
              aria-describedby={`${id}-hint ${id}-field-error ${id}-error`}
            />
          </div>
        </div>
        <p id={`${id}-hint`} className="vfk-hint">
          {messages.phoneHint}
        </p>
        <p id={`${id}-field-error`} className="vfk-field-error" aria-live="polite">
          {fieldError ?? ''}
        </p>
        {channels.length > 1 && (
          <fieldset className="vfk-field">
            <legend className="vfk-label">{messages.channelLabel}</legend>
            <div className="vfk-channels">
              {channels.map((option) => (
                <label key={option} className="vfk-radio">
                  <input
                    type="radio"
                    name={`${id}-channel`}
                    value={option}
                    checked={channel === option}
                    onChange={() => setChannel(option)}
                  />
                  {option === 'whatsapp' ? messages.channelWhatsapp : messages.channelSms}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <ErrorAlert id={`${id}-error`} message={props.error} />
        <SubmitButton busy={sending} busyLabel={messages.sending} waitSeconds={waitSeconds}>
          {messages.sendCode}
        </SubmitButton>
      </form>
      {props.onUseAnotherMethod && (
        <div className="vfk-actions">
          <button type="button" className="vfk-link" onClick={props.onUseAnotherMethod}>
            {messages.useAnotherMethod}
          </button>
        </div>
      )}
    </div>
  );
}
