import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ProjectionFailure, ProjectionRunnerState } from '@fund-ledger/projections';
import { Public } from '../auth/auth.decorators';
import { ProjectionProgress } from './projection-progress';

interface ProjectionHealth {
  readonly status: 'up' | 'down';
  readonly state: ProjectionRunnerState;
  readonly storedPosition: number;
  readonly failure: ProjectionFailure | null;
}

/**
 * `/health/projections`: 200 while the projections follow the log, 503 once they stopped on an event
 * they cannot fold (the failure names it) or keep failing to reach their stores. No token needed, like
 * the other health routes, so orchestrators can probe it.
 */
@ApiExcludeController()
@Public()
@Controller('health/projections')
export class ProjectionHealthController {
  constructor(private readonly progress: ProjectionProgress) {}

  @Get()
  health(@Res({ passthrough: true }) response: Response): ProjectionHealth {
    const healthy = this.progress.healthy;
    response.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: healthy ? 'up' : 'down',
      state: this.progress.state,
      storedPosition: this.progress.storedPosition,
      failure: this.progress.failure,
    };
  }
}
