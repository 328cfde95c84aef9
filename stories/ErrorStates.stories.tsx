import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { VerifikAccess } from '../src/components/VerifikAccess';
import { STORY_BASE_URL, storyEmulator } from './emulatorNetwork';
import { codeSentTo, sendEmailCode, wrongCodeFor } from './storySteps';

/** Each state a user can meet, reached the way a user reaches it, against the real emulator. */
const meta = {
  title: 'VerifikAccess/States',
  component: VerifikAccess,
  args: { projectId: 'demo-project', baseUrl: STORY_BASE_URL, methods: ['email', 'phone'] },
} satisfies Meta<typeof VerifikAccess>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Sending: Story = {
  args: { methods: ['email'] },
  parameters: { network: 'hang' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Email address'), 'ana@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const button = await canvas.findByRole('button', { name: 'Sending…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvasElement.querySelector('.vfk-root')).toHaveAttribute('data-state', 'sending');
  },
};

export const Verifying: Story = {
  parameters: { network: 'hang-verify' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await sendEmailCode(canvas, userEvent, 'ana@example.com');
    await userEvent.type(
      canvas.getByLabelText('6-digit code'),
      codeSentTo(storyEmulator(), 'ana@example.com'),
    );
    await expect(await canvas.findByRole('button', { name: 'Checking your code…' })).toBeVisible();
    await expect(canvasElement.querySelector('.vfk-root')).toHaveAttribute(
      'data-state',
      'verifying',
    );
  },
};

export const WrongCode: Story = {
  play: async ({ canvas, userEvent }) => {
    await sendEmailCode(canvas, userEvent, 'ana@example.com');
    const wrong = wrongCodeFor(codeSentTo(storyEmulator(), 'ana@example.com'));
    await userEvent.type(canvas.getByLabelText('6-digit code'), wrong);
    await expect(await canvas.findByText('That code is not right. 4 attempts left.')).toBeVisible();
    await expect(canvas.getByLabelText('6-digit code')).toHaveValue(wrong);
  },
};

export const Expired: Story = {
  play: async ({ canvas, userEvent }) => {
    await sendEmailCode(canvas, userEvent, 'ana@example.com');
    const code = codeSentTo(storyEmulator(), 'ana@example.com');
    storyEmulator().clock.advance(11 * 60 * 1000);
    await userEvent.type(canvas.getByLabelText('6-digit code'), code);
    await expect(
      await canvas.findByText('That code has expired. Ask for a new one.'),
    ).toBeVisible();
  },
};

export const Locked: Story = {
  parameters: { emulator: { maxAttempts: 2 } },
  play: async ({ canvas, userEvent }) => {
    await sendEmailCode(canvas, userEvent, 'ana@example.com');
    const input = canvas.getByLabelText('6-digit code');
    const wrong = wrongCodeFor(codeSentTo(storyEmulator(), 'ana@example.com'));
    await userEvent.type(input, wrong);
    await canvas.findByText('That code is not right. 1 attempt left.');
    await userEvent.type(input, '{Backspace}');
    await userEvent.type(input, String((Number(wrong[5]) + 1) % 10));
    await expect(
      await canvas.findByText(/Too many wrong codes. Start over to get a new one./),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Start over' })).toBeVisible();
    await expect(input).toBeDisabled();
  },
};

export const RateLimited: Story = {
  parameters: { emulator: { rateLimits: { emailPerWindow: 1 }, resendCooldownSeconds: 0 } },
  play: async ({ canvas, userEvent }) => {
    await sendEmailCode(canvas, userEvent, 'ana@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Change email' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(
      await canvas.findByText('Too many tries. Please wait before trying again.'),
    ).toBeVisible();
    const button = canvas.getByRole('button', { name: /Send code \(\d+ s\)/ });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(storyEmulator().outbox.list('ana@example.com')).toHaveLength(1);
  },
};

export const NetworkDown: Story = {
  args: { methods: ['email'] },
  parameters: { network: 'down' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Email address'), 'ana@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(
      await canvas.findByText(
        'We could not reach the server. Check your connection and try again.',
      ),
    ).toBeVisible();
    await expect(canvas.getByLabelText('Email address')).toHaveValue('ana@example.com');
  },
};

export const ResendAfterCountdown: Story = {
  parameters: { emulator: { resendCooldownSeconds: 1 } },
  play: async ({ canvas, userEvent }) => {
    await sendEmailCode(canvas, userEvent, 'ana@example.com');
    const resend = await canvas.findByRole(
      'button',
      { name: 'Send a new code' },
      { timeout: 4000 },
    );
    await userEvent.click(resend);
    await waitFor(() => expect(storyEmulator().outbox.list('ana@example.com')).toHaveLength(2));
  },
};
