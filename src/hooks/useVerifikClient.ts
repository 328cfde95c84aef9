import { useContext } from 'react';
import { VerifikError } from '../core/errors';
import { VerifikClientContext, type VerifikClientValue } from './verifikClientContext';

/** The transport and default project of the nearest `<VerifikClientProvider>`. */
export function useVerifikClient(): VerifikClientValue {
  const value = useContext(VerifikClientContext);
  if (!value) {
    throw new VerifikError('usage', 'Verifik hooks must be used within <VerifikClientProvider>.');
  }
  return value;
}

export function useVerifikTransport() {
  return useVerifikClient().transport;
}
