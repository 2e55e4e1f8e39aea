import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACCOUNT_HOLDER_LENGTH_MAX } from '@fund-ledger/domain';
import { ACCOUNT_FIELD_LENGTH_MAX } from '../../request-fields/bank-account.dto';
import { IsSingleLineText } from '../../request-fields/request-fields';

/** The body of the request: record who receives a grant's money. */
export class RecordGrantPayeeRequestDto {
  @ApiProperty({
    description: 'Account holder',
    example: 'Klaviere in der City e.V.',
    maxLength: ACCOUNT_HOLDER_LENGTH_MAX,
  })
  @IsSingleLineText(ACCOUNT_HOLDER_LENGTH_MAX)
  accountHolder!: string;

  @ApiProperty({
    description: 'IBAN, checked by its check digits (spaces allowed)',
    example: 'DE89 3704 0044 0532 0130 00',
  })
  @IsString()
  @MaxLength(ACCOUNT_FIELD_LENGTH_MAX)
  iban!: string;

  @ApiPropertyOptional({ description: 'BIC of the payee’s bank', example: 'COBADEFFXXX' })
  @IsOptional()
  @IsString()
  @MaxLength(ACCOUNT_FIELD_LENGTH_MAX)
  bic?: string;

  @ApiPropertyOptional({
    description: 'The fund office confirms an account holder other than the applicant as the payee',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  confirmedDifferentPayee?: boolean;
}
