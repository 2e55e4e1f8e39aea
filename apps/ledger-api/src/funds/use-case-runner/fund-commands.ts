import { Injectable } from '@nestjs/common';
import {
  decodeFundEvent,
  fundDecider,
  fundStreamName,
  type FundCommand,
  type FundEvent,
  type FundState,
} from '@fund-ledger/domain';
import {
  CommandExecutor,
  type CommandContext,
  type CommandOutcome,
  type CommandStream,
} from '../../command-path';
import type { FundCommandResponse } from './fund-command.response';
import type { FundPath } from '../request-fields/path-params';

/** Every fund command acts on the fund's own stream, decided by the fund's decider. */
export const FUND_STREAM: CommandStream<FundCommand, FundEvent, FundState> = {
  decider: fundDecider,
  streamName: (command) => fundStreamName(command.fundId),
  decode: (recorded) => decodeFundEvent(recorded),
};

/** The fields every domain command carries, taken from the route and the command context. */
export function commandBase(
  path: FundPath,
  context: CommandContext,
): { readonly commandId: string; readonly issuedAt: string; readonly fundId: string } {
  return { commandId: context.commandId, issuedAt: context.recordedAt, fundId: path.fundId };
}

/**
 * The id of a thing a command creates: the client's own when it sent one, otherwise the command id.
 * The command id is derived from the Idempotency-Key, so a retry of the same request names the same
 * thing even when the service has lost its record of the first attempt.
 */
export function idOrCommandId(clientId: string | undefined, context: CommandContext): string {
  return clientId ?? context.commandId;
}

/**
 * Runs a fund use case's domain command through the service's one command path and answers with
 * what it appended. `resourceId` names the thing the command created or acted on.
 */
@Injectable()
export class FundCommands {
  constructor(private readonly executor: CommandExecutor) {}

  async run(command: FundCommand, resourceId: string, context: CommandContext): Promise<FundCommandResponse> {
    const outcome = await this.executor.execute(FUND_STREAM, command, context);
    return responseOf(command, resourceId, context, outcome);
  }
}

function responseOf(
  command: FundCommand,
  resourceId: string,
  context: CommandContext,
  outcome: CommandOutcome,
): FundCommandResponse {
  return {
    fundId: command.fundId,
    id: resourceId,
    commandId: context.commandId,
    events: outcome.events.map(({ type, revision, position }) => ({ type, revision, position })),
    revision: outcome.revision === 'no_stream' ? null : outcome.revision,
    position: outcome.position,
  };
}
