/**
 * What the event store benchmarks share, whatever the adapter: the events they write, the port's side of
 * a full read, and the paired rounds they measure and report. Each adapter's benchmark keeps its own bare
 * driver side, since that is what the port is compared with.
 */
import type { EventMetadata, EventStore, NewEvent } from '@fund-ledger/event-store';
import { formatRate, median, writeLine } from './run';

export const STREAM_COUNT = 50;
export const RAW_READ_BATCH_SIZE = 1_000;
export const PLACEHOLDER_HASH = 'f'.repeat(64);
const FILL_BATCH_SIZE = 5_000;

function metadataFor(index: number): EventMetadata {
  return {
    actor: { subject: `treasurer-${index % 7}`, role: 'treasurer' },
    commandId: `3f0b6a52-8c1e-4d7a-9b1e-${String(index).padStart(12, '0')}`,
    correlationId: `corr-${index}`,
    causationId: `3f0b6a52-8c1e-4d7a-9b1e-${String(index).padStart(12, '0')}`,
    recordedAt: '2024-03-01T09:30:00.000Z',
  };
}

/** A contribution as the domain records it: amounts as decimal strings, a split over public funders. */
export function contribution(index: number): NewEvent {
  return {
    type: 'ContributionReceived',
    data: {
      contributionId: `contribution-${index}`,
      pot: index % 2 === 0 ? 'private' : 'public',
      amount: `${(index % 9000) + 100}.50`,
      source: 'Immobilien- und Standortgemeinschaft Brückstraße',
      receivedOn: '2024-03-01',
      split: [
        { funder: 'city', amount: '50.25' },
        { funder: 'state', amount: '50.25' },
      ],
    },
    metadata: metadataFor(index),
  };
}

export function streamOf(index: number): string {
  return `fund-${index % STREAM_COUNT}`;
}

export function ratePerSecond(count: number, started: bigint): number {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return count / seconds;
}

export async function portReadRate(store: EventStore): Promise<number> {
  const started = process.hrtime.bigint();
  let count = 0;
  for await (const event of store.readAll()) {
    count += event.position > 0 ? 1 : 0;
  }
  return ratePerSecond(count, started);
}

/** Fills a store for the read benchmark in large batches, spread over the benchmark's streams. */
export async function fillStore(store: EventStore, count: number): Promise<void> {
  for (let start = 0; start < count; start += FILL_BATCH_SIZE) {
    const batch = Array.from({ length: FILL_BATCH_SIZE }, (_, offset) => contribution(start + offset));
    await store.append(streamOf(start / FILL_BATCH_SIZE), batch, 'any');
  }
}

/** One figure for each side of a comparison: a rate, or the seconds spent. */
export interface SideFigures {
  readonly port: number;
  readonly raw: number;
}

/** Measures both sides one after the other, the port first or last as the round asks. */
export async function measureBothSides(
  portFirst: boolean,
  measurePort: () => Promise<number>,
  measureRaw: () => Promise<number> | number,
): Promise<SideFigures> {
  if (portFirst) {
    const port = await measurePort();
    return { port, raw: await measureRaw() };
  }
  const raw = await measureRaw();
  return { port: await measurePort(), raw };
}

/** The rates of every round, side by side: index `round` of both lists comes from the same round. */
export interface RoundRates {
  readonly portRates: number[];
  readonly rawRates: number[];
}

/**
 * Runs the rounds one after the other, alternating which side goes first, so that neither side always
 * profits from a cache the other warmed up.
 */
export async function measureRounds(
  rounds: number,
  measureRound: (portFirst: boolean) => Promise<SideFigures>,
): Promise<RoundRates> {
  const rates: RoundRates = { portRates: [], rawRates: [] };
  for (let round = 0; round < rounds; round += 1) {
    const { port, raw } = await measureRound(round % 2 === 0);
    rates.portRates.push(port);
    rates.rawRates.push(raw);
  }
  return rates;
}

/**
 * The verdict uses the median of the per-round ratios: the two sides of a round run under the same
 * conditions, so a round's ratio is fair even when other work on the machine slows a whole round down.
 * Without a target the figures are reported for information only.
 */
export function reportRounds(label: string, { portRates, rawRates }: RoundRates, target?: number): void {
  const pairedRatio = median(portRates.map((rate, round) => rate / rawRates[round]));
  const rounds = (rates: number[]) => rates.map((rate) => Math.round(rate)).join(', ');
  writeLine(`${label}`);
  writeLine(`  port rounds: ${rounds(portRates)}`);
  writeLine(`  raw rounds:  ${rounds(rawRates)}`);
  writeLine(`  median port ${formatRate(median(portRates))}, median raw ${formatRate(median(rawRates))}`);
  const verdict =
    target === undefined ? '' : ` (target >= ${target}: ${pairedRatio >= target ? 'met' : 'MISSED'})`;
  writeLine(`  median of per-round ratios port/raw ${pairedRatio.toFixed(2)}${verdict}`);
}
