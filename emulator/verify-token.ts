/**
 * `npm run verify-token -- <token> [--url http://127.0.0.1:4010] [--audience <project id>]`
 * checks an end-user token the way a host backend would: signature against the emulator's
 * public JWKS, issuer, algorithm and expiry. Exit code 0 when valid, 1 when not.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

const args = process.argv.slice(2);
const token = args.find(
  (arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'),
);
const base = (
  option(args, '--url') ??
  process.env['EMULATOR_URL'] ??
  'http://127.0.0.1:4010'
).replace(/\/+$/, '');
const audience = option(args, '--audience');

if (!token) {
  console.error(
    'usage: npm run verify-token -- <token> [--url http://127.0.0.1:4010] [--audience <project id>]',
  );
  process.exit(2);
}

const jwks = createRemoteJWKSet(new URL('/.well-known/jwks.json', base));
try {
  const { payload, protectedHeader } = await jwtVerify(token, jwks, {
    issuer: new URL(base).origin,
    algorithms: ['ES256'],
    ...(audience === undefined ? {} : { audience }),
  });
  console.log(
    `valid ${protectedHeader.alg} token (kid ${protectedHeader.kid ?? 'none'}) from ${payload.iss}`,
  );
  console.log(`  sub      ${payload.sub}`);
  console.log(`  project  ${String(payload['project'])}`);
  console.log(`  method   ${String(payload['method'])}`);
  console.log(
    `  expires  ${payload.exp === undefined ? 'never' : new Date(payload.exp * 1000).toISOString()}`,
  );
} catch (error) {
  console.error(`invalid token: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
