/**
 * Goal: switching to write-ahead logging survives the SQLITE_BUSY that SQLite answers at once when
 * several processes open the same new file together, gives up after its timeout, and passes any other
 * error straight on.
 */
import { useWriteAheadLog } from './sqlite-write-ahead-log';

function busy(): Error {
  return Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
}

/** A connection whose first `failures` switches fail with `error`. */
function connection(failures: number, error: () => Error = busy) {
  let calls = 0;
  const pragma = jest.fn(() => {
    calls += 1;
    if (calls <= failures) throw error();
    return 'wal';
  });
  return { pragma } as unknown as Parameters<typeof useWriteAheadLog>[0] & { pragma: jest.Mock };
}

describe('useWriteAheadLog', () => {
  it('switches at once when nothing is in the way', () => {
    const db = connection(0);
    expect(useWriteAheadLog(db, 1000)).toBe('wal');
    expect(db.pragma).toHaveBeenCalledWith('journal_mode = WAL', { simple: true });
    expect(db.pragma).toHaveBeenCalledTimes(1);
  });

  it('tries again after SQLITE_BUSY until the switch succeeds', () => {
    const db = connection(3);
    expect(useWriteAheadLog(db, 1000)).toBe('wal');
    expect(db.pragma).toHaveBeenCalledTimes(4);
  });

  it('tries again after an extended busy code, such as SQLITE_BUSY_RECOVERY', () => {
    const recovering = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY_RECOVERY' });
    const db = connection(2, recovering);
    expect(useWriteAheadLog(db, 1000)).toBe('wal');
    expect(db.pragma).toHaveBeenCalledTimes(3);
  });

  it('gives up with the SQLITE_BUSY error once the timeout has passed', () => {
    const db = connection(Number.MAX_SAFE_INTEGER);
    const started = Date.now();
    expect(() => useWriteAheadLog(db, 30)).toThrow('database is locked');
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
  });

  it('passes any other error on without trying again', () => {
    const db = connection(1, () => Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }));
    expect(() => useWriteAheadLog(db, 1000)).toThrow('disk I/O error');
    expect(db.pragma).toHaveBeenCalledTimes(1);
  });
});
