export * from './command-context';
export * from './command-executor';
export * from './folded-streams';
