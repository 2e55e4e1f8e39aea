import { Command, CommanderError } from 'commander';
import { SettingsError } from '@fund-ledger/config';
import { type CliSubcommand, CliContext, type CliIo, ExitCode, UsageError } from './cli-context';

const EXIT_CODE_HELP = `
Exit codes:
  0  success
  1  verification failed (the history is altered or incomplete)
  2  usage error (bad command line or setting)
  3  the command could not complete (e.g. the store is unreachable)

Settings come from the same environment variables as the service (see docs/configuration.md).`;

/** Builds the `ledger-cli` program with the given subcommands; commander's own exits are turned into codes. */
export function buildProgram(subcommands: readonly CliSubcommand[], context: CliContext): Command {
  const program = new Command('ledger-cli')
    .description('Operate and audit a fund-ledger: tokens, verification, replay, export, reports')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.writeOut(text),
      writeErr: (text) => context.io.writeErr(text),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODE_HELP);
  for (const subcommand of subcommands) subcommand.register(program, context);
  return program;
}

/** Runs the CLI on the given arguments (without `node` and the script) and returns the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  subcommands: readonly CliSubcommand[],
): Promise<ExitCode> {
  const context = new CliContext(io);
  try {
    await buildProgram(subcommands, context).parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIo): ExitCode {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UsageError || error instanceof SettingsError) {
    io.writeErr(`error: ${error.message}\n`);
    return ExitCode.usage;
  }
  io.writeErr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  return ExitCode.failure;
}
