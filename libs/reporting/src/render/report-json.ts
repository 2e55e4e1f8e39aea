/**
 * The report as canonical JSON (RFC 8785): members sorted, no whitespace, so the same report is always
 * the same bytes and can be hashed, signed or compared with `cmp`. Language-neutral: labels belong to
 * the other formats; codes and decimal strings are what a spreadsheet or a verifier needs.
 */
import canonicalize from 'canonicalize';
import type { AccountabilityReport } from '../accountability/accountability-report.model';

export function renderReportJson(report: AccountabilityReport): string {
  const canonical = canonicalize(report);
  if (canonical === undefined) throw new Error('The report has no canonical JSON form');
  return `${canonical}\n`;
}
