import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '../../auth';
import { SealStatusQuery } from './seal-status.query';
import { SealStatusResponseDto } from './seal-status.response.dto';

@ApiTags('Reports')
@Controller('ledger/seals')
export class SealStatusHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('auditor')
  @ApiOperation({
    summary: "The state of the log's seals",
    description:
      "The last seal (position, time, signature and time-stamp state), the events that follow it, and the seals still waiting for a time-stamp token. Signatures are checked with the service's key and the trusted keys configured, tokens with the configured CAs; whether the log still matches its seals is what `ledger-cli verify` checks.\n\nRoles: auditor.",
  })
  @ApiOkResponse({ type: SealStatusResponseDto })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'The token has no auditor role' })
  status(): Promise<SealStatusResponseDto> {
    return this.queryBus.execute(new SealStatusQuery());
  }
}
