import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { FundSettingsDto } from '../../request-fields/fund-settings.dto';

/** The body of the request: change a fund's settings. */
export class ChangeFundSettingsRequestDto {
  @ApiProperty({ description: 'The complete new settings', type: FundSettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => FundSettingsDto)
  settings!: FundSettingsDto;

  @BusinessDateField('The day the new settings take effect', '2024-07-01')
  effectiveDate?: string;

  @CorrectsField()
  corrects?: string;
}
