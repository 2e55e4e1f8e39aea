import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-path/command-context';
import type { FundCommandResponse } from './fund-command.response';
import type { FundPath } from './path-params';

/**
 * The shape of every fund use case on the command bus: the validated path and body of the request
 * and the context of the command (actor, command id, correlation id, acceptance instant). Each use
 * case declares its own subclass, so the bus routes it to exactly one handler.
 */
export abstract class FundUseCaseCommand<Path extends FundPath, Body> extends Command<FundCommandResponse> {
  constructor(
    readonly path: Path,
    readonly body: Body,
    readonly context: CommandContext,
  ) {
    super();
  }
}
