import type * as z from 'zod/mini';
import { VerifikError } from '../core/errors';
import type { RequestOptions, Transport } from './transport';

type Schema = z.ZodMiniType;

/** Which field of a request body is wrong, keyed like the server's `details.fields`. */
function fieldProblems(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path.map(String).join('.') || 'body'] = issue.message;
  return fields;
}

/**
 * Checks the body before it leaves (a bad email never costs a request or a rate-limit slot),
 * posts it, then checks the answer's `data` against the endpoint's schema.
 */
export async function callEndpoint<Body extends Schema, Data extends Schema>(
  transport: Transport,
  path: string,
  bodySchema: Body,
  dataSchema: Data,
  body: z.input<Body>,
  options?: RequestOptions,
): Promise<z.output<Data>> {
  const request = bodySchema.safeParse(body);
  if (!request.success) {
    const fields = fieldProblems(request.error.issues);
    throw new VerifikError(
      'invalid_request',
      `Invalid request: ${Object.keys(fields).join(', ')}`,
      {
        details: { fields },
      },
    );
  }
  const data = await transport.post(path, request.data, options);
  const parsed = dataSchema.safeParse(data);
  if (!parsed.success) {
    throw new VerifikError('schema', `Unexpected response from ${path}`, { cause: parsed.error });
  }
  return parsed.data;
}
