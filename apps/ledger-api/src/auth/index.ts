export * from './actor';
export * from './auth.decorators';
export * from './roles';
