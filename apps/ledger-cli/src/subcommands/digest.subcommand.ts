import { terminalJson } from './output/terminal-text';
import type { Command } from 'commander';
import { computeLedgerDigest } from '@fund-ledger/event-store';
import type { CliSubcommand, CliContext } from '../cli-context';
import { checkedUpTo, parsePosition } from './options/option-values';
import { progressOption, startProgress, type ProgressMode } from './output/progress';
import { withReadProgress, withStore } from './store-access/store-access';

interface DigestOptions {
  readonly position?: string;
  readonly json?: boolean;
  readonly progress: ProgressMode;
}

/**
 * `ledger-cli digest`: the Merkle root over every stream's head at a global position (default: the
 * head of the log). It reads the stored hashes without recomputing them; `verify` is the command that
 * proves them.
 */
export const digestSubcommand: CliSubcommand = {
  register(program: Command, context: CliContext): void {
    program
      .command('digest')
      .description('print the ledger digest (Merkle root over all stream heads) and the position it covers')
      .option('--position <n>', 'the global position to compute the digest at (default: the head of the log)')
      .option('--json', 'print the digest as JSON on stdout')
      .addOption(progressOption())
      .action((options: DigestOptions) => printDigest(options, context));
  },
};

async function printDigest(options: DigestOptions, context: CliContext): Promise<void> {
  const requested =
    options.position === undefined ? undefined : parsePosition(options.position, '--position');
  const digest = await withStore(context, async (store) => {
    const position = checkedUpTo(requested, await store.headPosition(), '--position');
    const progress = startProgress(context, { label: 'digest', total: position, mode: options.progress });
    const computed = await computeLedgerDigest(withReadProgress(store, progress), position);
    progress.finish(computed.eventCount);
    return computed;
  });
  if (options.json === true) {
    context.io.writeOut(terminalJson(digest));
    return;
  }
  context.io.writeOut(
    `position ${digest.position}\nroot ${digest.root}\nstreams ${digest.streamCount}\nevents ${digest.eventCount}\n`,
  );
}
