/**
 * Starts several `append-contender` processes on one store, releases them at the same moment and
 * collects their reports. The processes run the TypeScript sources through ts-node, as tests do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { EventStoreConfig } from '../store-config';
import type { ContenderReport, ContenderTask } from './append-contender';

const REPOSITORY_ROOT = resolve(__dirname, '../../../..');
const CONTENDER_SCRIPT = resolve(__dirname, 'append-contender.ts');

interface RunningContender {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly report: Promise<ContenderReport>;
}

export async function runContenders(
  config: EventStoreConfig,
  streamId: string,
  processCount: number,
  attemptsPerProcess: number,
): Promise<ContenderReport[]> {
  const contenders = Array.from({ length: processCount }, (_, index) =>
    startContender({ config, streamId, contenderId: `contender-${index}`, attempts: attemptsPerProcess }),
  );
  try {
    await Promise.all(contenders.map((contender) => contender.ready));
  } catch (error) {
    contenders.forEach((contender) => contender.child.kill());
    await Promise.allSettled(contenders.map((contender) => contender.report));
    throw error;
  }
  for (const contender of contenders) {
    contender.child.stdin?.end('go\n');
  }
  return Promise.all(contenders.map((contender) => contender.report));
}

function startContender(task: ContenderTask): RunningContender {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      CONTENDER_SCRIPT,
      JSON.stringify(task),
    ],
    {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, TS_NODE_PROJECT: resolve(REPOSITORY_ROOT, 'tsconfig.json') },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolveReady) => (markReady = resolveReady));
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    if (stdout.startsWith('ready\n')) {
      markReady();
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const report = new Promise<ContenderReport>((resolveReport, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const lastLine = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !lastLine.startsWith('{')) {
        reject(new Error(`${task.contenderId} exited with ${String(code)}: ${stderr || stdout}`));
        return;
      }
      resolveReport(JSON.parse(lastLine) as ContenderReport);
    });
  });
  // A contender that dies before it is ready must fail the run instead of leaving it waiting.
  return { child, ready: Promise.race([ready, report.then(() => undefined)]), report };
}
