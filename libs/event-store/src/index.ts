export * from './event-store.port';
export * from './errors';
export * from './store-config';
export * from './hash-chain';
export * from './ledger-digest';
export * from './verify-chains';
