import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@fund-ledger/event-store';
import {
  buildAccountabilityReport,
  loadReportInput,
  renderReport,
  REPORT_MEDIA_TYPES,
  reportFileName,
  reportPeriod,
} from '@fund-ledger/reporting';
import { reportProblem } from '../shared/report-problems';
import { AccountabilityReportQuery, type RenderedReport } from './accountability-report.query';

/**
 * Builds the report the same way the CLI does (the fund's stream and the ledger digest at one
 * position, then the pure builder), so a report fetched here and one made with `ledger-cli` from the
 * same history are the same bytes.
 */
@QueryHandler(AccountabilityReportQuery)
export class AccountabilityReportHandler implements IQueryHandler<AccountabilityReportQuery, RenderedReport> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(query: AccountabilityReportQuery): Promise<RenderedReport> {
    try {
      const input = await loadReportInput(this.store, {
        fundId: query.fundId,
        period: reportPeriod(query.from, query.to),
        position: query.position,
      });
      const report = buildAccountabilityReport(input);
      return {
        body: await renderReport(report, query.format, { language: query.language }),
        mediaType: REPORT_MEDIA_TYPES[query.format],
        fileName: reportFileName(report, query.format),
      };
    } catch (error) {
      throw reportProblem(error);
    }
  }
}
