export * from './accountability/accountability-report.model';
export * from './accountability/report-period';
export * from './accountability/build-accountability-report';
export * from './accountability/load-report-input';
export * from './export/event-log-jsonl';
export * from './verification/first-difference';
export * from './verification/verify-report';
export { REPORT_LANGUAGES, type ReportLanguage } from './render/report-labels';
export * from './render/render-report';
