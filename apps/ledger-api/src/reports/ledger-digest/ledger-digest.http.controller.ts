import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '../../auth';
import { positionOf } from '../shared/global-position';
import { LedgerDigestQuery } from './ledger-digest.query';
import { LedgerDigestRequestDto } from './ledger-digest.request.dto';
import { LedgerDigestResponseDto } from './ledger-digest.response.dto';

@ApiTags('Reports')
@Controller('ledger/digest')
export class LedgerDigestHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('auditor')
  @ApiOperation({
    summary: 'The ledger digest at a global position',
    description:
      'A Merkle root over the head of every stream at the position; it commits to every event up to it. Compare it with the digest printed on a report or recomputed from an export.\n\nRoles: auditor.',
  })
  @ApiOkResponse({ type: LedgerDigestResponseDto })
  @ApiBadRequestResponse({ description: 'A malformed position, or one beyond the head of the log' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'The token has no auditor role' })
  digest(@Query() query: LedgerDigestRequestDto): Promise<LedgerDigestResponseDto> {
    return this.queryBus.execute(new LedgerDigestQuery(positionOf(query.position)));
  }
}
