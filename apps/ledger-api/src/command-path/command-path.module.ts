import { Global, Module } from '@nestjs/common';
import { CommandExecutor } from './command-executor';
import { FoldedStreams } from './folded-streams';
import { InFlightCommands } from '../shutdown/in-flight-commands';

/** The generic command path every use case runs its domain command through. */
@Global()
@Module({
  providers: [CommandExecutor, FoldedStreams, InFlightCommands],
  exports: [CommandExecutor, FoldedStreams, InFlightCommands],
})
export class CommandPathModule {}
