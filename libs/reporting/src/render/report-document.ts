/**
 * The report laid out as a document in one language: the header facts and the sections in order. Every
 * table adds up on its face: a totals row sums its columns, a reconciliation's lines sum to its last
 * line, and a table whose rows follow a rule says the rule under it. Amounts are positive wherever a
 * column names their direction; only the reconciliations carry signs, and they say so.
 *
 * This file holds the frame and the money sections; `report-document.matching.ts` the public share,
 * `report-document.lists.ts` the lists and `report-document.verification.ts` the last section.
 */
import type {
  AccountabilityReport,
  FunderReconciliation,
  PotReconciliation,
  ReportFund,
} from '../accountability/accountability-report.model';
import { formatReportAmount, formatReportDate, formatMonth, formatReportShare } from './locale-format';
import {
  column,
  table,
  type Cell,
  type DocumentSection,
  type FactsBlock,
  type ReportDocument,
  type TableBlock,
} from './report-document.blocks';
import { capDocumentSection } from './report-document.matching';
import {
  applicationsDocumentSection,
  clawbacksDocumentSection,
  decisionsDocumentSection,
  grantsDocumentSection,
  openCommitmentsDocumentSection,
  payoutsDocumentSection,
} from './report-document.lists';
import { dateNote, holdsPrivateMoney, sum, sumOfColumns } from './report-document.shared';
import { verificationDocumentSection } from './report-document.verification';
import { labelsFor, type ReportLabels, type ReportLanguage } from './report-labels';

export function reportDocument(report: AccountabilityReport, language: ReportLanguage): ReportDocument {
  const labels = labelsFor(language);
  const periodText = `${formatReportDate(report.period.from, language)} – ${formatReportDate(report.period.to, language)}`;
  const sections: DocumentSection[] = [
    balancesDocumentSection(report, labels),
    moneyInDocumentSection(report, labels, language),
    capDocumentSection(report, labels, language),
    applicationsDocumentSection(report, labels, language),
    decisionsDocumentSection(report, labels, language),
    grantsDocumentSection(report, labels),
    payoutsDocumentSection(report, labels),
    openCommitmentsDocumentSection(report, labels),
    clawbacksDocumentSection(report, labels),
  ].map((section, index) => ({ ...section, title: `${index + 1}. ${section.title}` }));
  sections.push({
    ...verificationDocumentSection(report, labels, language),
    title: `${sections.length + 1}. ${labels.sections.integrity}`,
  });
  return {
    language,
    labels,
    title: labels.documentTitle,
    fundName: report.fund.name,
    periodText,
    footerText: labels.footer(report.source.ledgerDigest.root, report.source.position),
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
    [labels.facts.period, `${periodText} (${labels.dates.periodBasis[report.dates.period]})`],
    [labels.facts.fundStatus, labels.values.fundStatus[fund.status]],
    ...settingsFacts(fund, labels, language),
    [labels.facts.position, { count: source.position }],
    [labels.facts.ledgerDigest, source.ledgerDigest.root],
    [labels.facts.eventsInPeriod, { count: source.eventsInPeriod }],
  ];
  if (report.generatedAt !== null) rows.push([labels.facts.generatedAt, report.generatedAt]);
  return { kind: 'facts', rows };
}

function settingsFacts(fund: ReportFund, labels: ReportLabels, language: ReportLanguage): [string, Cell][] {
  const { settings } = fund;
  const funders = settings.publicFunders
    .map((funder) => `${funder.name} (${formatReportShare(funder.share, language)})`)
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

// 1. Available money, commitments and repayments

type Line = keyof PotReconciliation;

/**
 * The three reconciliations of the section, line by line with the sign each line adds with: the first
 * line is the stock at the start, the last the stock at the end, which the lines before it sum to.
 */
const AVAILABLE_LINES: readonly (readonly [Line, 1 | -1])[] = [
  ['availableAtStart', 1],
  ['received', 1],
  ['refunded', 1],
  ['lapsed', -1],
  ['granted', -1],
  ['released', 1],
  ['availableAtEnd', 1],
];

const COMMITMENT_LINES: readonly (readonly [Line, 1 | -1])[] = [
  ['openCommitmentsAtStart', 1],
  ['granted', 1],
  ['paid', -1],
  ['released', -1],
  ['openCommitmentsAtEnd', 1],
];

const REPAYMENT_LINES: readonly (readonly [Line, 1 | -1])[] = [
  ['repaymentOutstandingAtStart', 1],
  ['repaymentDemanded', 1],
  ['refunded', -1],
  ['repaymentOutstandingAtEnd', 1],
];

function signedCell(amount: string, sign: 1 | -1): Cell {
  return { signedAmount: sign === 1 || amount === '0.00' ? amount : `-${amount}` };
}

/** A reconciliation with a column per pot (and their total) in a pooled fund, one column otherwise. */
function reconciliationTable(
  report: AccountabilityReport,
  labels: ReportLabels,
  lines: readonly (readonly [Line, 1 | -1])[],
  title: string,
): TableBlock {
  const { balances } = report;
  const last = lines.length - 1;
  const both = holdsPrivateMoney(report);
  const rows = lines.map(([line, sign], index): Cell[] => {
    const stock = index === 0 || index === last;
    const cell = (amount: string): Cell => (stock ? { amount } : signedCell(amount, sign));
    const label = labels.lines[line];
    if (!both) return [label, cell(balances.public[line])];
    const total = sum(balances.public[line], balances.private[line]);
    return [label, cell(balances.public[line]), cell(balances.private[line]), cell(total)];
  });
  const columns = both
    ? [
        column(labels.columns.item, 'left', 3),
        column(labels.columns.public, 'right'),
        column(labels.columns.private, 'right'),
        column(labels.total, 'right'),
      ]
    : [column(labels.columns.item, 'left', 3), column(labels.columns.publicMoney, 'right', 1.2)];
  return table(columns, rows, {
    title,
    emphasised: [0, last],
    emptyText: labels.emptyList,
    reconciliation: true,
    rowIdentities: both ? [sumOfColumns(3, [1, 2])] : [],
  });
}

function balancesDocumentSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  const both = holdsPrivateMoney(report);
  const available = reconciliationTable(report, labels, AVAILABLE_LINES, labels.balances.availableTitle);
  return {
    title: labels.sections.balances,
    blocks: [
      {
        kind: 'paragraph',
        text: both ? labels.balances.introPooled : labels.balances.introPerProject,
      },
      { ...available, notes: [labels.balances.signNote, labels.balances.availableRule] },
      {
        ...reconciliationTable(report, labels, COMMITMENT_LINES, labels.balances.commitmentsTitle),
        notes: [labels.balances.commitmentsRule],
      },
      {
        ...reconciliationTable(report, labels, REPAYMENT_LINES, labels.balances.repaymentsTitle),
        notes: [labels.balances.repaymentsRule],
      },
      ...funderBlocks(report, labels),
    ],
  };
}

/**
 * The public money per funder, in two tables that each add up across every row: available money and
 * commitments. A fund with one funder shows one sentence instead: its tables above are that funder's.
 */
function funderBlocks(report: AccountabilityReport, labels: ReportLabels): DocumentSection['blocks'] {
  const { funders } = report.balances;
  if (funders.length === 0) return [];
  if (funders.length === 1) return [{ kind: 'paragraph', text: labels.balances.oneFunder(funders[0].name) }];
  const funderTable = (title: string, lines: readonly (readonly [Line, 1 | -1])[], rule: string) => {
    const amounts = (row: PotReconciliation): Cell[] => lines.map(([line]) => ({ amount: row[line] }));
    return table(
      [
        column(labels.columns.funder, 'left', 1.6),
        ...lines.map(([line]) => column(labels.funderColumns[line], 'right')),
      ],
      funders.map((funder: FunderReconciliation): Cell[] => [funder.name, ...amounts(funder)]),
      {
        title,
        totals: [labels.total, ...amounts(report.balances.public)],
        emptyText: labels.emptyList,
        notes: [rule, labels.balances.fundersNote],
        rowIdentities: [
          {
            result: lines.length,
            terms: lines.slice(0, -1).map(([, sign], index) => [index + 1, sign] as const),
          },
        ],
      },
    );
  };
  return [
    funderTable(labels.balances.fundersAvailableTitle, AVAILABLE_LINES, labels.balances.availableRule),
    funderTable(labels.balances.fundersCommitmentsTitle, COMMITMENT_LINES, labels.balances.commitmentsRule),
  ];
}

// 2. Money in

function moneyInDocumentSection(
  report: AccountabilityReport,
  labels: ReportLabels,
  language: ReportLanguage,
): DocumentSection {
  const { moneyIn } = report;
  const both = holdsPrivateMoney(report);
  const empty = labels.emptyList;
  const funderRows: Cell[][] = moneyIn.public.byFunder.map((funder) => [
    funder.name,
    { amount: funder.amount },
  ]);
  if (moneyIn.public.notSplit !== '0.00') {
    funderRows.push([labels.moneyIn.notSplit, { amount: moneyIn.public.notSplit }]);
  }
  const publicByFunder = table(
    [column(labels.columns.funder, 'left', 3), column(labels.columns.amount, 'right')],
    funderRows,
    {
      title: labels.moneyIn.publicByFunder,
      totals: [labels.total, { amount: moneyIn.public.total }],
      emptyText: empty,
    },
  );
  return {
    title: labels.sections.moneyIn,
    blocks: [
      {
        kind: 'facts',
        rows: both
          ? [
              [labels.moneyIn.total, { amount: moneyIn.total }],
              [labels.columns.public, { amount: moneyIn.public.total }],
              [labels.columns.private, { amount: moneyIn.private.total }],
            ]
          : [[labels.moneyIn.publicTotal, { amount: moneyIn.public.total }]],
      },
      ...(both
        ? privateMoneyTables(report, labels)
        : [{ kind: 'paragraph' as const, text: labels.moneyIn.noPrivate }]),
      publicByFunder,
      {
        kind: 'money-in-chart',
        title: labels.moneyIn.chartTitle,
        description: labels.moneyIn.chartDescription(
          moneyIn.byMonth
            .filter((month) => month.public !== '0.00' || month.private !== '0.00')
            .map((month) => ({
              label: formatMonth(month.month, labels.monthNames),
              public: formatReportAmount(month.public, language),
              private: formatReportAmount(month.private, language),
            })),
          both,
        ),
        publicLabel: labels.columns.public,
        privateLabel: both ? labels.columns.private : null,
        months: moneyIn.byMonth.map((month) => ({
          label: formatMonth(month.month, labels.monthNames),
          public: month.public,
          private: month.private,
        })),
      },
      monthTable(report, labels),
    ],
  };
}

function privateMoneyTables(report: AccountabilityReport, labels: ReportLabels): TableBlock[] {
  const { moneyIn } = report;
  const totals = (leading: number): Cell[] => [
    labels.total,
    ...Array.from({ length: leading }, () => ''),
    { count: moneyIn.private.count },
    { amount: moneyIn.private.total },
  ];
  return [
    table(
      [
        column(labels.columns.kind, 'left', 3),
        column(labels.columns.count, 'right'),
        column(labels.columns.amount, 'right'),
      ],
      moneyIn.private.byKind.map((kind): Cell[] => [
        labels.values.contributorKind[kind.kind],
        { count: kind.count },
        { amount: kind.amount },
      ]),
      { title: labels.moneyIn.privateByKind, totals: totals(0), emptyText: labels.emptyList },
    ),
    table(
      [
        column(labels.columns.contributor, 'left', 3),
        column(labels.columns.kind, 'left', 2),
        column(labels.columns.count, 'right'),
        column(labels.columns.amount, 'right'),
      ],
      moneyIn.private.byContributor.map((contributor): Cell[] => [
        contributor.name,
        labels.values.contributorKind[contributor.kind],
        { count: contributor.count },
        { amount: contributor.amount },
      ]),
      { title: labels.moneyIn.privateByContributor, totals: totals(1), emptyText: labels.emptyList },
    ),
  ];
}

function monthTable(report: AccountabilityReport, labels: ReportLabels): TableBlock {
  const { moneyIn } = report;
  const both = holdsPrivateMoney(report);
  const rows = moneyIn.byMonth.map((entry): Cell[] => {
    const label = formatMonth(entry.month, labels.monthNames);
    return both
      ? [
          label,
          { amount: entry.public },
          { amount: entry.private },
          { amount: sum(entry.public, entry.private) },
        ]
      : [label, { amount: entry.public }];
  });
  const columns = both
    ? [
        column(labels.columns.month, 'left', 2),
        column(labels.columns.public, 'right'),
        column(labels.columns.private, 'right'),
        column(labels.total, 'right'),
      ]
    : [column(labels.columns.month, 'left', 2), column(labels.columns.publicMoney, 'right')];
  const totals: Cell[] = both
    ? [
        labels.total,
        { amount: moneyIn.public.total },
        { amount: moneyIn.private.total },
        { amount: moneyIn.total },
      ]
    : [labels.total, { amount: moneyIn.public.total }];
  return table(columns, rows, {
    title: labels.moneyIn.byMonth,
    totals,
    emptyText: labels.emptyList,
    notes: [dateNote(labels, report.dates.moneyInByMonth)],
    rowIdentities: both ? [sumOfColumns(3, [1, 2])] : [],
  });
}
