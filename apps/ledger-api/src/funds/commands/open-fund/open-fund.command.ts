import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../command-path';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import type { OpenFundRequestDto } from './open-fund.request.dto';

/** Opens a new fund with its settings; the only fund command without a fund in its path. */
export class OpenFundCommand extends Command<FundCommandResponse> {
  constructor(
    readonly body: OpenFundRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
