/**
 * The verification code of a report: the few facts a printed report is tied to, as text short enough
 * for a QR code. Whoever holds the paper scans it and checks it against an export of the log in one step
 * (`ledger-cli verify-report --code`): the export's digest at the position must be the root, and the
 * fund's report for the period rebuilt from it shows the figures the paper must show.
 *
 * The text is UTF-8, lines separated by a line feed, in this order (docs/auditor-guide.md):
 *
 *     fund-ledger-report/1
 *     fund=<fund id>
 *     period=<first day>/<last day>          ISO 8601 dates
 *     position=<global position>
 *     root=<ledger digest root, 64 lowercase hex digits>
 *     seal=<seal position>/<first 32 hex digits of the seal's signature>   only when a seal covers the report
 */
import type { AccountabilityReport } from '../accountability/accountability-report.model';
import { parseCalendarDate, ReportPeriodError } from '../accountability/report-period';

export const REPORT_CODE_HEADER = 'fund-ledger-report/1';
/** Hex digits of the seal's signature the code carries: 128 bits name one seal beyond doubt. */
export const SEAL_REFERENCE_HEX_DIGITS = 32;

export interface ReportCode {
  readonly fundId: string;
  readonly from: string;
  readonly to: string;
  readonly position: number;
  readonly root: string;
  readonly seal: { readonly position: number; readonly signaturePrefix: string } | null;
}

/** A text that is not a report's verification code; the message says what is wrong. */
export class ReportCodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportCodeError';
  }
}

const FUND_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const POSITION = /^(0|[1-9]\d{0,14})$/;
const ROOT = /^[0-9a-f]{64}$/;
const SEAL = new RegExp(`^(0|[1-9]\\d{0,14})/([0-9a-f]{${SEAL_REFERENCE_HEX_DIGITS}})$`);
const KEYS = ['fund', 'period', 'position', 'root', 'seal'] as const;
/** The longest code this format allows, with room to spare; longer text is refused unread. */
const CODE_LENGTH_MAX = 512;

export function reportCodeOf(report: AccountabilityReport): ReportCode {
  const seal = report.source.seal?.seal ?? null;
  return {
    fundId: report.fund.fundId,
    from: report.period.from,
    to: report.period.to,
    position: report.source.position,
    root: report.source.ledgerDigest.root,
    seal:
      seal === null
        ? null
        : { position: seal.position, signaturePrefix: seal.signature.slice(0, SEAL_REFERENCE_HEX_DIGITS) },
  };
}

export function formatReportCode(code: ReportCode): string {
  const lines = [
    REPORT_CODE_HEADER,
    `fund=${code.fundId}`,
    `period=${code.from}/${code.to}`,
    `position=${code.position}`,
    `root=${code.root}`,
  ];
  if (code.seal !== null) lines.push(`seal=${code.seal.position}/${code.seal.signaturePrefix}`);
  return lines.join('\n');
}

/** Reads a code as a scanner gives it: line feeds or CR LF, surrounding blank space ignored. */
export function parseReportCode(text: string): ReportCode {
  if (text.length > CODE_LENGTH_MAX) {
    throw new ReportCodeError(`A verification code has at most ${CODE_LENGTH_MAX} characters`);
  }
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header?.trim() !== REPORT_CODE_HEADER) {
    throw new ReportCodeError(`A verification code starts with the line "${REPORT_CODE_HEADER}"`);
  }
  const values = new Map<string, string>();
  for (const line of lines) {
    const [key, value] = splitLine(line.trim());
    if (values.has(key)) throw new ReportCodeError(`The verification code names "${key}" twice`);
    values.set(key, value);
  }
  const [from, to] = period(required(values, 'period'));
  const seal = values.get('seal');
  return {
    fundId: matching(required(values, 'fund'), FUND_ID, 'fund', 'a fund id such as city-fonds'),
    from,
    to,
    position: Number(matching(required(values, 'position'), POSITION, 'position', 'a whole number')),
    root: matching(required(values, 'root'), ROOT, 'root', '64 lowercase hex digits'),
    seal: seal === undefined ? null : sealReference(seal),
  };
}

function splitLine(line: string): [string, string] {
  const equals = line.indexOf('=');
  const key = equals === -1 ? line : line.slice(0, equals);
  if (equals === -1 || !(KEYS as readonly string[]).includes(key)) {
    throw new ReportCodeError(
      `"${line.slice(0, 40)}" is not a line of a verification code (${KEYS.join(', ')})`,
    );
  }
  return [key, line.slice(equals + 1)];
}

function required(values: ReadonlyMap<string, string>, key: (typeof KEYS)[number]): string {
  const value = values.get(key);
  if (value === undefined) throw new ReportCodeError(`The verification code has no "${key}"`);
  return value;
}

function matching(value: string, pattern: RegExp, key: string, expected: string): string {
  if (!pattern.test(value)) {
    throw new ReportCodeError(`"${key}" in the verification code must be ${expected}; got "${value}"`);
  }
  return value;
}

function period(value: string): [string, string] {
  const [from = '', to = '', rest] = value.split('/');
  try {
    if (rest !== undefined) throw new ReportPeriodError('two dates');
    parseCalendarDate(from, 'from');
    parseCalendarDate(to, 'to');
  } catch (error) {
    if (!(error instanceof ReportPeriodError)) throw error;
    throw new ReportCodeError(
      `"period" in the verification code must be two dates such as 2024-01-01/2024-12-31; got "${value}"`,
    );
  }
  return [from, to];
}

function sealReference(value: string): NonNullable<ReportCode['seal']> {
  const match = SEAL.exec(value);
  if (match === null) {
    throw new ReportCodeError(
      `"seal" in the verification code must be a position and ${SEAL_REFERENCE_HEX_DIGITS} hex digits, such as 1200/${'0'.repeat(SEAL_REFERENCE_HEX_DIGITS)}; got "${value}"`,
    );
  }
  return { position: Number(match[1]), signaturePrefix: match[2] };
}

/**
 * Where a report and a code disagree, as one sentence; null when the code names the report. The seal
 * is left out: a report made again later carries the latest seal of its day, and the code's seal is
 * looked for in the log instead.
 */
export function reportCodeMismatch(report: AccountabilityReport, code: ReportCode): string | null {
  const own = reportCodeOf(report);
  const pairs: [string, string | number, string | number][] = [
    ['fund', own.fundId, code.fundId],
    ['period', `${own.from}/${own.to}`, `${code.from}/${code.to}`],
    ['position', own.position, code.position],
    ['root', own.root, code.root],
  ];
  const differing = pairs.find(([, mine, theirs]) => mine !== theirs);
  if (differing === undefined) return null;
  const [key, mine, theirs] = differing;
  return `The report is not the one the code names: its ${key} is ${mine}, the code says ${theirs}.`;
}
