import { ApiProperty } from '@nestjs/swagger';
import { APPLICANT_KINDS, APPLICATION_STATUSES, MEASURE_KINDS, MEASURE_TYPES } from '@fund-ledger/domain';
import { AnswerPointDto, MoneySplitDto, ProjectionPointDto } from '../read-route/read-model.dto';

export class ApplicantResponseDto {
  @ApiProperty({ example: 'Klavierfreunde Dortmund e.V.' })
  name!: string;

  @ApiProperty({ enum: APPLICANT_KINDS, example: 'association' })
  kind!: string;
}

export class MeasureResponseDto {
  @ApiProperty({ enum: MEASURE_TYPES, example: 'investive' })
  type!: string;

  @ApiProperty({ enum: MEASURE_KINDS, example: 'art-in-public-space' })
  kind!: string;
}

export class ApplicationDetailsResponseDto {
  @ApiProperty({ type: ApplicantResponseDto })
  applicant!: ApplicantResponseDto;

  @ApiProperty({ example: 'Pianos in public space' })
  title!: string;

  @ApiProperty({ example: 'Three painted pianos in the pedestrian zone for a summer.' })
  description!: string;

  @ApiProperty({ type: MeasureResponseDto })
  measure!: MeasureResponseDto;

  @ApiProperty({ example: '4200.00' })
  eligibleCosts!: string;

  @ApiProperty({ example: '3200.00' })
  ownContribution!: string;

  @ApiProperty({ example: '1000.00' })
  requestedGrant!: string;

  @ApiProperty({ example: 'Westenhellweg' })
  area!: string;
}

export class MemberVoteDto {
  @ApiProperty({ example: 'member-01' })
  memberId!: string;

  @ApiProperty({ enum: ['yes', 'no', 'abstain'], example: 'yes' })
  vote!: string;
}

export class VoteTallyDto {
  @ApiProperty({ example: 5 })
  yes!: number;

  @ApiProperty({ example: 1 })
  no!: number;

  @ApiProperty({ example: 1 })
  abstain!: number;
}

export class AgendaItemDto {
  @ApiProperty({ example: 'decision-pianos-1' })
  decisionId!: string;

  @ApiProperty({ example: 'meeting-2024-06' })
  meetingId!: string;

  @ApiProperty({ example: '2024-06-12' })
  meetingDate!: string;

  @ApiProperty({ type: [String], example: ['member-01', 'member-02', 'member-03'] })
  presentMemberIds!: readonly string[];

  @ApiProperty({
    description: 'Votes in the order cast; a correction replaces the vote in place',
    type: [MemberVoteDto],
  })
  votes!: readonly MemberVoteDto[];

  @ApiProperty({ description: 'Votes corrected so far', example: 0 })
  corrections!: number;

  @ApiProperty({ description: 'The running tally', type: VoteTallyDto })
  tally!: VoteTallyDto;

  @ApiProperty({
    description: 'Members who declared a conflict of interest: they do not vote',
    type: [String],
    example: ['member-04'],
  })
  recusedMemberIds!: readonly string[];
}

export class DecisionDto {
  @ApiProperty({ example: 'decision-pianos-1' })
  decisionId!: string;

  @ApiProperty({ example: 'meeting-2024-06' })
  meetingId!: string;

  @ApiProperty({ example: '2024-06-12' })
  meetingDate!: string;

  @ApiProperty({ enum: ['approved', 'rejected', 'deferred'], example: 'approved' })
  outcome!: string;

  @ApiProperty({ type: VoteTallyDto })
  tally!: VoteTallyDto;

  @ApiProperty({ type: [MemberVoteDto] })
  votes!: readonly MemberVoteDto[];

  @ApiProperty({ type: [String], example: ['member-01', 'member-02', 'member-03'] })
  presentMemberIds!: readonly string[];

  @ApiProperty({ type: [String], example: ['member-04'] })
  recusedMemberIds!: readonly string[];

  @ApiProperty({
    description: 'Members of the jury when the vote closed; null for a deferral',
    example: 7,
    nullable: true,
    type: Number,
  })
  memberCount!: number | null;

  @ApiProperty({
    description: 'Members present and free of conflicts; null for a deferral',
    example: 6,
    nullable: true,
    type: Number,
  })
  quorumPresentCount!: number | null;

  @ApiProperty({ example: 4, nullable: true, type: Number })
  quorumRequired!: number | null;

  @ApiProperty({
    description: 'Amount of the motion put to the vote',
    example: '1000.00',
    nullable: true,
    type: String,
  })
  motionAmount!: string | null;

  @ApiProperty({ example: '1000.00', nullable: true, type: String })
  approvedAmount!: string | null;

  @ApiProperty({ description: 'Reason of a deferral', example: null, nullable: true, type: String })
  reason!: string | null;

  @ApiProperty({ example: '2024-06-12T18:40:00Z' })
  decidedAt!: string;
}

export class ConflictDto {
  @ApiProperty({ example: 'member-04' })
  memberId!: string;

  @ApiProperty({ example: 'Board member of the applicant' })
  reason!: string;

  @ApiProperty({ example: 'decision-pianos-1', nullable: true, type: String })
  decisionId!: string | null;

  @ApiProperty({ example: '2024-06-12T18:05:00Z' })
  declaredAt!: string;
}

export class ProofOfUseDto {
  @ApiProperty({ enum: ['submitted', 'rejected', 'accepted'], example: 'accepted' })
  status!: string;

  @ApiProperty({ example: '4100.00' })
  reportedCosts!: string;

  @ApiProperty({ example: 'Invoices 2024-117 to 2024-121' })
  reference!: string;

  @ApiProperty({ example: '4100.00', nullable: true, type: String })
  provenEligibleCosts!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  rejectionReason!: string | null;
}

export class RepaymentDto {
  @ApiProperty({ type: [String], example: ['revoked'] })
  reasons!: readonly string[];

  @ApiProperty({ example: '1000.00' })
  principal!: string;

  @ApiProperty({ example: '14.03' })
  interest!: string;

  @ApiProperty({ description: 'Everything demanded, interest included', type: MoneySplitDto })
  due!: MoneySplitDto;

  @ApiProperty({ type: MoneySplitDto })
  received!: MoneySplitDto;

  @ApiProperty({ example: false })
  settled!: boolean;
}

export class GrantDto {
  @ApiProperty({ example: 'grant-pianos-2024' })
  grantId!: string;

  @ApiProperty({
    enum: ['committed', 'proof-submitted', 'proof-accepted', 'closed', 'expired', 'revoked', 'withdrawn'],
    example: 'proof-accepted',
  })
  status!: string;

  @ApiProperty({ example: 2024 })
  fiscalYear!: number;

  @ApiProperty({ description: 'When the grant notice was recorded', example: '2024-06-20T10:00:00Z' })
  issuedAt!: string;

  @ApiProperty({
    description: 'The date of the grant notice; null for a notice recorded before notices were dated',
    example: '2024-06-18',
    nullable: true,
    type: String,
    format: 'date',
  })
  noticeDate!: string | null;

  @ApiProperty({ enum: ['pooled', 'per-project'], example: 'per-project' })
  matchingModel!: string;

  @ApiProperty({ example: '0.50' })
  publicShareMax!: string;

  @ApiProperty({ example: '4200.00' })
  eligibleCosts!: string;

  @ApiProperty({ example: '3200.00' })
  ownContribution!: string;

  @ApiProperty({ description: 'What the grant notice committed', type: MoneySplitDto })
  issued!: MoneySplitDto;

  @ApiProperty({ description: 'Still to be paid: issued less paid and released', type: MoneySplitDto })
  committed!: MoneySplitDto;

  @ApiProperty({ description: 'Advances and payouts', type: MoneySplitDto })
  paid!: MoneySplitDto;

  @ApiProperty({ description: 'Commitments given back', type: MoneySplitDto })
  released!: MoneySplitDto;

  @ApiProperty({ type: [String], example: ['closed'] })
  releaseReasons!: readonly string[];

  @ApiProperty({ type: ProofOfUseDto, nullable: true })
  proofOfUse!: ProofOfUseDto | null;

  @ApiProperty({ type: RepaymentDto, nullable: true })
  repayment!: RepaymentDto | null;

  @ApiProperty({
    description: 'Reason of an expiry or revocation',
    example: null,
    nullable: true,
    type: String,
  })
  reason!: string | null;
}

export class RuleFlagDto {
  @ApiProperty({
    description: 'The refusal the jury decision would give',
    example: 'GRANT.EXCEEDS_PROJECT_CAP',
  })
  code!: string;

  @ApiProperty({ example: 'requestedGrant' })
  field!: string;

  @ApiProperty({
    example: "12000.00 EUR of public money is more than the fund's cap of 10000.00 EUR per project.",
  })
  message!: string;
}

export class BoardEntryDto {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ example: 'pianos-in-public-space' })
  applicationId!: string;

  @ApiProperty({ description: 'Global position of the submission; the board is in this order', example: 211 })
  submittedPosition!: number;

  @ApiProperty({ example: '2024-05-02T08:15:00Z' })
  submittedAt!: string;

  @ApiProperty({ example: '2024-06-20T10:00:00Z' })
  updatedAt!: string;

  @ApiProperty({
    description:
      'Up to granted from the application itself; after it from its grant: paid in part, paid, closed, expired, revoked, repayment due, settled',
    enum: APPLICATION_STATUSES,
    enumName: 'ApplicationStatus',
    example: 'granted',
  })
  status!: string;

  @ApiProperty({
    description: 'Why it is incomplete, ineligible, deferred or withdrawn',
    example: null,
    nullable: true,
    type: String,
  })
  statusReason!: string | null;

  @ApiProperty({ type: ApplicationDetailsResponseDto })
  details!: ApplicationDetailsResponseDto;

  @ApiProperty({ example: 0 })
  amendments!: number;

  @ApiProperty({
    description: 'The open agenda item with its running tally; null when none',
    type: AgendaItemDto,
    nullable: true,
  })
  agenda!: AgendaItemDto | null;

  @ApiProperty({ description: 'Every decision taken, with its tally', type: [DecisionDto] })
  decisions!: readonly DecisionDto[];

  @ApiProperty({ description: 'Conflicts of interest declared', type: [ConflictDto] })
  conflicts!: readonly ConflictDto[];

  @ApiProperty({ example: '1000.00', nullable: true, type: String })
  approvedAmount!: string | null;

  @ApiProperty({ type: GrantDto, nullable: true })
  grant!: GrantDto | null;

  @ApiProperty({
    description:
      'Until the jury decides: the rules of the fund the requested grant breaks under the settings in force (cap per project, public money for investive measures only); the decision would refuse it unless the application is amended. Empty once decided.',
    type: [RuleFlagDto],
  })
  ruleFlags!: readonly RuleFlagDto[];
}

export class JuryMemberDto {
  @ApiProperty({ example: 'member-01' })
  memberId!: string;

  @ApiProperty({ example: 'Dr. Aylin Yilmaz' })
  name!: string;

  @ApiProperty({ enum: ['private-actor', 'administration', 'politics'], example: 'private-actor' })
  group!: string;

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ example: '2024-01-10T09:00:00Z' })
  appointedAt!: string;

  @ApiProperty({ example: null, nullable: true, type: String })
  leftAt!: string | null;
}

export class JuryDto {
  @ApiProperty({ example: 7 })
  activeMemberCount!: number;

  @ApiProperty({ description: 'Every member ever appointed, in order of appointment', type: [JuryMemberDto] })
  members!: readonly JuryMemberDto[];
}

export class ApplicationBoardResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ type: ProjectionPointDto })
  lastEvent!: ProjectionPointDto;

  @ApiProperty({ type: JuryDto })
  jury!: JuryDto;

  @ApiProperty({
    description: 'Applications per status over the whole fund',
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { granted: 4, 'on-agenda': 1, rejected: 1 },
  })
  statusCounts!: Readonly<Record<string, number>>;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 50 })
  pageSize!: number;

  @ApiProperty({ description: 'Applications matching the filter, over all pages', example: 12 })
  total!: number;

  @ApiProperty({
    description:
      "The member id of the caller's own seat on this jury when the request acts as a jury member (votes and recusals name members by id); null otherwise",
    nullable: true,
    type: String,
    example: 'member-01',
  })
  callerMemberId!: string | null;

  @ApiProperty({ type: [BoardEntryDto] })
  applications!: readonly BoardEntryDto[];

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
