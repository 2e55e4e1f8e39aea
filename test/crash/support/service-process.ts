/**
 * The service as a real operating-system process on a loopback port: started from a compiled `main`,
 * probed until it answers, killed with SIGKILL (no shutdown hook runs, exactly like a power cut of the
 * process) or stopped gracefully, and started again on the same port and store. A process without an
 * HTTP port (the projector) is ready once it prints its ready line instead.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';

const START_TIMEOUT_MS = 60_000;
const PROBE_INTERVAL_MS = 50;
const STOP_TIMEOUT_MS = 10_000;
/** Output kept for the error message when a process fails to start or dies unexpectedly. */
const OUTPUT_TAIL_CHARACTERS = 4_000;

export interface ServiceProcessOptions {
  /** The compiled or built `main.js` to run. */
  readonly main: string;
  /** Settings of the service (EVENT_STORE, SQLITE_PATH, JWT_SECRET, ...); PORT and HOST are set here. */
  readonly env: Readonly<Record<string, string>>;
  /** A name for messages, e.g. `sqlite-a`. */
  readonly name: string;
  /** The loopback port; a free one is chosen when left out, and kept across restarts. */
  readonly port?: number;
  /** For a process without HTTP: it is ready once its output contains this text. */
  readonly readyLine?: string;
  /** A file that receives everything the process prints, across restarts, to read after a run. */
  readonly logFile?: string;
}

/** A free TCP port on the loopback interface, as the operating system hands it out. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export class ServiceProcess {
  private child: ChildProcess | null = null;
  private outputTail = '';
  private chosenPort: number | undefined;
  private endRequested = false;
  private readonly exitsOnItsOwn: string[] = [];

  constructor(private readonly options: ServiceProcessOptions) {
    this.chosenPort = options.port;
  }

  get port(): number {
    if (this.chosenPort === undefined) throw new Error(`${this.options.name} has not been started`);
    return this.chosenPort;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and resolves once `/health` answers 200 (or the ready line appears). */
  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.options.name} is already running`);
    this.chosenPort ??= await freeLoopbackPort();
    this.outputTail = '';
    this.endRequested = false;
    const child = spawn(process.execPath, [this.options.main], {
      env: { ...process.env, ...this.options.env, PORT: String(this.chosenPort), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => this.keepOutput(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.keepOutput(chunk));
    child.once('exit', (code, signal) => this.noteExit(code, signal));
    await this.waitUntilReady(child);
  }

  /** Each exit that neither kill() nor stop() asked for, with the code and the output before it. */
  get unexpectedExits(): readonly string[] {
    return this.exitsOnItsOwn;
  }

  /** SIGKILL: the process ends at once, in the middle of whatever it was doing. */
  async kill(): Promise<void> {
    const child = this.child;
    if (child === null || !this.running) return;
    const exited = exitOf(child);
    this.endRequested = true;
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM and wait: the graceful shutdown finishes in-flight requests; SIGKILL if it takes too long. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child === null || !this.running) return;
    const exited = exitOf(child);
    this.endRequested = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  /** What the process printed last, for diagnosing a failed start. */
  get recentOutput(): string {
    return this.outputTail;
  }

  private noteExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.endRequested) return;
    const lastLines = this.outputTail.trimEnd().split('\n').slice(-12).join('\n');
    this.exitsOnItsOwn.push(`${this.options.name} exited with ${signal ?? `code ${code}`}:\n${lastLines}`);
  }

  private keepOutput(chunk: Buffer): void {
    if (this.options.logFile !== undefined) appendFileSync(this.options.logFile, chunk);
    this.outputTail = (this.outputTail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARACTERS);
  }

  private async waitUntilReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${this.options.name} exited during start-up:\n${this.outputTail}`);
      }
      if (await this.isReady()) return;
      await delay(PROBE_INTERVAL_MS);
    }
    child.kill('SIGKILL');
    throw new Error(`${this.options.name} was not ready within ${START_TIMEOUT_MS} ms:\n${this.outputTail}`);
  }

  private async isReady(): Promise<boolean> {
    const { readyLine } = this.options;
    return readyLine === undefined ? answersHealth(this.baseUrl) : this.outputTail.includes(readyLine);
  }
}

async function answersHealth(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
  });
}

export function delay(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
