import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText } from '../../request-fields/request-fields';

/** The body of the request: reject a proof of use. */
export class RejectProofOfUseRequestDto {
  @ApiProperty({
    description: 'Why the proof is not accepted',
    example: 'The invoices do not name the project.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
