import type { DirectorySettings } from './accounts';

export type DirectoryMethod = 'email' | 'phone' | 'face';
export type DirectoryAnswer = 'found' | 'not_found' | 'unavailable';

/**
 * The host's user directory (Verifik's `security.source`): everyone (`NONE`), an allow-list
 * (`CSV`), or a lookup URL the emulator POSTs `{identifier, method}` to (`API`): 200 means the
 * user exists, 404 means `USER_NOT_FOUND`, anything else means the directory is unavailable.
 */
export interface Directory {
  lookup(
    settings: DirectorySettings,
    identifier: string,
    method: DirectoryMethod,
  ): Promise<DirectoryAnswer>;
}

/** Lower-case emails; phones reduced to `+digits`; anything else (face user ids) trimmed. */
export function normaliseIdentifier(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.includes('@')) return trimmed.toLowerCase();
  const compact = trimmed.replace(/[\s().-]/g, '');
  if (/^\+\d+$/.test(compact)) return compact;
  return trimmed;
}

/** An allow-list given as an array or as CSV text (one identifier per cell, optional header). */
export function parseAllowList(input: string | readonly string[]): string[] {
  const cells = typeof input === 'string' ? input.split(/[\r\n,;]+/) : input;
  const entries = cells
    .map((cell) => normaliseIdentifier(cell.replace(/^"|"$/g, '')))
    .filter((cell) => cell !== '' && !/^(identifier|email|phone|user_id)$/i.test(cell));
  return [...new Set(entries)];
}

export function createDirectory(options: { fetch: typeof fetch; timeoutMs?: number }): Directory {
  const timeoutMs = options.timeoutMs ?? 5000;
  return {
    async lookup(settings, identifier, method) {
      if (settings.source === 'NONE') return 'found';
      const normalised = normaliseIdentifier(identifier);
      if (settings.source === 'CSV')
        return settings.allowList.includes(normalised) ? 'found' : 'not_found';
      if (!settings.lookupUrl) return 'unavailable';
      try {
        const response = await options.fetch(settings.lookupUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'User-Agent': 'verifik-access-emulator' },
          body: JSON.stringify({ identifier: normalised, method }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.status === 200) return 'found';
        if (response.status === 404) return 'not_found';
        return 'unavailable';
      } catch {
        return 'unavailable';
      }
    },
  };
}
