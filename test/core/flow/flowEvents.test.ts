import { describe, expect, it } from 'vitest';
import { VerifikError } from '../../../src/core/errors';
import { flowEvents } from '../../../src/core/flow/flowEvents';
import { createInitialFlowState } from '../../../src/core/flow/flowReducer';

describe('flowEvents', () => {
  const initial = createInitialFlowState();

  it('reports nothing when nothing a host cares about changed', () => {
    expect(flowEvents(initial, { ...initial, code: '12' })).toEqual([]);
  });

  it('reports a new step, a new error and a success, each once', () => {
    const error = new VerifikError('network', 'offline');
    expect(flowEvents(initial, { ...initial, step: 'identifier' })).toEqual([
      { type: 'stepChange', step: 'identifier' },
    ]);
    const failed = { ...initial, status: 'error' as const, error };
    expect(flowEvents(initial, failed)).toEqual([{ type: 'error', error }]);
    expect(flowEvents(failed, { ...failed, code: '1' })).toEqual([]);
    const success = {
      intent: 'sign-in' as const,
      method: 'email' as const,
      token: 't',
      expiresAt: 'x',
      subject: 's',
    };
    expect(flowEvents(initial, { ...initial, step: 'success', success })).toEqual([
      { type: 'stepChange', step: 'success' },
      { type: 'success', success },
    ]);
  });
});
