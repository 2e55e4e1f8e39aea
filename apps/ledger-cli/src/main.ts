import { runCli } from './cli';
import { ExitCode } from './cli-context';
import { CLI_SUBCOMMANDS } from './subcommands';

/**
 * The process ends with the code the command returned, and with no other. Until a command has
 * returned, the exit code says it could not complete: a run that ends early in any way (its work waits
 * on something that never comes and the event loop empties, an exception escapes a callback, a promise
 * is rejected with no one to catch it) exits 3 with a sentence on stderr, never 0 without a verdict.
 */
let returned = false;
process.exitCode = ExitCode.failure;

function endEarly(error: unknown): void {
  process.stderr.write(
    `error: the command stopped before it finished: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(ExitCode.failure);
}

process.on('uncaughtException', endEarly);
process.on('unhandledRejection', endEarly);
process.on('exit', () => {
  if (!returned)
    process.stderr.write('error: the command ended before it reached a result; nothing was verified\n');
});

runCli(
  process.argv.slice(2),
  {
    env: process.env,
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
  },
  CLI_SUBCOMMANDS,
).then((exitCode) => {
  returned = true;
  process.exitCode = exitCode;
}, endEarly);
