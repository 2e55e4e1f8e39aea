import { Global, Module } from '@nestjs/common';
import { CommandExecutor } from './command-executor';
import { InFlightCommands } from './in-flight-commands';

/** The generic command path every use case's handler runs its decider through. */
@Global()
@Module({
  providers: [CommandExecutor, InFlightCommands],
  exports: [CommandExecutor, InFlightCommands],
})
export class CommandsModule {}
