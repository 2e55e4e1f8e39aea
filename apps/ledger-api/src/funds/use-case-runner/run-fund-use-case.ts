import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Settings } from '@fund-ledger/config';
import type { CommandContext } from '../../command-path';
import { SETTINGS } from '../../config/settings.module';
import type { FundCommandResponse } from './fund-command.response';
import { FundCommands } from './fund-commands';
import type { FundUseCase } from './fund-use-case';

/** A validated request of one fund use case, on its way from the controller to the command path. */
export class RunFundUseCase<Path extends object, Body> extends Command<FundCommandResponse> {
  constructor(
    readonly useCase: FundUseCase<Path, Body>,
    readonly path: Path,
    readonly body: Body,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The one handler of every fund use case: maps the request onto its domain command and runs it. */
@CommandHandler(RunFundUseCase)
export class RunFundUseCaseHandler implements ICommandHandler<
  RunFundUseCase<object, unknown>,
  FundCommandResponse
> {
  constructor(
    private readonly funds: FundCommands,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  execute({ useCase, path, body, context }: RunFundUseCase<object, unknown>): Promise<FundCommandResponse> {
    const { command, resourceId } = useCase.toCommand(path, body, context, this.settings);
    return this.funds.run(command, resourceId, context);
  }
}
