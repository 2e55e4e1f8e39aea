import type { CliSubcommand } from '../cli-context';
import { digestSubcommand } from './digest.subcommand';
import { exportSubcommand } from './export.subcommand';
import { replaySubcommand } from './replay.subcommand';
import { reportSubcommand } from './report.subcommand';
import { tokenSubcommand } from './token.subcommand';
import { verifyReportSubcommand } from './verify-report.subcommand';
import { verifySubcommand } from './verify.subcommand';

/**
 * Every subcommand of the CLI, in the order `--help` lists them. A new subcommand is one
 * `<name>.subcommand.ts` file in this folder exporting a `CliSubcommand`, plus its line here; the
 * folders beside them hold what several subcommands share: `options` reads option values, `output`
 * writes results and progress, `store-access` opens the event store read-only.
 */
export const CLI_SUBCOMMANDS: readonly CliSubcommand[] = [
  tokenSubcommand,
  verifySubcommand,
  replaySubcommand,
  exportSubcommand,
  digestSubcommand,
  reportSubcommand,
  verifyReportSubcommand,
];
