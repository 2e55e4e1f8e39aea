/**
 * Test support for the fund domain: command builders, the given/when/then helper, random history
 * generators and the independent invariant checker. Imported by tests only, never by the service.
 */
export * from './fund.fixtures';
export * from './given-when-then';
export * from './fund.arbitraries';
export * from './fund.invariants';
