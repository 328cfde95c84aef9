import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator, type EmulatorOptions } from './app';
import { createFaceApiEngine } from './biometrics/faceApiEngine';

export interface EmulatorServerOptions extends EmulatorOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the emulator is a dev tool and should not listen on other interfaces. */
  host?: string;
}

export interface EmulatorServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  emulator: Emulator;
  close(): Promise<void>;
}

/** The emulator on a Node HTTP server (tests, the CLI, the bench). */
export async function startEmulatorServer(
  options: EmulatorServerOptions = {},
): Promise<EmulatorServer> {
  const { port = 4010, host = '127.0.0.1', ...emulatorOptions } = options;
  // The face engine's models load on the first biometric call, not here: start-up stays instant.
  const emulator = await createEmulator({
    ...emulatorOptions,
    biometrics: emulatorOptions.biometrics ?? createFaceApiEngine(),
  });
  const { server, address } = await new Promise<{
    server: ReturnType<typeof serve>;
    address: AddressInfo;
  }>((resolve, reject) => {
    const started = serve({ fetch: emulator.fetch, port, hostname: host }, (info) =>
      resolve({ server: started, address: info }),
    );
    started.once('error', reject);
  });
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${address.port}`;
  let closing: Promise<void> | undefined;

  return {
    url,
    port: address.port,
    emulator,
    close() {
      closing ??= new Promise<void>((resolve) => {
        emulator.close();
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      return closing;
    },
  };
}
