import { terminalJson, terminalText } from './output/terminal-text';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { addAmounts } from '@fund-ledger/projections';
import {
  parseAccountabilityReport,
  parseReportCode,
  readEventLogFile,
  renderReport,
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  ReportCodeError,
  ReportFormatError,
  verifyCodeAgainstLog,
  verifyReportAgainstLog,
  type AccountabilityReport,
  type CodeVerification,
  type ReportCode,
  type ReportFormat,
  type ReportLanguage,
  type ReportVerification,
} from '@fund-ledger/reporting';
import { type CliSubcommand, type CliContext, ExitCode, UsageError } from '../cli-context';
import { progressOption, startProgress, type ProgressMode } from './output/progress';
import { PROGRESS_EVERY_EVENTS } from './store-access/store-access';

interface VerifyReportOptions {
  readonly code?: string;
  readonly out?: string;
  readonly format: ReportFormat;
  readonly lang: ReportLanguage;
  readonly json?: boolean;
  readonly progress: ProgressMode;
}

/** A scanned code is a few hundred bytes; a file much larger than that is not one. */
const CODE_FILE_BYTES_MAX = 4096;

/**
 * `ledger-cli verify-report REPORT.json EXPORT.jsonl`: checks a council report against an exported log
 * with no database and no service: every chain of the export, the ledger digest printed on the report,
 * and every figure, re-derived from the fund's events. Exit 1 names the first event or figure at fault.
 *
 * `ledger-cli verify-report --code CODE.txt EXPORT.jsonl`: checks a printed report by the verification
 * code on it (the QR code's text): the export's chains, its digest at the code's position against the
 * code's root, the seal the code names, and rebuilds the report of the code's fund and period, whose
 * figures the paper must show (`--out` writes it). With a JSON report as well, the report must be the
 * one the code names.
 */
export const verifyReportSubcommand: CliSubcommand = {
  register(program: Command, context: CliContext): void {
    program
      .command('verify-report')
      .description(
        'check a report against an exported log: re-derive every figure of a JSON report, or check a printed report by its verification code',
      )
      .argument(
        '<files...>',
        'REPORT.json EXPORT.jsonl, or with --code: EXPORT.jsonl (and optionally the REPORT.json before it)',
      )
      .option('--code <file>', "the text of the report's verification code (its QR code), as a file")
      .option('--out <file>', 'with --code: write the report rebuilt from the export to this file')
      .addOption(
        new Option('--format <format>', 'the format of the rebuilt report')
          .choices(REPORT_FORMATS)
          .default('pdf'),
      )
      .addOption(
        new Option('--lang <language>', 'the language of the rebuilt report')
          .choices(REPORT_LANGUAGES)
          .default('de'),
      )
      .option('--json', 'print the result as JSON on stdout')
      .addOption(progressOption())
      .action((files: string[], options: VerifyReportOptions) => verifyReport(files, options, context));
  },
};

function readReport(path: string): AccountabilityReport {
  if (!existsSync(path)) throw new UsageError(`There is no report file ${path}`);
  try {
    return parseAccountabilityReport(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof ReportFormatError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

function readCode(path: string): ReportCode {
  if (!existsSync(path)) throw new UsageError(`There is no code file ${path}`);
  if (statSync(path).size > CODE_FILE_BYTES_MAX) {
    throw new UsageError(
      `${path} is not a verification code: it is larger than ${CODE_FILE_BYTES_MAX} bytes`,
    );
  }
  try {
    return parseReportCode(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof ReportCodeError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

/** The report and export paths the arguments name, checked against whether a code is given. */
function filesOf(
  files: readonly string[],
  options: VerifyReportOptions,
): { report?: string; exportPath: string } {
  const withCode = options.code !== undefined;
  if (!withCode && files.length !== 2) {
    throw new UsageError(
      'verify-report needs REPORT.json and EXPORT.jsonl, or --code CODE.txt and EXPORT.jsonl',
    );
  }
  if (withCode && files.length > 2) {
    throw new UsageError(
      'With --code, verify-report takes EXPORT.jsonl, and optionally REPORT.json before it',
    );
  }
  if (options.out !== undefined && (!withCode || files.length === 2)) {
    throw new UsageError(
      '--out writes the report rebuilt for a code: use it with --code and EXPORT.jsonl alone',
    );
  }
  const exportPath = files[files.length - 1];
  if (!existsSync(exportPath)) throw new UsageError(`There is no export file ${exportPath}`);
  return files.length === 2 ? { report: files[0], exportPath } : { exportPath };
}

async function verifyReport(
  files: string[],
  options: VerifyReportOptions,
  context: CliContext,
): Promise<void> {
  const { report: reportPath, exportPath } = filesOf(files, options);
  const report = reportPath === undefined ? undefined : readReport(reportPath);
  const code = options.code === undefined ? undefined : readCode(options.code);
  const progress = startProgress(context, { label: 'verify-report', total: null, mode: options.progress });
  const scanOptions = {
    progressIntervalEvents: PROGRESS_EVERY_EVENTS,
    onProgress: (step: { position: number; eventCount: number }) =>
      progress.update(step.position, step.eventCount),
  };
  if (report !== undefined) {
    const verification = await verifyReportAgainstLog(report, readEventLogFile(exportPath), {
      ...scanOptions,
      ...(code === undefined ? {} : { code }),
    });
    progress.finish(verification.eventCount);
    const subject = `the accountability report of fund ${report.fund.fundId} for ${report.period.from} to ${report.period.to}`;
    finish(context, options, verification, () =>
      reportText(subject, report, verification, code !== undefined),
    );
    return;
  }
  const checked = await verifyCodeAgainstLog(code as ReportCode, readEventLogFile(exportPath), scanOptions);
  progress.finish(checked.eventCount);
  if (checked.ok && checked.report !== null && options.out !== undefined) {
    await writeFile(
      options.out,
      await renderReport(checked.report, options.format, { language: options.lang }),
    );
  }
  finish(context, options, checked, () => codeText(code as ReportCode, checked, options));
}

function finish(
  context: CliContext,
  options: VerifyReportOptions,
  verification: ReportVerification,
  text: () => string,
): void {
  const { report: _rebuilt, ...result } = verification as CodeVerification;
  context.io.writeOut(options.json === true ? terminalJson(result) : terminalText(text()));
  if (!verification.ok) context.exitCode = ExitCode.verificationFailed;
}

function reportText(
  subject: string,
  report: AccountabilityReport,
  verification: ReportVerification,
  withCode: boolean,
): string {
  if (verification.problem !== null) {
    return `FAILED: ${subject} does not follow from this export.\n${verification.problem.message}\n`;
  }
  return (
    `OK: ${subject} follows from this export${withCode ? ', and is the one the code names' : ''}.\n` +
    `${verification.eventCount} events verified; ledger digest root ${verification.digest?.root} at position ${report.source.position} matches the report; every figure re-derived.\n`
  );
}

function codeText(code: ReportCode, checked: CodeVerification, options: VerifyReportOptions): string {
  const subject = `the report the code names (fund ${code.fundId}, ${code.from} to ${code.to}, position ${code.position})`;
  if (checked.problem !== null || checked.report === null) {
    return `FAILED: ${subject} does not follow from this export.\n${checked.problem?.message ?? ''}\n`;
  }
  const lines = [
    `OK: ${subject} follows from this export.`,
    `${checked.eventCount} events verified; ledger digest root ${code.root} at position ${code.position} matches the code.`,
  ];
  if (checked.seal !== null) {
    lines.push(
      `The seal the code names is in the log: position ${checked.seal.position}, sealed at ${checked.seal.sealedAt}. Check its signature with: ledger-cli verify --input EXPORT.jsonl --seal-key KEY.`,
    );
  }
  lines.push(
    'The paper must show these figures, computed again from the export:',
    ...keyFigures(checked.report),
  );
  if (options.out !== undefined) lines.push(`Wrote the report rebuilt from the export to ${options.out}.`);
  return `${lines.join('\n')}\n`;
}

/** The figures a reader finds first on the paper, in EUR, with the number of the section they stand in. */
function keyFigures(report: AccountabilityReport): string[] {
  const { balances, applications, grants, payouts } = report;
  const both = (line: 'received' | 'availableAtEnd' | 'openCommitmentsAtEnd') =>
    addAmounts(balances.public[line], balances.private[line]);
  return [
    `  1. received ${both('received')}, available at the end ${both('availableAtEnd')}, open commitments at the end ${both('openCommitmentsAtEnd')}`,
    `  4. ${applications.totals.count} applications dealt with, requesting ${applications.totals.requestedGrant}`,
    `  5. ${report.decisions.length} jury decisions`,
    `  6. ${grants.totals.count} grants, granting ${grants.totals.amount}`,
    `  7. ${payouts.totals.count} payouts, paying ${payouts.totals.amount}`,
  ];
}
