import { Query } from '@nestjs/cqrs';
import type { ReportFormat, ReportLanguage } from '@fund-ledger/reporting';

export interface RenderedReport {
  readonly body: Buffer;
  readonly mediaType: string;
  readonly fileName: string;
}

/** The accountability report of a fund for a period, rendered in one format and language. */
export class AccountabilityReportQuery extends Query<RenderedReport> {
  constructor(
    readonly fundId: string,
    readonly from: string,
    readonly to: string,
    readonly format: ReportFormat,
    readonly language: ReportLanguage,
    readonly position: number | undefined,
  ) {
    super();
  }
}
