/**
 * What readiness needs to know about the read models, provided by the projections module. A token
 * rather than the projections' own class, so that operations do not depend on the read side.
 */
export interface ReadModelHealth {
  readonly healthy: boolean;
  readonly state: string;
  readonly storedPosition: number;
  readonly failure: { readonly position: number } | null;
}

export const READ_MODEL_HEALTH = Symbol('READ_MODEL_HEALTH');
