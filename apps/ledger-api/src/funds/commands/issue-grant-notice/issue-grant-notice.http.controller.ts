import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FundPath } from '../../shared/path-params';
import { IssueGrantNoticeCommand } from './issue-grant-notice.command';
import { IssueGrantNoticeRequestDto } from './issue-grant-notice.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants')
export class IssueGrantNoticeHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Issue a grant notice',
    description:
      'Issues the grant notice (Zuwendungsbescheid) for an approved application: commits the money, split into public and private parts and the public part among the funders. Refused above the approval (GRANT.EXCEEDS_APPROVAL), above the per-project cap (GRANT.EXCEEDS_PROJECT_CAP), beyond the public share (FUND.PUBLIC_SHARE_EXCEEDED) or the money available (FUND.INSUFFICIENT_FUNDS).',
  })
  issueGrantNotice(
    @Param() path: FundPath,
    @Body() body: IssueGrantNoticeRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new IssueGrantNoticeCommand(path, body, context));
  }
}
