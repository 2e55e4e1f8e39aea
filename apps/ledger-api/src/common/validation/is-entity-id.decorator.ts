import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Ids of funds, applications, members, grants and the like are chosen by clients; they appear in URLs,
 * stream names and reports, so they are kept short and made of characters that need no escaping.
 */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && ENTITY_ID_PATTERN.test(value);
}

export function entityIdMessage(field: string): string {
  return `${field} must be an id of 1 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit`;
}

export function IsEntityId(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEntityId',
      validator: {
        validate: (value: unknown) => isEntityId(value),
        defaultMessage: (args?: ValidationArguments) => entityIdMessage(args?.property ?? 'id'),
      },
    },
    validationOptions,
  );
}
