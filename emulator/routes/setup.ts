import { z } from 'zod';
import {
  DEFAULT_LOGIN_SETTINGS,
  newFlowId,
  newWebhookSecret,
  type DirectorySettings,
  type Project,
  type ProjectFlow,
} from '../accounts';
import { requireClient } from '../auth';
import type { EmulatorApp, EmulatorContext } from '../context';
import { parseAllowList } from '../directory';
import { accessError, accessSuccess, invalidRequest } from '../http-errors';
import { idSchema, readJsonBody } from '../schemas';

const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));

const brandingSchema = z
  .record(z.string().max(64), z.string().max(2048))
  .refine((value) => Object.keys(value).length <= 32, {
    message: 'at most 32 branding fields',
  });

const loginSettingsSchema = z.object({
  email: z.boolean().optional(),
  phone: z.boolean().optional(),
  phoneGateway: z.enum(['sms', 'whatsapp', 'both', 'none']).optional(),
  face: z.boolean().optional(),
  livenessMinScore: z.number().min(0).max(1).optional(),
  faceMatchThreshold: z.number().min(0).max(2).optional(),
  redirectUrl: httpUrl.optional(),
});

const webhookSchema = z.object({
  url: httpUrl,
  secret: z.string().min(16, 'at least 16 characters').max(256).optional(),
});

const securitySchema = z
  .object({
    source: z.enum(['NONE', 'CSV', 'API']),
    allowList: z
      .union([z.array(z.string().max(320)).max(100_000), z.string().max(2_000_000)])
      .optional(),
    lookupUrl: httpUrl.optional(),
  })
  .superRefine((value, issue) => {
    if (value.source === 'CSV' && value.allowList === undefined) {
      issue.addIssue({
        code: 'custom',
        path: ['allowList'],
        message: 'required when source is CSV',
      });
    }
    if (value.source === 'API' && value.lookupUrl === undefined) {
      issue.addIssue({
        code: 'custom',
        path: ['lookupUrl'],
        message: 'required when source is API',
      });
    }
  });

const projectCreateSchema = z.object({
  name: z.string().trim().min(1, 'required').max(200),
  branding: brandingSchema.optional(),
  defaultLanguage: z.string().trim().min(2).max(10).optional(),
  allowedCountries: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2'),
    )
    .max(300)
    .optional(),
});

const flowCreateSchema = z.object({
  project: idSchema,
  type: z.literal('login'),
  loginSettings: loginSettingsSchema.optional(),
  branding: brandingSchema.optional(),
  webhook: webhookSchema.optional(),
  security: securitySchema.optional(),
});

const flowUpdateSchema = z.object({
  loginSettings: loginSettingsSchema.optional(),
  branding: brandingSchema.optional(),
  webhook: webhookSchema.nullable().optional(),
  security: securitySchema.optional(),
});

function toDirectorySettings(input: z.infer<typeof securitySchema>): DirectorySettings {
  return {
    source: input.source,
    allowList: input.allowList === undefined ? [] : parseAllowList(input.allowList),
    ...(input.lookupUrl === undefined ? {} : { lookupUrl: input.lookupUrl }),
  };
}

function projectView(project: Project, flows: ProjectFlow[]) {
  return { ...project, projectFlows: flows.map((flow) => flow.id) };
}

/** Page 001's setup calls: projects and their login flow. Client Bearer required. */
export function registerSetupRoutes(app: EmulatorApp, ctx: EmulatorContext): void {
  const auth = requireClient(ctx);

  function ownProject(clientId: string, id: string): Project | undefined {
    const project = ctx.accounts.project(id);
    return project && project.client === clientId ? project : undefined;
  }

  function ownFlow(clientId: string, id: string): ProjectFlow | undefined {
    const flow = ctx.accounts.flow(id);
    return flow && ownProject(clientId, flow.project) ? flow : undefined;
  }

  app.post('/v2/projects', auth, async (c) => {
    const body = await readJsonBody(c, projectCreateSchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    const { name, branding, defaultLanguage, allowedCountries } = body.data;
    const project = ctx.accounts.createProject(
      {
        client: c.get('clientId'),
        name,
        branding: branding ?? {},
        ...(defaultLanguage === undefined ? {} : { defaultLanguage }),
        ...(allowedCountries === undefined ? {} : { allowedCountries }),
      },
      ctx.clock.now(),
    );
    return accessSuccess(c, projectView(project, []), 'Project created', 201);
  });

  app.get('/v2/projects', auth, (c) => {
    const projects = ctx.accounts.projectsOf(c.get('clientId'));
    return accessSuccess(
      c,
      projects.map((project) => projectView(project, ctx.accounts.flowsOf(project.id))),
      'Projects',
    );
  });

  app.get('/v2/projects/:id', auth, (c) => {
    const project = ownProject(c.get('clientId'), c.req.param('id'));
    if (!project)
      return accessError(c, 404, 'PROJECT_NOT_FOUND', 'No such project for this client');
    return accessSuccess(c, projectView(project, ctx.accounts.flowsOf(project.id)), 'Project');
  });

  app.post('/v2/project-flows', auth, async (c) => {
    const body = await readJsonBody(c, flowCreateSchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    const input = body.data;
    const project = ownProject(c.get('clientId'), input.project);
    if (!project)
      return accessError(c, 404, 'PROJECT_NOT_FOUND', 'No such project for this client');
    if (ctx.accounts.loginFlowOf(project.id)) {
      return accessError(
        c,
        409,
        'FLOW_EXISTS',
        'The project already has a login flow: update it with PUT',
      );
    }
    const at = new Date(ctx.clock.now()).toISOString();
    const flow: ProjectFlow = {
      id: newFlowId(),
      project: project.id,
      type: 'login',
      status: 'active',
      loginSettings: { ...DEFAULT_LOGIN_SETTINGS, ...input.loginSettings },
      branding: input.branding ?? {},
      ...(input.webhook
        ? {
            webhook: { url: input.webhook.url, secret: input.webhook.secret ?? newWebhookSecret() },
          }
        : {}),
      security: input.security
        ? toDirectorySettings(input.security)
        : { source: 'NONE', allowList: [] },
      createdAt: at,
      updatedAt: at,
    };
    ctx.accounts.saveFlow(flow);
    return accessSuccess(c, flow, 'Project flow created', 201);
  });

  app.get('/v2/project-flows/:id', auth, (c) => {
    const flow = ownFlow(c.get('clientId'), c.req.param('id'));
    if (!flow) return accessError(c, 404, 'NOT_FOUND', 'No such project flow for this client');
    return accessSuccess(c, flow, 'Project flow');
  });

  app.put('/v2/project-flows/:id', auth, async (c) => {
    const existing = ownFlow(c.get('clientId'), c.req.param('id'));
    if (!existing) return accessError(c, 404, 'NOT_FOUND', 'No such project flow for this client');
    const body = await readJsonBody(c, flowUpdateSchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    const input = body.data;
    const { webhook: _previousWebhook, ...rest } = existing;
    const webhook =
      input.webhook === null
        ? undefined
        : input.webhook === undefined
          ? existing.webhook
          : {
              url: input.webhook.url,
              secret: input.webhook.secret ?? existing.webhook?.secret ?? newWebhookSecret(),
            };
    const updated: ProjectFlow = {
      ...rest,
      loginSettings: { ...existing.loginSettings, ...input.loginSettings },
      branding: input.branding ?? existing.branding,
      ...(webhook ? { webhook } : {}),
      security: input.security ? toDirectorySettings(input.security) : existing.security,
      updatedAt: new Date(ctx.clock.now()).toISOString(),
    };
    ctx.accounts.saveFlow(updated);
    return accessSuccess(c, updated, 'Project flow updated');
  });
}
