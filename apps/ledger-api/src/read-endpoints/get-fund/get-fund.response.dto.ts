import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, applicationStatusOf, type GrantLifecycleFacts } from '@fund-ledger/domain';
import type {
  ApplicationState,
  FiscalYearFigures,
  FundSettings,
  FundState,
  GrantState,
  JuryMemberState,
  OpenDecision,
  PotFigures,
  RepaymentState,
  SplitFigures,
} from '@fund-ledger/domain';
import { FundSettingsDto } from '../../funds/request-fields/fund-settings.dto';

export class FundPotDto {
  @ApiProperty({ description: 'Money received', example: '90000.00' })
  received!: string;

  @ApiProperty({ description: 'Granted and not yet paid or released', example: '12400.00' })
  committed!: string;

  @ApiProperty({ description: 'Paid out', example: '8300.00' })
  paid!: string;

  @ApiProperty({ description: 'Repaid by recipients', example: '0.00' })
  refunded!: string;

  @ApiProperty({
    description: 'Public money given up when a year closed under the lapse policy',
    example: '0.00',
  })
  lapsed!: string;
}

export class FundFunderDto extends FundPotDto {
  @ApiProperty({ description: 'The public funder', example: 'city-of-dortmund' })
  funderId!: string;
}

export class FundFiscalYearDto {
  @ApiProperty({ example: 2024 })
  fiscalYear!: number;

  @ApiProperty({
    description: 'Public budget of the year; null when none was set',
    example: '90000.00',
    nullable: true,
    type: String,
  })
  publicBudget!: string | null;

  @ApiProperty({ description: 'True once the year is closed and its figures sealed', example: false })
  closed!: boolean;

  @ApiProperty({
    description: 'Money moved during the year, by pot',
    example: { publicReceived: '90000.00' },
  })
  figures!: FiscalYearFigures;
}

export class FundJuryMemberDto {
  @ApiProperty({ example: 'member-03' })
  memberId!: string;

  @ApiProperty({ example: 'Dr. Aylin Yilmaz' })
  name!: string;

  @ApiProperty({ enum: ['private-actor', 'administration', 'politics'], example: 'private-actor' })
  group!: string;

  @ApiProperty({ description: 'False once the member has left', example: true })
  active!: boolean;
}

export class FundApplicationDto {
  @ApiProperty({ example: 'pianos-in-public-space' })
  applicationId!: string;

  @ApiProperty({
    description: 'The status on the board: after the grant notice, from the grant and its money',
    enum: APPLICATION_STATUSES,
    enumName: 'ApplicationStatus',
    example: 'approved',
  })
  status!: string;

  @ApiProperty({ example: 'Pianos in public space' })
  title!: string;

  @ApiProperty({ example: { name: 'Klavierfreunde Dortmund e.V.', kind: 'association' } })
  applicant!: ApplicationState['details']['applicant'];

  @ApiProperty({ example: { type: 'investive', kind: 'art-in-public-space' } })
  measure!: ApplicationState['details']['measure'];

  @ApiProperty({ example: '4200.00' })
  eligibleCosts!: string;

  @ApiProperty({ example: '3200.00' })
  ownContribution!: string;

  @ApiProperty({ example: '1000.00' })
  requestedGrant!: string;

  @ApiProperty({ example: '1000.00', nullable: true, type: String })
  approvedAmount!: string | null;

  @ApiProperty({ example: 'grant-pianos-2024', nullable: true, type: String })
  grantId!: string | null;

  @ApiProperty({
    description: 'Members who declared a conflict of interest',
    type: [String],
    example: ['member-07'],
  })
  recusedMemberIds!: readonly string[];

  @ApiProperty({
    description:
      'The decision on the agenda, with the members present and the votes so far; null when none is open',
    nullable: true,
    example: {
      decisionId: 'decision-2024-05-pianos',
      meetingId: 'jury-2024-05',
      meetingDate: '2024-05-14',
      presentMemberIds: ['member-01', 'member-02'],
      votes: [{ memberId: 'member-01', vote: 'yes' }],
    },
  })
  openDecision!: OpenDecision | null;
}

export class FundGrantDto {
  @ApiProperty({ example: 'grant-pianos-2024' })
  grantId!: string;

  @ApiProperty({ example: 'pianos-in-public-space' })
  applicationId!: string;

  @ApiProperty({ description: "The application's title", example: 'Pianos in public space' })
  title!: string;

  @ApiProperty({ description: "The applicant's name", example: 'Klavierfreunde Dortmund e.V.' })
  applicant!: string;

  @ApiProperty({
    enum: ['committed', 'proof-submitted', 'proof-accepted', 'closed', 'expired', 'revoked', 'withdrawn'],
    example: 'committed',
  })
  status!: string;

  @ApiProperty({ example: 2024 })
  fiscalYear!: number;

  @ApiProperty({
    description:
      'The grant as it stands, split into public and private parts and the public part among funders',
    example: {
      amount: '1000.00',
      publicPart: '1000.00',
      privatePart: '0.00',
      publicFunderParts: [{ funderId: 'city-of-dortmund', amount: '1000.00' }],
    },
  })
  granted!: SplitFigures;

  @ApiProperty({
    description: 'Advances and payouts so far, split like the grant',
    example: { amount: '0.00' },
  })
  paid!: SplitFigures;

  @ApiProperty({
    description: 'What is owed after a revocation; null when nothing was demanded',
    nullable: true,
    example: null,
  })
  repayment!: RepaymentState | null;
}

/** The fund as its decider sees it now. */
export class FundResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ example: 'City-Fonds Dortmund' })
  name!: string;

  @ApiProperty({ example: 'Dortmund City' })
  area!: string;

  @ApiProperty({ enum: ['open', 'closed'], example: 'open' })
  status!: string;

  @ApiProperty({ description: 'The settings in force, with defaults filled in', type: FundSettingsDto })
  settings!: FundSettings;

  @ApiProperty({ type: [FundFiscalYearDto] })
  fiscalYears!: FundFiscalYearDto[];

  @ApiProperty({ description: 'The public pot', type: FundPotDto })
  publicPot!: FundPotDto;

  @ApiProperty({ description: 'The private pot', type: FundPotDto })
  privatePot!: FundPotDto;

  @ApiProperty({ description: 'The public pot per funder', type: [FundFunderDto] })
  funders!: FundFunderDto[];

  @ApiProperty({ type: [FundJuryMemberDto] })
  juryMembers!: FundJuryMemberDto[];

  @ApiProperty({ type: [FundApplicationDto] })
  applications!: FundApplicationDto[];

  @ApiProperty({ type: [FundGrantDto] })
  grants!: FundGrantDto[];

  @ApiProperty({ description: "Revision of the fund's stream this view was folded to", example: 41 })
  revision!: number;

  @ApiProperty({ description: 'Global position of the last event folded', example: 1287 })
  position!: number;
}

export function toFundResponse(state: FundState, revision: number, position: number): FundResponse {
  if (state.fundId === null || state.settings === null) {
    throw new Error(
      'A fund stream with events always begins with FundOpened, which sets the id and settings',
    );
  }
  return {
    fundId: state.fundId,
    name: state.name,
    area: state.area,
    status: state.status,
    settings: state.settings,
    fiscalYears: [...state.fiscalYears.values()].sort(
      (first, second) => first.fiscalYear - second.fiscalYear,
    ),
    publicPot: fundPotDto(state.publicPot),
    privatePot: fundPotDto(state.privatePot),
    funders: state.funders.map((funder) => ({ funderId: funder.funderId, ...fundPotDto(funder) })),
    juryMembers: [...state.juryMembers.values()].map(fundJuryMemberDto),
    applications: [...state.applications.values()].map((application) =>
      fundApplicationDto(state, application),
    ),
    grants: [...state.grants.values()].map((grant) => fundGrantDto(state, grant)),
    revision,
    position,
  };
}

function fundPotDto(pot: PotFigures): FundPotDto {
  return {
    received: pot.received,
    committed: pot.committed,
    paid: pot.paid,
    refunded: pot.refunded,
    lapsed: pot.lapsed,
  };
}

function fundJuryMemberDto(member: JuryMemberState): FundJuryMemberDto {
  return { memberId: member.memberId, name: member.name, group: member.group, active: member.active };
}

/** The application's status on the one list the board uses: after the grant notice, the grant's. */
function fundApplicationDto(state: FundState, application: ApplicationState): FundApplicationDto {
  const { details } = application;
  const grant = application.grantId === null ? undefined : state.grants.get(application.grantId);
  return {
    applicationId: application.applicationId,
    status: applicationStatusOf(application.status, grant === undefined ? null : lifecycleFactsOf(grant)),
    title: details.title,
    applicant: details.applicant,
    measure: details.measure,
    eligibleCosts: details.eligibleCosts,
    ownContribution: details.ownContribution,
    requestedGrant: details.requestedGrant,
    approvedAmount: application.approvedAmount,
    grantId: application.grantId,
    recusedMemberIds: application.recusedMemberIds,
    openDecision: application.openDecision,
  };
}

function lifecycleFactsOf(grant: GrantState): GrantLifecycleFacts {
  const { repayment } = grant;
  return {
    status: grant.status,
    granted: grant.granted.amount,
    paid: grant.paid.amount,
    repayment: repayment === null ? null : { due: repayment.due.amount, received: repayment.received.amount },
  };
}

function fundGrantDto(state: FundState, grant: GrantState): FundGrantDto {
  const details = state.applications.get(grant.applicationId)?.details;
  if (details === undefined) throw new Error(`Grant ${grant.grantId} names no known application`);
  return {
    grantId: grant.grantId,
    applicationId: grant.applicationId,
    title: details.title,
    applicant: details.applicant.name,
    status: grant.status,
    fiscalYear: grant.fiscalYear,
    granted: grant.granted,
    paid: grant.paid,
    repayment: grant.repayment,
  };
}
