import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText } from '../../request-fields/request-fields';

/** The body of the request: withdraw a certification or an order before it is exported. */
export class WithdrawPaymentOrderRequestDto {
  @ApiProperty({
    description: 'Why',
    example: 'The association gave a new account.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
