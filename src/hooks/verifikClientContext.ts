import { createContext } from 'react';
import type { Transport } from '../api/transport';

export interface VerifikClientValue {
  transport: Transport;
  /** The project the hooks sign in to, unless a hook is given its own. */
  projectId: string | undefined;
}

export const VerifikClientContext = createContext<VerifikClientValue | null>(null);
