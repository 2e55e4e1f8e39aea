/** The command line of the sample council report (fund `city-fonds`, the year 2024), before format and output. */
import { REPORT_FUND_ID } from '@fund-ledger/reporting/testing/report-histories';

export function councilReportArguments(fundId = REPORT_FUND_ID): string[] {
  return ['report', 'accountability', '--fund', fundId, '--from', '2024-01-01', '--to', '2024-12-31'];
}
