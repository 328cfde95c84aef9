import { VerifikError, isVerifikError } from '../errors';
import { flowEvents, type FlowEvent } from './flowEvents';
import { flowReducer } from './flowReducer';
import type { FlowAction, FlowRequest, FlowState } from './flowTypes';

export interface FlowRequestResult {
  /** Resolves to the action that reports the answer; it must not reject. */
  (request: FlowRequest, signal: AbortSignal): Promise<FlowAction>;
}

export interface FlowController {
  getState(): FlowState;
  /** Applies the action synchronously, so a second click in the same tick sees `sending`. */
  dispatch(action: FlowAction): FlowState;
  subscribe(listener: () => void): () => void;
  /** Sets (or replaces) how requests are made and who hears about events. */
  connect(runtime: FlowRuntime): void;
  /** Aborts the request in flight (leaving the widget). */
  dispose(): void;
}

export interface FlowRuntime {
  /** Makes the request; the controller starts it exactly once per request id. */
  execute: FlowRequestResult;
  onEvent?: (event: FlowEvent) => void;
}

/**
 * The flow's small runtime with no React: holds the state, applies the reducer, starts the
 * request a transition asks for and feeds its answer back. The reducer decides; this only runs.
 */
export function createFlowController(
  initialState: FlowState,
  runtime?: FlowRuntime,
): FlowController {
  let state = initialState;
  let current = runtime;
  let inFlight: { id: number; controller: AbortController } | undefined;
  const listeners = new Set<() => void>();

  function start(request: FlowRequest) {
    inFlight?.controller.abort();
    const controller = new AbortController();
    inFlight = { id: request.id, controller };
    const execute = current?.execute;
    const answer: Promise<FlowAction> = execute
      ? execute(request, controller.signal)
      : Promise.resolve(failure(request, new VerifikError('usage', 'The flow is not connected')));
    void answer.then(dispatch);
  }

  function dispatch(action: FlowAction): FlowState {
    const previous = state;
    state = flowReducer(previous, action);
    if (state === previous) return state;
    const wanted =
      state.status === 'sending' || state.status === 'verifying' ? state.request : undefined;
    // Leaving a request behind (back, start over, a newer request) also stops its network call.
    if (inFlight && inFlight.id !== wanted?.id) {
      inFlight.controller.abort();
      inFlight = undefined;
    }
    if (wanted && !inFlight) start(wanted);
    for (const event of flowEvents(previous, state)) current?.onEvent?.(event);
    for (const listener of listeners) listener();
    return state;
  }

  return {
    getState: () => state,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect(next) {
      current = next;
    },
    dispose() {
      inFlight?.controller.abort();
      inFlight = undefined;
    },
  };
}

/** Wraps any failure into a VerifikError so a completion action can always be built. */
export function toVerifikError(cause: unknown): VerifikError {
  if (isVerifikError(cause)) return cause;
  return new VerifikError('unknown', 'Unexpected failure', { cause });
}

function failure(request: FlowRequest, error: VerifikError): FlowAction {
  const type = request.kind === 'send' ? 'sendFailed' : 'verifyFailed';
  return { type, requestId: request.id, error, now: Date.now() };
}
