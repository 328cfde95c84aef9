import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { VerifikAccess } from '../src/components/VerifikAccess';
import { STORY_BASE_URL, storyEmulator } from './emulatorNetwork';
import { codeSentTo, expectFocusOn, sendEmailCode } from './storySteps';

const meta = {
  title: 'VerifikAccess/Steps',
  component: VerifikAccess,
  args: { projectId: 'demo-project', baseUrl: STORY_BASE_URL, methods: ['email', 'phone'] },
} satisfies Meta<typeof VerifikAccess>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MethodChoice: Story = {
  play: async ({ canvas, canvasElement, globals }) => {
    // The toolbar's scheme reaches the widget (the storybook-dark project runs axe on dark).
    const scheme = globals['scheme'] === 'dark' ? 'dark' : 'light';
    await expect(canvasElement.querySelector('.vfk-root')).toHaveAttribute(
      'data-color-scheme',
      scheme,
    );
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Continue with email' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Continue with phone' })).toBeVisible();
  },
};

export const EmailEntry: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with email' }));
    await expectFocusOn(canvas.getByLabelText('Email address'));
  },
};

export const EmailInvalid: Story = {
  args: { methods: ['email'] },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Email address'), 'ana@example');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(
      await canvas.findByText('Enter a valid email address, such as name@example.com.'),
    ).toBeVisible();
    await expect(storyEmulator().outbox.list()).toHaveLength(0);
  },
};

export const PhoneEntry: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with phone' }));
    const phone = await canvas.findByLabelText('Phone number', {}, { timeout: 10_000 });
    await expectFocusOn(phone);
    await expect(canvas.getByLabelText('Country')).toHaveValue('US');
    await expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();
    await userEvent.type(phone, '(201) 555-0123');
  },
};

export const CodeEntry: Story = {
  play: async ({ canvas, userEvent }) => {
    await sendEmailCode(canvas, userEvent, 'ana@example.com');
    await expectFocusOn(canvas.getByLabelText('6-digit code'));
    await expect(canvas.getByRole('button', { name: /Send a new code in \d+ s/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

export const CodePartlyTyped: Story = {
  play: async ({ canvas, userEvent }) => {
    await sendEmailCode(canvas, userEvent, 'ana@example.com');
    await userEvent.type(canvas.getByLabelText('6-digit code'), '123');
    await expect(canvas.getByLabelText('6-digit code')).toHaveValue('123');
  },
};

export const Success: Story = {
  play: async ({ canvas, userEvent }) => {
    await sendEmailCode(canvas, userEvent, 'ana@example.com');
    await userEvent.paste(codeSentTo(storyEmulator(), 'ana@example.com').replace(/(\d{3})/, '$1 '));
    await expect(await canvas.findByRole('heading', { name: 'You are signed in' })).toBeVisible();
    await expect(canvas.getByText('Signed in as ana@example.com.')).toBeVisible();
  },
};

export const PhoneByWhatsApp: Story = {
  args: { phoneChannels: ['whatsapp', 'sms'], defaultCountry: 'CO' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with phone' }));
    await userEvent.type(
      await canvas.findByLabelText('Phone number', {}, { timeout: 10_000 }),
      '300 123 4567',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await canvas.findByRole('heading', { name: 'Enter your code' });
    const emulator = storyEmulator();
    await waitFor(() => expect(emulator.outbox.latest('+573001234567')?.channel).toBe('whatsapp'));
    await userEvent.type(
      canvas.getByLabelText('6-digit code'),
      codeSentTo(emulator, '+573001234567'),
    );
    await expect(await canvas.findByRole('heading', { name: 'You are signed in' })).toBeVisible();
  },
};

export const Spanish: Story = {
  args: { locale: 'es' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Continuar con teléfono' }));
    await expect(await canvas.findByLabelText('País', {}, { timeout: 10_000 })).toHaveValue('CO');
    await expect(canvas.getByRole('option', { name: 'Colombia (+57)' })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.vfk-root')).toHaveAttribute('lang', 'es');
  },
};
