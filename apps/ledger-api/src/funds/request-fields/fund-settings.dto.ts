import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  UNUSED_MONEY_GRACE_MONTHS_MAX,
  type FundSettingsInput,
  AMOUNT_MAX,
  FUNDING_SOURCES,
  MAJORITY_RULES,
  MATCHING_MODELS,
  QUORUM_KINDS,
  YEAR_END_POLICIES,
  INTEREST_DAY_COUNTS,
  JURY_VOTING_MODES,
  JURY_SIZE_MAX,
  PUBLIC_FUNDERS_MAX,
  TEXT_LENGTH_MAX,
} from '@fund-ledger/domain';
import { IsAmount, IsEntityId } from '../../common/validation';
import { choiceMessage, IsSingleLineText, IsFunderShare, IsShare } from './request-fields';

export class PublicFunderDto {
  @ApiProperty({
    description: 'Id of the funder, unique in the fund',
    example: 'city-of-dortmund',
    maxLength: 64,
  })
  @IsEntityId()
  funderId!: string;

  @ApiProperty({
    description: 'Name of the funder',
    example: 'Stadt Dortmund',
    maxLength: TEXT_LENGTH_MAX.name,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.name)
  name!: string;

  @ApiProperty({
    description:
      'Share of every public amount this funder pays, as a decimal with at most six decimals ("0.6") or an exact fraction ("1/3"); the shares of all funders add up to exactly 1, and every amount is split among them to the cent by largest remainder',
    example: '1/3',
  })
  @IsFunderShare()
  share!: string;
}

export class JuryQuorumDto {
  @ApiProperty({
    description: '`more-than-half` of the current members, or a `minimum-present` count',
    enum: QUORUM_KINDS,
    example: 'minimum-present',
  })
  @IsIn(QUORUM_KINDS, { message: choiceMessage(QUORUM_KINDS) })
  kind!: (typeof QUORUM_KINDS)[number];

  @ApiPropertyOptional({
    description: 'Members who must be present and free of conflicts; only with `minimum-present`',
    minimum: 1,
    maximum: JURY_SIZE_MAX,
    example: 6,
  })
  @ValidateIf((quorum: JuryQuorumDto) => quorum.kind === 'minimum-present' || quorum.count !== undefined)
  @IsInt({ message: 'count must be a whole number' })
  @Min(1)
  @Max(JURY_SIZE_MAX)
  count?: number;
}

export class JurySettingsDto {
  @ApiPropertyOptional({
    description: 'Quorum rule; default more than half of the members',
    type: JuryQuorumDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => JuryQuorumDto)
  quorum?: JuryQuorumDto;

  @ApiPropertyOptional({
    description: 'Majority rule; abstentions never count. Default `simple`',
    enum: MAJORITY_RULES,
    example: 'simple',
  })
  @IsOptional()
  @IsIn(MAJORITY_RULES, { message: choiceMessage(MAJORITY_RULES) })
  majority?: (typeof MAJORITY_RULES)[number];
}

/**
 * The rules that differ between cities. Only the funding source, the matching model and the public
 * funders are required; the domain fills in the defaults of everything else.
 */
export class FundSettingsDto {
  @ApiProperty({
    description: 'Where the public money comes from',
    enum: FUNDING_SOURCES,
    example: 'municipal-budget',
  })
  @IsIn(FUNDING_SOURCES, { message: choiceMessage(FUNDING_SOURCES) })
  fundingSource!: (typeof FUNDING_SOURCES)[number];

  @ApiProperty({
    description:
      '`pooled`: public money matches private contributions paid into the fund; `per-project`: the applicant brings the private part',
    enum: MATCHING_MODELS,
    example: 'per-project',
  })
  @IsIn(MATCHING_MODELS, { message: choiceMessage(MATCHING_MODELS) })
  matchingModel!: (typeof MATCHING_MODELS)[number];

  @ApiProperty({
    description: 'The public funders in order (the order breaks ties when an amount is split to the cent)',
    type: [PublicFunderDto],
    minItems: 1,
    maxItems: PUBLIC_FUNDERS_MAX,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PUBLIC_FUNDERS_MAX)
  @ValidateNested({ each: true })
  @Type(() => PublicFunderDto)
  publicFunders!: PublicFunderDto[];

  @ApiPropertyOptional({
    description: 'Highest share of public money in money spent, above 0 and at most 1 (default "0.50")',
    example: '0.50',
  })
  @IsOptional()
  @IsShare(4)
  publicShareMax?: string;

  @ApiPropertyOptional({
    description: 'Most public money one project may receive; null or left out for no cap',
    type: String,
    example: '10000.00',
    nullable: true,
    maximum: Number(AMOUNT_MAX),
  })
  @IsOptional()
  @IsAmount()
  perProjectPublicCap?: string | null;

  @ApiPropertyOptional({
    description:
      'Public money only for investive measures; default true for urban development funding, where it must stay true',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  publicMoneyInvestiveOnly?: boolean;

  @ApiPropertyOptional({
    description: 'What happens to uncommitted public money when a fiscal year closes (default `carry-over`)',
    enum: YEAR_END_POLICIES,
    example: 'carry-over',
  })
  @IsOptional()
  @IsIn(YEAR_END_POLICIES, { message: choiceMessage(YEAR_END_POLICIES) })
  yearEndPolicy?: (typeof YEAR_END_POLICIES)[number];

  @ApiPropertyOptional({
    description:
      'IANA time zone whose calendar days are the fund\'s business dates and its "today"; default Europe/Berlin',
    example: 'Europe/Berlin',
    maxLength: 64,
  })
  @IsOptional()
  @IsSingleLineText(64)
  timeZone?: string;

  @ApiPropertyOptional({
    description:
      'How interest on repayments counts days into years (§ 49a VwVfG statements); absent: actual/365',
    enum: INTEREST_DAY_COUNTS,
    example: 'actual/365',
  })
  @IsOptional()
  @IsIn(INTEREST_DAY_COUNTS, { message: choiceMessage(INTEREST_DAY_COUNTS) })
  interestDayCount?: (typeof INTEREST_DAY_COUNTS)[number];

  @ApiPropertyOptional({
    description:
      "Whole months an advance or payout may lie unused before it bears interest (§ 49a (4) VwVfG): interest runs from the day this many months after the payment's value date; absent: 12 (from the 13th month after payout, as the state's urban-development funding rule says)",
    minimum: 0,
    maximum: UNUSED_MONEY_GRACE_MONTHS_MAX,
    example: 12,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(UNUSED_MONEY_GRACE_MONTHS_MAX)
  unusedMoneyGraceMonths?: number;

  @ApiPropertyOptional({ description: 'Quorum and majority of the jury', type: JurySettingsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => JurySettingsDto)
  jury?: JurySettingsDto;

  @ApiPropertyOptional({
    description:
      'Four eyes on money leaving the fund: one person certifies a payment, another orders it (default true; false lets one person do both and book payments directly)',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  fourEyesPayments?: boolean;

  @ApiPropertyOptional({
    description:
      'How the jury votes reach the ledger: `minuted` (default), the fund’s office records each meeting once (attendance, conflicts, each member’s vote or the tally of a show of hands, the decision); `members-vote`, each member votes with their own account',
    enum: JURY_VOTING_MODES,
    example: 'minuted',
  })
  @IsOptional()
  @IsIn(JURY_VOTING_MODES, { message: choiceMessage(JURY_VOTING_MODES) })
  juryVoting?: (typeof JURY_VOTING_MODES)[number];
}

/** The settings as the domain takes them, leaving out what the request left out. */
export function toFundSettingsInput(settings: FundSettingsDto): FundSettingsInput {
  return {
    fundingSource: settings.fundingSource,
    matchingModel: settings.matchingModel,
    publicFunders: settings.publicFunders.map(({ funderId, name, share }) => ({ funderId, name, share })),
    ...definedOnly({
      publicShareMax: settings.publicShareMax,
      perProjectPublicCap: settings.perProjectPublicCap,
      publicMoneyInvestiveOnly: settings.publicMoneyInvestiveOnly,
      yearEndPolicy: settings.yearEndPolicy,
      timeZone: settings.timeZone,
      interestDayCount: settings.interestDayCount,
      fourEyesPayments: settings.fourEyesPayments,
      juryVoting: settings.juryVoting,
      unusedMoneyGraceMonths: settings.unusedMoneyGraceMonths,
    }),
    ...(settings.jury !== undefined ? { jury: toJurySettingsInput(settings.jury) } : {}),
  };
}

function toJurySettingsInput(jury: JurySettingsDto): NonNullable<FundSettingsInput['jury']> {
  const quorum = jury.quorum;
  return {
    ...(quorum === undefined
      ? {}
      : {
          quorum:
            quorum.kind === 'minimum-present'
              ? { kind: quorum.kind, count: quorum.count ?? 0 }
              : { kind: quorum.kind },
        }),
    ...definedOnly({ majority: jury.majority }),
  };
}

/** A copy without the keys whose value is undefined, so absent settings stay absent in the command. */
export function definedOnly<Fields extends Record<string, unknown>>(fields: Fields): Partial<Fields> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<Fields>;
}
