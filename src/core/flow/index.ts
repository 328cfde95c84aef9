export { createFlowController, toVerifikError } from './createFlowController';
export type { FlowController, FlowRuntime, FlowRequestResult } from './createFlowController';
export { executeFlowRequest } from './executeFlowRequest';
export type { FlowCalls } from './executeFlowRequest';
export { flowEvents } from './flowEvents';
export type { FlowEvent } from './flowEvents';
export { createInitialFlowState, flowReducer, isBusy } from './flowReducer';
export type * from './flowTypes';
