import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ACCOUNT_HOLDER_LENGTH_MAX } from '@fund-ledger/domain';
import { IsSingleLineText } from './request-fields';

/** The longest a bank account field may be as typed; the domain checks the IBAN's digits and the BIC's form. */
const ACCOUNT_FIELD_LENGTH_MAX = 50;

/** The fields of an account the fund pays from: the city's, as its finance system knows it. */
export class DebtorAccountDto {
  @ApiProperty({
    description: 'Account holder',
    example: 'Stadt Dortmund Stadtkasse',
    maxLength: ACCOUNT_HOLDER_LENGTH_MAX,
  })
  @IsSingleLineText(ACCOUNT_HOLDER_LENGTH_MAX)
  name!: string;

  @ApiProperty({ description: 'IBAN (spaces allowed)', example: 'DE03 4405 0199 0000 1234 56' })
  @IsString()
  @MaxLength(ACCOUNT_FIELD_LENGTH_MAX)
  iban!: string;

  @ApiPropertyOptional({ description: 'BIC of the bank', example: 'DORTDE33XXX' })
  @IsOptional()
  @IsString()
  @MaxLength(ACCOUNT_FIELD_LENGTH_MAX)
  bic?: string;
}

export { ACCOUNT_FIELD_LENGTH_MAX };
