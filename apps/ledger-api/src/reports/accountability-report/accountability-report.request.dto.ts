import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  type ReportFormat,
  type ReportLanguage,
} from '@fund-ledger/reporting';
import { IsIsoDate } from '../../common/validation';
import { GLOBAL_POSITION_MESSAGE, GLOBAL_POSITION_PATTERN } from '../shared/global-position';

/** The query of an accountability report: the period, and how to render it. */
export class AccountabilityReportRequestDto {
  @ApiProperty({
    description: 'First day of the period (UTC), YYYY-MM-DD',
    example: '2024-01-01',
    format: 'date',
  })
  @IsIsoDate()
  from!: string;

  @ApiProperty({
    description: 'Last day of the period (UTC), YYYY-MM-DD',
    example: '2024-12-31',
    format: 'date',
  })
  @IsIsoDate()
  to!: string;

  @ApiPropertyOptional({ description: 'File format', enum: REPORT_FORMATS, default: 'json', example: 'pdf' })
  @IsOptional()
  @IsIn(REPORT_FORMATS, { message: `format must be one of ${REPORT_FORMATS.join(', ')}` })
  format?: ReportFormat;

  @ApiPropertyOptional({
    description: 'Language of labels and number formats',
    enum: REPORT_LANGUAGES,
    default: 'de',
    example: 'de',
  })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES, { message: `lang must be one of ${REPORT_LANGUAGES.join(', ')}` })
  lang?: ReportLanguage;

  @ApiPropertyOptional({
    description:
      'Global position to compute the report at; default: the head of the log when the request arrives',
    example: '1287',
    pattern: GLOBAL_POSITION_PATTERN.source,
  })
  @IsOptional()
  @Matches(GLOBAL_POSITION_PATTERN, { message: `position ${GLOBAL_POSITION_MESSAGE}` })
  position?: string;
}
