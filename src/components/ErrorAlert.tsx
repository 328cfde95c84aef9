export interface ErrorAlertProps {
  id?: string;
  /** The localized sentence; empty keeps the region mounted so the next error is announced. */
  message: string | undefined;
}

/** A polite live region: mounted before any error so assistive tech hears it appear. */
export function ErrorAlert({ id, message }: ErrorAlertProps) {
  return (
    <p
      id={id}
      className="vfk-alert"
      aria-live="polite"
      aria-atomic="true"
      data-state={message ? 'shown' : 'hidden'}
    >
      {message ?? ''}
    </p>
  );
}
