/**
 * One entry point for every format: the report model in, the bytes of the file out, with the media
 * type and file extension that go with them.
 */
import type { AccountabilityReport } from '../accountability/accountability-report.model';
import { renderReportCsv } from './report-csv';
import { reportDocument } from './report-document';
import { renderReportHtml } from './report-html';
import { renderReportJson } from './report-json';
import type { ReportLanguage } from './report-labels';
import { renderReportPdf, type PdfOptions } from './report-pdf';

export const REPORT_FORMATS = ['json', 'csv', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

export interface RenderOptions extends PdfOptions {
  readonly language: ReportLanguage;
}

export async function renderReport(
  report: AccountabilityReport,
  format: ReportFormat,
  options: RenderOptions,
): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(renderReportJson(report), 'utf8');
    case 'csv':
      return Buffer.from(renderReportCsv(reportDocument(report, options.language)), 'utf8');
    case 'html':
      return Buffer.from(renderReportHtml(reportDocument(report, options.language)), 'utf8');
    case 'pdf':
      return renderReportPdf(reportDocument(report, options.language), options);
  }
}

/** A file name such as `accountability-city-fonds-2024-01-01-2024-12-31.pdf`. */
export function reportFileName(report: AccountabilityReport, format: ReportFormat): string {
  return `accountability-${report.fund.fundId}-${report.period.from}-${report.period.to}.${format}`;
}
