import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText } from '../../request-fields/request-fields';

/** The body of the request: record that a grant expired. */
export class ExpireGrantRequestDto {
  @ApiProperty({
    description: 'Why the grant expired',
    example: 'The project was not carried out by the deadline in the grant notice.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
