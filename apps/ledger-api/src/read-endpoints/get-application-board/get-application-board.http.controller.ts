import { Controller, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Actor, jurorOf } from '../../auth';
import { FundPath } from '../../funds/request-fields/path-params';
import { BOARD_READERS } from '../read-route/read-model-roles';
import { pagingOf, cutOf } from '../read-model-access/read-model-query.dto';
import { ReadModelRoute } from '../read-route/read-model-route.decorator';
import { ApplicationBoardRequestDto } from './application-board.request.dto';
import { ApplicationBoardResponse } from './application-board.response.dto';
import { GetApplicationBoardQuery } from './get-application-board.query';

@ApiTags('Board')
@Controller('funds/:fundId')
export class GetApplicationBoardHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadModelRoute({
    path: 'board',
    roles: BOARD_READERS,
    summary: 'Application board: applications, jury agenda, decisions with tallies',
    description:
      'The jury and every application in the order submitted: status and reason, the cost and financing plan, the open agenda item with its running tally and the members recused by a conflict of interest, every decision with tally, quorum and recusals, and the grant with its money (issued, committed, paid, released, repayment). A jury member reads only the boards of funds whose jury they sit on now, as the person appointed (also for an answer as of the past); others get 403.',
    response: ApplicationBoardResponse,
  })
  board(
    @Param() path: FundPath,
    @Query() query: ApplicationBoardRequestDto,
    @Actor() actor: Actor,
  ): Promise<ApplicationBoardResponse> {
    return this.queryBus.execute(
      new GetApplicationBoardQuery(path.fundId, cutOf(query), query.status, pagingOf(query), jurorOf(actor)),
    );
  }
}
