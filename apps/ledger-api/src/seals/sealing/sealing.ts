/**
 * What the service seals with, built from the settings at start-up: the signing key (read from its file
 * or key service), the sealer, and what the seal status trusts. Without a signing key there is no
 * sealer, and the status says the log is not being sealed.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { toEventStoreConfig, type Settings } from '@fund-ledger/config';
import { FUND_EVENT_TYPES } from '@fund-ledger/domain';
import {
  allPublishers,
  createSealingLock,
  folderSealPublisher,
  loadSigningKey,
  parseCertificates,
  readTrustedSealKeys,
  Sealer,
  sealKeyId,
  urlSealPublisher,
  type EventStore,
  type SealingLock,
  type SealPublisher,
  type SealTrust,
} from '@fund-ledger/event-store';

export const SEALING = Symbol('SEALING');

export interface Sealing {
  /** Null when no signing key is configured. */
  readonly sealer: Sealer | null;
  readonly lock: SealingLock | null;
  readonly publicKey: KeyObject | null;
  /** The service's own public key and the configured trusted ones, and the configured TSA CAs. */
  readonly trust: SealTrust;
  readonly timeStamping: boolean;
}

/** A fiscal-year close seals its figures: the log is sealed right after it. */
const CLOSING_EVENT_TYPE = 'FiscalYearClosed' satisfies (typeof FUND_EVENT_TYPES)[number];

export async function createSealing(settings: Settings, store: EventStore, logger: Logger): Promise<Sealing> {
  const seals = settings.seals;
  const signingKey = seals.signingKey === undefined ? null : await loadSigningKey(seals.signingKey);
  const publicKey = signingKey === null ? null : createPublicKey(signingKey);
  const trust = await sealTrust(settings, publicKey);
  if (signingKey === null) {
    return { sealer: null, lock: null, publicKey, trust, timeStamping: false };
  }
  const lock = await createSealingLock(toEventStoreConfig(settings));
  const log = logger.child({ component: 'sealer' });
  const sealer = new Sealer({
    store,
    signingKey,
    lock,
    timeStampAuthorityUrl: seals.timeStampAuthorityUrl,
    publisher: publisher(settings),
    everyEvents: seals.everyEvents,
    everyMs: seals.everyMinutes * 60_000,
    sealsAfter: (event) => event.type === CLOSING_EVENT_TYPE,
    log: {
      info: (message) => log.info(message),
      warn: (message) => log.warn(message),
      error: (message) => log.error(message),
    },
  });
  return { sealer, lock, publicKey, trust, timeStamping: seals.timeStampAuthorityUrl !== undefined };
}

async function sealTrust(settings: Settings, publicKey: KeyObject | null): Promise<SealTrust> {
  const { publicKeyFile, timeStampAuthorityCaFile } = settings.seals;
  const keys =
    publicKeyFile === undefined ? new Map<string, KeyObject>() : await readTrustedSealKeys(publicKeyFile);
  if (publicKey !== null) keys.set(sealKeyId(publicKey), publicKey);
  const authorities =
    timeStampAuthorityCaFile === undefined
      ? null
      : parseCertificates(await readFile(timeStampAuthorityCaFile, 'utf8'), timeStampAuthorityCaFile);
  return { keys: keys.size === 0 ? null : keys, authorities };
}

function publisher(settings: Settings): SealPublisher | undefined {
  const { publishDirectory, publishUrl } = settings.seals;
  const publishers = [
    ...(publishDirectory === undefined ? [] : [folderSealPublisher(publishDirectory)]),
    ...(publishUrl === undefined ? [] : [urlSealPublisher(publishUrl)]),
  ];
  return publishers.length === 0 ? undefined : allPublishers(publishers);
}
