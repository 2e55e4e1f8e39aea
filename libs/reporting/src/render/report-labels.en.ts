/** The report's words in English. */
import type { ReportLabels } from './report-labels';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const ENGLISH: ReportLabels = {
  documentTitle: 'Disposition fund accountability report',
  page: (page, pageCount) => `Page ${page} of ${pageCount}`,
  footer: (root, position) => `Ledger digest ${root} · position ${position}`,
  yes: 'yes',
  no: 'no',
  none: '–',
  total: 'Total',
  emptyList: 'Nothing in the period.',
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
    ledgerDigest: "Ledger digest (the log's fingerprint)",
    digestCovers: 'The digest covers',
    fundStreamHead: 'Last event of the fund (revision, hash)',
    eventsInPeriod: 'Events of the fund in the period',
    generatedAt: 'Generated at',
    sealPosition: 'Sealed up to position',
    sealedAt: 'Sealed at',
    sealSignature: 'Signature of the seal',
    sealKey: 'Key of the seal (SHA-256)',
  },
  dates: {
    periodBasis: {
      recorded: 'every event recorded in the ledger in this period',
      'value-date': 'every booking with a value date in this period',
      'meeting-date': 'every decision of a meeting in this period',
      'business-date':
        'everything that happened in this period (by value date, meeting day, date of notice or receipt; without a date of its own, by the day it was recorded)',
      'notice-date': 'every notice dated in this period',
    },
    note: {
      recorded: 'Dates: the day it was recorded in the ledger.',
      'value-date': "Dates: the value date (the bank's booking date).",
      'meeting-date': 'Dates: the day of the jury meeting.',
      'business-date':
        'Dates: the day it happened (value date, meeting, notice, receipt); without a date of its own, the day it was recorded.',
      'notice-date': 'Dates: the date of the notice.',
    },
  },
  sections: {
    balances: 'Available money, commitments and repayments',
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
  lines: {
    availableAtStart: 'Available at the start of the period',
    received: 'Received',
    refunded: 'Repayments received',
    lapsed: 'Lapsed at year end',
    granted: 'Granted',
    released: 'Commitments released',
    availableAtEnd: 'Available at the end of the period',
    openCommitmentsAtStart: 'Open commitments at the start of the period',
    paid: 'Paid out',
    openCommitmentsAtEnd: 'Open commitments at the end of the period',
    repaymentOutstandingAtStart: 'Repayments outstanding at the start of the period',
    repaymentDemanded: 'Demanded (with interest)',
    repaymentOutstandingAtEnd: 'Repayments outstanding at the end of the period',
  },
  funderColumns: {
    availableAtStart: 'Available at start',
    received: 'Received',
    refunded: 'Repaid',
    lapsed: 'Lapsed',
    granted: 'Granted',
    released: 'Released',
    availableAtEnd: 'Available at end',
    openCommitmentsAtStart: 'Open at start',
    paid: 'Paid out',
    openCommitmentsAtEnd: 'Open at end',
    repaymentOutstandingAtStart: 'Outstanding at start',
    repaymentDemanded: 'Demanded',
    repaymentOutstandingAtEnd: 'Outstanding at end',
  },
  balances: {
    introPooled:
      'The fund holds public and private money. Available is what came in and is neither committed nor paid out; committed is what was granted and neither paid out nor released.',
    introPerProject:
      "The fund matches per project: the private half is the applicant's own contribution, which stays with the project and is not paid into the fund. The amounts in this section are therefore public money; each project's eligible costs and own contribution are in section 3. Available is what came in and is neither committed nor paid out; committed is what was granted and neither paid out nor released.",
    availableTitle: 'Available money',
    commitmentsTitle: 'Commitments',
    repaymentsTitle: 'Repayments',
    signNote:
      'Signs: + adds to, − takes from the balance. Only the three reconciliations of this section carry signs; every other table shows amounts without a sign, and its column names the direction.',
    availableRule:
      'Available at the end = available at the start + received + repayments − lapsed − granted + commitments released. A payout settles a commitment and does not change what is available.',
    commitmentsRule:
      'Open commitments at the end = open commitments at the start + granted − paid out − commitments released.',
    repaymentsRule:
      'Repayments outstanding at the end = outstanding at the start + demanded − repayments received.',
    fundersAvailableTitle: 'Available public money per funder',
    fundersCommitmentsTitle: 'Commitments of public money per funder',
    fundersNote: 'The totals are the public money of the reconciliations above.',
    oneFunder: (name) =>
      `All public money comes from one funder, ${name}: the public amounts above are its own.`,
  },
  columns: {
    item: 'Item',
    public: 'Public',
    private: 'Private',
    publicMoney: 'Public money',
    amount: 'Amount',
    funder: 'Funder',
    kind: 'Kind',
    contributor: 'Contributor',
    count: 'Count',
    month: 'Month',
    monthEnd: 'As of',
    publicSpent: 'Public spent',
    privateSpent: 'Private spent',
    publicShare: 'Public share',
    cap: 'Cap',
    withinCap: 'Within cap',
    headroom: 'Headroom',
    project: 'Project',
    eligibleCosts: 'Eligible costs',
    ownContribution: 'Own contribution',
    publicLimit: 'Limit',
    status: 'Status',
    requested: 'Requested',
    approved: 'Approved',
    date: 'Date',
    meetingDate: 'Meeting',
    meeting: 'Meeting',
    application: 'Application',
    outcome: 'Outcome',
    votes: 'Yes / No / Abstain',
    quorum: 'Quorum',
    decidedAmount: 'Approved',
    present: 'Present',
    recused: 'Recused',
    grant: 'Grant',
    granted: 'Granted',
    paid: 'Paid out',
    released: 'Released',
    openAtEnd: 'Open at end',
    valueDate: 'Value date',
    payoutKind: 'Kind',
    reason: 'Reason',
    principal: 'Principal',
    interest: 'Interest',
    due: 'Demanded',
    repaidBefore: 'Repaid before the period',
    repaidInPeriod: 'Repaid in the period',
    outstanding: 'Outstanding at end',
  },
  moneyIn: {
    total: 'Money in, total',
    publicTotal: 'Public money in, total',
    noPrivate:
      "Under per-project matching no private money is paid into the fund: it is the applicants' own contribution (section 3).",
    privateByKind: 'Private money by kind of contributor',
    privateByContributor: 'Private money by contributor',
    publicByFunder: 'Public money by funder',
    notSplit: 'not yet split among funders',
    byMonth: 'Money in per month',
    chartTitle: 'Money in per month',
    chartDescription: (months, withPrivate) => {
      const kind = withPrivate ? 'public and private money in' : 'public money in';
      const figures =
        months.length === 0
          ? 'No money came in during the period.'
          : `${months
              .map((month) =>
                withPrivate
                  ? `${month.label}: ${month.public} public, ${month.private} private`
                  : `${month.label}: ${month.public}`,
              )
              .join('; ')}; nothing in the other months.`;
      return `Bar chart: ${kind} per month. ${figures} The table "Money in per month" holds every figure.`;
    },
  },
  cap: {
    chartTitle: 'Public share of the money spent',
    chartDescription: (cap, points) =>
      `Line chart: the public share of the money spent at each month end, against the cap of ${cap}. ${
        points.length === 0 ? 'No money was spent in the period.' : `${points.join('; ')}.`
      } The table below holds every figure.`,
    capLine: 'Cap',
    explanationPooled: (share) =>
      `The fund pools its money: every grant is paid from the fund's public and private money, and public money may be at most ${share} of the money spent. Money spent is what was granted and not released again, less repayments received, since the fund opened, at each month end.`,
    explanationPerProject: (share, cap) =>
      `The fund matches per project: each project is matched by its applicant's own contribution and may receive public money of at most ${share} of its eligible costs${cap === null ? '' : `, and at most ${cap}`}. Money spent is the eligible costs of the granted projects, the public part of it their grants less commitments released and repayments, since the fund opened, at each month end.`,
    headroomPooled:
      'Headroom: public money the fund may still grant because private money matches it, at most the public money available.',
    headroomPerProject:
      'Headroom: what the granted projects could still receive within their limits, added up. It is not money the fund has free for new projects: that is "Available at the end of the period" in section 1.',
    pooled: {
      title: 'Headroom at the end of the period',
      privateReceived: 'Private money received since the fund opened',
      publicReceived: 'Public money received, less what lapsed',
      matched: 'of which matched by private money',
      publicSpent: 'Public money spent',
      matchedNotSpent: 'Matched and not yet spent',
      publicAvailable: 'Public money available (section 1)',
      headroom: 'Headroom',
      rule: 'Matched: with a highest public share m, each private euro matches m / (1 − m) public euros, at most the public money received. Headroom = the smaller of "matched and not yet spent" and "public money available", not below zero.',
    },
    projectsTitle: 'Matching per project at the end of the period',
    projectsNote:
      'Eligible costs: the proven costs (marked *) once the proof of use is accepted, the planned ones before. Own contribution: as in the financing plan of the grant notice. Public money: the grant less commitments released and repayments. Limit: the highest share of the eligible costs, at most the cap per project. Headroom = limit − public money, not below zero. The totals are the last line of the table above.',
    projectsOverLimit: (titles) =>
      `Above their limit because the highest share or the cap was lowered later: ${titles.join(', ')}.`,
    noProjects: 'No project had public money at the end of the period.',
  },
  applications: {
    submitted: 'Applications received in the period',
    submittedRequested: 'Grants requested on receipt',
    byOutcome: 'Applications dealt with in the period, by their status at its end',
    requestedNote: 'Requested: as last amended by the end of the period.',
    earlierNote: (count, requested) =>
      `Including ${plural(count, 'application', 'applications')} received before the period; requested at its start: ${requested}.`,
    amendedNote: (count, before, after) =>
      `${plural(count, 'application was', 'applications were')} amended in the period: requested ${before} before, ${after} after. That is why the total differs from the grants requested on receipt.`,
  },
  decisions: {
    quorumText: (present, required, members) => `${present} of ${members} (${required})`,
    noVote: 'deferred without a vote',
    empty: 'The jury took no decision in the period.',
    explanation:
      'Quorum: members entitled to vote who were present, of all members, with the number needed for a valid vote in brackets. Recused members do not vote and do not count for the quorum; abstentions count for the quorum only.',
    attendanceTitle: 'Members present per meeting',
  },
  grants: {
    rule: 'Each row: granted = paid out + released + open at the end, as at the end of the period. The total "Granted" is the line "Granted" in section 1.',
  },
  payouts: { totalNote: 'The total is the line "Paid out" in section 1.' },
  openCommitments: {
    totalNote: 'The total is the line "Open commitments at the end of the period" in section 1.',
  },
  clawbacks: {
    revocations: 'Revoked grants',
    repayments: 'Repayments',
    rule: 'Each row: demanded = principal + interest = repaid before and in the period + outstanding. The total "in the period" is the line "Repayments received" in section 1, the total "outstanding" the line "Repayments outstanding at the end of the period".',
  },
  integrity: {
    proves: (position) =>
      `What this section proves: every figure of this report is computed from the fund's event log, from every entry up to position ${position}. The ledger digest is a digital fingerprint of the whole log up to there. Whoever holds a copy of the log recomputes the fingerprint and every figure of this report from it, without having to trust the software or the administration. If any entry up to that position is changed, removed or inserted afterwards, the recomputed fingerprint no longer matches the one on this report.`,
    limits:
      "The log is thereby tamper-evident, not unchangeable: whoever may write to the database can change entries, but not so that the fingerprint stays the same. The proof therefore holds as long as this report, or its fingerprint, is kept independently of the fund's administration, for example with the council's papers. It does not prove that what was recorded happened that way: the audit office checks that against bank statements and files.",
    sealed: (sealedOn, position, timeStamped) =>
      `A seal covers this report: on ${sealedOn} the log up to position ${position} was signed with a key that is not kept in the database${timeStamped ? ', and time-stamped by an independent authority' : ''}. It proves that the log up to there stood as it is then; whoever rewrites it later breaks the seal.`,
    notSealed:
      'No seal covers this position yet; a later seal can (ledger-cli verify --seals). Until then the fingerprint on this report is the independent proof.',
    sealUnknown:
      'This report names no seal; ledger-cli verify --seals shows whether one covers its position.',
    whoChecks:
      "Who checks: the audit office or another independent auditor, with an export of the log and the checking tool ledger-cli, which comes freely with this software. The QR code holds the fund, the period, the position and the fingerprint, and the seal if one covers the report. With the QR code's text in a file, the auditor checks this report in one step: the command below checks the log against the fingerprint and computes the report again; its figures must be the ones on this report.",
    codeTitle: 'Verification code',
    codeDescription: (payload) =>
      `QR code with this report's verification code: ${payload.split('\n').join(' · ')}`,
    commands: [
      'npx ledger-cli export --format jsonl --out ledger.jsonl',
      'npx ledger-cli verify-report --code code.txt ledger.jsonl --out recomputed.pdf',
    ],
    digestCovers: (events, streams) =>
      `${plural(events, 'event', 'events')} in ${plural(streams, 'stream', 'streams')}`,
  },
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
      'paid-in-part': 'paid in part',
      paid: 'paid',
      closed: 'closed',
      expired: 'expired',
      revoked: 'revoked',
      'repayment-due': 'repayment due',
      settled: 'settled',
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
      pooled: 'pooled (private money paid in is matched)',
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
