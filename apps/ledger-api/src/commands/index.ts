export * from './command-conflict.error';
export * from './command-context';
export * from './command-executor';
export * from './folded-streams';
export * from './in-flight-commands';
