import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@fund-ledger/domain';
import { PagedAsOfQuery } from '../read-model-access/read-model-query.dto';

/** The query of a board request: the as-of point, the page, and a status to filter by. */
export class ApplicationBoardRequestDto extends PagedAsOfQuery {
  @ApiPropertyOptional({
    description: 'Only applications with this status',
    enum: APPLICATION_STATUSES,
    example: 'on-agenda',
  })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, { message: `status must be one of: ${APPLICATION_STATUSES.join(', ')}` })
  status?: ApplicationStatus;
}
