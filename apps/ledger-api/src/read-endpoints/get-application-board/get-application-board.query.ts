import { Query } from '@nestjs/cqrs';
import type { ApplicationStatus, PersonIdentity } from '@fund-ledger/domain';
import type { LedgerCut, Paging } from '../read-model-access/read-model-query.dto';
import type { ApplicationBoardResponse } from './application-board.response.dto';

/** The jury and the applications with their decisions and grants, now or as of a point in time. */
export class GetApplicationBoardQuery extends Query<ApplicationBoardResponse> {
  constructor(
    readonly fundId: string,
    readonly cut: LedgerCut,
    readonly status: ApplicationStatus | undefined,
    readonly paging: Paging,
    /** Set when a jury member asks: they read only the boards of funds whose jury they sit on now. */
    readonly juror: PersonIdentity | undefined,
  ) {
    super();
  }
}
