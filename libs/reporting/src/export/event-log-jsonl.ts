/**
 * The export format of the event log: JSON Lines, one stored event per line, in global position order,
 * with exactly the fields the hash chain covers plus the position and the hashes:
 *
 *   {"position":1,"streamId":"fund-x","revision":0,"type":"FundOpened","data":{...},"metadata":{...},
 *    "prevHash":"000...","hash":"24fa..."}
 *
 * Whatever reads it (`verifyChains`, `verify-report`, an auditor's own script) needs nothing else.
 */
import { createReadStream } from 'node:fs';
import {
  DuplicateMemberNameError,
  findDuplicateMember,
  SEAL_STREAM_ID,
  SealStreamFold,
  type JsonObject,
  type RecordedEvent,
  type SealStreamState,
} from '@fund-ledger/event-store';

/** A line of an export that is not a JSON object; names the line so the auditor can look at it. */
export class ExportLineError extends Error {
  constructor(
    readonly lineNumber: number,
    reason: string,
  ) {
    super(`Line ${lineNumber} of the export cannot be read: ${reason}`);
    this.name = 'ExportLineError';
  }
}

/** One event as a line of the export, newline included; the field order is fixed. */
export function eventToJsonLine(event: RecordedEvent): string {
  return `${JSON.stringify({
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    prevHash: event.prevHash,
    hash: event.hash,
  })}\n`;
}

/**
 * Parses one line. Fields are taken as they are, without checks: a missing or mistyped field is what
 * chain verification reports as a malformed event, at its position. A line that names a member twice
 * anywhere is refused: a JSON parser reads one of the values and another reader may read the other.
 */
export function eventFromJsonLine(line: string, lineNumber: number): RecordedEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new ExportLineError(lineNumber, (error as Error).message);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ExportLineError(lineNumber, 'it is not a JSON object');
  }
  const fields = parsed as Record<string, unknown>;
  const repeated = findDuplicateMember(line);
  if (repeated !== undefined) {
    const position = Number.isSafeInteger(fields.position) ? (fields.position as number) : -1;
    throw new DuplicateMemberNameError(position, repeated, `line ${lineNumber} of the export`);
  }
  return {
    position: fields.position as number,
    streamId: fields.streamId as string,
    revision: fields.revision as number,
    type: fields.type as string,
    data: fields.data as JsonObject,
    metadata: fields.metadata as RecordedEvent['metadata'],
    prevHash: fields.prevHash as string,
    hash: fields.hash as string,
  };
}

/** The events of an export, read line by line (empty lines are skipped), in constant memory. */
export async function* readEventLog(lines: AsyncIterable<string>): AsyncIterable<RecordedEvent> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim().length === 0) continue;
    yield eventFromJsonLine(line, lineNumber);
  }
}

/**
 * The events of an export file. The file is opened when the iteration starts, not before, and read
 * through the stream's own async iterator, which ends when the file does and rejects when reading it
 * fails. (A `readline` interface made ahead of its iteration can reach the file's end before anyone
 * listens, and an iteration that started late then waits for lines that never come: the process runs
 * out of work and exits 0 without a word. This reader cannot get there.)
 */
export async function* readEventLogFile(path: string): AsyncIterable<RecordedEvent> {
  yield* readEventLog(linesOf(createReadStream(path, { encoding: 'utf8' })));
}

/** The seals an export carries in its seal stream, found by a quick scan before the verifying pass. */
export async function readSealsFromEventLogFile(path: string): Promise<SealStreamState> {
  const fold = new SealStreamFold();
  const marker = `"streamId":"${SEAL_STREAM_ID}"`;
  for await (const line of linesOf(createReadStream(path, { encoding: 'utf8' }))) {
    if (!line.includes(marker)) continue;
    try {
      const event = JSON.parse(line) as RecordedEvent;
      if (event.streamId === SEAL_STREAM_ID) fold.add(event);
    } catch {
      // The verifying pass reports a line that does not parse, at its place in the log.
    }
  }
  return fold.state();
}

/** Lines of a text read in chunks, without their line ends (`\n` or `\r\n`). */
async function* linesOf(chunks: AsyncIterable<string>): AsyncIterable<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const lines = `${rest}${chunk}`.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) yield withoutCarriageReturn(line);
  }
  if (rest.length > 0) yield withoutCarriageReturn(rest);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
