/**
 * Goal: a verification exits 0 only after printing its positive verdict. A run whose work waits on
 * something that never comes (the way one ended with exit 0 and no output) exits 3 with a sentence, and
 * a rejection no one catches exits 3 naming it, not 1 as if the history were altered. The CLI's verifications run
 * many times as their own processes, three at once on a machine of two cores (beside the rest of the
 * suite), on an intact export, an altered one and an altered report: every run ends with "OK:" and exit
 * 0 or "FAILED:" and exit 1, never with an exit code and no words. (The load is the runs themselves: a
 * busy loop beside them would starve the suite's other tests more than it would stress these.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@fund-ledger/event-store';
import { appendFundEvents, councilYearEvents } from '@fund-ledger/reporting/testing/report-histories';
import { councilReportArguments } from '../../../apps/ledger-cli/src/testing/council-report';

const ROOT = join(__dirname, '..', '..', '..');
const TS_NODE = require.resolve('ts-node/dist/bin.js');
const RUNS_PER_CASE = 6;
const RUNS_AT_ONCE = 3;

let directory: string;

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

function cli(args: readonly string[], preload: readonly string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [TS_NODE, '--swc', '-r', 'tsconfig-paths/register', ...preload, 'apps/ledger-cli/src/main.ts', ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, SQLITE_PATH: join(directory, 'ledger.sqlite') },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

async function runAll(jobs: ReadonlyArray<readonly string[]>): Promise<Run[]> {
  const results: Run[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next]!;
      next += 1;
      results.push(await cli(job));
    }
  };
  await Promise.all(Array.from({ length: RUNS_AT_ONCE }, worker));
  return results;
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ledger-cli-load-'));
  const store = await createEventStore({ kind: 'sqlite', path: join(directory, 'ledger.sqlite') });
  await appendFundEvents(store, councilYearEvents());
  await appendFundEvents(store, councilYearEvents('hoerde'), 20);
  await store.close();
  const prepared = await runAll([
    ['export', '--format', 'jsonl', '--out', join(directory, 'log.jsonl')],
    [...councilReportArguments(), '--format', 'json', '--out', join(directory, 'report.json')],
  ]);
  expect(prepared.map((run) => run.code)).toEqual([0, 0]);
  const log = readFileSync(join(directory, 'log.jsonl'), 'utf8');
  writeFileSync(join(directory, 'altered.jsonl'), log.replace('"amount":"15000.00"', '"amount":"15900.00"'));
  const report = readFileSync(join(directory, 'report.json'), 'utf8');
  writeFileSync(
    join(directory, 'altered-report.json'),
    report.replace('"received":"30000.00"', '"received":"31000.00"'),
  );
}, 60_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('a run that ends early', () => {
  it('exits 3 with a sentence, not 0 without a word, when its work waits on something that never comes', async () => {
    const stalled = ['-r', join(__dirname, 'support', 'stalled-read-stream.ts')];

    const run = await cli(['verify', '--input', join(directory, 'log.jsonl')], stalled);

    expect(run).toEqual({
      code: 3,
      out: '',
      err: expect.stringContaining(
        'error: the command ended before it reached a result; nothing was verified',
      ),
    });
  }, 60_000);

  it('exits 3 naming the error, not 1 as if the history were altered, on a rejection no one catches', async () => {
    const stray = ['-r', join(__dirname, 'support', 'stray-rejection.ts')];

    const run = await cli(['verify', '--input', join(directory, 'log.jsonl')], stray);

    expect(run.code).toBe(3);
    expect(run.err).toContain(
      'error: the command stopped before it finished: a stream failed after its reader had gone',
    );
  }, 60_000);
});

describe('verification verdicts under load', () => {
  it('ends every run with a verdict that matches its exit code', async () => {
    const file = (name: string) => join(directory, name);
    const cases: Array<{ args: readonly string[]; verdict: 'OK' | 'FAILED' }> = [
      { args: ['verify', '--input', file('log.jsonl')], verdict: 'OK' },
      { args: ['verify', '--input', file('altered.jsonl')], verdict: 'FAILED' },
      { args: ['verify-report', file('report.json'), file('log.jsonl')], verdict: 'OK' },
      { args: ['verify-report', file('altered-report.json'), file('log.jsonl')], verdict: 'FAILED' },
    ];
    const jobs = cases.flatMap((each) => Array.from({ length: RUNS_PER_CASE }, () => each.args));
    const runs = await runAll(jobs);

    const outcomes = runs.map((run) => ({
      code: run.code,
      verdict: /^(OK|FAILED): /m.exec(run.out)?.[1] ?? `none (stderr: ${run.err.trim().split('\n').at(-1)})`,
    }));
    const counts = new Map<string, number>();
    for (const outcome of outcomes) {
      const key = `${outcome.code} ${outcome.verdict}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({ '0 OK': RUNS_PER_CASE * 2, '1 FAILED': RUNS_PER_CASE * 2 });
  }, 240_000);
});
