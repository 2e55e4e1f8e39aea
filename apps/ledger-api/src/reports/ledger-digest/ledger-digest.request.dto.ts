import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { GLOBAL_POSITION_MESSAGE, GLOBAL_POSITION_PATTERN } from '../shared/global-position';

export class LedgerDigestRequestDto {
  @ApiPropertyOptional({
    description: 'Global position to compute the digest at; default: the head of the log',
    example: '1287',
    pattern: GLOBAL_POSITION_PATTERN.source,
  })
  @IsOptional()
  @Matches(GLOBAL_POSITION_PATTERN, { message: `position ${GLOBAL_POSITION_MESSAGE}` })
  position?: string;
}
