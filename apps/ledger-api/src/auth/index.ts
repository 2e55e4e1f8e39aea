export * from './actor';
export * from './auth.decorators';
export * from './jury-scope';
export * from './roles';
