import { Query } from '@nestjs/cqrs';
import type { PersonIdentity } from '@fund-ledger/domain';
import type { FundResponse } from './get-fund.response.dto';

/** The fund as its own decider sees it: settings, status, money per pot, jury, applications and grants. */
export class GetFundQuery extends Query<FundResponse> {
  constructor(
    readonly fundId: string,
    /** Set when a jury member asks: they read only the funds whose jury they sit on. */
    readonly juror: PersonIdentity | undefined,
  ) {
    super();
  }
}
