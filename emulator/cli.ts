import { createConsoleDeliveryProvider } from './outbox';
import { startEmulatorServer } from './server';

function portFromArgs(argv: readonly string[]): number | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const value = arg.startsWith('--port=')
      ? arg.slice('--port='.length)
      : arg === '--port'
        ? argv[index + 1]
        : undefined;
    if (value !== undefined) return parsePort(value, '--port');
  }
  return undefined;
}

function parsePort(value: string, source: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`${source} must be a port number between 0 and 65535, got "${value}"`);
    process.exit(2);
  }
  return port;
}

const envPort = process.env['PORT'];
const port = portFromArgs(process.argv.slice(2)) ?? (envPort ? parsePort(envPort, 'PORT') : 4010);

const server = await startEmulatorServer({
  port,
  deliveryProviders: [createConsoleDeliveryProvider()],
});
const { world } = server.emulator;

console.log(`Verifik Access API emulator listening on ${server.url} (port ${server.port})
Dev-only: /__emulator/* reads codes and moves time. Never deploy this.

Dev world
  client account   ${world.clientEmail} / ${world.clientCountryCode} ${world.clientPhone}  (id ${world.clientId})
  project          ${world.projectId}
  login flow       ${world.flowId}: email, phone (SMS and WhatsApp), face
  JWKS             ${server.url}/.well-known/jwks.json
  outbox           ${server.url}/__emulator/outbox

Client JWT for curl (valid until ${world.clientTokenExpiresAt}):
  export VERIFIK_TOKEN=${world.clientToken}

Codes sent appear below as [outbox] lines.`);

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  void server.close().then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
