import type { CliCommand } from '../cli-context';
import { tokenCommand } from './token.command';

/**
 * Every command of the CLI, in the order `--help` lists them. A new command is one file in this
 * folder exporting a `CliCommand`, plus its line here.
 */
export const CLI_COMMANDS: readonly CliCommand[] = [tokenCommand];
