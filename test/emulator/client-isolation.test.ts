import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEV_WORLD } from '../../emulator/accounts';
import { failure, sendData, startHarness, success, type Harness } from './harness';

let h: Harness;
let otherToken: string;

beforeAll(async () => {
  h = await startHarness({
    seed: {
      ...DEV_WORLD,
      otherClients: [
        {
          id: 'client_other',
          name: 'Other',
          email: 'other@example.com',
          countryCode: '+1',
          phone: '2025550143',
        },
      ],
    },
  });
  // The other client signs in over HTTP like anyone would.
  await h.call('POST', '/v2/projects/email-login?email=other%40example.com', undefined, {
    token: null,
  });
  const confirmed = await h.call(
    'POST',
    '/v2/projects/email-login/confirm',
    { email: 'other@example.com', otp: await h.latestCode('other@example.com') },
    { token: null },
  );
  otherToken = z.object({ data: z.object({ accessToken: z.string() }) }).parse(confirmed.json)
    .data.accessToken;
});
afterAll(async () => {
  await h.close();
});

describe('clients cannot reach each other', () => {
  it("another client's project answers like a missing one", async () => {
    const send = await h.call(
      'POST',
      '/v2/access/email/send-otp',
      { email: 'ana@example.com', project_id: h.projectId },
      { token: otherToken },
    );
    expect(failure(send)).toMatchObject({ status: 404, code: 'PROJECT_NOT_FOUND' });
    expect(
      failure(await h.call('GET', `/v2/projects/${h.projectId}`, undefined, { token: otherToken }))
        .code,
    ).toBe('PROJECT_NOT_FOUND');
    expect(
      (await h.call('GET', '/v2/project-flows/demo-login-flow', undefined, { token: otherToken }))
        .status,
    ).toBe(404);
    expect(
      (
        await h.call(
          'PUT',
          '/v2/project-flows/demo-login-flow',
          { branding: {} },
          { token: otherToken },
        )
      ).status,
    ).toBe(404);
    const list = success(
      await h.call('GET', '/v2/projects', undefined, { token: otherToken }),
      z.array(z.unknown()),
    );
    expect(list).toEqual([]);
  });

  it("another client's validation cannot be verified", async () => {
    const sent = success(
      await h.call('POST', '/v2/access/email/send-otp', {
        email: 'bea@example.com',
        project_id: h.projectId,
      }),
      sendData,
    );
    const code = await h.latestCode('bea@example.com');
    const stolen = await h.call(
      'POST',
      '/v2/access/email/verify-otp',
      { email: 'bea@example.com', otp: code, validation_id: sent.validation_id },
      { token: otherToken },
    );
    expect(failure(stolen)).toMatchObject({ status: 404, code: 'VALIDATION_NOT_FOUND' });
    const own = await h.call('POST', '/v2/access/email/verify-otp', {
      email: 'bea@example.com',
      otp: code,
      validation_id: sent.validation_id,
    });
    expect(own.status).toBe(200);
  });

  it("a client's own project works with its own token", async () => {
    const project = success(
      await h.call('POST', '/v2/projects', { name: 'Other shop' }, { token: otherToken }),
      z.object({ id: z.string(), client: z.literal('client_other') }),
    );
    await h.call(
      'POST',
      '/v2/project-flows',
      { project: project.id, type: 'login' },
      { token: otherToken },
    );
    const send = await h.call(
      'POST',
      '/v2/access/email/send-otp',
      { email: 'cal@example.com', project_id: project.id },
      { token: otherToken },
    );
    expect(send.status).toBe(200);
    expect(
      failure(
        await h.call('POST', '/v2/access/email/send-otp', {
          email: 'cal@example.com',
          project_id: project.id,
        }),
      ).code,
    ).toBe('PROJECT_NOT_FOUND');
  });
});
