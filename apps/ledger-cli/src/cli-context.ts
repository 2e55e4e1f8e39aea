import type { Command } from 'commander';
import { loadSettings, type Settings } from '@fund-ledger/config';

/** What a command may touch: its output streams and the environment its settings come from. */
export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  writeOut(text: string): void;
  writeErr(text: string): void;
}

/** The exit codes every command keeps to, so scripts can tell outcomes apart. */
export const ExitCode = {
  ok: 0,
  /** Verification ran and found the history altered or incomplete. */
  verificationFailed: 1,
  /** The command line or a setting is wrong; nothing was done. */
  usage: 2,
  /** The command could not run to the end, e.g. the store was unreachable. */
  failure: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A problem with what the user asked for; ends the program with exit code 2 and the message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Handed to every command: the io, and the settings read from the same environment as the service's. */
export class CliContext {
  private loaded: Settings | undefined;
  /** Set by a command that completed with a result other than success (e.g. a failed verification). */
  exitCode: ExitCode = ExitCode.ok;

  constructor(readonly io: CliIo) {}

  /** Loads the settings on first use, so that `--help` works even with a broken environment. */
  settings(): Settings {
    this.loaded ??= loadSettings(this.io.env);
    return this.loaded;
  }

  /** Explanations go to stderr, so that stdout carries only the result a script would capture. */
  explain(line: string): void {
    this.io.writeErr(`${line}\n`);
  }
}

/** One subcommand of the CLI: adds itself (name, options, help, action) to the program. */
export interface CliSubcommand {
  register(program: Command, context: CliContext): void;
}
