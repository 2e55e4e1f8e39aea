import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../../auth/auth.decorators';
import { ReadinessIndicators } from './readiness.indicators';

/**
 * Liveness (`/health`: the process answers) and readiness (`/health/ready`: the stores answer, the read
 * models are kept up to date and the instance takes commands), without a token so orchestrators and load balancers can probe them.
 */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessIndicators,
  ) {}

  @Get()
  @HealthCheck()
  liveness() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.readiness.eventStoreReachable(),
      () => this.readiness.idempotencyStoreReachable(),
      () => this.readiness.projectionsRunning(),
      () => this.readiness.acceptingCommands(),
    ]);
  }
}
