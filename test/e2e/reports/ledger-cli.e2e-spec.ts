/**
 * Goal: the CLI as an auditor runs it, in its own process: exit code 0 for an intact log, 1 naming the
 * first altered event, 2 for a usage error; on a pipe (not a terminal) the long commands print plain
 * progress lines, never a redrawn bar; and the whole audit (export, report, verify-report) works from
 * the command line alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@fund-ledger/event-store';
import { seededChoices } from '@fund-ledger/projections/testing/choices';
import { generateFundEvents } from '@fund-ledger/projections/testing/fund-history.generator';
import { appendFundEvents } from '@fund-ledger/reporting/testing/report-histories';

const ROOT = join(__dirname, '..', '..', '..');
const TS_NODE = require.resolve('ts-node/dist/bin.js');
const CLI_TIMEOUT_MS = 60_000;
const FUND_IDS = ['altstadt', 'hafen', 'nordstadt'];

let directory: string;

function cli(args: readonly string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(
    process.execPath,
    [TS_NODE, '--swc', '-r', 'tsconfig-paths/register', 'apps/ledger-cli/src/main.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: CLI_TIMEOUT_MS,
      env: { PATH: process.env.PATH, SQLITE_PATH: join(directory, 'ledger.sqlite') },
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string): string {
  return join(directory, name);
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ledger-cli-e2e-'));
  const store = await createEventStore({ kind: 'sqlite', path: file('ledger.sqlite') });
  for (const [index, fundId] of FUND_IDS.entries()) {
    await appendFundEvents(store, generateFundEvents(fundId, seededChoices(index + 1), 900), 200);
  }
  await store.close();
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('ledger-cli in its own process', () => {
  it('verifies an intact log with exit code 0, printing progress lines on a pipe', () => {
    const result = cli(['verify']);

    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^OK: \d+ events in 3 streams verified up to position \d+\.$/m);
    const progressLines = result.err.split('\n').filter((line) => line.startsWith('verify: position '));
    expect(progressLines.length).toBeGreaterThanOrEqual(3);
    expect(result.err).toMatch(/^verify: done, [\d,]+ events in/m);
    expect(result.err).not.toContain('\u001b[');
    expect(result.err).not.toContain('\r');
  });

  it('exits 2 on a usage error and 0 for --help', () => {
    const usage = cli(['replay', '--position', 'latest']);
    const help = cli(['--help']);

    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--position must be a global position');
    expect(help.code).toBe(0);
    for (const command of ['verify', 'replay', 'export', 'digest', 'report', 'verify-report']) {
      expect(help.out).toContain(`  ${command} `);
    }
  });

  it('runs the audit from the command line, and fails naming the event of a tampered export', () => {
    const report = [
      'report',
      'accountability',
      '--fund',
      'hafen',
      '--from',
      '2024-01-01',
      '--to',
      '2024-12-31',
    ];
    expect(cli([...report, '--format', 'json', '--out', file('report.json')]).code).toBe(0);
    const exported = cli(['export', '--format', 'jsonl', '--out', file('log.jsonl')]);
    expect(exported.code).toBe(0);
    expect(exported.err).toMatch(/^export: position [\d,]+ of [\d,]+/m);

    const lines = readFileSync(file('log.jsonl'), 'utf8').split('\n');
    const target = lines.findIndex(
      (line) => line.includes('"streamId":"fund-hafen"') && line.includes('"amount":"'),
    );
    const altered = lines[target].replace(
      /"amount":"(\d)/,
      (_match, digit: string) => `"amount":"${digit === '9' ? '8' : '9'}`,
    );
    writeFileSync(
      file('tampered.jsonl'),
      [...lines.slice(0, target), altered, ...lines.slice(target + 1)].join('\n'),
    );
    const { position, revision } = JSON.parse(lines[target]) as { position: number; revision: number };

    const intact = cli(['verify-report', file('report.json'), file('log.jsonl')]);
    const tampered = cli(['verify-report', file('report.json'), file('tampered.jsonl')]);

    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/^OK: the accountability report of fund hafen/m);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain(`Event fund-hafen@${revision} (position ${position}): stored hash`);
  });
});
