/**
 * Goal: an export file is read whole however late its iteration starts. A `readline` interface made
 * ahead of its iteration could reach the file's end before anyone listened; the iteration then waited
 * for lines that never came, the process ran out of work and exited 0 without a verdict.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventLogFile } from './event-log-jsonl';

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'event-log-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

function writeLog(lineCount: number, lineEnd = '\n'): string {
  const path = join(directory, 'log.jsonl');
  const lines = Array.from({ length: lineCount }, (_, index) =>
    JSON.stringify({
      position: index + 1,
      streamId: 'fund-a',
      revision: index,
      type: 'T',
      data: { text: 'x'.repeat(300) },
    }),
  );
  writeFileSync(path, lines.join(lineEnd));
  return path;
}

async function positionsOf(events: AsyncIterable<{ position: number }>): Promise<number[]> {
  const positions: number[] = [];
  for await (const event of events) positions.push(event.position);
  return positions;
}

describe('readEventLogFile', () => {
  it('reads every line when the iteration starts long after the reader was made', async () => {
    const events = readEventLogFile(writeLog(2000));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const positions = await positionsOf(events);

    expect(positions).toHaveLength(2000);
    expect(positions.at(-1)).toBe(2000);
  });

  it('refuses a line that names a member twice, naming the line, the member and its place', async () => {
    const path = join(directory, 'twice.jsonl');
    writeFileSync(path, '{"position":1,"streamId":"fund-a","data":{"amount":"1.00","amount":"9.00"}}\n');

    await expect(positionsOf(readEventLogFile(path))).rejects.toThrow(
      'Stored event at position 1 cannot be read: line 1 of the export names the member "amount" more than once (at $.data.amount)',
    );
  });

  it('reads CRLF files and a last line without an end, and rejects a file that cannot be read', async () => {
    expect(await positionsOf(readEventLogFile(writeLog(3, '\r\n')))).toEqual([1, 2, 3]);
    await expect(positionsOf(readEventLogFile(join(directory, 'missing.jsonl')))).rejects.toThrow('ENOENT');
  });
});
