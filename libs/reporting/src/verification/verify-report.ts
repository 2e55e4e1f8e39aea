/**
 * Independent verification of a council report against an exported event log, with no database and
 * no trust in the service that made either:
 *
 * 1. every hash chain of the export is recomputed (the first altered, missing or repeated event stops it);
 * 2. the ledger digest at the report's position is recomputed from the export and compared with the one
 *    printed on the report, so the report is tied to exactly this history;
 * 3. the report is rebuilt from the fund's events in the export and compared figure by figure.
 *
 * A printed report is checked through its verification code (`report-code.ts`) the same way: steps 1
 * and 2 with the code's position and root, then the report of the code's fund and period is rebuilt
 * from the export, to be compared with the paper; a seal the code names must be in the log.
 */
import { fundStreamName } from '@fund-ledger/domain';
import {
  ChainVerifier,
  isSealStream,
  ledgerDigestRoot,
  SealStreamFold,
  UnreadableEventError,
  type LedgerDigest,
  type PublishedSeal,
  type RecordedEvent,
  type StreamHead,
  type VerifyProgress,
} from '@fund-ledger/event-store';
import {
  ACCOUNTABILITY_REPORT_TYPE,
  ACCOUNTABILITY_REPORT_VERSION,
  type AccountabilityReport,
  type ReportSeal,
} from '../accountability/accountability-report.model';
import {
  buildAccountabilityReport,
  FundNotReportableError,
} from '../accountability/build-accountability-report';
import { reportSealOf } from '../accountability/load-report-input';
import { reportPeriod } from '../accountability/report-period';
import { ExportLineError } from '../export/event-log-jsonl';
import { firstDifference } from './first-difference';
import { reportCodeMismatch, type ReportCode } from './report-code';

export type ReportProblemKind =
  | 'unreadable_export'
  | 'chain_broken'
  | 'export_too_short'
  | 'digest_mismatch'
  | 'not_reportable'
  | 'figure_mismatch'
  | 'code_mismatch'
  | 'seal_not_in_log';

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
  /** The verification code printed on the paper the report is said to be: it must name this report. */
  readonly code?: ReportCode;
}

/** The outcome of checking a printed report's code against an export. */
export interface CodeVerification extends ReportVerification {
  /** The report of the code's fund and period rebuilt from the export: what the paper must show. */
  readonly report: AccountabilityReport | null;
  /** The seal the code names, as found in the export's seal stream. */
  readonly seal: PublishedSeal | null;
}

interface ExportScan {
  readonly verifier: ChainVerifier;
  readonly fundEvents: readonly RecordedEvent[];
  readonly digestAtPosition: LedgerDigest;
  readonly seals: readonly PublishedSeal[];
  readonly problem: ReportProblem | null;
}

/** What a report or a code commits to: the fund whose events it rebuilds, and the digest at a position. */
interface Commitment {
  /** What is checked, for messages: a JSON report or the code of a printed one. */
  readonly source: 'report' | 'code';
  readonly fundId: string;
  readonly position: number;
  readonly digest: Pick<LedgerDigest, 'root'> & Partial<LedgerDigest>;
  readonly sealReference: ReportCode['seal'];
}

export async function verifyReportAgainstLog(
  report: AccountabilityReport,
  log: AsyncIterable<RecordedEvent>,
  options: VerifyReportOptions = {},
): Promise<ReportVerification> {
  const mismatch = options.code === undefined ? null : reportCodeMismatch(report, options.code);
  if (mismatch !== null)
    return { ok: false, eventCount: 0, digest: null, problem: problem('code_mismatch', mismatch) };
  const commitment: Commitment = {
    source: 'report',
    fundId: report.fund.fundId,
    position: report.source.position,
    digest: report.source.ledgerDigest,
    sealReference: options.code?.seal ?? null,
  };
  const checked = await checkExport(commitment, log, options);
  if (checked.problem !== null) return checked.verification;
  const figureProblem = compareFigures(report, checked.fundEvents, checked.digest);
  if (figureProblem !== null) return { ...checked.verification, ok: false, problem: figureProblem };
  return checked.verification;
}

/**
 * Checks the history a printed report's code names: the export's chains, its digest at the code's
 * position against the code's root, the seal the code names, and that the fund's report for the period
 * can be rebuilt from it, which it returns to be compared with the paper.
 */
export async function verifyCodeAgainstLog(
  code: ReportCode,
  log: AsyncIterable<RecordedEvent>,
  options: Omit<VerifyReportOptions, 'code'> = {},
): Promise<CodeVerification> {
  const commitment: Commitment = {
    source: 'code',
    fundId: code.fundId,
    position: code.position,
    digest: { root: code.root },
    sealReference: code.seal,
  };
  const checked = await checkExport(commitment, log, options);
  if (checked.problem !== null) return { ...checked.verification, report: null, seal: checked.seal };
  try {
    const report = buildAccountabilityReport({
      fundId: code.fundId,
      period: reportPeriod(code.from, code.to),
      events: checked.fundEvents,
      position: code.position,
      ledgerDigest: checked.digest,
      seal: sealAtPrinting(checked.seals, code, checked.seal),
    });
    return { ...checked.verification, report, seal: checked.seal };
  } catch (error) {
    if (!(error instanceof FundNotReportableError)) throw error;
    return {
      ...checked.verification,
      ok: false,
      problem: problem('not_reportable', error.message),
      report: null,
      seal: checked.seal,
    };
  }
}

type CheckedExport =
  | {
      readonly problem: ReportProblem;
      readonly verification: ReportVerification;
      readonly seal: PublishedSeal | null;
    }
  | {
      readonly problem: null;
      readonly verification: ReportVerification;
      readonly fundEvents: readonly RecordedEvent[];
      readonly digest: LedgerDigest;
      readonly seals: readonly PublishedSeal[];
      readonly seal: PublishedSeal | null;
    };

/** Steps 1 and 2, and the seal a code names: everything but the figures. */
async function checkExport(
  commitment: Commitment,
  log: AsyncIterable<RecordedEvent>,
  options: Pick<VerifyReportOptions, 'onProgress' | 'progressIntervalEvents'>,
): Promise<CheckedExport> {
  const scan = await scanExport(commitment, log, options);
  const eventCount = scan.verifier.eventCount;
  const seal = sealNamed(scan.seals, commitment.sealReference);
  const failed = (found: ReportProblem, digest: LedgerDigest | null = null): CheckedExport => ({
    problem: found,
    verification: { ok: false, eventCount, digest, problem: found },
    seal,
  });
  if (scan.problem !== null) return failed(scan.problem);
  const { position } = commitment;
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
  const digestProblem = compareDigests(commitment, digest);
  if (digestProblem !== null) return failed(digestProblem, digest);
  if (commitment.sealReference !== null && seal === null) {
    const { position: sealPosition, signaturePrefix } = commitment.sealReference;
    return failed(
      problem(
        'seal_not_in_log',
        `The seal the code names (position ${sealPosition}, signature ${signaturePrefix}…) is not in the log: ` +
          'the seal records were removed since the report was printed, or the code is not genuine.',
        sealPosition,
      ),
      digest,
    );
  }
  return {
    problem: null,
    verification: { ok: true, eventCount, digest, problem: null },
    fundEvents: scan.fundEvents,
    digest,
    seals: scan.seals,
    seal,
  };
}

/**
 * The seal the printed report carried: the one its code names, or else the latest seal at an earlier
 * position (a seal of an earlier position was made before the report's position was reached, so before
 * the report). So the report rebuilt from the export is the printed one, seal statement included.
 */
function sealAtPrinting(
  seals: readonly PublishedSeal[],
  code: ReportCode,
  named: PublishedSeal | null,
): ReportSeal {
  if (named !== null) return reportSealOf([named], code.position);
  return reportSealOf(
    seals.filter((seal) => seal.position < code.position),
    code.position,
  );
}

function sealNamed(seals: readonly PublishedSeal[], reference: ReportCode['seal']): PublishedSeal | null {
  if (reference === null) return null;
  return (
    seals.find(
      (seal) => seal.position === reference.position && seal.signature.startsWith(reference.signaturePrefix),
    ) ?? null
  );
}

async function scanExport(
  commitment: Commitment,
  log: AsyncIterable<RecordedEvent>,
  options: Pick<VerifyReportOptions, 'onProgress' | 'progressIntervalEvents'>,
): Promise<ExportScan> {
  const verifier = new ChainVerifier();
  const { position } = commitment;
  const fundStreamId = fundStreamName(commitment.fundId);
  const heads = new Map<string, StreamHead>();
  const fundEvents: RecordedEvent[] = [];
  const seals = new SealStreamFold();
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
      if (isSealStream(event.streamId)) seals.add(event);
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
  return { verifier, fundEvents, digestAtPosition, seals: seals.state().seals, problem: scanProblem };
}

function problem(
  kind: ReportProblemKind,
  message: string,
  position: number | null = null,
  field: string | null = null,
): ReportProblem {
  return { kind, message, position, field };
}

/** A code carries only the root; a report also the position and the counts, each compared when given. */
function compareDigests(commitment: Commitment, recomputed: LedgerDigest): ReportProblem | null {
  const printed = commitment.digest;
  const same =
    printed?.root === recomputed.root &&
    (printed.position === undefined || printed.position === recomputed.position) &&
    (printed.streamCount === undefined || printed.streamCount === recomputed.streamCount) &&
    (printed.eventCount === undefined || printed.eventCount === recomputed.eventCount);
  if (same) return null;
  const describe = (digest: Partial<LedgerDigest> | undefined) =>
    digest?.streamCount === undefined
      ? `root ${String(digest?.root)}`
      : `root ${String(digest.root)} over ${String(digest.streamCount)} streams and ${String(digest.eventCount)} events`;
  return problem(
    'digest_mismatch',
    `The ledger digest at position ${recomputed.position} differs: the ${commitment.source} says ${describe(printed)}, ` +
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
