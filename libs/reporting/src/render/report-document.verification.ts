/**
 * The last section: in plain words what the ledger digest proves and what it does not, who checks it
 * and how, the verification code as a QR code for whoever holds the paper, the whole digest root and
 * the seal that covers the report, if one does.
 */
import type { AccountabilityReport } from '../accountability/accountability-report.model';
import { formatReportCode, reportCodeOf } from '../verification/report-code';
import { formatReportDate } from './locale-format';
import type { Cell, DocumentSection } from './report-document.blocks';
import type { ReportLabels, ReportLanguage } from './report-labels';

export function verificationDocumentSection(
  report: AccountabilityReport,
  labels: ReportLabels,
  language: ReportLanguage,
): Omit<DocumentSection, 'title'> {
  const { source } = report;
  const payload = formatReportCode(reportCodeOf(report));
  const text = labels.integrity;
  return {
    blocks: [
      { kind: 'paragraph', text: text.proves(source.position) },
      { kind: 'paragraph', text: text.limits },
      { kind: 'paragraph', text: sealText(report, labels, language) },
      { kind: 'paragraph', text: text.whoChecks },
      {
        kind: 'verification-code',
        title: text.codeTitle,
        payload,
        description: text.codeDescription(payload),
      },
      { kind: 'commands', lines: text.commands },
      {
        kind: 'facts',
        rows: [
          [labels.facts.ledgerDigest, source.ledgerDigest.root],
          [labels.facts.position, { count: source.position }],
          [
            labels.facts.digestCovers,
            text.digestCovers(source.ledgerDigest.eventCount, source.ledgerDigest.streamCount),
          ],
          [labels.facts.fundStreamHead, `${source.fundStream.revision}, ${source.fundStream.hash}`],
          ...sealFacts(report, labels),
        ],
      },
    ],
  };
}

/** What the seal adds, or that none covers the report yet; reports made before seals existed say nothing. */
function sealText(report: AccountabilityReport, labels: ReportLabels, language: ReportLanguage): string {
  const carried = report.source.seal;
  if (carried === undefined) return labels.integrity.sealUnknown;
  const { seal } = carried;
  if (seal === null) return labels.integrity.notSealed;
  return labels.integrity.sealed(
    formatReportDate(seal.sealedAt, language),
    seal.position,
    seal.timeStampToken !== null,
  );
}

function sealFacts(report: AccountabilityReport, labels: ReportLabels): [string, Cell][] {
  const seal = report.source.seal?.seal;
  if (seal == null) return [];
  return [
    [labels.facts.sealPosition, { count: seal.position }],
    [labels.facts.sealedAt, seal.sealedAt],
    [labels.facts.sealSignature, seal.signature],
    [labels.facts.sealKey, seal.keyId],
  ];
}
