import { terminalJson, terminalText } from './shared/terminal-text';
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  parseAccountabilityReport,
  readEventLogFile,
  ReportFormatError,
  verifyReportAgainstLog,
  type AccountabilityReport,
  type ReportVerification,
} from '@fund-ledger/reporting';
import { type CliCommand, type CliContext, ExitCode, UsageError } from '../cli-context';
import { progressOption, startProgress, type ProgressMode } from './shared/progress';
import { PROGRESS_EVERY_EVENTS } from './shared/store-access';

interface VerifyReportOptions {
  readonly json?: boolean;
  readonly progress: ProgressMode;
}

/**
 * `ledger-cli verify-report REPORT.json EXPORT.jsonl`: checks a council report against an exported log
 * with no database and no service: every chain of the export, the ledger digest printed on the report,
 * and every figure, re-derived from the fund's events. Exit 1 names the first event or figure at fault.
 */
export const verifyReportCommand: CliCommand = {
  register(program: Command, context: CliContext): void {
    program
      .command('verify-report')
      .description('re-derive every figure of a JSON report from an exported log and check its digest')
      .argument('<report>', 'the report, as written by `report accountability --format json`')
      .argument('<export>', 'the whole log, as written by `export --format jsonl`')
      .option('--json', 'print the result as JSON on stdout')
      .addOption(progressOption())
      .action((reportPath: string, exportPath: string, options: VerifyReportOptions) =>
        verifyReport(reportPath, exportPath, options, context),
      );
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

async function verifyReport(
  reportPath: string,
  exportPath: string,
  options: VerifyReportOptions,
  context: CliContext,
): Promise<void> {
  const report = readReport(reportPath);
  if (!existsSync(exportPath)) throw new UsageError(`There is no export file ${exportPath}`);
  const progress = startProgress(context, { label: 'verify-report', total: null, mode: options.progress });
  const verification = await verifyReportAgainstLog(report, readEventLogFile(exportPath), {
    progressIntervalEvents: PROGRESS_EVERY_EVENTS,
    onProgress: (step) => progress.update(step.position, step.eventCount),
  });
  progress.finish(verification.eventCount);
  if (options.json === true) {
    context.io.writeOut(terminalJson(verification));
  } else {
    context.io.writeOut(terminalText(verificationText(report, verification)));
  }
  if (!verification.ok) context.exitCode = ExitCode.verificationFailed;
}

function verificationText(report: AccountabilityReport, verification: ReportVerification): string {
  const subject = `the accountability report of fund ${report.fund.fundId} for ${report.period.from} to ${report.period.to}`;
  if (verification.problem !== null) {
    return `FAILED: ${subject} does not follow from this export.\n${verification.problem.message}\n`;
  }
  return (
    `OK: ${subject} follows from this export.\n` +
    `${verification.eventCount} events verified; ledger digest root ${verification.digest?.root} at position ${report.source.position} matches the report; every figure re-derived.\n`
  );
}
