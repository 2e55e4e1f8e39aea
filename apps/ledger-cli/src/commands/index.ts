import type { CliCommand } from '../cli-context';
import { digestCommand } from './digest.command';
import { exportCommand } from './export.command';
import { replayCommand } from './replay.command';
import { reportCommand } from './report.command';
import { tokenCommand } from './token.command';
import { verifyReportCommand } from './verify-report.command';
import { verifyCommand } from './verify.command';

/**
 * Every command of the CLI, in the order `--help` lists them. A new command is one file in this
 * folder exporting a `CliCommand`, plus its line here.
 */
export const CLI_COMMANDS: readonly CliCommand[] = [
  tokenCommand,
  verifyCommand,
  replayCommand,
  exportCommand,
  digestCommand,
  reportCommand,
  verifyReportCommand,
];
