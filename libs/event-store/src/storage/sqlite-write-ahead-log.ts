/**
 * Switching a SQLite file to write-ahead logging, safely when several processes open the same new
 * file at once (two service instances starting together, or the CLI beside the service).
 */
import type Database from 'better-sqlite3';

/** The longest pause between two attempts. */
const PAUSE_MS_MAX = 50;

/**
 * Switches the file to write-ahead logging and returns the journal mode SQLite reports. On a new file
 * the switch needs an exclusive lock; when two processes each hold the shared lock of their first read
 * and both want it, SQLite answers one of them SQLITE_BUSY at once rather than calling its busy handler
 * (waiting would be a deadlock). The switch is tried again, after growing pauses, until `timeoutMs`.
 */
export function useWriteAheadLog(db: Pick<Database.Database, 'pragma'>, timeoutMs: number): string {
  const deadline = Date.now() + timeoutMs;
  for (let pauseMs = 1; ; pauseMs = Math.min(pauseMs * 2, PAUSE_MS_MAX)) {
    try {
      return String(db.pragma('journal_mode = WAL', { simple: true }));
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      sleep(pauseMs);
    }
  }
}

/** SQLITE_BUSY, or one of its extended codes (SQLITE_BUSY_RECOVERY while another process recovers the log). */
function isBusy(error: unknown): boolean {
  const code: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Opening a database is synchronous; so is the pause, which blocks only while a store opens. */
function sleep(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}
