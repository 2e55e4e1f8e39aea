import { PAYMENT_KINDS } from '@fund-ledger/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsAmount, IsIsoDate } from '../../../common/validation';
import { choiceMessage } from '../../request-fields/request-fields';
import { PAYMENT_REFERENCE_PATTERN } from '../../use-case-runner/payment-reference';

/** The body of the request: certify a payment as factually and arithmetically correct. */
export class CertifyPaymentRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the payment (up to 35 letters, digits, dots, colons or dashes: it travels with the bank transfer); left out, derived from the Idempotency-Key',
    example: 'pianos-payout-1',
    maxLength: 35,
  })
  @IsOptional()
  @Matches(PAYMENT_REFERENCE_PATTERN, {
    message:
      'paymentId must be 1 to 35 letters, digits, dots, colons or dashes, starting with a letter or digit',
  })
  paymentId?: string;

  @ApiProperty({
    description: '`advance` before the proof of use, `payout` after it',
    enum: PAYMENT_KINDS,
    example: 'payout',
  })
  @IsIn(PAYMENT_KINDS, { message: choiceMessage(PAYMENT_KINDS) })
  kind!: (typeof PAYMENT_KINDS)[number];

  @ApiProperty({ description: 'Amount in EUR', example: '1000.00' })
  @IsAmount()
  amount!: string;

  @ApiProperty({
    description: 'Business date of the certification (YYYY-MM-DD)',
    example: '2024-09-27',
    format: 'date',
  })
  @IsIsoDate()
  certifiedOn!: string;
}
