/**
 * Funds set up through the HTTP API for load, fault and concurrency runs, modelled on the Dortmund
 * City-Fonds but pooled, so that businesses can pay private money into the fund at any time: public
 * money from the city and the state, matched by private money received, a jury, grants whose
 * proof of use is accepted (so they can be paid out), and applications waiting on the jury's agenda
 * (so members can vote). Also the request bodies the workloads send afterwards.
 */
import { FUND_MANAGER, juror, jurorSubject, TREASURER, type LedgerClient } from './ledger-client';

/** The service runs on the system clock, so the funds work in the current fiscal year. */
export const FISCAL_YEAR = new Date().getUTCFullYear();
export const TODAY = new Date().toISOString().slice(0, 10);

/** Each grant pays at most this; workload payouts are a few euros, so a run never exhausts a grant. */
export const GRANT_AMOUNT = '10000.00';
const PUBLIC_MONEY_RECEIVED = '60000.00';
/** Matches the public half of a few grants before any workload contribution arrives. */
const PRIVATE_MONEY_RECEIVED = '30000.00';

const FUND_SETTINGS = {
  fundingSource: 'municipal-budget',
  matchingModel: 'pooled',
  publicFunders: [
    { funderId: 'city', name: 'City of Dortmund', share: '0.6' },
    { funderId: 'state', name: 'State of North Rhine-Westphalia', share: '0.4' },
  ],
  publicShareMax: '0.50',
  perProjectPublicCap: '10000.00',
  publicMoneyInvestiveOnly: false,
  jury: { quorum: { kind: 'more-than-half' }, majority: 'simple' },
  fourEyesPayments: false,
  juryVoting: 'members-vote',
} as const;

export interface FundShape {
  readonly memberCount: number;
  /** Grants with accepted proof of use, ready for payouts. */
  readonly payableGrantCount: number;
  /** Applications on the agenda with every member present, open for votes. */
  readonly votingApplicationCount: number;
}

export interface FundLayout {
  readonly fundId: string;
  readonly memberIds: readonly string[];
  readonly grantIds: readonly string[];
  readonly votingApplicationIds: readonly string[];
}

export function fundPath(fundId: string, suffix = ''): string {
  return `/funds/${fundId}${suffix}`;
}

export function applicationBody(applicationId: string, requestedGrant = '1000.00'): Record<string, unknown> {
  const eligibleCosts = (Number(requestedGrant) * 2).toFixed(2);
  return {
    applicationId,
    applicant: { name: 'Klavierfreunde Dortmund e.V.', kind: 'association' },
    title: 'Pianos in public space',
    description: 'Painted pianos in the pedestrian zone for a summer.',
    measure: { type: 'investive', kind: 'art-in-public-space' },
    eligibleCosts,
    ownContribution: (Number(eligibleCosts) - Number(requestedGrant)).toFixed(2),
    requestedGrant,
    area: 'Westenhellweg',
  };
}

export function privateContributionBody(contributionId: string, amount: string): Record<string, unknown> {
  return {
    contributionId,
    contributor: { name: 'ISG Westenhellweg e.V.', kind: 'business-improvement-district' },
    amount,
    valueDate: TODAY,
    reference: `Kontoauszug ${contributionId}`,
  };
}

export function payoutBody(payoutId: string, amount: string): Record<string, unknown> {
  return { payoutId, amount, valueDate: TODAY };
}

export function memberIdsOf(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `member-${String(index + 1).padStart(2, '0')}`);
}

/** Opens the fund and brings it to the given shape, one command after the other. */
export async function setUpFund(client: LedgerClient, fundId: string, shape: FundShape): Promise<FundLayout> {
  const memberIds = memberIdsOf(shape.memberCount);
  await openWithPublicMoney(client, fundId);
  for (const memberId of memberIds) {
    await client.command(FUND_MANAGER, fundPath(fundId, '/jury/members'), {
      memberId,
      name: `Member ${memberId}`,
      group: 'private-actor',
      subject: jurorSubject(memberId),
    });
  }
  const grantIds = Array.from({ length: shape.payableGrantCount }, (_, index) => `grant-${index + 1}`);
  for (const [index, grantId] of grantIds.entries()) {
    await payableGrant(client, fundId, memberIds, `granted-${index + 1}`, grantId);
  }
  const votingApplicationIds = Array.from(
    { length: shape.votingApplicationCount },
    (_, index) => `voting-${index + 1}`,
  );
  for (const applicationId of votingApplicationIds) {
    await applicationOnAgenda(client, fundId, memberIds, applicationId, '1000.00');
  }
  return { fundId, memberIds, grantIds, votingApplicationIds };
}

async function openWithPublicMoney(client: LedgerClient, fundId: string): Promise<void> {
  await client.command(FUND_MANAGER, '/funds', {
    fundId,
    name: `City-Fonds ${fundId}`,
    area: 'City centre',
    settings: FUND_SETTINGS,
  });
  await client.command(TREASURER, fundPath(fundId, `/budgets/${FISCAL_YEAR}`), { publicBudget: '90000.00' });
  await client.command(TREASURER, fundPath(fundId, '/contributions/public'), {
    contributionId: 'city-budget-1',
    amount: PUBLIC_MONEY_RECEIVED,
    valueDate: TODAY,
    reference: 'Budget, first instalment',
  });
  await client.command(
    TREASURER,
    fundPath(fundId, '/contributions/private'),
    privateContributionBody('isg-initial', PRIVATE_MONEY_RECEIVED),
  );
}

async function applicationOnAgenda(
  client: LedgerClient,
  fundId: string,
  memberIds: readonly string[],
  applicationId: string,
  requestedGrant: string,
): Promise<void> {
  const application = (suffix: string) => fundPath(fundId, `/applications/${applicationId}${suffix}`);
  await client.command(
    FUND_MANAGER,
    fundPath(fundId, '/applications'),
    applicationBody(applicationId, requestedGrant),
  );
  await client.command(FUND_MANAGER, application('/eligibility'));
  await client.command(FUND_MANAGER, application('/agenda'), {
    decisionId: `decision-${applicationId}`,
    meetingId: 'meeting-1',
    meetingDate: TODAY,
  });
  await client.command(FUND_MANAGER, application('/attendance'), { presentMemberIds: memberIds });
}

async function payableGrant(
  client: LedgerClient,
  fundId: string,
  memberIds: readonly string[],
  applicationId: string,
  grantId: string,
): Promise<void> {
  const application = (suffix: string) => fundPath(fundId, `/applications/${applicationId}${suffix}`);
  await applicationOnAgenda(client, fundId, memberIds, applicationId, GRANT_AMOUNT);
  for (const memberId of memberIds) {
    await client.command(juror(memberId), application('/votes'), { vote: 'yes' });
  }
  await client.command(FUND_MANAGER, application('/vote-closing'), { approvedAmount: GRANT_AMOUNT });
  await client.command(FUND_MANAGER, fundPath(fundId, '/grants'), {
    grantId,
    applicationId,
    amount: GRANT_AMOUNT,
  });
  const eligibleCosts = (Number(GRANT_AMOUNT) * 2).toFixed(2);
  await client.command(FUND_MANAGER, fundPath(fundId, `/grants/${grantId}/proofs-of-use`), {
    reportedCosts: eligibleCosts,
    reference: `VN-${grantId}`,
  });
  await client.command(FUND_MANAGER, fundPath(fundId, `/grants/${grantId}/proof-acceptance`), {
    provenEligibleCosts: eligibleCosts,
  });
}
