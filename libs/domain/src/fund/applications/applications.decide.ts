/** The application's way from submission to a decision-ready state, and its withdrawal. */
import { DomainError } from '../../decider';
import { formatAmount, parseAmount } from '../../money/money';
import type {
  AmendApplication,
  ApplicantKind,
  ApplicationCommand,
  ApplicationDetails,
  DeclareApplicationEligible,
  DeclareApplicationIneligible,
  MarkApplicationIncomplete,
  MeasureKind,
  MeasureType,
  SubmitApplication,
  WithdrawApplication,
} from '../fund.commands';
import type { FundEvent } from '../fund.events';
import type { GrantStatus } from '../fund.state';
import type { ApplicationProcessStatus } from '../lifecycle/application-status';
import { requireFinancingPlan } from '../shared/financing.rules';
import { openCommitmentOf, releaseOpenCommitment } from '../shared/grant-money';
import { requireNoPendingPayment } from '../shared/payment-rules';
import { assertNever } from '../shared/assert-never';
import {
  applicationInWrongState,
  eventBase,
  grantInWrongState,
  requireApplication,
  requireGrant,
  requireYearOpen,
  type OpenFundState,
  requireNewId,
} from '../shared/guards';
import { isZeroAmount } from '../shared/splits';
import { requireOneOf, requireText, TEXT_LENGTH_MAX } from '../shared/validation';
import { fiscalYearOfBusinessDate } from '../../time/business-date';
import { todayOf } from '../shared/business-dates';
import { everyValueOf } from '../shared/every-value-of';

export const APPLICANT_KINDS = everyValueOf<ApplicantKind>()(
  'business',
  'property-owner',
  'association',
  'resident',
  'social-institution',
  'club',
  'other',
);
export const MEASURE_TYPES = everyValueOf<MeasureType>()('investive', 'non-investive');
export const MEASURE_KINDS = everyValueOf<MeasureKind>()(
  'street-furniture',
  'lighting',
  'planting',
  'signage',
  'art-in-public-space',
  'event',
  'marketing',
  'workshop',
  'other',
);

const WITHDRAWABLE: readonly ApplicationProcessStatus[] = [
  'submitted',
  'incomplete',
  'eligible',
  'on-agenda',
  'deferred',
  'approved',
  'granted',
];

const GRANT_WITHDRAWABLE: readonly GrantStatus[] = ['committed', 'proof-submitted', 'proof-accepted'];

export function decideApplication(command: ApplicationCommand, fund: OpenFundState): readonly FundEvent[] {
  switch (command.type) {
    case 'SubmitApplication':
      return decideSubmitApplication(command, fund);
    case 'MarkApplicationIncomplete':
      return decideMarkIncomplete(command, fund);
    case 'AmendApplication':
      return decideAmendApplication(command, fund);
    case 'DeclareApplicationEligible':
      return decideDeclareEligible(command, fund);
    case 'DeclareApplicationIneligible':
      return decideDeclareIneligible(command, fund);
    case 'WithdrawApplication':
      return decideWithdrawApplication(command, fund);
    default:
      return assertNever(command);
  }
}

/** Checks and normalises the cost and financing plan of a submission or amendment. */
export function validateApplicationDetails(details: ApplicationDetails): ApplicationDetails {
  const applicant = details.applicant ?? { name: undefined, kind: undefined };
  const measure = details.measure ?? { type: undefined, kind: undefined };
  const eligibleCosts = parseAmount(details.eligibleCosts, 'eligibleCosts');
  const requestedGrant = parseAmount(details.requestedGrant, 'requestedGrant');
  const ownContribution = parseAmount(details.ownContribution, 'ownContribution', { allowZero: true });
  if (requestedGrant.gt(eligibleCosts)) {
    throw new DomainError(
      'APPLICATION.REQUEST_EXCEEDS_COSTS',
      `The requested grant of ${requestedGrant.toFixed(2)} EUR is more than the eligible costs of ${eligibleCosts.toFixed(2)} EUR.`,
      'rule_violated',
      'requestedGrant',
    );
  }
  return {
    applicant: {
      name: requireText(applicant.name, 'applicant.name', TEXT_LENGTH_MAX.name),
      kind: requireOneOf(applicant.kind, 'applicant.kind', APPLICANT_KINDS),
    },
    title: requireText(details.title, 'title', TEXT_LENGTH_MAX.title),
    description: requireText(details.description, 'description', TEXT_LENGTH_MAX.description, {
      allowEmpty: true,
    }),
    measure: {
      type: requireOneOf(measure.type, 'measure.type', MEASURE_TYPES),
      kind: requireOneOf(measure.kind, 'measure.kind', MEASURE_KINDS),
    },
    eligibleCosts: formatAmount(eligibleCosts),
    ownContribution: formatAmount(ownContribution),
    requestedGrant: formatAmount(requestedGrant),
    area: requireText(details.area, 'area', TEXT_LENGTH_MAX.name),
  };
}

function decideSubmitApplication(command: SubmitApplication, fund: OpenFundState): readonly FundEvent[] {
  const applicationId = requireNewId(
    command.applicationId,
    'applicationId',
    (id) => fund.applications.has(id),
    'APPLICATION.DUPLICATE_ID',
    (id) => `Application ${id} has already been submitted.`,
  );
  const details = validateApplicationDetails(command);
  requireFinancingPlan(fund.settings, details);
  return [{ type: 'ApplicationSubmitted', data: { ...eventBase(command), applicationId, ...details } }];
}

function decideMarkIncomplete(command: MarkApplicationIncomplete, fund: OpenFundState): readonly FundEvent[] {
  const application = requireApplication(fund, command.applicationId);
  if (application.status !== 'submitted') throw applicationInWrongState(application, 'be marked incomplete');
  const reason = requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason);
  return [
    {
      type: 'ApplicationMarkedIncomplete',
      data: { ...eventBase(command), applicationId: application.applicationId, reason },
    },
  ];
}

function decideAmendApplication(command: AmendApplication, fund: OpenFundState): readonly FundEvent[] {
  const application = requireApplication(fund, command.applicationId);
  if (application.status !== 'submitted' && application.status !== 'incomplete') {
    throw applicationInWrongState(application, 'be amended');
  }
  const details = validateApplicationDetails(command);
  requireFinancingPlan(fund.settings, details);
  return [
    {
      type: 'ApplicationAmended',
      data: { ...eventBase(command), applicationId: application.applicationId, ...details },
    },
  ];
}

function decideDeclareEligible(
  command: DeclareApplicationEligible,
  fund: OpenFundState,
): readonly FundEvent[] {
  const application = requireApplication(fund, command.applicationId);
  if (application.status !== 'submitted') throw applicationInWrongState(application, 'be declared eligible');
  return [
    {
      type: 'ApplicationDeclaredEligible',
      data: { ...eventBase(command), applicationId: application.applicationId },
    },
  ];
}

function decideDeclareIneligible(
  command: DeclareApplicationIneligible,
  fund: OpenFundState,
): readonly FundEvent[] {
  const application = requireApplication(fund, command.applicationId);
  if (application.status !== 'submitted' && application.status !== 'incomplete') {
    throw applicationInWrongState(application, 'be declared ineligible');
  }
  const reason = requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason);
  return [
    {
      type: 'ApplicationDeclaredIneligible',
      data: { ...eventBase(command), applicationId: application.applicationId, reason },
    },
  ];
}

/** An applicant may withdraw until money has been paid; a granted but unpaid commitment is released. */
function decideWithdrawApplication(command: WithdrawApplication, fund: OpenFundState): readonly FundEvent[] {
  const application = requireApplication(fund, command.applicationId);
  if (!WITHDRAWABLE.includes(application.status)) throw applicationInWrongState(application, 'be withdrawn');
  const reason = requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason);
  const withdrawn: FundEvent = {
    type: 'ApplicationWithdrawn',
    data: { ...eventBase(command), applicationId: application.applicationId, reason },
  };
  if (application.grantId === null) return [withdrawn];
  const grant = requireGrant(fund, application.grantId);
  if (!GRANT_WITHDRAWABLE.includes(grant.status)) throw grantInWrongState(grant, 'be withdrawn');
  requireNoPendingPayment(fund, grant.grantId, 'be withdrawn');
  if (!isZeroAmount(grant.paid.amount)) {
    throw new DomainError(
      'APPLICATION.ALREADY_PAID',
      `Application ${application.applicationId} cannot be withdrawn: ${grant.paid.amount} EUR has been paid; the grant must be revoked instead.`,
      'conflict',
      'applicationId',
    );
  }
  const releaseYear = fiscalYearOfBusinessDate(todayOf(fund, command));
  if (!isZeroAmount(openCommitmentOf(grant).amount)) requireYearOpen(fund, releaseYear, 'issuedAt');
  return [withdrawn, ...releaseOpenCommitment(command, grant, 'withdrawn', releaseYear)];
}
