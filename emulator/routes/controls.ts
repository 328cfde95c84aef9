import { z } from 'zod';
import type { EmulatorApp, EmulatorContext } from '../context';
import { normaliseIdentifier } from '../directory';
import { accessSuccess, invalidRequest } from '../http-errors';
import { readJsonBody } from '../schemas';

const clockSchema = z.object({
  advance_ms: z
    .number()
    .int('must be a whole number of milliseconds')
    .min(0, 'time only moves forward')
    .max(10 * 365 * 24 * 60 * 60 * 1000),
});

/**
 * `?to=+573001234567` arrives as " 573001234567" because a query string decodes `+` as a space;
 * a bare run of digits is taken back to E.164 so the obvious curl works.
 */
function outboxAddress(raw: string): string {
  const trimmed = raw.trim();
  return /^\d{8,15}$/.test(trimmed) ? `+${trimmed}` : normaliseIdentifier(trimmed);
}

/** Dev-only test controls. They read codes and move time: never deploy an emulator with them. */
export function registerControlRoutes(app: EmulatorApp, ctx: EmulatorContext): void {
  app.get('/__emulator/outbox', (c) => {
    const to = c.req.query('to');
    return accessSuccess(
      c,
      ctx.outbox.list(to === undefined ? undefined : outboxAddress(to)),
      'Outbox, newest first',
    );
  });

  app.get('/__emulator/clock', (c) => {
    return accessSuccess(c, { now: new Date(ctx.clock.now()).toISOString() }, 'Emulator time');
  });

  app.post('/__emulator/clock', async (c) => {
    const body = await readJsonBody(c, clockSchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    ctx.clock.advance(body.data.advance_ms);
    return accessSuccess(c, { now: new Date(ctx.clock.now()).toISOString() }, 'Clock advanced');
  });

  app.post('/__emulator/reset', (c) => {
    ctx.reset();
    return accessSuccess(c, { reset: true }, 'Emulator reset to the seeded world');
  });

  app.get('/__emulator/webhooks', (c) => {
    return accessSuccess(c, ctx.webhooks.deliveries(), 'Webhook deliveries, newest first');
  });
}
