import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy, type ValidationArguments } from 'class-validator';
import { isBusinessDate } from '@fund-ledger/domain';
import { parsePointInTime, PointInTimeFormatError, type PointInTime } from '@fund-ledger/projections';

export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 500;
/** Pages beyond this are refused: a client that needs them should narrow the query instead. */
export const PAGE_MAX = 100_000;
const WHOLE_NUMBER = /^[1-9]\d{0,9}$/;

function isPointInTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    parsePointInTime(value);
    return true;
  } catch (error) {
    if (error instanceof PointInTimeFormatError) return false;
    throw error;
  }
}

function IsPointInTime(): PropertyDecorator {
  return ValidateBy({
    name: 'isPointInTime',
    validator: {
      validate: isPointInTime,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'asOf'} must be a global position (a whole number such as 1287) or an instant with a time zone (such as 2024-05-01T09:30:00Z)`,
    },
  });
}

function IsEffectiveOn(): PropertyDecorator {
  return ValidateBy({
    name: 'isEffectiveOn',
    validator: {
      validate: isBusinessDate,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'effectiveOn'} must be a calendar date written YYYY-MM-DD (such as 2024-12-31)`,
    },
  });
}

/** A query parameter holding a whole number from 1 to `max`, written in plain digits. */
function IsWholeNumberText(max: number): PropertyDecorator {
  return ValidateBy({
    name: 'isWholeNumberText',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && WHOLE_NUMBER.test(value) && Number(value) <= max,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'value'} must be a whole number from 1 to ${max}`,
    },
  });
}

/**
 * `?asOf=`: answer as the ledger had recorded things up to a global position or an instant;
 * `?effectiveOn=`: answer with what had happened by the end of a day (by business date). Both
 * combine; without either, the answer is current.
 */
export class AsOfQuery {
  @ApiPropertyOptional({
    description:
      'Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current.',
    example: '2024-06-30T23:59:59Z',
  })
  @IsOptional()
  @IsPointInTime()
  asOf?: string;

  @ApiPropertyOptional({
    description:
      "Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn.",
    example: '2024-12-31',
    format: 'date',
  })
  @IsOptional()
  @IsEffectiveOn()
  effectiveOn?: string;
}

export class PagedAsOfQuery extends AsOfQuery {
  @ApiPropertyOptional({ description: `Page number, from 1 to ${PAGE_MAX}`, example: '1' })
  @IsOptional()
  @IsWholeNumberText(PAGE_MAX)
  page?: string;

  @ApiPropertyOptional({
    description: `Entries per page, from 1 to ${PAGE_SIZE_MAX} (default ${PAGE_SIZE_DEFAULT})`,
    example: '50',
  })
  @IsOptional()
  @IsWholeNumberText(PAGE_SIZE_MAX)
  pageSize?: string;
}

export interface Paging {
  readonly page: number;
  readonly pageSize: number;
}

/** The paging of a validated query, with the defaults filled in. */
export function pagingOf(query: PagedAsOfQuery): Paging {
  return { page: Number(query.page ?? '1'), pageSize: Number(query.pageSize ?? String(PAGE_SIZE_DEFAULT)) };
}

/** Where a query cuts the ledger: by recording (`asOf`), by business date (`effectiveOn`), both, or neither. */
export interface LedgerCut {
  readonly pointInTime: PointInTime | undefined;
  /** The `asOf` as the client gave it, for messages and answers. */
  readonly requested: string | undefined;
  readonly effectiveOn: string | undefined;
}

/** The cut of an answer from the current read models. */
export const NOW: LedgerCut = { pointInTime: undefined, requested: undefined, effectiveOn: undefined };

export function isNow(cut: LedgerCut): boolean {
  return cut.pointInTime === undefined && cut.effectiveOn === undefined;
}

export function cutOf(query: AsOfQuery): LedgerCut {
  return {
    pointInTime: query.asOf === undefined ? undefined : parsePointInTime(query.asOf),
    requested: query.asOf,
    effectiveOn: query.effectiveOn,
  };
}
