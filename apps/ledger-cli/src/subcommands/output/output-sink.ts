/**
 * Where a command writes a large result: a file (written through a stream, waiting whenever the disk
 * is behind) or stdout. Text is gathered into chunks so that a million events are not a million writes.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CliContext } from '../../cli-context';

export interface OutputSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

const CHUNK_CHARACTERS = 256 * 1024;

class ChunkedSink implements OutputSink {
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly flushChunk: (chunk: string) => Promise<void>) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK_CHARACTERS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    await this.flushChunk(chunk);
  }

  async close(): Promise<void> {
    await this.flush();
  }
}

async function writeToStream(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

export function fileSink(path: string): OutputSink {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const failed = once(stream, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  const sink = new ChunkedSink((chunk) => Promise.race([writeToStream(stream, chunk), failed]));
  return {
    write: (text) => sink.write(text),
    async close() {
      await sink.close();
      stream.end();
      await Promise.race([once(stream, 'finish'), failed]);
    },
  };
}

/**
 * The CLI's stdout is the process's stdout; when it is piped into a slower program, waiting for it to
 * drain keeps the memory of a large export flat instead of queueing the whole log.
 */
export function stdoutSink(context: CliContext): OutputSink {
  return new ChunkedSink(async (chunk) => {
    context.io.writeOut(chunk);
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  });
}
