import { randomHex, randomId } from './random';

/** A Verifik client: the developer account that owns projects and signs in through pages 002-004. */
export interface ClientAccount {
  id: string;
  name: string;
  email: string;
  /** `+57` */
  countryCode: string;
  /** National number, digits only: `3001234567`. */
  phone: string;
}

export type PhoneGateway = 'sms' | 'whatsapp' | 'both' | 'none';
export type DirectorySource = 'NONE' | 'CSV' | 'API';

export interface LoginSettings {
  email: boolean;
  phone: boolean;
  phoneGateway: PhoneGateway;
  face: boolean;
  livenessMinScore: number;
  /** Largest descriptor distance the face route accepts as the same person. */
  faceMatchThreshold: number;
  redirectUrl?: string;
}

export interface DirectorySettings {
  source: DirectorySource;
  /** Normalised identifiers (lower-case emails, E.164 phones, face user ids). */
  allowList: string[];
  lookupUrl?: string;
}

export interface ProjectFlow {
  id: string;
  project: string;
  type: 'login';
  status: 'active';
  loginSettings: LoginSettings;
  branding: Record<string, string>;
  webhook?: { url: string; secret: string };
  security: DirectorySettings;
  createdAt: string;
  updatedAt: string;
}

export interface Project {
  id: string;
  client: string;
  name: string;
  branding: Record<string, string>;
  defaultLanguage?: string;
  allowedCountries?: string[];
  createdAt: string;
  updatedAt: string;
}

export const DEFAULT_LOGIN_SETTINGS: LoginSettings = {
  email: true,
  phone: true,
  phoneGateway: 'both',
  face: true,
  livenessMinScore: 0.65,
  faceMatchThreshold: 0.5,
};

/** The seeded dev world, printed by `npm run emulator`. */
export interface WorldSeed {
  client: ClientAccount;
  /** More client accounts with no projects, e.g. to test that clients cannot reach each other. */
  otherClients?: readonly ClientAccount[];
  project: { id: string; name: string; branding?: Record<string, string> };
  flow: {
    id: string;
    loginSettings?: Partial<LoginSettings>;
    security?: DirectorySettings;
    webhook?: { url: string; secret: string };
  };
}

export const DEV_WORLD: WorldSeed = {
  client: {
    id: 'client_dev',
    name: 'Dev Client',
    email: 'dev@example.com',
    countryCode: '+57',
    phone: '3001234567',
  },
  project: { id: 'demo-project', name: 'Demo project' },
  flow: { id: 'demo-login-flow' },
};

export interface AccountStore {
  clientById(id: string): ClientAccount | undefined;
  clientByEmail(email: string): ClientAccount | undefined;
  /** Phone as E.164 (`+573001234567`). */
  clientByPhone(e164: string): ClientAccount | undefined;
  project(id: string): Project | undefined;
  projectsOf(clientId: string): Project[];
  createProject(input: Omit<Project, 'id' | 'createdAt' | 'updatedAt'>, now: number): Project;
  flow(id: string): ProjectFlow | undefined;
  /** The project's login flow, if it has one. */
  loginFlowOf(projectId: string): ProjectFlow | undefined;
  flowsOf(projectId: string): ProjectFlow[];
  saveFlow(flow: ProjectFlow): void;
  reset(): void;
}

export function createAccountStore(seed: WorldSeed): AccountStore {
  const clients = new Map<string, ClientAccount>();
  const projects = new Map<string, Project>();
  const flows = new Map<string, ProjectFlow>();

  function load(): void {
    clients.clear();
    projects.clear();
    flows.clear();
    const at = new Date(0).toISOString();
    for (const client of [seed.client, ...(seed.otherClients ?? [])]) {
      clients.set(client.id, { ...client, email: client.email.toLowerCase() });
    }
    projects.set(seed.project.id, {
      id: seed.project.id,
      client: seed.client.id,
      name: seed.project.name,
      branding: { ...seed.project.branding },
      createdAt: at,
      updatedAt: at,
    });
    flows.set(seed.flow.id, {
      id: seed.flow.id,
      project: seed.project.id,
      type: 'login',
      status: 'active',
      loginSettings: { ...DEFAULT_LOGIN_SETTINGS, ...seed.flow.loginSettings },
      branding: {},
      ...(seed.flow.webhook ? { webhook: { ...seed.flow.webhook } } : {}),
      security: seed.flow.security ? { ...seed.flow.security } : { source: 'NONE', allowList: [] },
      createdAt: at,
      updatedAt: at,
    });
  }
  load();

  return {
    clientById: (id) => clients.get(id),
    clientByEmail: (email) =>
      [...clients.values()].find((client) => client.email === email.toLowerCase()),
    clientByPhone: (e164) =>
      [...clients.values()].find((client) => client.countryCode + client.phone === e164),
    project: (id) => projects.get(id),
    projectsOf: (clientId) =>
      [...projects.values()].filter((project) => project.client === clientId),
    createProject(input, now) {
      const at = new Date(now).toISOString();
      const project: Project = { ...input, id: randomId('prj'), createdAt: at, updatedAt: at };
      projects.set(project.id, project);
      return project;
    },
    flow: (id) => flows.get(id),
    loginFlowOf: (projectId) =>
      [...flows.values()].find((flow) => flow.project === projectId && flow.type === 'login'),
    flowsOf: (projectId) => [...flows.values()].filter((flow) => flow.project === projectId),
    saveFlow(flow) {
      flows.set(flow.id, flow);
    },
    reset: load,
  };
}

export function newFlowId(): string {
  return randomId('flow');
}

export function newWebhookSecret(): string {
  return `whsec_${randomHex(24)}`;
}
