/**
 * Progress of long runs (verify, replay, export, digest, report, verify-report) on stderr, so that
 * stdout keeps only the result. On a terminal it is a cli-progress bar with rate and ETA; otherwise
 * (a log file, CI, a pipe) plain lines, one each time another tenth of the work is done or a second
 * has passed, whichever comes first, plus a closing line.
 */
import { Option } from 'commander';
import { SingleBar } from 'cli-progress';
import type { CliContext } from '../../cli-context';

export const PROGRESS_MODES = ['auto', 'bar', 'lines', 'off'] as const;
export type ProgressMode = (typeof PROGRESS_MODES)[number];

export function progressOption(): Option {
  return new Option(
    '--progress <mode>',
    'progress on stderr: a bar on a terminal, plain lines otherwise (auto), or always bar, lines, off',
  )
    .choices(PROGRESS_MODES)
    .default('auto');
}

export interface ProgressReporter {
  /** `done` counts what `total` counts (events or positions); `events` is the number of events handled. */
  update(done: number, events: number): void;
  finish(events: number): void;
}

export interface ProgressTask {
  readonly label: string;
  /** Null when the amount of work is not known in advance (e.g. an export file being read). */
  readonly total: number | null;
  readonly mode: ProgressMode;
}

const LINE_INTERVAL_MS = 1000;
const LINE_STEPS = 10;

export function startProgress(context: CliContext, task: ProgressTask): ProgressReporter {
  const mode = task.mode === 'auto' ? (process.stderr.isTTY ? 'bar' : 'lines') : task.mode;
  if (mode === 'off') return { update: () => undefined, finish: () => undefined };
  return mode === 'bar' ? new BarProgress(task) : new LineProgress(context, task);
}

function elapsedSeconds(startedAt: number): number {
  return Math.max((performance.now() - startedAt) / 1000, 0.001);
}

function grouped(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

class LineProgress implements ProgressReporter {
  private readonly startedAt = performance.now();
  private lastLineAt = this.startedAt;
  private nextStep = 1;

  constructor(
    private readonly context: CliContext,
    private readonly task: ProgressTask,
  ) {}

  update(done: number, events: number): void {
    const { total } = this.task;
    const stepReached = total !== null && total > 0 && done >= (total * this.nextStep) / LINE_STEPS;
    if (!stepReached && performance.now() - this.lastLineAt < LINE_INTERVAL_MS) return;
    while (total !== null && total > 0 && done >= (total * this.nextStep) / LINE_STEPS) this.nextStep += 1;
    this.lastLineAt = performance.now();
    this.context.explain(`${this.task.label}: ${this.describe(done, events)}`);
  }

  finish(events: number): void {
    const seconds = elapsedSeconds(this.startedAt);
    this.context.explain(
      `${this.task.label}: done, ${grouped(events)} events in ${seconds.toFixed(1)} s (${grouped(events / seconds)} events/s)`,
    );
  }

  private describe(done: number, events: number): string {
    const seconds = elapsedSeconds(this.startedAt);
    const rate = events / seconds;
    const { total } = this.task;
    if (total === null || total === 0) return `${grouped(events)} events, ${grouped(rate)} events/s`;
    const share = Math.min(done / total, 1);
    const etaSeconds = share > 0 ? (seconds / share) * (1 - share) : 0;
    return (
      `position ${grouped(done)} of ${grouped(total)} (${(share * 100).toFixed(0)} %), ` +
      `${grouped(events)} events, ${grouped(rate)} events/s, ETA ${etaSeconds.toFixed(0)} s`
    );
  }
}

class BarProgress implements ProgressReporter {
  private readonly startedAt = performance.now();
  private readonly bar: SingleBar;

  constructor(task: ProgressTask) {
    const measured = task.total !== null && task.total > 0;
    const format = measured
      ? `${task.label} [{bar}] {percentage}% | position {value}/{total} | {rate} events/s | ETA {eta_formatted}`
      : `${task.label} | {events} events | {rate} events/s`;
    this.bar = new SingleBar({ format, stream: process.stderr, hideCursor: true, etaBuffer: 50, fps: 5 });
    this.bar.start(measured ? (task.total as number) : 0, 0, { rate: '0', events: '0' });
  }

  update(done: number, events: number): void {
    this.bar.update(done, {
      rate: grouped(events / elapsedSeconds(this.startedAt)),
      events: grouped(events),
    });
  }

  finish(events: number): void {
    this.bar.update({ rate: grouped(events / elapsedSeconds(this.startedAt)), events: grouped(events) });
    this.bar.stop();
  }
}
