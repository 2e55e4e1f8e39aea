import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Calendar dates (value dates, fiscal-year boundaries) and instants (when something happened) are
 * strings in one ISO 8601 form each, checked to name a real day and time: "2024-02-30" is refused,
 * and an instant must say its time zone so that it means the same everywhere.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;

export const ISO_DATE_EXAMPLE = '2024-05-01';
export const ISO_INSTANT_EXAMPLE = '2024-05-01T09:30:00Z';

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isIsoInstant(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  if (match === null) return false;
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6])];
  const offsetValid = match[8] === 'Z' || (Number(match[9]) <= 23 && Number(match[10]) <= 59);
  return (
    isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetValid
  );
}

export function IsIsoDate(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'date'} must be a calendar date written YYYY-MM-DD, such as "${ISO_DATE_EXAMPLE}"`,
      },
    },
    validationOptions,
  );
}

export function IsIsoInstant(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoInstant',
      validator: {
        validate: (value: unknown) => isIsoInstant(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'instant'} must be a date and time with seconds and a time zone, such as "${ISO_INSTANT_EXAMPLE}"`,
      },
    },
    validationOptions,
  );
}
