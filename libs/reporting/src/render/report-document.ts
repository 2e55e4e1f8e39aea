/**
 * The report laid out as a document in one language: the header facts and the sections in order.
 * The list sections are in `report-document.lists.ts`.
 */
import { Money } from '@fund-ledger/domain';
import type {
  AccountabilityReport,
  PotReconciliation,
  ReportFund,
} from '../accountability/accountability-report.model';
import { formatDate, formatMonth, formatShare } from './locale-format';
import {
  column,
  table,
  type Cell,
  type DocumentSection,
  type FactsBlock,
  type ReportDocument,
} from './report-document.blocks';
import { labelsFor, type ReportLabels, type ReportLanguage } from './report-labels';
import {
  applicationsSection,
  clawbacksSection,
  decisionsSection,
  grantsSection,
  openCommitmentsSection,
  payoutsSection,
} from './report-document.lists';

export function reportDocument(report: AccountabilityReport, language: ReportLanguage): ReportDocument {
  const labels = labelsFor(language);
  const periodText = `${formatDate(report.period.from, language)} – ${formatDate(report.period.to, language)}`;
  const sections: DocumentSection[] = [
    balancesSection(report, labels),
    moneyInSection(report, labels),
    capSection(report, labels),
    applicationsSection(report, labels),
    decisionsSection(report, labels),
    grantsSection(report, labels),
    payoutsSection(report, labels),
    openCommitmentsSection(report, labels),
    clawbacksSection(report, labels),
    integritySection(report, labels),
  ].map((section, index) => ({ ...section, title: `${index + 1}. ${section.title}` }));
  return {
    language,
    labels,
    title: labels.documentTitle,
    fundName: report.fund.name,
    periodText,
    footerText: `${labels.facts.ledgerDigest}: ${report.source.ledgerDigest.root.slice(0, 16)}… · ${labels.facts.position} ${report.source.position}`,
    createdAt: report.generatedAt ?? report.source.fundStream.recordedAt,
    header: headerFacts(report, labels, language, periodText),
    sections,
  };
}

function headerFacts(
  report: AccountabilityReport,
  labels: ReportLabels,
  language: ReportLanguage,
  periodText: string,
): FactsBlock {
  const { fund, source } = report;
  const rows: [string, Cell][] = [
    [labels.facts.fund, `${fund.name} (${fund.fundId})`],
    [labels.facts.area, fund.area],
    [labels.facts.period, periodText],
    [labels.facts.fundStatus, labels.values.fundStatus[fund.status]],
    ...settingsFacts(fund, labels, language),
    [labels.facts.position, { count: source.position }],
    [labels.facts.ledgerDigest, source.ledgerDigest.root],
    [labels.facts.fundStreamHead, `${source.fundStream.revision}, ${source.fundStream.hash}`],
    [labels.facts.eventsInPeriod, { count: source.eventsInPeriod }],
  ];
  if (report.generatedAt !== null) rows.push([labels.facts.generatedAt, report.generatedAt]);
  return { kind: 'facts', rows };
}

/** The seal the report carries, in one row; reports made before seals existed have none to show. */
function sealFacts(report: AccountabilityReport, labels: ReportLabels): [string, Cell][] {
  const carried = report.source.seal;
  if (carried === undefined) return [];
  const { seal } = carried;
  return [
    [
      labels.facts.seal,
      seal === null
        ? labels.facts.noSeal
        : `${seal.position} · ${seal.sealedAt} · ${seal.signature.slice(0, 32)}…`,
    ],
  ];
}

function settingsFacts(fund: ReportFund, labels: ReportLabels, language: ReportLanguage): [string, Cell][] {
  const { settings } = fund;
  const funders = settings.publicFunders
    .map((funder) => `${funder.name} (${formatShare(funder.share, language)})`)
    .join(', ');
  return [
    [labels.facts.fundingSource, labels.values.fundingSource[settings.fundingSource]],
    [labels.facts.matchingModel, labels.values.matchingModel[settings.matchingModel]],
    [labels.facts.publicShareMax, { share: settings.publicShareMax }],
    [
      labels.facts.perProjectPublicCap,
      settings.perProjectPublicCap === null ? labels.facts.noCap : { amount: settings.perProjectPublicCap },
    ],
    [labels.facts.publicMoneyInvestiveOnly, settings.publicMoneyInvestiveOnly ? labels.yes : labels.no],
    [labels.facts.publicFunders, funders.length === 0 ? labels.none : funders],
  ];
}

function sum(...amounts: string[]): string {
  return amounts.reduce((total, amount) => total.plus(amount), new Money(0)).toFixed(2);
}

/** The lines that reconcile available money; outflows are negated so that the first six sum to the seventh. */
const RECONCILIATION_LINES: readonly (readonly [keyof PotReconciliation, 1 | -1])[] = [
  ['availableAtStart', 1],
  ['received', 1],
  ['refunded', 1],
  ['lapsed', -1],
  ['granted', -1],
  ['released', 1],
  ['availableAtEnd', 1],
];

const COMMITMENT_LINES: readonly (keyof PotReconciliation)[] = [
  'openCommitmentsAtStart',
  'paid',
  'openCommitmentsAtEnd',
  'repaymentOutstandingAtEnd',
];

function signed(amount: string, sign: 1 | -1): string {
  return sign === 1 ? amount : new Money(amount).negated().toFixed(2);
}

function potColumns(labels: ReportLabels) {
  return [
    column(labels.columns.item, 'left', 3),
    column(labels.columns.public, 'right'),
    column(labels.columns.private, 'right'),
    column(labels.total, 'right'),
  ];
}

function balancesSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  const { balances } = report;
  const potRow = (line: keyof PotReconciliation, sign: 1 | -1 = 1): Cell[] => {
    const publicAmount = signed(balances.public[line], sign);
    const privateAmount = signed(balances.private[line], sign);
    return [
      labels.balances[line],
      { amount: publicAmount },
      { amount: privateAmount },
      { amount: sum(publicAmount, privateAmount) },
    ];
  };
  const funderRows = balances.funders.map((funder): Cell[] => [
    funder.name,
    { amount: funder.received },
    { amount: funder.granted },
    { amount: funder.paid },
    { amount: funder.refunded },
    { amount: funder.availableAtEnd },
  ]);
  const funderColumns = [
    column(labels.columns.funder, 'left', 2),
    column(labels.balances.received, 'right'),
    column(labels.balances.granted, 'right'),
    column(labels.balances.paid, 'right'),
    column(labels.balances.refunded, 'right'),
    column(labels.balances.availableAtEnd, 'right'),
  ];
  return {
    title: labels.sections.balances,
    blocks: [
      table(
        potColumns(labels),
        RECONCILIATION_LINES.map(([line, sign]) => potRow(line, sign)),
        {
          emphasised: [0, RECONCILIATION_LINES.length - 1],
          emptyText: labels.emptyList,
        },
      ),
      { kind: 'paragraph', text: labels.balances.explanation },
      table(
        potColumns(labels),
        COMMITMENT_LINES.map((line) => potRow(line)),
        {
          title: labels.balances.commitmentsTitle,
          emptyText: labels.emptyList,
        },
      ),
      table(funderColumns, funderRows, { title: labels.sections.funders, emptyText: labels.emptyList }),
    ],
  };
}

function moneyInSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  const { moneyIn } = report;
  const kindRows = moneyIn.private.byKind.map((kind): Cell[] => [
    labels.values.contributorKind[kind.kind],
    { count: kind.count },
    { amount: kind.amount },
  ]);
  const contributorRows = moneyIn.private.byContributor.map((contributor): Cell[] => [
    contributor.name,
    labels.values.contributorKind[contributor.kind],
    { count: contributor.count },
    { amount: contributor.amount },
  ]);
  const funderRows: Cell[][] = moneyIn.public.byFunder.map((funder) => [
    funder.name,
    { amount: funder.amount },
  ]);
  if (!new Money(moneyIn.public.notSplit).isZero()) {
    funderRows.push([labels.moneyIn.notSplit, { amount: moneyIn.public.notSplit }]);
  }
  const monthRows = moneyIn.byMonth.map((month): Cell[] => [
    formatMonth(month.month, labels.monthNames),
    { amount: month.public },
    { amount: month.private },
    { amount: sum(month.public, month.private) },
  ]);
  const empty = labels.emptyList;
  return {
    title: labels.sections.moneyIn,
    blocks: [
      {
        kind: 'facts',
        rows: [
          [labels.moneyIn.total, { amount: moneyIn.total }],
          [labels.columns.public, { amount: moneyIn.public.total }],
          [labels.columns.private, { amount: moneyIn.private.total }],
        ],
      },
      table(
        [
          column(labels.columns.kind, 'left', 3),
          column(labels.columns.count, 'right'),
          column(labels.columns.amount, 'right'),
        ],
        kindRows,
        {
          title: labels.moneyIn.privateByKind,
          totals: [labels.total, { count: moneyIn.private.count }, { amount: moneyIn.private.total }],
          emptyText: empty,
        },
      ),
      table(
        [
          column(labels.columns.contributor, 'left', 3),
          column(labels.columns.kind, 'left', 2),
          column(labels.columns.count, 'right'),
          column(labels.columns.amount, 'right'),
        ],
        contributorRows,
        { title: labels.moneyIn.privateByContributor, emptyText: empty },
      ),
      table([column(labels.columns.funder, 'left', 3), column(labels.columns.amount, 'right')], funderRows, {
        title: labels.moneyIn.publicByFunder,
        totals: [labels.total, { amount: moneyIn.public.total }],
        emptyText: empty,
      }),
      {
        kind: 'money-in-chart',
        title: labels.moneyIn.chartTitle,
        publicLabel: labels.columns.public,
        privateLabel: labels.columns.private,
        months: moneyIn.byMonth.map((month) => ({
          label: formatMonth(month.month, labels.monthNames),
          public: month.public,
          private: month.private,
        })),
      },
      table(
        [
          column(labels.columns.month, 'left', 2),
          column(labels.columns.public, 'right'),
          column(labels.columns.private, 'right'),
          column(labels.total, 'right'),
        ],
        monthRows,
        { title: labels.moneyIn.byMonth, emptyText: empty },
      ),
    ],
  };
}

function capSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  const rows = report.capOverTime.map((point): Cell[] => [
    { date: point.date },
    { amount: point.publicSpent },
    { amount: point.privateSpent },
    { share: point.publicShare },
    { share: point.publicShareMax },
    point.withinCap ? labels.yes : labels.no,
    { amount: point.headroom },
  ]);
  return {
    title: labels.sections.capOverTime,
    blocks: [
      {
        kind: 'cap-chart',
        title: labels.cap.chartTitle,
        shareLabel: labels.columns.publicShare,
        capLabel: labels.cap.capLine,
        points: report.capOverTime.map((point) => ({
          label: formatMonth(point.date.slice(0, 7), labels.monthNames),
          share: point.publicShare,
          cap: point.publicShareMax,
        })),
      },
      table(
        [
          column(labels.columns.monthEnd, 'left', 1.2),
          column(labels.columns.public, 'right'),
          column(labels.columns.private, 'right'),
          column(labels.columns.publicShare, 'right'),
          column(labels.columns.cap, 'right'),
          column(labels.columns.withinCap, 'left', 0.8),
          column(labels.columns.headroom, 'right'),
        ],
        rows,
        { emptyText: labels.emptyList },
      ),
      { kind: 'paragraph', text: labels.cap.explanation },
    ],
  };
}

function integritySection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  return {
    title: labels.sections.integrity,
    blocks: [
      { kind: 'paragraph', text: labels.integrityText(report.source.position) },
      { kind: 'commands', lines: labels.integritySteps },
      {
        kind: 'facts',
        rows: [
          [labels.facts.ledgerDigest, report.source.ledgerDigest.root],
          [labels.facts.position, { count: report.source.position }],
          ...sealFacts(report, labels),
        ],
      },
    ],
  };
}
