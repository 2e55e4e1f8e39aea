import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsEntityId } from '../../../common/validation';
import { FundSettingsDto } from '../../request-fields/fund-settings.dto';
import { IsSingleLineText } from '../../request-fields/request-fields';

export class OpenFundRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new fund; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'dortmund-city-fonds',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  fundId?: string;

  @ApiProperty({
    description: 'Name of the fund',
    example: 'City-Fonds Dortmund',
    maxLength: TEXT_LENGTH_MAX.name,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.name)
  name!: string;

  @ApiProperty({
    description: 'The district or area the fund serves',
    example: 'Dortmund City',
    maxLength: TEXT_LENGTH_MAX.name,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.name)
  area!: string;

  @ApiProperty({ description: 'The rules of this fund', type: FundSettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => FundSettingsDto)
  settings!: FundSettingsDto;
}
