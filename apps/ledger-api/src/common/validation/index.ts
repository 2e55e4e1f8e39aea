export * from './is-amount.decorator';
export * from './is-entity-id.decorator';
export * from './is-iso-date.decorator';
export * from './strict-validation.pipe';
export * from './validation-problem';
