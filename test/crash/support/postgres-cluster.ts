/**
 * Restarts the PostgreSQL cluster that serves a connection string, found by its port among the
 * machine's clusters (`pg_lsclusters`, Debian's postgresql-common). Pointing DATABASE_URL at a private
 * cluster on its own port therefore restarts only that cluster, never a server others are using.
 */
import { execFileSync } from 'node:child_process';
import { delay } from './service-process';

const POSTGRES_BACK_TIMEOUT_MS = 60_000;
const DEFAULT_POSTGRES_PORT = 5432;

export interface PostgresCluster {
  readonly version: string;
  readonly name: string;
  readonly port: number;
}

/** The host and port a PostgreSQL connection string points at. */
export function serverAddressOf(connectionString: string): { host: string; port: number } {
  const url = new URL(connectionString);
  const port = url.port === '' ? DEFAULT_POSTGRES_PORT : Number(url.port);
  return { host: url.hostname === '' ? '127.0.0.1' : url.hostname, port };
}

/** Parses `pg_lsclusters --no-header`: version, name and port are its first three columns. */
export function parseClusterList(output: string): PostgresCluster[] {
  return output
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns.length >= 3 && /^\d+$/.test(columns[2]))
    .map(([version, name, port]) => ({ version, name, port: Number(port) }));
}

/** The local cluster listening on the port of `connectionString`; throws when there is none. */
export function clusterServing(connectionString: string): PostgresCluster {
  const { port } = serverAddressOf(connectionString);
  const listing = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  const cluster = parseClusterList(listing).find((candidate) => candidate.port === port);
  if (cluster === undefined) {
    throw new Error(`No local PostgreSQL cluster listens on port ${port} (see pg_lsclusters)`);
  }
  return cluster;
}

/** Restarts the cluster serving `connectionString` and waits until it accepts connections again. */
export async function restartClusterServing(connectionString: string): Promise<void> {
  const cluster = clusterServing(connectionString);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster.version, cluster.name, 'restart'], {
    stdio: 'ignore',
  });
  const { host, port } = serverAddressOf(connectionString);
  const deadline = Date.now() + POSTGRES_BACK_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      execFileSync('pg_isready', ['-h', host, '-p', String(port), '-q'], { stdio: 'ignore' });
      return;
    } catch {
      await delay(200);
    }
  }
  throw new Error(`PostgreSQL did not come back within ${POSTGRES_BACK_TIMEOUT_MS} ms`);
}
