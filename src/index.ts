export { VerifikError, isVerifikError } from './core/errors';
export type { VerifikErrorCode, VerifikErrorOptions } from './core/errors';
