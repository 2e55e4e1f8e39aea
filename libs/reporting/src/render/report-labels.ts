/**
 * Every word a rendered report shows, in German (the default: the council's language) and English.
 * Stored values such as statuses keep their English codes in the data; only their labels change.
 */
import type {
  ApplicationStatus,
  ContributorKind,
  FundingSource,
  GrantStatus,
  JuryGroup,
  MatchingModel,
} from '@fund-ledger/domain';

export const REPORT_LANGUAGES = ['de', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export interface ReportLabels {
  readonly documentTitle: string;
  readonly page: (page: number, pageCount: number) => string;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly total: string;
  readonly facts: {
    readonly fund: string;
    readonly area: string;
    readonly period: string;
    readonly fundStatus: string;
    readonly fundingSource: string;
    readonly matchingModel: string;
    readonly publicShareMax: string;
    readonly perProjectPublicCap: string;
    readonly noCap: string;
    readonly publicMoneyInvestiveOnly: string;
    readonly publicFunders: string;
    readonly position: string;
    readonly ledgerDigest: string;
    readonly fundStreamHead: string;
    readonly eventsInPeriod: string;
    readonly generatedAt: string;
    readonly seal: string;
    readonly noSeal: string;
  };
  readonly sections: {
    readonly balances: string;
    readonly funders: string;
    readonly moneyIn: string;
    readonly capOverTime: string;
    readonly applications: string;
    readonly decisions: string;
    readonly grants: string;
    readonly payouts: string;
    readonly openCommitments: string;
    readonly clawbacks: string;
    readonly integrity: string;
  };
  readonly balances: {
    readonly availableAtStart: string;
    readonly received: string;
    readonly refunded: string;
    readonly lapsed: string;
    readonly granted: string;
    readonly released: string;
    readonly availableAtEnd: string;
    readonly openCommitmentsAtStart: string;
    readonly openCommitmentsAtEnd: string;
    readonly paid: string;
    readonly repaymentOutstandingAtEnd: string;
    readonly explanation: string;
    readonly commitmentsTitle: string;
  };
  readonly columns: {
    readonly item: string;
    readonly public: string;
    readonly private: string;
    readonly amount: string;
    readonly funder: string;
    readonly kind: string;
    readonly contributor: string;
    readonly count: string;
    readonly month: string;
    readonly monthEnd: string;
    readonly publicShare: string;
    readonly cap: string;
    readonly withinCap: string;
    readonly headroom: string;
    readonly status: string;
    readonly requested: string;
    readonly approved: string;
    readonly date: string;
    readonly application: string;
    readonly outcome: string;
    readonly votes: string;
    readonly quorum: string;
    readonly decidedAmount: string;
    readonly present: string;
    readonly recused: string;
    readonly grant: string;
    readonly paidAtEnd: string;
    readonly openAtEnd: string;
    readonly valueDate: string;
    readonly payoutKind: string;
    readonly reason: string;
    readonly principal: string;
    readonly interest: string;
    readonly due: string;
    readonly receivedInPeriod: string;
    readonly outstanding: string;
  };
  readonly moneyIn: {
    readonly total: string;
    readonly privateByKind: string;
    readonly privateByContributor: string;
    readonly publicByFunder: string;
    readonly notSplit: string;
    readonly byMonth: string;
    readonly chartTitle: string;
  };
  readonly cap: { readonly chartTitle: string; readonly explanation: string; readonly capLine: string };
  readonly applications: { readonly submitted: string; readonly byOutcome: string };
  readonly decisions: {
    readonly quorumText: (present: number, required: number, members: number) => string;
    readonly noVote: string;
    readonly empty: string;
    readonly explanation: string;
  };
  readonly clawbacks: {
    readonly revocations: string;
    readonly repayments: string;
    readonly demandedInPeriod: string;
    readonly receivedInPeriod: string;
    readonly outstandingAtEnd: string;
  };
  readonly emptyList: string;
  readonly integrityText: (position: number) => string;
  readonly integritySteps: readonly string[];
  readonly values: {
    readonly contributorKind: Readonly<Record<ContributorKind, string>>;
    readonly applicationStatus: Readonly<Record<ApplicationStatus, string>>;
    readonly grantStatus: Readonly<Record<GrantStatus, string>>;
    readonly outcome: Readonly<Record<'approved' | 'rejected' | 'deferred', string>>;
    readonly juryGroup: Readonly<Record<JuryGroup, string>>;
    readonly payoutKind: Readonly<Record<'advance' | 'payout', string>>;
    readonly matchingModel: Readonly<Record<MatchingModel, string>>;
    readonly fundingSource: Readonly<Record<FundingSource, string>>;
    readonly fundStatus: Readonly<Record<'open' | 'closed', string>>;
  };
  readonly monthNames: readonly string[];
}

const VERIFY_COMMANDS = [
  'npx ledger-cli export --format jsonl --out ledger.jsonl',
  'npx ledger-cli verify-report report.json ledger.jsonl',
];

const GERMAN: ReportLabels = {
  documentTitle: 'Rechenschaftsbericht Verfügungsfonds',
  page: (page, pageCount) => `Seite ${page} von ${pageCount}`,
  yes: 'ja',
  no: 'nein',
  none: '–',
  total: 'Summe',
  facts: {
    fund: 'Fonds',
    area: 'Gebiet',
    period: 'Berichtszeitraum',
    fundStatus: 'Status des Fonds am Ende des Zeitraums',
    fundingSource: 'Herkunft der öffentlichen Mittel',
    matchingModel: 'Kofinanzierung',
    publicShareMax: 'Höchstanteil öffentlicher Mittel',
    perProjectPublicCap: 'Höchstbetrag öffentlicher Mittel je Projekt',
    noCap: 'keine Obergrenze',
    publicMoneyInvestiveOnly: 'Öffentliche Mittel nur für investive Maßnahmen',
    publicFunders: 'Öffentliche Mittelgeber (Anteile)',
    position: 'Berechnet aus dem Ereignisprotokoll bis Position',
    ledgerDigest: 'Ledger-Digest (Merkle-Wurzel)',
    fundStreamHead: 'Letztes Ereignis des Fonds (Revision, Hash)',
    eventsInPeriod: 'Ereignisse des Fonds im Zeitraum',
    generatedAt: 'Erstellt am',
    seal: 'Siegel (Position, Zeit, Signatur)',
    noSeal: 'Kein Siegel deckt diese Position (noch) ab',
  },
  sections: {
    balances: 'Verfügbare Mittel: Überleitung',
    funders: 'Öffentliche Mittel je Mittelgeber',
    moneyIn: 'Mittelzuflüsse nach Herkunft',
    capOverTime: 'Anteil öffentlicher Mittel und Obergrenze',
    applications: 'Anträge nach Ergebnis',
    decisions: 'Entscheidungen der Jury',
    grants: 'Bewilligungen (Zuwendungsbescheide)',
    payouts: 'Auszahlungen',
    openCommitments: 'Offene Mittelbindungen am Ende des Zeitraums',
    clawbacks: 'Widerrufe und Rückforderungen',
    integrity: 'Prüfbarkeit',
  },
  balances: {
    availableAtStart: 'Verfügbar zu Beginn des Zeitraums',
    received: 'Eingänge',
    refunded: 'Rückzahlungen',
    lapsed: 'Verfallen zum Jahresabschluss',
    granted: 'Bewilligt',
    released: 'Freigegebene Bindungen',
    availableAtEnd: 'Verfügbar am Ende des Zeitraums',
    openCommitmentsAtStart: 'Offene Bindungen zu Beginn',
    openCommitmentsAtEnd: 'Offene Bindungen am Ende',
    paid: 'Ausgezahlt im Zeitraum',
    repaymentOutstandingAtEnd: 'Offene Rückforderungen am Ende',
    explanation:
      'Abflüsse sind negativ dargestellt: Verfügbar am Ende = verfügbar zu Beginn + Eingänge + Rückzahlungen − Verfallenes − Bewilligtes + freigegebene Bindungen. Eine Auszahlung löst eine Bindung auf und ändert das Verfügbare nicht.',
    commitmentsTitle: 'Bindungen, Auszahlungen und Rückforderungen',
  },
  columns: {
    item: 'Position',
    public: 'Öffentlich',
    private: 'Privat',
    amount: 'Betrag',
    funder: 'Mittelgeber',
    kind: 'Art',
    contributor: 'Geldgeber',
    count: 'Anzahl',
    month: 'Monat',
    monthEnd: 'Stand',
    publicShare: 'Öffentl. Anteil',
    cap: 'Obergrenze',
    withinCap: 'Eingehalten',
    headroom: 'Spielraum',
    status: 'Status',
    requested: 'Beantragt',
    approved: 'Beschlossen',
    date: 'Datum',
    application: 'Antrag',
    outcome: 'Ergebnis',
    votes: 'Ja/Nein/ Enth.',
    quorum: 'Quorum',
    decidedAmount: 'Beschluss',
    present: 'Anwesend',
    recused: 'Befangen',
    grant: 'Bewilligung',
    paidAtEnd: 'Ausgezahlt',
    openAtEnd: 'Offen',
    valueDate: 'Valuta',
    payoutKind: 'Art',
    reason: 'Grund',
    principal: 'Hauptforderung',
    interest: 'Zinsen',
    due: 'Gefordert',
    receivedInPeriod: 'Eingang im Zeitraum',
    outstanding: 'Offen',
  },
  moneyIn: {
    total: 'Mittelzuflüsse insgesamt',
    privateByKind: 'Private Mittel nach Art der Geldgeber',
    privateByContributor: 'Private Mittel nach Geldgeber',
    publicByFunder: 'Öffentliche Mittel nach Mittelgeber',
    notSplit: 'noch nicht auf Mittelgeber aufgeteilt',
    byMonth: 'Zuflüsse je Monat',
    chartTitle: 'Mittelzuflüsse je Monat: öffentlich und privat',
  },
  cap: {
    chartTitle: 'Anteil öffentlicher Mittel an den verausgabten Mitteln',
    explanation:
      'Verausgabt sind bewilligte und ausgezahlte Mittel abzüglich Rückzahlungen, jeweils kumuliert zum Monatsende. Beim Modell „je Projekt“ zählen die zuwendungsfähigen Kosten der Projekte als Gesamtausgaben.',
    capLine: 'Obergrenze',
  },
  applications: {
    submitted: 'Im Zeitraum eingegangene Anträge (beantragte Zuschüsse)',
    byOutcome: 'Im Zeitraum bearbeitete Anträge nach Stand am Ende des Zeitraums',
  },
  decisions: {
    quorumText: (present, required, members) => `${present} von ${members} (${required})`,
    noVote: 'vertagt, ohne Abstimmung',
    empty: 'Im Zeitraum hat die Jury nicht entschieden.',
    explanation:
      'Quorum: stimmberechtigt anwesende von allen Mitgliedern, in Klammern die für die Beschlussfähigkeit nötige Zahl. Befangene Mitglieder stimmen nicht mit und zählen nicht zum Quorum; Enthaltungen zählen nur zum Quorum.',
  },
  clawbacks: {
    revocations: 'Widerrufene Bewilligungen',
    repayments: 'Rückforderungen',
    demandedInPeriod: 'Im Zeitraum gefordert (mit Zinsen)',
    receivedInPeriod: 'Im Zeitraum zurückgezahlt',
    outstandingAtEnd: 'Am Ende des Zeitraums offen',
  },
  emptyList: 'Keine Einträge im Zeitraum.',
  integrityText: (position) =>
    `Alle Zahlen dieses Berichts folgen aus den Ereignissen des Fonds im manipulationssicheren Ereignisprotokoll bis zur globalen Position ${position}. Der Ledger-Digest legt dieses Protokoll fest: Jede nachträgliche Änderung, Löschung oder Einfügung eines Ereignisses ändert ihn. Prüfende können den Bericht ohne Zugriff auf den Dienst aus einem Export des Protokolls nachrechnen:`,
  integritySteps: VERIFY_COMMANDS,
  values: {
    contributorKind: {
      business: 'Gewerbe',
      'property-owner': 'Immobilieneigentum',
      'business-improvement-district': 'Immobilien- und Standortgemeinschaft',
      association: 'Verein, Verband',
      resident: 'Bürgerinnen und Bürger',
      sponsor: 'Sponsoring',
      other: 'Sonstige',
    },
    applicationStatus: {
      submitted: 'eingereicht',
      incomplete: 'unvollständig',
      eligible: 'förderfähig',
      ineligible: 'nicht förderfähig',
      'on-agenda': 'auf der Tagesordnung',
      approved: 'beschlossen',
      rejected: 'abgelehnt',
      deferred: 'vertagt',
      granted: 'bewilligt',
      withdrawn: 'zurückgezogen',
    },
    grantStatus: {
      committed: 'gebunden',
      'proof-submitted': 'Verwendungsnachweis eingereicht',
      'proof-accepted': 'Verwendungsnachweis geprüft',
      closed: 'abgeschlossen',
      expired: 'verfallen',
      revoked: 'widerrufen',
      withdrawn: 'zurückgezogen',
    },
    outcome: { approved: 'angenommen', rejected: 'abgelehnt', deferred: 'vertagt' },
    juryGroup: { 'private-actor': 'Private', administration: 'Verwaltung', politics: 'Politik' },
    payoutKind: { advance: 'Abschlag', payout: 'Auszahlung' },
    matchingModel: {
      pooled: 'gemeinsamer Topf (private Mittel werden verdoppelt)',
      'per-project': 'je Projekt (Eigenanteil der Antragstellenden)',
    },
    fundingSource: {
      'urban-development-funding': 'Städtebauförderung',
      'municipal-budget': 'städtischer Haushalt',
    },
    fundStatus: { open: 'offen', closed: 'geschlossen' },
  },
  monthNames: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
};

const ENGLISH: ReportLabels = {
  documentTitle: 'Disposition fund accountability report',
  page: (page, pageCount) => `Page ${page} of ${pageCount}`,
  yes: 'yes',
  no: 'no',
  none: '–',
  total: 'Total',
  facts: {
    fund: 'Fund',
    area: 'Area',
    period: 'Reporting period',
    fundStatus: 'Fund status at the end of the period',
    fundingSource: 'Source of public money',
    matchingModel: 'Matching',
    publicShareMax: 'Highest share of public money',
    perProjectPublicCap: 'Most public money per project',
    noCap: 'no cap',
    publicMoneyInvestiveOnly: 'Public money for investive measures only',
    publicFunders: 'Public funders (shares)',
    position: 'Computed from the event log up to position',
    ledgerDigest: 'Ledger digest (Merkle root)',
    fundStreamHead: 'Last event of the fund (revision, hash)',
    eventsInPeriod: 'Events of the fund in the period',
    generatedAt: 'Generated at',
    seal: 'Seal (position, time, signature)',
    noSeal: 'No seal covers this position (yet)',
  },
  sections: {
    balances: 'Available money: reconciliation',
    funders: 'Public money per funder',
    moneyIn: 'Money in by source',
    capOverTime: 'Public share against the cap',
    applications: 'Applications by outcome',
    decisions: 'Jury decisions',
    grants: 'Grants (grant notices)',
    payouts: 'Payouts',
    openCommitments: 'Open commitments at the end of the period',
    clawbacks: 'Revocations and repayments',
    integrity: 'Verification',
  },
  balances: {
    availableAtStart: 'Available at the start of the period',
    received: 'Received',
    refunded: 'Repaid',
    lapsed: 'Lapsed at year end',
    granted: 'Granted',
    released: 'Commitments released',
    availableAtEnd: 'Available at the end of the period',
    openCommitmentsAtStart: 'Open commitments at the start',
    openCommitmentsAtEnd: 'Open commitments at the end',
    paid: 'Paid out in the period',
    repaymentOutstandingAtEnd: 'Repayments outstanding at the end',
    explanation:
      'Outflows are shown as negative amounts: available at the end = available at the start + received + repaid − lapsed − granted + commitments released. A payout settles a commitment and does not change what is available.',
    commitmentsTitle: 'Commitments, payouts and repayments',
  },
  columns: {
    item: 'Item',
    public: 'Public',
    private: 'Private',
    amount: 'Amount',
    funder: 'Funder',
    kind: 'Kind',
    contributor: 'Contributor',
    count: 'Count',
    month: 'Month',
    monthEnd: 'As of',
    publicShare: 'Public share',
    cap: 'Cap',
    withinCap: 'Within cap',
    headroom: 'Headroom',
    status: 'Status',
    requested: 'Requested',
    approved: 'Approved',
    date: 'Date',
    application: 'Application',
    outcome: 'Outcome',
    votes: 'Yes/No/ Abst.',
    quorum: 'Quorum',
    decidedAmount: 'Approved',
    present: 'Present',
    recused: 'Recused',
    grant: 'Grant',
    paidAtEnd: 'Paid',
    openAtEnd: 'Open',
    valueDate: 'Value date',
    payoutKind: 'Kind',
    reason: 'Reason',
    principal: 'Principal',
    interest: 'Interest',
    due: 'Demanded',
    receivedInPeriod: 'Received in period',
    outstanding: 'Outstanding',
  },
  moneyIn: {
    total: 'Money in, total',
    privateByKind: 'Private money by kind of contributor',
    privateByContributor: 'Private money by contributor',
    publicByFunder: 'Public money by funder',
    notSplit: 'not yet split among funders',
    byMonth: 'Money in per month',
    chartTitle: 'Money in per month: public and private',
  },
  cap: {
    chartTitle: 'Public share of the money spent',
    explanation:
      'Money spent is money granted and paid less repayments, cumulative at each month end. Under per-project matching the eligible costs of the projects count as the money spent.',
    capLine: 'Cap',
  },
  applications: {
    submitted: 'Applications received in the period (grants requested)',
    byOutcome: 'Applications dealt with in the period, by their status at its end',
  },
  decisions: {
    quorumText: (present, required, members) => `${present} of ${members} (${required})`,
    noVote: 'deferred without a vote',
    empty: 'The jury took no decision in the period.',
    explanation:
      'Quorum: members entitled to vote who were present, of all members, with the number needed for a valid vote in brackets. Recused members do not vote and do not count for the quorum; abstentions count for the quorum only.',
  },
  clawbacks: {
    revocations: 'Revoked grants',
    repayments: 'Repayments',
    demandedInPeriod: 'Demanded in the period (with interest)',
    receivedInPeriod: 'Repaid in the period',
    outstandingAtEnd: 'Outstanding at the end of the period',
  },
  emptyList: 'Nothing in the period.',
  integrityText: (position) =>
    `Every figure of this report follows from the fund's events in the tamper-evident event log up to global position ${position}. The ledger digest pins that log: changing, removing or inserting any event afterwards changes it. Auditors can recompute this report from an export of the log without access to the service:`,
  integritySteps: VERIFY_COMMANDS,
  values: {
    contributorKind: {
      business: 'Business',
      'property-owner': 'Property owner',
      'business-improvement-district': 'Business improvement district',
      association: 'Association',
      resident: 'Residents',
      sponsor: 'Sponsor',
      other: 'Other',
    },
    applicationStatus: {
      submitted: 'submitted',
      incomplete: 'incomplete',
      eligible: 'eligible',
      ineligible: 'ineligible',
      'on-agenda': 'on the agenda',
      approved: 'approved',
      rejected: 'rejected',
      deferred: 'deferred',
      granted: 'granted',
      withdrawn: 'withdrawn',
    },
    grantStatus: {
      committed: 'committed',
      'proof-submitted': 'proof of use submitted',
      'proof-accepted': 'proof of use accepted',
      closed: 'closed',
      expired: 'expired',
      revoked: 'revoked',
      withdrawn: 'withdrawn',
    },
    outcome: { approved: 'approved', rejected: 'rejected', deferred: 'deferred' },
    juryGroup: { 'private-actor': 'Private', administration: 'Administration', politics: 'Politics' },
    payoutKind: { advance: 'Advance', payout: 'Payout' },
    matchingModel: {
      pooled: 'pooled (private money is matched)',
      'per-project': "per project (applicant's own contribution)",
    },
    fundingSource: {
      'urban-development-funding': 'urban development funding',
      'municipal-budget': 'municipal budget',
    },
    fundStatus: { open: 'open', closed: 'closed' },
  },
  monthNames: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export function labelsFor(language: ReportLanguage): ReportLabels {
  return language === 'de' ? GERMAN : ENGLISH;
}
