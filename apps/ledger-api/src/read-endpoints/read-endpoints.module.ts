import { Module } from '@nestjs/common';
import { GetAccountStatementHandler } from './get-account-statement/get-account-statement.handler';
import { GetApplicationBoardHandler } from './get-application-board/get-application-board.handler';
import { GetApplicationBoardHttpController } from './get-application-board/get-application-board.http.controller';
import { GetAuditTrailHandler } from './get-audit-trail/get-audit-trail.handler';
import { GetAuditTrailHttpController } from './get-audit-trail/get-audit-trail.http.controller';
import { GetFundHandler } from './get-fund/get-fund.handler';
import { GetFundHttpController } from './get-fund/get-fund.http.controller';
import { GetFundBalancesHandler } from './get-fund-balances/get-fund-balances.handler';
import { GetFundBalancesHttpController } from './get-fund-balances/get-fund-balances.http.controller';
import { GetLedgerAccountsHandler } from './get-ledger-accounts/get-ledger-accounts.handler';
import { GetMatchingStatusHandler } from './get-matching-status/get-matching-status.handler';
import { GetMatchingStatusHttpController } from './get-matching-status/get-matching-status.http.controller';
import { GetFundOverviewHandler } from './get-fund-overview/get-fund-overview.handler';
import { GetFundOverviewHttpController } from './get-fund-overview/get-fund-overview.http.controller';
import { GetPaymentOrderFileHandler } from './get-payment-order-file/get-payment-order-file.handler';
import { GetPaymentOrderFileHttpController } from './get-payment-order-file/get-payment-order-file.http.controller';
import { GetPaymentOrdersHandler } from './get-payment-orders/get-payment-orders.handler';
import { GetPaymentOrdersHttpController } from './get-payment-orders/get-payment-orders.http.controller';
import { GetPayoutsDueHandler } from './get-payouts-due/get-payouts-due.handler';
import { GetPayoutsDueHttpController } from './get-payouts-due/get-payouts-due.http.controller';
import { ListFundsHandler } from './list-funds/list-funds.handler';
import { ListFundsHttpController } from './list-funds/list-funds.http.controller';
import { GetTrialBalanceHandler } from './get-trial-balance/get-trial-balance.handler';
import { LedgerHttpController } from './ledger/ledger.http.controller';
import { FundReadModels } from './read-model-access/fund-read-models';

const queryHandlers = [
  GetFundHandler,
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
  GetFundHttpController,
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
];

/**
 * The read endpoints of the service, one folder per use case: the fund as its decider sees it, and from
 * the read models the list of funds, a fund's overview, payment orders and their file, the payouts due,
 * balances, matching, the application board, the general ledger and the audit trail.
 */
@Module({
  controllers,
  providers: [FundReadModels, ...queryHandlers],
})
export class ReadEndpointsModule {}
