import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { IssueGrantNotice } from '@fund-ledger/domain';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { IssueGrantNoticeCommand } from './issue-grant-notice.command';

@CommandHandler(IssueGrantNoticeCommand)
export class IssueGrantNoticeHandler implements ICommandHandler<
  IssueGrantNoticeCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: IssueGrantNoticeCommand): Promise<FundCommandResponse> {
    const grantId = idOrCommandId(body.grantId, context);
    const command: IssueGrantNotice = {
      type: 'IssueGrantNotice',
      ...commandBase(path, context),
      grantId,
      applicationId: body.applicationId,
      amount: body.amount,
      noticeDate: body.noticeDate,
      ...correctionOf(body),
    };
    return this.funds.run(command, grantId, context);
  }
}
