/**
 * What must hold for the event log after crashes and concurrent writers, checked from the store alone:
 *
 * - every acknowledged command (a 2xx answer) has exactly the events its answer listed, at the listed
 *   positions and revisions, carrying its command id;
 * - every hash chain verifies over the whole global log;
 * - nothing was recorded twice: each contribution, application and payout id appears once per fund, each
 *   member votes at most once per decision, and each command id belongs to one append only;
 * - no grant pays out more than it granted.
 */
import { Money } from '@fund-ledger/domain';
import { verifyChains, type EventStore, type RecordedEvent } from '@fund-ledger/event-store';

export interface AppendedEventReference {
  readonly type: string;
  readonly revision: number;
  readonly position: number;
}

export interface AcknowledgedCommand {
  readonly operation: string;
  readonly idempotencyKey: string;
  readonly commandId: string;
  readonly events: readonly AppendedEventReference[];
}

export interface LedgerCheck {
  readonly eventCount: number;
  readonly streamCount: number;
  readonly problems: readonly string[];
}

/** Resource ids that must be unique within a fund, by event type. */
const UNIQUE_RESOURCE_FIELDS: Readonly<Record<string, string>> = {
  PrivateContributionRecorded: 'contributionId',
  PublicContributionRecorded: 'contributionId',
  ApplicationSubmitted: 'applicationId',
  PayoutMade: 'payoutId',
  AdvancePaid: 'payoutId',
  GrantNoticeIssued: 'grantId',
};

export async function checkLedger(
  store: EventStore,
  acknowledged: readonly AcknowledgedCommand[],
): Promise<LedgerCheck> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  const verification = await verifyChains(iterate(events));
  const problems = [
    ...(verification.ok
      ? []
      : [`The hash chains do not verify: ${verification.firstBreak?.message ?? 'unknown break'}`]),
    ...missingAcknowledgedEvents(events, acknowledged),
    ...duplicateRecords(events),
    ...splitCommands(events),
    ...overspentGrants(events),
  ];
  return { eventCount: events.length, streamCount: verification.streamCount, problems };
}

async function* iterate(events: readonly RecordedEvent[]): AsyncIterable<RecordedEvent> {
  yield* events;
}

function missingAcknowledgedEvents(
  events: readonly RecordedEvent[],
  acknowledged: readonly AcknowledgedCommand[],
): string[] {
  const byPosition = new Map(events.map((event) => [event.position, event]));
  const problems: string[] = [];
  for (const command of acknowledged) {
    for (const reference of command.events) {
      const stored = byPosition.get(reference.position);
      const matches =
        stored !== undefined &&
        stored.type === reference.type &&
        stored.revision === reference.revision &&
        stored.metadata.commandId === command.commandId;
      if (!matches) {
        problems.push(
          `Acknowledged ${command.operation} (key ${command.idempotencyKey}) listed ${reference.type} at position ${reference.position}, which the store does not hold`,
        );
      }
    }
  }
  return problems;
}

function duplicateRecords(events: readonly RecordedEvent[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const event of events) {
    const identity = recordIdentity(event);
    if (identity === null) continue;
    if (seen.has(identity))
      problems.push(`Recorded twice: ${identity} (again at position ${event.position})`);
    seen.add(identity);
  }
  return problems;
}

function recordIdentity(event: RecordedEvent): string | null {
  if (event.type === 'VoteCast') {
    const { applicationId, decisionId, memberId } = event.data as Record<string, string>;
    return `${event.streamId} vote of ${memberId} on ${applicationId} (${decisionId})`;
  }
  const field = UNIQUE_RESOURCE_FIELDS[event.type];
  if (field === undefined) return null;
  return `${event.streamId} ${event.type} ${String(event.data[field])}`;
}

/** A command's events are one atomic append: one stream, consecutive revisions, consecutive in the log of that stream. */
function splitCommands(events: readonly RecordedEvent[]): string[] {
  const lastOfCommand = new Map<string, RecordedEvent>();
  const problems: string[] = [];
  for (const event of events) {
    const previous = lastOfCommand.get(event.metadata.commandId);
    const continues =
      previous === undefined ||
      (previous.streamId === event.streamId && previous.revision + 1 === event.revision);
    if (!continues) {
      problems.push(
        `Command ${event.metadata.commandId} appended more than once (again at position ${event.position})`,
      );
    }
    lastOfCommand.set(event.metadata.commandId, event);
  }
  return problems;
}

function overspentGrants(events: readonly RecordedEvent[]): string[] {
  const granted = new Map<string, Money>();
  const paid = new Map<string, Money>();
  for (const event of events) {
    const grantKey = `${event.streamId} ${String(event.data['grantId'])}`;
    if (event.type === 'GrantNoticeIssued') granted.set(grantKey, new Money(event.data['amount'] as string));
    if (event.type === 'PayoutMade' || event.type === 'AdvancePaid') {
      paid.set(grantKey, (paid.get(grantKey) ?? new Money(0)).plus(event.data['amount'] as string));
    }
  }
  return [...paid].flatMap(([grantKey, amount]) => {
    const limit = granted.get(grantKey);
    if (limit === undefined) return [`Payouts against ${grantKey}, which was never granted`];
    return amount.gt(limit)
      ? [`${grantKey} paid ${amount.toFixed(2)} EUR of a grant of ${limit.toFixed(2)} EUR`]
      : [];
  });
}
