import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { GLOBAL_POSITION_MESSAGE, GLOBAL_POSITION_PATTERN } from '../shared/global-position';

/** How far an export reaches. */
export class ExportLogRequestDto {
  @ApiPropertyOptional({
    description:
      'Last global position to export (inclusive); default: the head of the log when the request arrives',
    example: '1287',
    pattern: GLOBAL_POSITION_PATTERN.source,
  })
  @IsOptional()
  @Matches(GLOBAL_POSITION_PATTERN, { message: `toPosition ${GLOBAL_POSITION_MESSAGE}` })
  toPosition?: string;
}
