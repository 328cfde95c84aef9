import type { Context } from 'hono';
import type { Project, ProjectFlow } from './accounts';
import type { EmulatorContext } from './context';
import { accessError } from './http-errors';

export type AccessMethod = 'email' | 'sms' | 'whatsapp' | 'face';

export type AccessProjectResult =
  { ok: true; project: Project; flow: ProjectFlow } | { ok: false; response: Response };

export function methodEnabled(flow: ProjectFlow, method: AccessMethod): boolean {
  const settings = flow.loginSettings;
  switch (method) {
    case 'email':
      return settings.email;
    case 'sms':
      return (
        settings.phone && (settings.phoneGateway === 'sms' || settings.phoneGateway === 'both')
      );
    case 'whatsapp':
      return (
        settings.phone && (settings.phoneGateway === 'whatsapp' || settings.phoneGateway === 'both')
      );
    case 'face':
      return settings.face;
  }
}

/**
 * The project an Access call names, checked against the calling client and the login flow.
 * A project of another client answers exactly like a missing one, so ids cannot be probed.
 */
export function findAccessProject(
  c: Context,
  ctx: EmulatorContext,
  clientId: string,
  projectId: string,
  method: AccessMethod,
): AccessProjectResult {
  const project = ctx.accounts.project(projectId);
  if (!project || project.client !== clientId) {
    return {
      ok: false,
      response: accessError(c, 404, 'PROJECT_NOT_FOUND', 'No such project for this client'),
    };
  }
  const flow = ctx.accounts.loginFlowOf(project.id);
  if (!flow || !methodEnabled(flow, method)) {
    return {
      ok: false,
      response: accessError(
        c,
        403,
        'METHOD_NOT_ENABLED',
        `The project's login flow does not enable ${method}`,
        {
          method,
        },
      ),
    };
  }
  return { ok: true, project, flow };
}

/** The issuer claim: the emulator's origin as this request reached it. */
export function issuerOf(c: Context): string {
  return new URL(c.req.url).origin;
}
