import type { VerifikError } from '../errors';
import type { FlowState, FlowStep, FlowSuccess } from './flowTypes';

export type FlowEvent =
  | { type: 'stepChange'; step: FlowStep }
  | { type: 'success'; success: FlowSuccess }
  | { type: 'error'; error: VerifikError };

/** What a host should hear about between two states: each fact once, in this order. */
export function flowEvents(previous: FlowState, next: FlowState): FlowEvent[] {
  const events: FlowEvent[] = [];
  if (next.error && next.error !== previous.error)
    events.push({ type: 'error', error: next.error });
  if (next.step !== previous.step) events.push({ type: 'stepChange', step: next.step });
  if (next.success && next.success !== previous.success) {
    events.push({ type: 'success', success: next.success });
  }
  return events;
}
