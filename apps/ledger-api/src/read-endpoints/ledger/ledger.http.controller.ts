import { Controller, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { FundPath } from '../../funds/request-fields/path-params';
import { AccountStatementResponse } from '../get-account-statement/account-statement.response.dto';
import { GetAccountStatementQuery } from '../get-account-statement/get-account-statement.query';
import { GetTrialBalanceQuery } from '../get-trial-balance/get-trial-balance.query';
import { TrialBalanceResponse } from '../get-trial-balance/trial-balance.response.dto';
import { LEDGER_READERS } from '../read-route/read-model-roles';
import { AsOfQuery, PagedAsOfQuery, pagingOf, cutOf } from '../read-model-access/read-model-query.dto';
import { ReadModelRoute } from '../read-route/read-model-route.decorator';
import { GetLedgerAccountsQuery } from '../get-ledger-accounts/get-ledger-accounts.query';
import { LedgerAccountsResponse } from '../get-ledger-accounts/ledger-accounts.response.dto';

/** A four-digit account code, followed for accounts kept per funder by a dot and the funder's id. */
const ACCOUNT_ID_PATTERN = /^\d{4}(\.[A-Za-z0-9][A-Za-z0-9._:-]{0,99})?$/;

export class AccountPath extends FundPath {
  @ApiProperty({
    description:
      'Account code, with ".funderId" for accounts kept per public funder (see the chart of accounts)',
    example: '3120.city',
  })
  @Matches(ACCOUNT_ID_PATTERN, {
    message: 'accountId must be a four-digit account code such as 1000, or code.funderId such as 3120.city',
  })
  accountId!: string;
}

@ApiTags('Ledger')
@Controller('funds/:fundId/ledger')
export class LedgerHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadModelRoute({
    path: 'accounts',
    roles: LEDGER_READERS,
    summary: 'General ledger accounts with their balances',
    description:
      'Every account of the chart of accounts that applies to the fund (accounts kept per public funder once for each funder) with its debit and credit turnover and its balance. Every event maps to balanced postings on these accounts.',
    response: LedgerAccountsResponse,
  })
  accounts(@Param() path: FundPath, @Query() query: AsOfQuery): Promise<LedgerAccountsResponse> {
    return this.queryBus.execute(new GetLedgerAccountsQuery(path.fundId, cutOf(query)));
  }

  @ReadModelRoute({
    path: 'accounts/:accountId/statement',
    roles: LEDGER_READERS,
    summary: 'Statement of one account',
    description:
      'The postings of one account in the order recorded, each with the event it comes from and the running balance, page by page; its final balance equals the account in the trial balance at the same point.',
    response: AccountStatementResponse,
  })
  statement(@Param() path: AccountPath, @Query() query: PagedAsOfQuery): Promise<AccountStatementResponse> {
    return this.queryBus.execute(
      new GetAccountStatementQuery(path.fundId, path.accountId, cutOf(query), pagingOf(query)),
    );
  }

  @ReadModelRoute({
    path: 'trial-balance',
    roles: LEDGER_READERS,
    summary: 'Trial balance',
    description:
      'Every account with turnover and its debit or credit balance, with the totals: debits always equal credits, so the difference is always "0.00".',
    response: TrialBalanceResponse,
  })
  trialBalance(@Param() path: FundPath, @Query() query: AsOfQuery): Promise<TrialBalanceResponse> {
    return this.queryBus.execute(new GetTrialBalanceQuery(path.fundId, cutOf(query)));
  }
}
