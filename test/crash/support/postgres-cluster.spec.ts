/**
 * Goal: the crash run finds the PostgreSQL cluster to restart by the port of its connection string, so
 * that a run against a private cluster restarts that cluster and no other.
 */
import { parseClusterList, serverAddressOf } from './postgres-cluster';

const LISTING = [
  '15 crashrun 5439 online postgres /var/lib/postgresql/15/crashrun /var/log/postgresql/postgresql-15-crashrun.log',
  '15 main     5432 online postgres /var/lib/postgresql/15/main     /var/log/postgresql/postgresql-15-main.log',
  '16 main     5433 down   postgres /var/lib/postgresql/16/main     /var/log/postgresql/postgresql-16-main.log',
  '',
].join('\n');

describe('serverAddressOf', () => {
  it('reads the host and port of a connection string', () => {
    expect(serverAddressOf('postgres://postgres@127.0.0.1:5439/test')).toEqual({
      host: '127.0.0.1',
      port: 5439,
    });
  });

  it('takes the default port 5432 when the string names none', () => {
    expect(serverAddressOf('postgres://postgres@localhost/test')).toEqual({ host: 'localhost', port: 5432 });
  });
});

describe('parseClusterList', () => {
  it('reads version, name and port of every cluster, whatever its state', () => {
    expect(parseClusterList(LISTING)).toEqual([
      { version: '15', name: 'crashrun', port: 5439 },
      { version: '15', name: 'main', port: 5432 },
      { version: '16', name: 'main', port: 5433 },
    ]);
  });

  it('skips a header line and blank lines', () => {
    const withHeader = `Ver Cluster Port Status Owner Data directory Log file\n${LISTING}`;
    expect(parseClusterList(withHeader)).toHaveLength(3);
  });
});
