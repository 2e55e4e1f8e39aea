import { Body, Controller, Get, HttpCode, Inject, Injectable, Module, Param, Post } from '@nestjs/common';
import { DomainError } from '@fund-ledger/domain';
import { EVENT_STORE, type EventStore } from '@fund-ledger/event-store';
import { Actor } from '../../../../apps/ledger-api/src/auth/actor';
import { Public, Roles } from '../../../../apps/ledger-api/src/auth/auth.decorators';
import { CommandContext } from '../../../../apps/ledger-api/src/command-path/command-context';
import { CommandExecutor } from '../../../../apps/ledger-api/src/command-path/command-executor';
import { InFlightCommands } from '../../../../apps/ledger-api/src/shutdown/in-flight-commands';
import { counterStream } from '../../../../apps/ledger-api/src/command-path/testing/counter.decider';
import { IsAmount } from '../../../../apps/ledger-api/src/common/validation/is-amount.decorator';
import { IsEntityId } from '../../../../apps/ledger-api/src/common/validation/is-entity-id.decorator';

/**
 * Test-only routes that exercise the platform without depending on the fund use cases: a counter
 * command through the real command path, a route gated by the test, routes that fail on purpose,
 * and role-restricted reads. Mounted only by the platform end-to-end tests.
 */

export class AdditionRequest {
  @IsAmount()
  amount!: string;

  @IsEntityId()
  note!: string;
}

/** Holds a request inside a tracked command until the test opens it; open unless the test closed it. */
@Injectable()
export class ProbeGate {
  /** Resolves once a request has reached the gate after `close()`. */
  entered = Promise.resolve();
  private opened = Promise.resolve();
  private release: () => void = () => undefined;
  private signalEntered: () => void = () => undefined;

  close(): void {
    this.opened = new Promise((resolve) => (this.release = resolve));
    this.entered = new Promise((resolve) => (this.signalEntered = resolve));
  }

  async pass(): Promise<void> {
    this.signalEntered();
    await this.opened;
  }

  open(): void {
    this.release();
  }
}

@Controller('probe')
export class ProbeController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly inFlight: InFlightCommands,
    private readonly gate: ProbeGate,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post('counters/:counterId/additions')
  @Roles('treasurer', 'fund-manager')
  async add(
    @Param('counterId') counterId: string,
    @Body() body: AdditionRequest,
    @CommandContext() context: CommandContext,
  ) {
    const command = {
      type: 'AddToCounter' as const,
      counterId,
      commandId: context.commandId,
      amount: Number(body.amount),
    };
    const outcome = await this.executor.execute(counterStream, command, context);
    return {
      appended: outcome.events.length,
      revision: outcome.revision,
      position: outcome.position,
      context,
    };
  }

  /** A tracked command that waits for the test before appending: for shutdown and in-progress tests. */
  @Post('gated/:streamId')
  @HttpCode(202)
  @Roles('treasurer')
  async gated(@Param('streamId') streamId: string, @CommandContext() context: CommandContext) {
    return this.inFlight.run(async () => {
      await this.gate.pass();
      const metadata = {
        actor: { subject: context.actor.subject, role: context.actor.role },
        commandId: context.commandId,
        correlationId: context.correlationId,
        causationId: context.commandId,
        recordedAt: context.recordedAt,
      };
      const appended = await this.store.append(
        streamId,
        [{ type: 'ProbePassed', data: {}, metadata }],
        'any',
      );
      return { position: appended.lastPosition };
    });
  }

  @Post('refusals')
  @Roles('treasurer')
  refuse(): never {
    throw new DomainError(
      'PAYOUT.EXCEEDS_GRANT',
      'The payout of 900.00 exceeds the open grant of 500.00.',
      'rule_violated',
    );
  }

  @Get('failure')
  @Roles('auditor')
  fail(): never {
    throw new Error('SQLITE_CORRUPT: secret internals at /var/lib/ledger/ledger.sqlite');
  }

  @Get('audit')
  @Roles('auditor', 'council')
  audit(@Actor() actor: Actor) {
    return actor;
  }

  @Get('anyone')
  anyone(@Actor() actor: Actor) {
    return actor;
  }

  @Get('public')
  @Public()
  open() {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController], providers: [ProbeGate] })
export class ProbeModule {}
