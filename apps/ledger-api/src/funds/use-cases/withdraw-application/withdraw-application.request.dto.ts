import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText } from '../../request-fields/request-fields';

/** The body of the request: withdraw an application. */
export class WithdrawApplicationRequestDto {
  @ApiProperty({
    description: 'Why the applicant withdrew',
    example: 'The association found another sponsor.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
