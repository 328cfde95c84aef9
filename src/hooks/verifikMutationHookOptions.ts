import type { UseMutationOptions } from '@tanstack/react-query';
import type { WithSignal } from '../api/mutations';
import type { VerifikError } from '../core/errors';

/** What a call hook accepts from the caller: everything but the key, the function and retry policy. */
export type VerifikMutationHookOptions<Data, Input> = Omit<
  UseMutationOptions<Data, VerifikError, WithSignal<Input>>,
  'mutationKey' | 'mutationFn' | 'retry'
>;
