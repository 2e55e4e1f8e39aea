/**
 * Independent verification of a council report against an exported event log, with no database and
 * no trust in the service that made either:
 *
 * 1. every hash chain of the export is recomputed (the first altered, missing or repeated event stops it);
 * 2. the ledger digest at the report's position is recomputed from the export and compared with the one
 *    printed on the report, so the report is tied to exactly this history;
 * 3. the report is rebuilt from the fund's events in the export and compared figure by figure.
 */
import { fundStreamName } from '@fund-ledger/domain';
import {
  ChainVerifier,
  ledgerDigestRoot,
  UnreadableEventError,
  type LedgerDigest,
  type RecordedEvent,
  type StreamHead,
  type VerifyProgress,
} from '@fund-ledger/event-store';
import {
  ACCOUNTABILITY_REPORT_TYPE,
  ACCOUNTABILITY_REPORT_VERSION,
  type AccountabilityReport,
} from '../accountability/accountability-report.model';
import {
  buildAccountabilityReport,
  FundNotReportableError,
} from '../accountability/build-accountability-report';
import { reportPeriod } from '../accountability/report-period';
import { ExportLineError } from '../export/event-log-jsonl';
import { firstDifference } from './first-difference';

export type ReportProblemKind =
  | 'unreadable_export'
  | 'chain_broken'
  | 'export_too_short'
  | 'digest_mismatch'
  | 'not_reportable'
  | 'figure_mismatch';

export interface ReportProblem {
  readonly kind: ReportProblemKind;
  readonly message: string;
  /** The global position of the event at fault, where there is one. */
  readonly position: number | null;
  /** The report field at fault (`figure_mismatch`), e.g. `balances.public.received`. */
  readonly field: string | null;
}

export interface ReportVerification {
  readonly ok: boolean;
  /** Events of the export whose chain verified. */
  readonly eventCount: number;
  /** The digest recomputed from the export at the report's position; null if the export did not get that far. */
  readonly digest: LedgerDigest | null;
  readonly problem: ReportProblem | null;
}

/** A file that is not an accountability report this version can check. */
export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFormatError';
  }
}

export function parseAccountabilityReport(text: string): AccountabilityReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ReportFormatError(`The report is not valid JSON: ${(error as Error).message}`);
  }
  const report = parsed as Partial<AccountabilityReport> | null;
  if (report?.reportType !== ACCOUNTABILITY_REPORT_TYPE) {
    throw new ReportFormatError(
      `The file is not an accountability report (reportType ${ACCOUNTABILITY_REPORT_TYPE})`,
    );
  }
  if (report.version !== ACCOUNTABILITY_REPORT_VERSION) {
    throw new ReportFormatError(
      `The report has version ${String(report.version)}; this verifier checks version ${ACCOUNTABILITY_REPORT_VERSION}`,
    );
  }
  if (typeof report.fund?.fundId !== 'string' || !Number.isSafeInteger(report.source?.position)) {
    throw new ReportFormatError('The report names no fund or no position');
  }
  try {
    reportPeriod(String(report.period?.from), String(report.period?.to));
  } catch (error) {
    throw new ReportFormatError(`The report's period is not valid: ${(error as Error).message}`);
  }
  return report as AccountabilityReport;
}

export interface VerifyReportOptions {
  readonly onProgress?: (progress: VerifyProgress) => void;
  readonly progressIntervalEvents?: number;
}

interface ExportScan {
  readonly verifier: ChainVerifier;
  readonly fundEvents: readonly RecordedEvent[];
  readonly digestAtPosition: LedgerDigest;
  readonly problem: ReportProblem | null;
}

export async function verifyReportAgainstLog(
  report: AccountabilityReport,
  log: AsyncIterable<RecordedEvent>,
  options: VerifyReportOptions = {},
): Promise<ReportVerification> {
  const scan = await scanExport(report, log, options);
  const eventCount = scan.verifier.eventCount;
  const failed = (problem: ReportProblem, digest: LedgerDigest | null = null): ReportVerification => ({
    ok: false,
    eventCount,
    digest,
    problem,
  });
  if (scan.problem !== null) return failed(scan.problem);
  const position = report.source.position;
  const lastPosition = scan.verifier.progress().position;
  if (lastPosition < position) {
    return failed(
      problem(
        'export_too_short',
        `The log is shorter than the report's digest: the export ends at position ${lastPosition}, ` +
          `the report was computed at position ${position}. Events up to that position were removed since the report was made, or the export was cut short or holds one fund only (exported with --fund).`,
      ),
    );
  }
  const digest = scan.digestAtPosition;
  const digestProblem = compareDigests(report.source.ledgerDigest, digest);
  if (digestProblem !== null) return failed(digestProblem, digest);
  const figureProblem = compareFigures(report, scan.fundEvents, digest);
  if (figureProblem !== null) return failed(figureProblem, digest);
  return { ok: true, eventCount, digest, problem: null };
}

async function scanExport(
  report: AccountabilityReport,
  log: AsyncIterable<RecordedEvent>,
  options: VerifyReportOptions,
): Promise<ExportScan> {
  const verifier = new ChainVerifier();
  const position = report.source.position;
  const fundStreamId = fundStreamName(report.fund.fundId);
  const heads = new Map<string, StreamHead>();
  const fundEvents: RecordedEvent[] = [];
  let eventsAtPosition = 0;
  let scanProblem: ReportProblem | null = null;
  const interval = options.progressIntervalEvents ?? 10_000;
  try {
    for await (const event of log) {
      const chainBreak = verifier.check(event);
      if (chainBreak !== null) {
        scanProblem = problem('chain_broken', chainBreak.message, chainBreak.position);
        break;
      }
      if (event.position <= position) {
        heads.set(event.streamId, { revision: event.revision, hash: event.hash });
        eventsAtPosition += 1;
        if (event.streamId === fundStreamId) fundEvents.push(event);
      }
      if (verifier.eventCount % interval === 0) options.onProgress?.(verifier.progress());
    }
  } catch (error) {
    if (!(error instanceof ExportLineError) && !(error instanceof UnreadableEventError)) throw error;
    scanProblem = problem('unreadable_export', error.message);
  }
  options.onProgress?.(verifier.progress());
  const digestAtPosition = {
    position,
    streamCount: heads.size,
    eventCount: eventsAtPosition,
    root: ledgerDigestRoot(heads),
  };
  return { verifier, fundEvents, digestAtPosition, problem: scanProblem };
}

function problem(
  kind: ReportProblemKind,
  message: string,
  position: number | null = null,
  field: string | null = null,
): ReportProblem {
  return { kind, message, position, field };
}

function compareDigests(printed: LedgerDigest, recomputed: LedgerDigest): ReportProblem | null {
  const same =
    printed?.root === recomputed.root &&
    printed.position === recomputed.position &&
    printed.streamCount === recomputed.streamCount &&
    printed.eventCount === recomputed.eventCount;
  if (same) return null;
  const describe = (digest: Partial<LedgerDigest> | undefined) =>
    `root ${String(digest?.root)} over ${String(digest?.streamCount)} streams and ${String(digest?.eventCount)} events`;
  return problem(
    'digest_mismatch',
    `The ledger digest at position ${recomputed.position} differs: the report says ${describe(printed)}, ` +
      `the export gives ${describe(recomputed)}. Events at or before that position were changed, removed or added ` +
      'since the report was made (or the export holds only part of the log: it must be exported without --fund).',
    recomputed.position,
  );
}

function compareFigures(
  report: AccountabilityReport,
  fundEvents: readonly RecordedEvent[],
  digest: LedgerDigest,
): ReportProblem | null {
  let rebuilt: AccountabilityReport;
  try {
    rebuilt = buildAccountabilityReport({
      fundId: report.fund.fundId,
      period: reportPeriod(report.period.from, report.period.to),
      events: fundEvents,
      position: report.source.position,
      ledgerDigest: digest,
      generatedAt: report.generatedAt,
    });
  } catch (error) {
    if (!(error instanceof FundNotReportableError)) throw error;
    return problem('not_reportable', error.message);
  }
  // The seal is not a figure: it is added after the fact and checked on its own (`verify --seals`).
  const difference = firstDifference(report, {
    ...rebuilt,
    source: { ...rebuilt.source, seal: report.source.seal },
  });
  if (difference === null) return null;
  const show = (value: unknown) => (value === undefined ? '(nothing)' : JSON.stringify(value));
  return problem(
    'figure_mismatch',
    `${difference.path}: the report says ${show(difference.expected)}, the export gives ${show(difference.actual)}`,
    null,
    difference.path,
  );
}
