import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  checkSeals,
  EVENT_STORE,
  publicKeyPem,
  readSealStream,
  sealKeyId,
  type CheckedSeal,
  type EventStore,
} from '@fund-ledger/event-store';
import { SEALING, type Sealing } from '../sealing/sealing';
import { SealStatusQuery } from './seal-status.query';
import { EventsAfterSealTally } from './events-after-seal.tally';
import type { LastSealDto, SealStatusResponseDto } from './seal-status.response.dto';

/**
 * Reads the seal stream, checks the last seal's signature (with the service's own key and the trusted
 * ones) and token (with the configured authorities' CAs), lists the seals without a token, and counts
 * the events after the last seal (reading only what was appended since the previous request).
 * It does not compare the seals with the log: `ledger-cli verify` does that, from the store or an export.
 */
@QueryHandler(SealStatusQuery)
export class SealStatusHandler implements IQueryHandler<SealStatusQuery, SealStatusResponseDto> {
  private readonly tally: EventsAfterSealTally;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SEALING) private readonly sealing: Sealing,
  ) {
    this.tally = new EventsAfterSealTally(store);
  }

  async execute(): Promise<SealStatusResponseDto> {
    const state = await readSealStream(this.store);
    // Only the last seal's signature and token are checked here; a token check costs a certificate path.
    const latest = state.seals.at(-1);
    const last =
      latest === undefined ? null : ((await checkSeals([latest], [], this.sealing.trust)).seals[0] ?? null);
    const { publicKey, sealer } = this.sealing;
    return {
      sealing: {
        enabled: sealer !== null,
        keyId: publicKey === null ? null : sealKeyId(publicKey),
        publicKey: publicKey === null ? null : publicKeyPem(publicKey),
        timeStamping: this.sealing.timeStamping,
        problem: sealer?.broken ?? null,
      },
      sealCount: state.seals.length,
      lastSeal: last === null ? null : lastSealDto(last),
      afterLastSeal: await this.tally.eventsAfter(last?.seal.position ?? 0),
      sealsWithoutToken: state.seals
        .filter((seal) => seal.timeStampToken === null)
        .map((seal) => ({ position: seal.position, sealedAt: seal.sealedAt })),
    };
  }
}

function lastSealDto(checked: CheckedSeal): LastSealDto {
  const { seal, timeStamp } = checked;
  return {
    position: seal.position,
    sealedAt: seal.sealedAt,
    eventCount: seal.eventCount,
    streamCount: seal.streamCount,
    digestRoot: seal.digestRoot,
    orderHash: seal.orderHash,
    keyId: seal.keyId,
    signature: checked.signature,
    timeStamp: {
      state: timeStamp.state,
      genTime: timeStamp.state === 'valid' || timeStamp.state === 'unchecked' ? timeStamp.genTime : null,
      authority: timeStamp.state === 'valid' ? timeStamp.authority : null,
      problem: timeStamp.state === 'invalid' ? timeStamp.reason : null,
    },
  };
}
