import { Module } from '@nestjs/common';
import { AccountabilityReportHandler } from './accountability-report/accountability-report.handler';
import { AccountabilityReportHttpController } from './accountability-report/accountability-report.http.controller';
import { ExportLogHandler } from './export-log/export-log.handler';
import {
  FundExportHttpController,
  LedgerExportHttpController,
} from './export-log/export-log.http.controller';
import { LedgerDigestHandler } from './ledger-digest/ledger-digest.handler';
import { LedgerDigestHttpController } from './ledger-digest/ledger-digest.http.controller';
import { VerificationHttpController } from './verify-ledger/verification.http.controller';
import { VerificationJobs } from './verify-ledger/verification-jobs';

const queryHandlers = [AccountabilityReportHandler, ExportLogHandler, LedgerDigestHandler];

const controllers = [
  AccountabilityReportHttpController,
  FundExportHttpController,
  LedgerExportHttpController,
  LedgerDigestHttpController,
  VerificationHttpController,
];

/**
 * Reports and audit exports over HTTP: the council's accountability report (council, auditor), the
 * event log as JSON Lines, the ledger digest and the verification of the whole log (auditor). Everything is computed from the event store
 * with the same library as `ledger-cli`, so both give the same answers.
 */
@Module({ controllers, providers: [...queryHandlers, VerificationJobs] })
export class ReportsModule {}
