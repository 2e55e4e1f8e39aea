import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { READ_MODEL_HEALTH } from '../observability/health/read-model-health';
import { ProjectionHealthController } from './health/projection-health.controller';
import { GetAccountStatementHandler } from './queries/get-account-statement/get-account-statement.handler';
import { GetApplicationBoardHandler } from './queries/get-application-board/get-application-board.handler';
import { GetApplicationBoardHttpController } from './queries/get-application-board/get-application-board.http.controller';
import { GetAuditTrailHandler } from './queries/get-audit-trail/get-audit-trail.handler';
import { GetAuditTrailHttpController } from './queries/get-audit-trail/get-audit-trail.http.controller';
import { GetFundBalancesHandler } from './queries/get-fund-balances/get-fund-balances.handler';
import { GetFundBalancesHttpController } from './queries/get-fund-balances/get-fund-balances.http.controller';
import { GetLedgerAccountsHandler } from './queries/get-ledger-accounts/get-ledger-accounts.handler';
import { GetMatchingStatusHandler } from './queries/get-matching-status/get-matching-status.handler';
import { GetMatchingStatusHttpController } from './queries/get-matching-status/get-matching-status.http.controller';
import { GetFundOverviewHandler } from './queries/get-fund-overview/get-fund-overview.handler';
import { GetFundOverviewHttpController } from './queries/get-fund-overview/get-fund-overview.http.controller';
import { GetPaymentOrderFileHandler } from './queries/get-payment-order-file/get-payment-order-file.handler';
import { GetPaymentOrderFileHttpController } from './queries/get-payment-order-file/get-payment-order-file.http.controller';
import { GetPaymentOrdersHandler } from './queries/get-payment-orders/get-payment-orders.handler';
import { GetPaymentOrdersHttpController } from './queries/get-payment-orders/get-payment-orders.http.controller';
import { GetPayoutsDueHandler } from './queries/get-payouts-due/get-payouts-due.handler';
import { GetPayoutsDueHttpController } from './queries/get-payouts-due/get-payouts-due.http.controller';
import { ListFundsHandler } from './queries/list-funds/list-funds.handler';
import { ListFundsHttpController } from './queries/list-funds/list-funds.http.controller';
import { GetTrialBalanceHandler } from './queries/get-trial-balance/get-trial-balance.handler';
import { LedgerHttpController } from './queries/ledger/ledger.http.controller';
import { FundReadModels } from './queries/shared/fund-read-models';
import { ProjectionProgress } from './runner/projection-progress';
import { ProjectionRunnerService } from './runner/projection-runner.service';
import { ReadModelStoreCloser, readModelStoreProvider } from './runner/read-model-store.provider';
import { ReadYourWritesInterceptor } from './runner/read-your-writes.interceptor';

const queryHandlers = [
  ListFundsHandler,
  GetFundOverviewHandler,
  GetPaymentOrderFileHandler,
  GetPaymentOrdersHandler,
  GetPayoutsDueHandler,
  GetFundBalancesHandler,
  GetMatchingStatusHandler,
  GetApplicationBoardHandler,
  GetLedgerAccountsHandler,
  GetAccountStatementHandler,
  GetTrialBalanceHandler,
  GetAuditTrailHandler,
];

const controllers = [
  ListFundsHttpController,
  GetFundOverviewHttpController,
  GetPaymentOrderFileHttpController,
  GetPaymentOrdersHttpController,
  GetPayoutsDueHttpController,
  GetFundBalancesHttpController,
  GetMatchingStatusHttpController,
  GetApplicationBoardHttpController,
  LedgerHttpController,
  GetAuditTrailHttpController,
  ProjectionHealthController,
];

/**
 * The read side of the service: the projection runner following the log (started with the application,
 * stopped before shutdown), read-your-writes for commands, and the queries on the list of funds, a fund's overview, the payouts due, balances, matching, the
 * application board, the general ledger and the audit trail. Global, so command modules can inject
 * `ProjectionProgress`.
 */
@Global()
@Module({
  controllers,
  providers: [
    readModelStoreProvider,
    ReadModelStoreCloser,
    ProjectionRunnerService,
    ProjectionProgress,
    { provide: READ_MODEL_HEALTH, useExisting: ProjectionProgress },
    FundReadModels,
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
    ...queryHandlers,
  ],
  exports: [ProjectionProgress, READ_MODEL_HEALTH],
})
export class ProjectionsModule {}
