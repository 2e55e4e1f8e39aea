/**
 * The section on the public share against the cap, explained for the fund's own matching model: a
 * pooled fund's headroom follows from the private money received, a per-project fund's from each
 * project's eligible costs, shown project by project with the applicant's own contribution.
 */
import type {
  AccountabilityReport,
  PooledMatchingFigures,
} from '../accountability/accountability-report.model';
import { formatReportAmount, formatMonth, formatReportShare } from './locale-format';
import {
  column,
  table,
  type Block,
  type Cell,
  type DocumentSection,
  type TableBlock,
} from './report-document.blocks';
import { countedTotal, dateNote, holdsPrivateMoney, sum } from './report-document.shared';
import type { ReportLabels, ReportLanguage } from './report-labels';

/** Month ends named in the chart's description; the table under the chart holds them all. */
const DESCRIBED_POINTS_MAX = 24;

export function capDocumentSection(
  report: AccountabilityReport,
  labels: ReportLabels,
  language: ReportLanguage,
): DocumentSection {
  const pooled = holdsPrivateMoney(report);
  const points = report.capOverTime.map((point) => ({
    label: formatMonth(point.date.slice(0, 7), labels.monthNames),
    share: point.publicShare,
    cap: point.publicShareMax,
  }));
  const shown = points.flatMap((point) =>
    point.share === null ? [] : [`${point.label}: ${formatReportShare(point.share, language)}`],
  );
  const described =
    shown.length <= DESCRIBED_POINTS_MAX ? shown : [...shown.slice(0, DESCRIBED_POINTS_MAX), '…'];
  const blocks: Block[] = [
    { kind: 'paragraph', text: explanation(report, labels, language) },
    {
      kind: 'cap-chart',
      title: labels.cap.chartTitle,
      description: labels.cap.chartDescription(
        formatReportShare(report.fund.settings.publicShareMax, language),
        described,
      ),
      shareLabel: labels.columns.publicShare,
      capLabel: labels.cap.capLine,
      points,
    },
    monthEndTable(report, labels, pooled),
  ];
  const { matching } = report;
  if (matching.pooled !== null) blocks.push(pooledHeadroom(matching.pooled, labels));
  else blocks.push(projectsTable(report, labels));
  return { title: labels.sections.capOverTime, blocks };
}

/** The rules of the fund's matching model, with its own share cap and per-project cap. */
function explanation(report: AccountabilityReport, labels: ReportLabels, language: ReportLanguage): string {
  const { settings } = report.fund;
  const share = formatReportShare(settings.publicShareMax, language);
  if (holdsPrivateMoney(report)) return labels.cap.explanationPooled(share);
  const cap = settings.perProjectPublicCap;
  return labels.cap.explanationPerProject(share, cap === null ? null : formatReportAmount(cap, language));
}

/** The share at each month end; a snapshot per row, so the rows do not add up to a total. */
function monthEndTable(report: AccountabilityReport, labels: ReportLabels, pooled: boolean): TableBlock {
  const rows = report.capOverTime.map((point): Cell[] => [
    { date: point.date },
    pooled ? { amount: point.publicSpent } : { amount: sum(point.publicSpent, point.privateSpent) },
    pooled ? { amount: point.privateSpent } : { amount: point.publicSpent },
    { share: point.publicShare },
    { share: point.publicShareMax },
    point.withinCap ? labels.yes : labels.no,
    { amount: point.headroom },
  ]);
  return table(
    [
      column(labels.columns.monthEnd, 'left', 1.1),
      column(pooled ? labels.columns.publicSpent : labels.columns.eligibleCosts, 'right'),
      column(pooled ? labels.columns.privateSpent : labels.columns.publicMoney, 'right'),
      column(labels.columns.publicShare, 'right'),
      column(labels.columns.cap, 'right'),
      column(labels.columns.withinCap, 'left', 0.8),
      column(labels.columns.headroom, 'right'),
    ],
    rows,
    {
      emptyText: labels.emptyList,
      notes: [
        dateNote(labels, report.dates.capOverTime),
        pooled ? labels.cap.headroomPooled : labels.cap.headroomPerProject,
      ],
    },
  );
}

/**
 * How a pooled fund's headroom at the end of the period follows from the money received and spent. A
 * derivation, not a sum: the note says how the last line follows from the lines above it.
 */
function pooledHeadroom(figures: PooledMatchingFigures, labels: ReportLabels): TableBlock {
  const { pooled } = labels.cap;
  const rows: Cell[][] = [
    [pooled.privateReceived, { amount: figures.privateReceived }],
    [pooled.publicReceived, { amount: figures.publicReceived }],
    [pooled.matched, { amount: figures.matched }],
    [pooled.publicSpent, { amount: figures.publicSpent }],
    [pooled.matchedNotSpent, { amount: figures.matchedNotSpent }],
    [pooled.publicAvailable, { amount: figures.publicAvailable }],
    [pooled.headroom, { amount: figures.headroom }],
  ];
  return table([column(labels.columns.item, 'left', 3), column(labels.columns.amount, 'right')], rows, {
    title: pooled.title,
    emphasised: [rows.length - 1],
    emptyText: labels.emptyList,
    notes: [pooled.rule],
  });
}

/** Each project with public money: its eligible costs, the applicant's own contribution and the fund's part. */
function projectsTable(report: AccountabilityReport, labels: ReportLabels): TableBlock {
  const { projects, projectTotals } = report.matching;
  const rows = projects.map((project): Cell[] => [
    `${project.title} – ${project.applicant}${project.eligibleCostsProven ? ' *' : ''}`,
    { amount: project.eligibleCosts },
    { amount: project.ownContribution },
    { amount: project.publicSpent },
    { share: project.publicShare },
    { amount: project.publicLimit },
    { amount: project.headroom },
  ]);
  const overLimit = projects.filter((project) => !project.withinCap).map((project) => project.title);
  return table(
    [
      column(labels.columns.project, 'left', 2.6),
      column(labels.columns.eligibleCosts, 'right'),
      column(labels.columns.ownContribution, 'right'),
      column(labels.columns.publicMoney, 'right'),
      column(labels.columns.publicShare, 'right', 0.8),
      column(labels.columns.publicLimit, 'right'),
      column(labels.columns.headroom, 'right'),
    ],
    rows,
    {
      title: labels.cap.projectsTitle,
      totals:
        projectTotals === null
          ? null
          : [
              countedTotal(labels, projectTotals.count),
              { amount: projectTotals.eligibleCosts },
              { amount: projectTotals.ownContribution },
              { amount: projectTotals.publicSpent },
              { share: projectTotals.publicShare },
              { amount: projectTotals.publicLimit },
              { amount: projectTotals.headroom },
            ],
      emptyText: labels.cap.noProjects,
      notes: [
        labels.cap.projectsNote,
        ...(overLimit.length === 0 ? [] : [labels.cap.projectsOverLimit(overLimit)]),
      ],
    },
  );
}
