import type { Emulator } from '../emulator/app';
import { expect, userEvent, waitFor, within } from 'storybook/test';

type Canvas = ReturnType<typeof within>;
type User = ReturnType<typeof userEvent.setup>;

/** Steps shared by the stories' play functions: the same moves a user makes. */
export async function sendEmailCode(canvas: Canvas, user: User, email: string) {
  await user.click(await canvas.findByRole('button', { name: 'Continue with email' }));
  await user.type(canvas.getByLabelText('Email address'), email);
  await user.click(canvas.getByRole('button', { name: 'Send code' }));
  await canvas.findByRole('heading', { name: 'Enter your code' });
}

export function codeSentTo(emulator: Emulator, to: string): string {
  const entry = emulator.outbox.latest(to);
  if (!entry) throw new Error(`no code was sent to ${to}`);
  return entry.code;
}

/** A code that differs from the right one in its last digit. */
export function wrongCodeFor(code: string): string {
  return code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
}

export async function expectFocusOn(element: HTMLElement) {
  await waitFor(() => expect(element.ownerDocument.activeElement).toBe(element));
}
