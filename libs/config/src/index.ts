export * from './settings';
export * from './settings-error';
export * from './store-configs';
export * from './local-jwt-secret';
export * from './describe-settings';
export * from './roles';
export * from './seal-settings';
