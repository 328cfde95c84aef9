import {
  startEmulatorServer,
  type EmulatorServer,
  type EmulatorServerOptions,
} from '../../emulator/server';

/** A real emulator over HTTP on a free port, and what a widget needs to talk to it. */
export async function startHarness(options: EmulatorServerOptions = {}) {
  const server: EmulatorServer = await startEmulatorServer({ port: 0, ...options });
  let requests = 0;
  return {
    server,
    baseUrl: `${server.url}/v2/access`,
    projectId: server.emulator.world.projectId,
    /** Also counts requests: the transport asks for the token once per call. */
    getToken: () => {
      requests += 1;
      return server.emulator.world.clientToken;
    },
    requestCount: () => requests,
    resetCount: () => {
      requests = 0;
    },
    latestCode(to: string): string {
      const entry = server.emulator.outbox.latest(to);
      if (!entry) throw new Error(`no code was sent to ${to}`);
      return entry.code;
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
