/**
 * Clients that keep sending fund commands (contributions, applications, votes, payouts) like a busy
 * city office, and remember every command the service acknowledged with a 2xx: its Idempotency-Key,
 * command id and the events its answer listed. When a request gets no answer (the service was killed)
 * or a 5xx (its database was restarting), the client does what a careful real client does: it sends the
 * same request with the same Idempotency-Key again until it gets an answer.
 */
import type { FundCommandResponseShape } from './fund-command-response';
import {
  applicationBody,
  fundPath,
  payoutBody,
  privateContributionBody,
  type FundLayout,
} from './fund-scenario';
import type { AcknowledgedCommand } from './ledger-checks';
import {
  juror,
  TREASURER,
  FUND_MANAGER,
  type Caller,
  type LedgerClient,
  type LedgerResponse,
} from './ledger-client';
import { delay } from './service-process';
import { randomUUID } from 'node:crypto';

const RETRY_PAUSE_MS = 50;
/** A request is given up after this many unanswered tries (about a minute of retries). */
const TRIES_MAX = 1_200;

interface PlannedCommand {
  readonly operation: string;
  readonly caller: Caller;
  readonly path: string;
  readonly body: object;
  readonly idempotencyKey: string;
}

export interface CommandLoopFigures {
  /** Distinct commands sent (each with its own Idempotency-Key). */
  readonly commands: number;
  /** Requests sent, counting every retry of a command. */
  readonly sent: number;
  readonly acknowledged: number;
  /** Requests that got no answer or a 5xx at first and were sent again with the same key. */
  readonly retried: number;
  /** Retries answered with the first answer replayed: the command had completed before the crash. */
  readonly replayedAfterRetry: number;
  /**
   * Retries that ran again and appended nothing: the first run had appended its events but died before
   * recording its answer, and the domain recognised the repeated command id.
   */
  readonly recognisedAfterRetry: number;
  /** 409 answers by problem code or type (lost races, repeated votes, a key still held by a killed run). */
  readonly conflicts: Readonly<Record<string, number>>;
  /** 5xx answers, which the driver allows only while it restarts the database. */
  readonly serverErrors: number;
  /** Answers that are neither 2xx, 409 nor 5xx, with their bodies: each is a failed check. */
  readonly unexpected: readonly string[];
}

export class CommandLoop {
  private readonly acknowledgedCommands: AcknowledgedCommand[] = [];
  private readonly conflicts = new Map<string, number>();
  private readonly unexpected: string[] = [];
  private readonly workers: Promise<void>[] = [];
  private readonly votePairs: { fundId: string; applicationId: string; memberId: string }[];
  private voteCursor = 0;
  private sequence = 0;
  private stopping = false;
  private sent = 0;
  private retried = 0;
  private replayedAfterRetry = 0;
  private recognisedAfterRetry = 0;
  private serverErrors = 0;

  constructor(
    private readonly client: LedgerClient,
    private readonly layouts: readonly FundLayout[],
    private readonly random: () => number,
    /** Prefix of resource ids, unique per run so that runs on one store never collide. */
    private readonly idPrefix: string,
  ) {
    this.votePairs = layouts.flatMap((layout) =>
      layout.votingApplicationIds.flatMap((applicationId) =>
        layout.memberIds.map((memberId) => ({ fundId: layout.fundId, applicationId, memberId })),
      ),
    );
  }

  start(workerCount: number): void {
    for (let index = 0; index < workerCount; index += 1) this.workers.push(this.work());
  }

  /** Lets every worker finish the request it is sending (with its retries), then resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers);
  }

  get acknowledged(): readonly AcknowledgedCommand[] {
    return this.acknowledgedCommands;
  }

  figures(): CommandLoopFigures {
    return {
      commands: this.sequence,
      sent: this.sent,
      acknowledged: this.acknowledgedCommands.length,
      retried: this.retried,
      replayedAfterRetry: this.replayedAfterRetry,
      recognisedAfterRetry: this.recognisedAfterRetry,
      conflicts: Object.fromEntries(this.conflicts),
      serverErrors: this.serverErrors,
      unexpected: [...this.unexpected],
    };
  }

  private async work(): Promise<void> {
    while (!this.stopping) {
      const command = this.plan();
      const { response, retried } = await this.sendUntilAnswered(command);
      if (response !== null) this.record(command, response, retried);
    }
  }

  private async sendUntilAnswered(
    command: PlannedCommand,
  ): Promise<{ response: LedgerResponse | null; retried: boolean }> {
    for (let attempt = 0; attempt < TRIES_MAX; attempt += 1) {
      if (attempt === 1) this.retried += 1;
      this.sent += 1;
      try {
        const response = await this.client.post(command.caller, command.path, command.body, {
          idempotencyKey: command.idempotencyKey,
        });
        if (response.status < 500) return { response, retried: attempt > 0 };
        this.serverErrors += 1;
      } catch {
        // No answer: the service is down or was killed while handling the request; try again.
      }
      await delay(RETRY_PAUSE_MS);
    }
    this.unexpected.push(
      `${command.operation} (key ${command.idempotencyKey}) got no answer after ${TRIES_MAX} tries`,
    );
    return { response: null, retried: true };
  }

  private record(command: PlannedCommand, response: LedgerResponse, retried: boolean): void {
    if (response.status >= 200 && response.status < 300) {
      this.acknowledgedCommands.push(acknowledgement(command.operation, command.idempotencyKey, response));
      if (retried && response.replayed) this.replayedAfterRetry += 1;
      const appendedNothing = (response.body as FundCommandResponseShape).events.length === 0;
      if (retried && !response.replayed && appendedNothing) this.recognisedAfterRetry += 1;
      return;
    }
    if (response.status === 409) {
      const reason = problemReason(response.body);
      this.conflicts.set(reason, (this.conflicts.get(reason) ?? 0) + 1);
      return;
    }
    this.unexpected.push(`${command.operation} answered ${response.status}: ${response.text.slice(0, 400)}`);
  }

  private plan(): PlannedCommand {
    this.sequence += 1;
    const id = `${this.idPrefix}-${this.sequence}`;
    const layout = this.layouts[Math.floor(this.random() * this.layouts.length)];
    const draw = this.random();
    const idempotencyKey = randomUUID();
    if (draw < 0.35) {
      const amount = (1 + Math.floor(this.random() * 50_000) / 100).toFixed(2);
      const body = privateContributionBody(id, amount);
      return {
        operation: 'contribution',
        caller: TREASURER,
        path: fundPath(layout.fundId, '/contributions/private'),
        body,
        idempotencyKey,
      };
    }
    if (draw < 0.65) {
      const grantId = layout.grantIds[Math.floor(this.random() * layout.grantIds.length)];
      const amount = ((1 + Math.floor(this.random() * 500)) / 100).toFixed(2);
      const path = fundPath(layout.fundId, `/grants/${grantId}/payouts`);
      return { operation: 'payout', caller: TREASURER, path, body: payoutBody(id, amount), idempotencyKey };
    }
    if (draw < 0.85) return this.planVote(idempotencyKey);
    return {
      operation: 'application',
      caller: FUND_MANAGER,
      path: fundPath(layout.fundId, '/applications'),
      body: applicationBody(id),
      idempotencyKey,
    };
  }

  private planVote(idempotencyKey: string): PlannedCommand {
    const pair = this.votePairs[this.voteCursor % this.votePairs.length];
    this.voteCursor += 1;
    const path = fundPath(pair.fundId, `/applications/${pair.applicationId}/votes`);
    return {
      operation: 'vote',
      caller: juror(pair.memberId),
      path,
      body: { vote: this.random() < 0.7 ? 'yes' : 'no' },
      idempotencyKey,
    };
  }
}

/** What the checks need to remember of a command the service acknowledged. */
export function acknowledgement(
  operation: string,
  idempotencyKey: string,
  response: LedgerResponse,
): AcknowledgedCommand {
  const answer = response.body as FundCommandResponseShape;
  return { operation, idempotencyKey, commandId: answer.commandId, events: answer.events };
}

export function problemReason(body: unknown): string {
  if (typeof body !== 'object' || body === null) return 'no problem body';
  const { code, type } = body as { code?: unknown; type?: unknown };
  if (typeof code === 'string') return code;
  if (typeof type === 'string') return type.replace(/^.*\/problems\//, '');
  return 'unnamed problem';
}
