/**
 * The fields every dated command takes at the edge: its business date (named for what it is: value
 * date, meeting date, notice date, date of receipt, date it takes effect) and, for a late entry booked
 * in an open year instead of a closed one, what it corrects. The date is optional: left out, the fund
 * dates the command today in its time zone. The domain checks the rest (not in the future, not in a
 * closed year, not before what it follows).
 */
import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../common/validation';
import { IsSingleLineText } from './request-fields';

export function BusinessDateField(description: string, example: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      description: `${description} (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).`,
      example,
      format: 'date',
    }),
    // Only a date left out means today: null is not a date, and is refused here like any other.
    ValidateIf((_request: object, value: unknown) => value !== undefined),
    IsIsoDate(),
  );
}

export function CorrectsField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      description:
        'For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date',
      example: 'Kontoauszug 47, Zahlung vom 30.12.2025',
      maxLength: TEXT_LENGTH_MAX.reference,
    }),
    IsOptional(),
    IsSingleLineText(TEXT_LENGTH_MAX.reference),
  );
}

/** What the command takes of the correction note: nothing when the request left it out. */
export function correctionOf(body: { readonly corrects?: string }): { readonly corrects?: string } {
  return body.corrects === undefined ? {} : { corrects: body.corrects };
}
