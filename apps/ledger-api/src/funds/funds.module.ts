import { Module } from '@nestjs/common';
import { FUND_USE_CASES } from './use-cases/fund-use-cases';
import { FundCommands } from './use-case-runner/fund-commands';
import { fundUseCaseController } from './use-case-runner/fund-use-case.controller';
import { RunFundUseCaseHandler } from './use-case-runner/run-fund-use-case';

/**
 * The fund use cases of the HTTP service: one POST route per command of the fund's decider, each
 * declared in its folder under `use-cases/` and run by the same controller factory and command
 * handler through the service's one command path (load, decide, append with the expected revision).
 * The command bus comes from the application's `CqrsModule.forRoot()`, which is global.
 */
@Module({
  controllers: FUND_USE_CASES.map(fundUseCaseController),
  providers: [FundCommands, RunFundUseCaseHandler],
})
export class FundsModule {}
