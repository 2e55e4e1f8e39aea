export * from './event-store.port';
export * from './errors';
export * from './store-config';
export * from './hash-chain';
export * from './ledger-digest';
export * from './verify-chains';
export * from './create-event-store';
export type { SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
export * from './json/duplicate-member-name';
