import * as z from 'zod/mini';

/** `{success: true, data, message}`: `data` is checked later by each endpoint's own schema. */
export const successEnvelopeSchema = z.object({
  success: z.literal(true),
  data: z.unknown(),
  message: z.optional(z.string()),
});

/** `{success: false, error, code, details?}`; lenient, because any error must still be reported. */
export const errorEnvelopeSchema = z.object({
  success: z.optional(z.literal(false)),
  error: z.optional(z.string()),
  code: z.string(),
  details: z.optional(z.record(z.string(), z.unknown())),
});
