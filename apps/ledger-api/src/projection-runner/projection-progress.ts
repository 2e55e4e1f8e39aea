import { Inject, Injectable } from '@nestjs/common';
import type { Settings } from '@fund-ledger/config';
import type { ProjectionFailure, ProjectionRunnerState } from '@fund-ledger/projections';
import { SETTINGS } from '../config/settings.module';
import { ProjectionRunnerService } from './projection-runner.service';

/** Whether queries already reflect a command, and how far the read models had got when the answer was sent. */
export interface ReadModelStatus {
  readonly caughtUp: boolean;
  readonly position: number;
}

/**
 * Read-your-writes for command endpoints: after appending at `position`, wait until the read models
 * (balances, board, ledger) include it, at most READ_YOUR_WRITES_TIMEOUT_MS. A timeout is not an error:
 * the command has succeeded, and the status says that queries may not show it yet.
 */
@Injectable()
export class ProjectionProgress {
  private readonly defaultTimeoutMs: number;

  constructor(
    private readonly service: ProjectionRunnerService,
    @Inject(SETTINGS) settings: Settings,
  ) {
    this.defaultTimeoutMs = settings.readYourWritesTimeoutMs;
  }

  async waitFor(position: number, timeoutMs: number = this.defaultTimeoutMs): Promise<ReadModelStatus> {
    const caughtUp = await this.service.runner.waitFor(position, timeoutMs);
    return { caughtUp, position: this.service.runner.storedPosition };
  }

  get state(): ProjectionRunnerState {
    return this.service.runner.state;
  }

  get failure(): ProjectionFailure | null {
    return this.service.runner.failure;
  }

  get storedPosition(): number {
    return this.service.runner.storedPosition;
  }

  get buildingGeneration(): number {
    return this.service.runner.buildingGeneration;
  }

  /** False when the runner stopped on an event it cannot fold, or keeps failing to reach its stores. */
  get healthy(): boolean {
    return this.state !== 'failed' && this.state !== 'retrying';
  }
}
