import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText } from '../../request-fields/request-fields';

/** The body of the request: close a fund. */
export class CloseFundRequestDto {
  @ApiProperty({
    description: 'Why the fund is closed',
    example: 'The funding programme ended on 31 December 2027.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
