/**
 * The report as canonical JSON (RFC 8785): members sorted, no whitespace, so the same report is always
 * the same bytes and can be hashed, signed or compared with `cmp`. Language-neutral: labels belong to
 * the other formats; codes and decimal strings are what a spreadsheet or a verifier needs.
 */
import canonicalize from 'canonicalize';
import type { AccountabilityReport } from '../accountability/accountability-report.model';

/** Member names such as "12" are ordered by value, not by insertion, in every JavaScript object. */
const ARRAY_INDEX = /^(0|[1-9]\d*)$/;

type SortedCopy = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/**
 * A copy of plain JSON data whose objects have their members inserted in sorted order, so that the
 * engine's own `JSON.stringify` writes them canonically — several times faster than serialising member
 * by member on a report of thousands of decisions. Report data holds only strings, integers, booleans
 * and null; a member name that looks like an array index cannot keep its place, so such data is handed
 * to the general RFC 8785 serialiser instead.
 */
function sortedCopy(value: unknown): SortedCopy {
  if (value === null || typeof value !== 'object') return { ok: true, value };
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const copy = sortedCopy(item);
      if (!copy.ok) return copy;
      items.push(copy.value);
    }
    return { ok: true, value: items };
  }
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (ARRAY_INDEX.test(key)) return { ok: false };
    const copy = sortedCopy(record[key]);
    if (!copy.ok) return copy;
    sorted[key] = copy.value;
  }
  return { ok: true, value: sorted };
}

export function renderReportJson(report: AccountabilityReport): string {
  const copy = sortedCopy(report);
  const canonical = copy.ok ? JSON.stringify(copy.value) : canonicalize(report);
  if (canonical === undefined) throw new Error('The report has no canonical JSON form');
  return `${canonical}\n`;
}
