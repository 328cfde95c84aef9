import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type JWK } from 'jose';
import type { Clock } from './clock';
import { randomHex } from './random';

export type TokenMethod = 'email' | 'phone' | 'face';

export interface EndUserClaims {
  /** The verified email, E.164 phone or face `user_id`. */
  subject: string;
  projectId: string;
  method: TokenMethod;
  /** The emulator's origin as the request saw it. */
  issuer: string;
}

export interface SignedToken {
  token: string;
  /** ISO 8601. */
  expiresAt: string;
}

export interface ClientTokenClaims {
  clientId: string;
}

/**
 * The two kinds of JWT the emulator mints. End-user tokens are ES256 with a `kid` and their
 * public key at `/.well-known/jwks.json`, so a host backend can verify them with any JOSE
 * library. Client tokens (the Bearer for `/v2/access/*`) use a separate HS256 secret: they are
 * the emulator's own credential and must never verify against the public JWKS.
 */
export interface TokenService {
  signEndUserToken(claims: EndUserClaims): Promise<SignedToken>;
  signClientToken(claims: ClientTokenClaims): Promise<SignedToken>;
  /** The client id of a valid, unexpired client token; undefined for anything else. */
  verifyClientToken(token: string): Promise<string | undefined>;
  jwks(): Promise<{ keys: JWK[] }>;
}

export interface TokenServiceOptions {
  clock: Clock;
  endUserTokenTtlSeconds: number;
  clientTokenTtlSeconds: number;
}

export const CLIENT_TOKEN_AUDIENCE = 'verifik-access-emulator:client';
const CLIENT_TOKEN_ISSUER = 'verifik-access-emulator';
const CLIENT_TOKEN_TYPE = 'client';

export function createTokenService(options: TokenServiceOptions): TokenService {
  const { clock } = options;
  const kid = `emu-${randomHex(8)}`;
  const keyPair = generateKeyPair('ES256');
  // Imported once: jose would otherwise import a raw secret on every sign and verify.
  const clientKey = crypto.subtle.importKey(
    'raw',
    crypto.getRandomValues(new Uint8Array(32)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  const nowSeconds = () => Math.floor(clock.now() / 1000);

  return {
    async signEndUserToken({ subject, projectId, method, issuer }) {
      const { privateKey } = await keyPair;
      const issuedAt = nowSeconds();
      const expiresAt = issuedAt + options.endUserTokenTtlSeconds;
      const token = await new SignJWT({ project: projectId, method })
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setSubject(subject)
        .setAudience(projectId)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .setJti(randomHex(12))
        .sign(privateKey);
      return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
    },

    async signClientToken({ clientId }) {
      const issuedAt = nowSeconds();
      const expiresAt = issuedAt + options.clientTokenTtlSeconds;
      const token = await new SignJWT({ type: CLIENT_TOKEN_TYPE })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(CLIENT_TOKEN_ISSUER)
        .setSubject(clientId)
        .setAudience(CLIENT_TOKEN_AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .sign(await clientKey);
      return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
    },

    async verifyClientToken(token) {
      try {
        const { payload } = await jwtVerify(token, await clientKey, {
          algorithms: ['HS256'],
          audience: CLIENT_TOKEN_AUDIENCE,
          issuer: CLIENT_TOKEN_ISSUER,
          currentDate: new Date(clock.now()),
          clockTolerance: 0,
        });
        if (payload['type'] !== CLIENT_TOKEN_TYPE || typeof payload.sub !== 'string')
          return undefined;
        return payload.sub;
      } catch {
        return undefined;
      }
    },

    async jwks() {
      const { publicKey } = await keyPair;
      const jwk = await exportJWK(publicKey);
      return { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] };
    },
  };
}
