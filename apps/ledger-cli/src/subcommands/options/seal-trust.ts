/**
 * What an auditor brings to a seal check: the public keys they trust (from `--seal-key` or
 * `SEAL_PUBLIC_KEY_FILE`), the CA certificates of the time-stamping authorities they trust (`--tsa-ca`
 * or `SEAL_TSA_CA_FILE`) and seals published outside the database (`--seals`). A file that cannot be
 * read or holds the wrong thing is a usage error naming it.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  parseCertificates,
  parsePublishedSeals,
  readPublishedSeals,
  readTrustedSealKeys,
  type PublishedSeal,
  type SealTrust,
} from '@fund-ledger/event-store';
import { UsageError } from '../../cli-context';

export interface SealTrustOptions {
  readonly sealKey?: string;
  readonly tsaCa?: string;
  readonly seals?: string;
}

export async function loadSealTrust(
  options: SealTrustOptions,
  settings: { readonly publicKeyFile?: string; readonly timeStampAuthorityCaFile?: string },
): Promise<SealTrust> {
  const keyFile = options.sealKey ?? settings.publicKeyFile;
  const caFile = options.tsaCa ?? settings.timeStampAuthorityCaFile;
  return {
    keys:
      keyFile === undefined
        ? null
        : await usage(() => readTrustedSealKeys(requireFile(keyFile, '--seal-key'))),
    authorities:
      caFile === undefined
        ? null
        : await usage(async () =>
            parseCertificates(readFileSync(requireFile(caFile, '--tsa-ca'), 'utf8'), caFile),
          ),
  };
}

/** Published seals from a folder or file of seals, or the seal a report carries. */
export async function loadPublishedSeals(path: string | undefined): Promise<PublishedSeal[]> {
  if (path === undefined) return [];
  requireFile(path, '--seals');
  const carried = sealCarriedByReport(path);
  if (carried !== undefined) return carried;
  return usage(() => readPublishedSeals(path));
}

function sealCarriedByReport(path: string): PublishedSeal[] | undefined {
  if (!path.endsWith('.json')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  const source = (value as { reportType?: unknown; source?: { seal?: { seal?: unknown } } } | null)?.source;
  if (typeof (value as { reportType?: unknown } | null)?.reportType !== 'string') return undefined;
  const seal = source?.seal?.seal;
  return seal === undefined || seal === null ? [] : parsePublishedSeals(JSON.stringify(seal), path);
}

function requireFile(path: string, option: string): string {
  if (!existsSync(path)) throw new UsageError(`${option}: there is no file or folder ${path}`);
  return path;
}

async function usage<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
