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
import { createInterface } from 'node:readline';
import type { JsonObject, RecordedEvent } from '@fund-ledger/event-store';

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
 * chain verification reports as a malformed event, at its position.
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

export function readEventLogFile(path: string): AsyncIterable<RecordedEvent> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  return readEventLog(lines);
}
