/**
 * Seals are kept in the log itself, in a stream of their own, so that every adapter keeps them without
 * knowing about them and every export carries them: `LedgerSealed` holds a seal, `SealTimeStamped` the
 * RFC 3161 token a seal got later. Being events, they are chained and covered by the next seal like any
 * other. Kept only there, they could be removed with the events they seal; that is why they are also
 * published outside the database (`seal-publication.ts`).
 */
import type { EventStore, JsonObject, NewEvent, RecordedEvent } from '../event-store.port';
import { publishedSeal, sealShapeProblem, type PublishedSeal, type Seal } from './seal';

export const SEAL_STREAM_ID = 'ledger-seals';
export const LEDGER_SEALED = 'LedgerSealed';
export const SEAL_TIME_STAMPED = 'SealTimeStamped';

/** Who records seal events: the service itself, not a person. */
export const SEALER_ACTOR = { subject: 'fund-ledger-sealer', role: 'system' } as const;

export interface SealStreamState {
  /** The last revision of the seal stream; null when there is no seal yet. */
  readonly revision: number | null;
  /** Every seal in position order, each with the token recorded for it (or null). */
  readonly seals: readonly PublishedSeal[];
  /** Log positions of `LedgerSealed` events that hold no well-formed seal, with what is wrong. */
  readonly malformed: ReadonlyArray<{ readonly position: number; readonly problem: string }>;
}

export function isSealStream(streamId: string): boolean {
  return streamId === SEAL_STREAM_ID;
}

export function sealEvent(seal: Seal, recordedAt: string, commandId: string): NewEvent {
  return {
    type: LEDGER_SEALED,
    data: { ...seal } as unknown as JsonObject,
    metadata: sealerMetadata(recordedAt, commandId),
  };
}

export function timeStampEvent(
  seal: Seal,
  timeStampToken: string,
  recordedAt: string,
  commandId: string,
): NewEvent {
  return {
    type: SEAL_TIME_STAMPED,
    data: { position: seal.position, signature: seal.signature, timeStampToken },
    metadata: sealerMetadata(recordedAt, commandId),
  };
}

/**
 * Folds the seal stream's events into seals with their tokens. A `LedgerSealed` event that holds no
 * well-formed seal is listed apart (verification reports it); a forged one fails its signature later.
 */
export class SealStreamFold {
  private readonly bySignature = new Map<string, PublishedSeal>();
  private readonly malformed: Array<{ position: number; problem: string }> = [];
  private lastRevision: number | null = null;

  add(event: Pick<RecordedEvent, 'type' | 'data' | 'revision' | 'position'>): void {
    this.lastRevision = event.revision;
    const problem = event.type === LEDGER_SEALED ? sealShapeProblem(event.data) : null;
    if (problem !== null) {
      this.malformed.push({ position: event.position, problem });
    } else if (event.type === LEDGER_SEALED) {
      const seal = event.data as unknown as Seal;
      this.bySignature.set(
        seal.signature,
        publishedSeal(seal, this.bySignature.get(seal.signature)?.timeStampToken ?? null),
      );
    } else if (event.type === SEAL_TIME_STAMPED) {
      const { signature, timeStampToken } = event.data as { signature?: unknown; timeStampToken?: unknown };
      const seal = typeof signature === 'string' ? this.bySignature.get(signature) : undefined;
      if (seal !== undefined && typeof timeStampToken === 'string') {
        this.bySignature.set(seal.signature, { ...seal, timeStampToken });
      }
    }
  }

  state(): SealStreamState {
    const seals = [...this.bySignature.values()].sort((left, right) => left.position - right.position);
    return { revision: this.lastRevision, seals, malformed: [...this.malformed] };
  }
}

export async function readSealStream(store: Pick<EventStore, 'readStream'>): Promise<SealStreamState> {
  const fold = new SealStreamFold();
  for await (const event of store.readStream(SEAL_STREAM_ID)) fold.add(event);
  return fold.state();
}

function sealerMetadata(recordedAt: string, commandId: string): NewEvent['metadata'] {
  return { actor: SEALER_ACTOR, commandId, correlationId: commandId, causationId: commandId, recordedAt };
}
