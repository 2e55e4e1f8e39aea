/**
 * A separate OS process that competes with others to append to one stream, for the contract suite's
 * multi-process test. Protocol: argv[2] is a JSON `ContenderTask`; the process opens the store, writes
 * `ready` on a line, waits for any line on stdin (so that all contenders start together), runs, writes one
 * JSON `ContenderReport` line and exits.
 */
import { createInterface } from 'node:readline';
import { createEventStore } from '../create-event-store';
import { ConcurrencyError } from '../errors';
import type { EventStore, ExpectedRevision } from '../event-store.port';
import type { EventStoreConfig } from '../store-config';

export interface ContenderTask {
  readonly config: EventStoreConfig;
  readonly streamId: string;
  readonly contenderId: string;
  /** Appends tried after the opening `no_stream` attempt. */
  readonly attempts: number;
}

export interface ContenderReport {
  readonly contenderId: string;
  /** Whether this process created the stream with `no_stream`. */
  readonly createdStream: boolean;
  /** Revisions this process appended. */
  readonly wonRevisions: number[];
  concurrencyErrors: number;
  /** Messages of any other error: the test expects none. */
  readonly otherErrors: string[];
}

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '') as ContenderTask;
  const store = await createEventStore(task.config);
  process.stdout.write('ready\n');
  await nextLineOfStdin();
  const report = await contend(store, task);
  await store.close();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

async function contend(store: EventStore, task: ContenderTask): Promise<ContenderReport> {
  const report: ContenderReport = {
    contenderId: task.contenderId,
    createdStream: false,
    wonRevisions: [],
    concurrencyErrors: 0,
    otherErrors: [],
  };
  let expected: ExpectedRevision = 'no_stream';
  for (let attempt = 0; attempt <= task.attempts; attempt += 1) {
    expected = await tryAppend(store, task, expected, report);
    await pauseLikeAClient();
  }
  return { ...report, createdStream: report.wonRevisions.includes(0) };
}

/** Appends at `expected`; returns the revision to expect next, learnt from the result or the conflict. */
async function tryAppend(
  store: EventStore,
  task: ContenderTask,
  expected: ExpectedRevision,
  report: ContenderReport,
): Promise<ExpectedRevision> {
  const metadata = {
    actor: { subject: task.contenderId, role: 'treasurer' },
    commandId: `${task.contenderId}-${report.wonRevisions.length + report.concurrencyErrors}`,
    correlationId: task.contenderId,
    causationId: task.contenderId,
    recordedAt: new Date().toISOString(),
  };
  const event = {
    type: 'ContributionReceived',
    data: { amount: '10.00', contender: task.contenderId },
    metadata,
  };
  try {
    const result = await store.append(task.streamId, [event], expected);
    report.wonRevisions.push(result.nextExpectedRevision);
    return result.nextExpectedRevision;
  } catch (error) {
    if (error instanceof ConcurrencyError) {
      report.concurrencyErrors += 1;
      return error.actual;
    }
    report.otherErrors.push(error instanceof Error ? error.message : String(error));
    return expected;
  }
}

/** Resolves on the first line; rejects when the parent closes stdin first, so an orphan does not linger. */
/**
 * A real client does work between two commands. Without a pause, the process that holds SQLite's write
 * lock takes it again at once while the others sleep in their busy handler, and the appends never interleave.
 */
function pauseLikeAClient(): Promise<void> {
  return new Promise((resolvePause) => setTimeout(resolvePause, Math.random() * 3));
}

function nextLineOfStdin(): Promise<void> {
  const lines = createInterface({ input: process.stdin });
  return new Promise((resolveLine, reject) => {
    let started = false;
    lines.once('line', () => {
      started = true;
      lines.close();
      process.stdin.destroy();
      resolveLine();
    });
    lines.once('close', () => {
      if (!started) {
        reject(new Error('The parent closed stdin before the start signal'));
      }
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
