import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startReceiver, type Receiver } from './receiver';
import { failure, sendData, startHarness, success, type Harness } from './harness';

let h: Harness;
let directory: Receiver;

const projectData = z.object({
  id: z.string(),
  name: z.string(),
  client: z.string(),
  projectFlows: z.array(z.string()),
});
const flowData = z.object({
  id: z.string(),
  project: z.string(),
  type: z.literal('login'),
  loginSettings: z.object({
    email: z.boolean(),
    phone: z.boolean(),
    phoneGateway: z.enum(['sms', 'whatsapp', 'both', 'none']),
    face: z.boolean(),
    livenessMinScore: z.number(),
    faceMatchThreshold: z.number(),
  }),
  webhook: z.object({ url: z.string(), secret: z.string() }).optional(),
  security: z.object({ source: z.enum(['NONE', 'CSV', 'API']), allowList: z.array(z.string()) }),
});

beforeAll(async () => {
  h = await startHarness({ resendCooldownSeconds: 0 });
  directory = await startReceiver((request) => {
    const body = z
      .object({ identifier: z.string(), method: z.string() })
      .parse(JSON.parse(request.body));
    if (body.identifier === 'broken@example.com') return 500;
    return body.identifier.endsWith('@known.example') || body.identifier === '+573009998877'
      ? 200
      : 404;
  });
});
afterAll(async () => {
  await Promise.all([h.close(), directory.close()]);
});
beforeEach(async () => {
  await h.call('POST', '/__emulator/reset', undefined, { token: null });
});

async function createProject(name = 'Shop'): Promise<string> {
  return success(await h.call('POST', '/v2/projects', { name }), projectData).id;
}

async function createFlow(body: Record<string, unknown>) {
  return success(await h.call('POST', '/v2/project-flows', { type: 'login', ...body }), flowData);
}

function sendEmail(email: string, projectId: string) {
  return h.call('POST', '/v2/access/email/send-otp', { email, project_id: projectId });
}

describe('projects', () => {
  it('creates, lists and reads projects of the calling client', async () => {
    const created = await h.call('POST', '/v2/projects', { name: 'Shop' });
    expect(created.status).toBe(201);
    const project = success(created, projectData);
    expect(project).toMatchObject({ name: 'Shop', client: 'client_dev', projectFlows: [] });
    const list = success(await h.call('GET', '/v2/projects'), z.array(projectData));
    expect(list.map((item) => item.id).sort()).toEqual(['demo-project', project.id].sort());
    const read = success(await h.call('GET', `/v2/projects/${project.id}`), projectData);
    expect(read.id).toBe(project.id);
    expect(failure(await h.call('GET', '/v2/projects/prj_missing'))).toMatchObject({
      status: 404,
      code: 'PROJECT_NOT_FOUND',
    });
  });

  it('requires the client Bearer', async () => {
    expect((await h.call('GET', '/v2/projects', undefined, { token: null })).status).toBe(401);
    expect((await h.call('POST', '/v2/projects', { name: 'x' }, { token: 'forged' })).status).toBe(
      401,
    );
  });

  it('names each bad field', async () => {
    const error = failure(
      await h.call('POST', '/v2/projects', { name: '', allowedCountries: ['co'] }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'INVALID_REQUEST',
      details: { fields: { name: expect.any(String), 'allowedCountries.0': expect.any(String) } },
    });
  });

  it('is gone after a reset; the seeded world stays', async () => {
    const id = await createProject();
    await h.call('POST', '/__emulator/reset', undefined, { token: null });
    expect((await h.call('GET', `/v2/projects/${id}`)).status).toBe(404);
    expect((await h.call('GET', '/v2/projects/demo-project')).status).toBe(200);
  });
});

describe('login flows', () => {
  it('a new project cannot send codes until it has a login flow', async () => {
    const projectId = await createProject();
    expect(failure(await sendEmail('ana@example.com', projectId))).toMatchObject({
      status: 403,
      code: 'METHOD_NOT_ENABLED',
    });
    const flow = await createFlow({ project: projectId });
    expect(flow.loginSettings).toMatchObject({
      email: true,
      phone: true,
      phoneGateway: 'both',
      faceMatchThreshold: 0.5,
    });
    expect((await sendEmail('ana@example.com', projectId)).status).toBe(200);
    const project = success(await h.call('GET', `/v2/projects/${projectId}`), projectData);
    expect(project.projectFlows).toEqual([flow.id]);
  });

  it('enables only the chosen methods and gateway', async () => {
    const projectId = await createProject();
    const flow = await createFlow({
      project: projectId,
      loginSettings: { email: false, phone: true, phoneGateway: 'sms', face: false },
    });
    const phone = { phone: '+573001112233', project_id: projectId };
    expect((await h.call('POST', '/v2/access/phone/send-sms', phone)).status).toBe(200);
    expect(failure(await h.call('POST', '/v2/access/phone/send-whatsapp', phone)).code).toBe(
      'METHOD_NOT_ENABLED',
    );
    expect(failure(await sendEmail('ana@example.com', projectId)).code).toBe('METHOD_NOT_ENABLED');

    const updated = success(
      await h.call('PUT', `/v2/project-flows/${flow.id}`, {
        loginSettings: { phoneGateway: 'whatsapp' },
      }),
      flowData,
    );
    expect(updated.loginSettings).toMatchObject({
      phone: true,
      phoneGateway: 'whatsapp',
      email: false,
    });
    expect((await h.call('POST', '/v2/access/phone/send-whatsapp', phone)).status).toBe(200);
    expect(failure(await h.call('POST', '/v2/access/phone/send-sms', phone)).code).toBe(
      'METHOD_NOT_ENABLED',
    );
    const read = success(await h.call('GET', `/v2/project-flows/${flow.id}`), flowData);
    expect(read.loginSettings.phoneGateway).toBe('whatsapp');
  });

  it('keeps one login flow per project', async () => {
    const projectId = await createProject();
    await createFlow({ project: projectId });
    expect(
      failure(await h.call('POST', '/v2/project-flows', { project: projectId, type: 'login' })),
    ).toMatchObject({
      status: 409,
      code: 'FLOW_EXISTS',
    });
  });

  it('refuses unknown projects, other types and bad settings', async () => {
    expect(
      failure(await h.call('POST', '/v2/project-flows', { project: 'nope', type: 'login' })).code,
    ).toBe('PROJECT_NOT_FOUND');
    const projectId = await createProject();
    const error = failure(
      await h.call('POST', '/v2/project-flows', {
        project: projectId,
        type: 'signup',
        loginSettings: { phoneGateway: 'pigeon', livenessMinScore: 3 },
        webhook: { url: 'ftp://example.com' },
        security: { source: 'API' },
      }),
    );
    expect(error.status).toBe(400);
    expect(
      Object.keys(z.record(z.string(), z.string()).parse(error.details?.['fields'])).sort(),
    ).toEqual([
      'loginSettings.livenessMinScore',
      'loginSettings.phoneGateway',
      'security.lookupUrl',
      'type',
      'webhook.url',
    ]);
  });

  it('generates a webhook secret when none is given', async () => {
    const flow = await createFlow({
      project: await createProject(),
      webhook: { url: 'http://127.0.0.1:9/hook' },
    });
    expect(flow.webhook?.secret).toMatch(/^whsec_[0-9a-f]{48}$/);
  });
});

describe('the user directory', () => {
  it('an allow-list as an array lets only listed users receive codes', async () => {
    const projectId = await createProject();
    await createFlow({
      project: projectId,
      security: { source: 'CSV', allowList: ['Ana@Example.com', '+57 300 999 8877'] },
    });
    expect((await sendEmail('ana@example.com', projectId)).status).toBe(200);
    expect(failure(await sendEmail('zed@example.com', projectId))).toMatchObject({
      status: 404,
      code: 'USER_NOT_FOUND',
    });
    const phone = await h.call('POST', '/v2/access/phone/send-sms', {
      phone: '+573009998877',
      project_id: projectId,
    });
    expect(phone.status).toBe(200);
  });

  it('an allow-list as CSV text, header and quotes included', async () => {
    const projectId = await createProject();
    const flow = await createFlow({
      project: projectId,
      security: {
        source: 'CSV',
        allowList: 'email\n"bo@example.com"\r\ncy@example.com,dee@example.com\n',
      },
    });
    expect(flow.security.allowList).toEqual([
      'bo@example.com',
      'cy@example.com',
      'dee@example.com',
    ]);
    expect((await sendEmail('cy@example.com', projectId)).status).toBe(200);
    expect(failure(await sendEmail('email@example.com', projectId)).code).toBe('USER_NOT_FOUND');
  });

  it('a lookup URL: 200 is a user, 404 is USER_NOT_FOUND, anything else is unavailable', async () => {
    const projectId = await createProject();
    await createFlow({
      project: projectId,
      security: { source: 'API', lookupUrl: `${directory.url}/users` },
    });
    success(await sendEmail('ana@known.example', projectId), sendData);
    const lookup = directory.requests.at(-1);
    expect(lookup?.method).toBe('POST');
    expect(lookup?.url).toBe('/users');
    expect(JSON.parse(lookup?.body ?? '')).toEqual({
      identifier: 'ana@known.example',
      method: 'email',
    });
    expect(failure(await sendEmail('ana@unknown.example', projectId))).toMatchObject({
      status: 404,
      code: 'USER_NOT_FOUND',
    });
    expect(failure(await sendEmail('broken@example.com', projectId))).toMatchObject({
      status: 502,
      code: 'DIRECTORY_UNAVAILABLE',
    });
    const phone = await h.call('POST', '/v2/access/phone/send-sms', {
      phone: '+573009998877',
      project_id: projectId,
    });
    expect(phone.status).toBe(200);
    expect(JSON.parse(directory.requests.at(-1)?.body ?? '')).toEqual({
      identifier: '+573009998877',
      method: 'phone',
    });
  });

  it('a lookup URL that refuses connections is unavailable, not a crash', async () => {
    const closed = await startReceiver(() => 200);
    await closed.close();
    const projectId = await createProject();
    await createFlow({ project: projectId, security: { source: 'API', lookupUrl: closed.url } });
    expect(failure(await sendEmail('ana@known.example', projectId)).code).toBe(
      'DIRECTORY_UNAVAILABLE',
    );
  });
});
