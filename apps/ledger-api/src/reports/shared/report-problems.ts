import { FundNotReportableError, ReportPeriodError, ReportPositionError } from '@fund-ledger/reporting';
import { ProblemException } from '../../common/problems/problem.exception';

/** Turns the reporting library's refusals into problem+json answers; anything else stays an error. */
export function reportProblem(error: unknown): unknown {
  if (error instanceof FundNotReportableError) {
    return ProblemException.of('notFound', { detail: error.message });
  }
  if (error instanceof ReportPeriodError) {
    return ProblemException.of('invalidInput', {
      detail: error.message,
      errors: [{ field: 'to', message: error.message }],
    });
  }
  if (error instanceof ReportPositionError) {
    return ProblemException.of('invalidInput', {
      detail: error.message,
      errors: [{ field: 'position', message: error.message }],
    });
  }
  return error;
}
