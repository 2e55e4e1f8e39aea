/**
 * The parts of a fund command's 201 answer that the fault and concurrency checks rely on: the command id
 * and the events it appended with their places in the log. Declared here, not imported from the
 * service, because these tests read the answer as any HTTP client would.
 */
export interface FundCommandResponseShape {
  readonly commandId: string;
  readonly events: readonly { readonly type: string; readonly revision: number; readonly position: number }[];
}
