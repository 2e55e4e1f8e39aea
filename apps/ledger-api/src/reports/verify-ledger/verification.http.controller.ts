import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { IncomingMessage } from 'node:http';
import { Actor, Roles } from '../../auth';
import { commandAcceptanceOf } from '../../idempotency/command-acceptance';
import { StartVerificationRequestDto, VerificationResponse } from './verification.dto';
import { VerificationJobs } from './verification-jobs';

class VerificationPath {
  @ApiProperty({ description: 'The id the start answered with' })
  @Matches(/^[0-9a-f-]{36}$/, { message: 'verificationId must be the id a start answered with' })
  verificationId!: string;
}

@ApiTags('Reports')
@Controller('ledger/verifications')
@Roles('auditor')
export class VerificationHttpController {
  constructor(private readonly jobs: VerificationJobs) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Start verifying the whole log',
    description:
      'Starts recomputing every event hash, every chain link and the ledger digest, from the first event up to `toPosition` (default: the head), in the background, and answers at once with the verification to follow. The same check as `ledger-cli verify`. A start while a verification up to the same position runs joins it; up to another position it is refused (409). The id is derived from the Idempotency-Key, so a retry names the same verification.\n\nRoles: auditor.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'A unique value per start' })
  @ApiAcceptedResponse({ type: VerificationResponse })
  @ApiBadRequestResponse({ description: 'toPosition is malformed or beyond the head of the log' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'The token has no auditor role' })
  @ApiConflictResponse({ description: 'A verification up to another position is running' })
  start(
    @Body() body: StartVerificationRequestDto,
    @Actor() actor: Actor,
    @Req() request: IncomingMessage,
  ): Promise<VerificationResponse> {
    const acceptance = commandAcceptanceOf(request);
    if (acceptance === undefined) throw new Error('A verification was started without an Idempotency-Key');
    return this.jobs.start({
      id: acceptance.commandId,
      startedBy: actor.subject,
      toPosition: body.toPosition,
    });
  }

  @Get(':verificationId')
  @ApiOperation({
    summary: 'Follow a verification',
    description:
      'Its state (running, verified, failed, error), how far it has got, and once finished the verdict: the first broken event, or the ledger digest of the verified log. Verifications are kept by the service instance that runs them, the last 50, until it restarts.\n\nRoles: auditor.',
  })
  @ApiOkResponse({ type: VerificationResponse })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'The token has no auditor role' })
  @ApiNotFoundResponse({ description: 'No such verification on this instance' })
  follow(@Param() path: VerificationPath): VerificationResponse {
    return this.jobs.find(path.verificationId);
  }
}
