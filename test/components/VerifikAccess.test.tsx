import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { VerifikAccess } from '../../src/components/VerifikAccess';
import type { VerifikAccessProps } from '../../src/components/VerifikAccessProps';
import { expectNoAxeViolations } from './axe';
import { startHarness, type Harness } from './emulatorHarness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.server.close());
beforeEach(() => {
  harness.server.emulator.reset();
  harness.resetCount();
});

function renderWidget(props: Partial<VerifikAccessProps> = {}) {
  const onSuccess = vi.fn();
  const onError = vi.fn();
  const onStepChange = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <VerifikAccess
      projectId={harness.projectId}
      baseUrl={harness.baseUrl}
      getToken={harness.getToken}
      onSuccess={onSuccess}
      onError={onError}
      onStepChange={onStepChange}
      {...props}
    />,
  );
  return { ...view, user, onSuccess, onError, onStepChange };
}

async function sendEmailCode(user: ReturnType<typeof userEvent.setup>, email: string) {
  await user.click(screen.getByRole('button', { name: 'Continue with email' }));
  await user.type(screen.getByLabelText('Email address'), email);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByRole('heading', { name: 'Enter your code' });
}

describe('<VerifikAccess> email sign-in against the emulator', () => {
  it('signs in with two requests, moves focus to each step and passes axe on every step', async () => {
    const { user, container, onSuccess, onStepChange } = renderWidget();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Continue with email' }));
    expect(screen.getByLabelText('Email address')).toHaveFocus();
    await expectNoAxeViolations(container);

    await user.type(screen.getByLabelText('Email address'), 'Ana@Example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('heading', { name: 'Enter your code' });
    expect(screen.getByText('Ana@example.com').closest('p')).toHaveTextContent(
      'We sent a 6-digit code to Ana@example.com.',
    );
    const codeInput = screen.getByLabelText('6-digit code');
    expect(codeInput).toHaveFocus();
    expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
    expect(codeInput).toHaveAttribute('inputmode', 'numeric');
    await expectNoAxeViolations(container);

    await user.type(codeInput, harness.latestCode('ana@example.com'));
    await screen.findByRole('heading', { name: 'You are signed in' });
    expect(screen.getByRole('heading', { name: 'You are signed in' })).toHaveFocus();
    await expectNoAxeViolations(container);

    expect(harness.requestCount()).toBe(2);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({
      method: 'email',
      subject: 'ana@example.com',
    });
    expect(onSuccess.mock.calls[0]?.[0].token).toMatch(/^ey/);
    expect(onStepChange.mock.calls.map((call) => call[0])).toEqual([
      'identifier',
      'code',
      'success',
    ]);
    expect(window.localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('announces the resend wait once, politely, when the code step opens', async () => {
    const { user } = renderWidget({ methods: ['email'] });
    await user.type(screen.getByLabelText('Email address'), 'wait@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const announcement = await screen.findByText('You can ask for a new code in 30 seconds.');
    expect(announcement).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('button', { name: /Send a new code in \d+ s/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it("uses the host's QueryClient when inside a QueryClientProvider, and the prop over it", async () => {
    const host = new QueryClient();
    const own = new QueryClient();
    const user = userEvent.setup();
    const { unmount } = render(
      <QueryClientProvider client={host}>
        <VerifikAccess
          projectId={harness.projectId}
          baseUrl={harness.baseUrl}
          getToken={harness.getToken}
          methods={['email']}
        />
      </QueryClientProvider>,
    );
    await user.type(screen.getByLabelText('Email address'), 'host@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('heading', { name: 'Enter your code' });
    expect(host.getMutationCache().getAll()).toHaveLength(1);
    unmount();

    render(
      <QueryClientProvider client={host}>
        <VerifikAccess
          queryClient={own}
          projectId={harness.projectId}
          baseUrl={harness.baseUrl}
          getToken={harness.getToken}
          methods={['email']}
        />
      </QueryClientProvider>,
    );
    await user.type(screen.getByLabelText('Email address'), 'prop@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('heading', { name: 'Enter your code' });
    expect(own.getMutationCache().getAll()).toHaveLength(1);
    expect(host.getMutationCache().getAll()).toHaveLength(1);
  });

  it('works with the keyboard alone', async () => {
    const { user, onSuccess } = renderWidget();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue with email' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Email address')).toHaveFocus();
    await user.keyboard('keys@example.com{Enter}');
    await screen.findByRole('heading', { name: 'Enter your code' });
    expect(screen.getByLabelText('6-digit code')).toHaveFocus();
    await user.keyboard(harness.latestCode('keys@example.com'));
    await screen.findByRole('heading', { name: 'You are signed in' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('refuses a malformed address without sending anything', async () => {
    const { user } = renderWidget({ methods: ['email'] });
    await user.type(screen.getByLabelText('Email address'), 'ana@example');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(
      await screen.findByText('Enter a valid email address, such as name@example.com.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true');
    expect(harness.requestCount()).toBe(0);
  });

  it('sends once for a double click', async () => {
    const { user } = renderWidget({ methods: ['email'] });
    await user.type(screen.getByLabelText('Email address'), 'double@example.com');
    await user.dblClick(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('heading', { name: 'Enter your code' });
    expect(harness.requestCount()).toBe(1);
    expect(harness.server.emulator.outbox.list('double@example.com')).toHaveLength(1);
  });

  it('a wrong code says how many attempts are left and keeps the code for correction', async () => {
    const { user, onError, onSuccess } = renderWidget({ methods: ['email'] });
    await user.type(screen.getByLabelText('Email address'), 'wrong@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('heading', { name: 'Enter your code' });
    const right = harness.latestCode('wrong@example.com');
    const wrong = right.slice(0, 5) + String((Number(right[5]) + 1) % 10);
    const codeInput = screen.getByLabelText('6-digit code');
    await user.paste(`${wrong.slice(0, 3)} ${wrong.slice(3)}`);
    expect(await screen.findByText('That code is not right. 4 attempts left.')).toBeInTheDocument();
    expect(codeInput).toHaveValue(wrong);
    expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'otp_invalid', attemptsRemaining: 4 });

    await user.type(codeInput, '{Backspace}');
    expect(screen.queryByText('That code is not right. 4 attempts left.')).not.toBeInTheDocument();
    await user.type(codeInput, right.slice(5));
    await screen.findByRole('heading', { name: 'You are signed in' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('"Change email" goes back with the address kept; "Use another method" goes to the choice', async () => {
    const { user } = renderWidget();
    await sendEmailCode(user, 'back@example.com');
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    expect(screen.getByLabelText('Email address')).toHaveValue('back@example.com');
    expect(screen.getByLabelText('Email address')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Use another method' }));
    expect(screen.getByRole('heading', { name: 'Sign in' })).toHaveFocus();
  });

  it('network failure: says so, keeps the address, and the next press sends without retyping', async () => {
    const { user } = renderWidget({ methods: ['email'] });
    await user.type(screen.getByLabelText('Email address'), 'offline@example.com');
    const realFetch = globalThis.fetch;
    const spy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')));
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(
      await screen.findByText(
        'We could not reach the server. Check your connection and try again.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toHaveValue('offline@example.com');
    spy.mockImplementation(realFetch);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('heading', { name: 'Enter your code' });
    spy.mockRestore();
  });

  it('network failure while verifying: the code is kept and "Try again" verifies it', async () => {
    const { user, onSuccess } = renderWidget({ methods: ['email'] });
    await user.type(screen.getByLabelText('Email address'), 'flaky@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('heading', { name: 'Enter your code' });
    const code = harness.latestCode('flaky@example.com');
    const spy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')));
    await user.type(screen.getByLabelText('6-digit code'), code);
    expect(
      await screen.findByText(
        'We could not reach the server. Check your connection and try again.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('6-digit code')).toHaveValue(code);
    spy.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'You are signed in' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('unknown user: says there is no account for the address', async () => {
    const { world } = harness.server.emulator;
    const answer = await fetch(`${harness.server.url}/v2/project-flows/${world.flowId}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${world.clientToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ security: { source: 'CSV', allowList: ['ana@example.com'] } }),
    });
    expect(answer.status).toBe(200);
    const { user, onError } = renderWidget({ methods: ['email'] });
    await user.type(screen.getByLabelText('Email address'), 'nobody@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('We have no account for that address.')).toBeInTheDocument();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'user_not_found' });
    expect(screen.getByLabelText('Email address')).toHaveValue('nobody@example.com');
  });

  it('speaks Spanish, with per-string and per-error overrides', async () => {
    const { user } = renderWidget({
      locale: 'es',
      messages: { methodEmail: 'Entrar con correo', errors: { otp_invalid: 'Código equivocado.' } },
    });
    expect(screen.getByRole('heading', { name: 'Iniciar sesión' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Entrar con correo' }));
    expect(screen.getByLabelText('Correo electrónico')).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Iniciar sesión' })).toHaveAttribute('lang', 'es');
  });
});

describe('<VerifikAccess> phone sign-in', () => {
  it('normalises the number to E.164 for the locale country and sends by WhatsApp', async () => {
    const { user, container, onSuccess } = renderWidget({
      locale: 'es',
      phoneChannels: ['sms', 'whatsapp'],
    });
    await user.click(screen.getByRole('button', { name: 'Continuar con teléfono' }));
    // The phone step is a lazy chunk: give it time to load on a busy machine.
    const phone = await screen.findByLabelText('Número de teléfono', {}, { timeout: 10_000 });
    await waitFor(() => expect(phone).toHaveFocus());
    expect(screen.getByLabelText('País')).toHaveValue('CO');
    expect(
      within(screen.getByLabelText('País')).getByRole('option', { name: 'Colombia (+57)' }),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.type(phone, '300 123 45');
    await user.click(screen.getByRole('button', { name: 'Enviar código' }));
    expect(
      await screen.findByText('Escribe un número válido para el país elegido.'),
    ).toBeInTheDocument();
    expect(harness.requestCount()).toBe(0);

    await user.type(phone, '67');
    await user.click(screen.getByRole('radio', { name: 'WhatsApp' }));
    await user.click(screen.getByRole('button', { name: 'Enviar código' }));
    await screen.findByRole('heading', { name: 'Escribe tu código' });
    const sent = harness.server.emulator.outbox.latest('+573001234567');
    expect(sent?.channel).toBe('whatsapp');
    await user.type(screen.getByLabelText('Código de 6 dígitos'), sent?.code ?? '');
    await screen.findByRole('heading', { name: 'Iniciaste sesión' });
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({
      method: 'phone',
      subject: '+573001234567',
    });
  });
});
