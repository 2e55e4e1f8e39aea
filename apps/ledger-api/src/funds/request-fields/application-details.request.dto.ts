import { APPLICANT_KINDS, MEASURE_KINDS, MEASURE_TYPES, TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, ValidateNested } from 'class-validator';
import type { ApplicationDetails } from '@fund-ledger/domain';
import { IsAmount } from '../../common/validation';
import { choiceMessage, IsAmountOrZero, IsSingleLineText, IsMultiLineText } from './request-fields';

export class ApplicantDto {
  @ApiProperty({
    description: 'Name of the applicant',
    example: 'Klavierfreunde Dortmund e.V.',
    maxLength: TEXT_LENGTH_MAX.name,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.name)
  name!: string;

  @ApiProperty({ description: 'Kind of applicant', enum: APPLICANT_KINDS, example: 'association' })
  @IsIn(APPLICANT_KINDS, { message: choiceMessage(APPLICANT_KINDS) })
  kind!: (typeof APPLICANT_KINDS)[number];
}

export class MeasureDto {
  @ApiProperty({
    description:
      'Investive measures (furniture, lighting, planting, signage) may be paid from public money; non-investive ones only where the fund allows it',
    enum: MEASURE_TYPES,
    example: 'investive',
  })
  @IsIn(MEASURE_TYPES, { message: choiceMessage(MEASURE_TYPES) })
  type!: (typeof MEASURE_TYPES)[number];

  @ApiProperty({
    description: 'Finer kind of the measure',
    enum: MEASURE_KINDS,
    example: 'art-in-public-space',
  })
  @IsIn(MEASURE_KINDS, { message: choiceMessage(MEASURE_KINDS) })
  kind!: (typeof MEASURE_KINDS)[number];
}

/** The cost and financing plan of an application, as submitted and as replaced by an amendment. */
export class ApplicationDetailsDto {
  @ApiProperty({ description: 'Who applies', type: ApplicantDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiProperty({
    description: 'Short title of the project',
    example: 'Pianos in public space',
    maxLength: TEXT_LENGTH_MAX.title,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.title)
  title!: string;

  @ApiProperty({
    description: 'What the project does and why',
    example: 'Three painted pianos on Westenhellweg and Alter Markt, free to play for a summer.',
    maxLength: TEXT_LENGTH_MAX.description,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.description)
  description!: string;

  @ApiProperty({
    description: 'The kind of measure, which decides whether public money may pay for it',
    type: MeasureDto,
  })
  @IsObject()
  @ValidateNested()
  @Type(() => MeasureDto)
  measure!: MeasureDto;

  @ApiProperty({ description: 'Total eligible costs of the project in EUR', example: '4200.00' })
  @IsAmount()
  eligibleCosts!: string;

  @ApiProperty({
    description: "The applicant's own contribution (or its sponsors') in EUR",
    example: '3200.00',
  })
  @IsAmountOrZero()
  ownContribution!: string;

  @ApiProperty({ description: 'Grant requested from the fund in EUR', example: '1000.00' })
  @IsAmount()
  requestedGrant!: string;

  @ApiProperty({
    description: 'Where in the fund area the project takes place',
    example: 'Westenhellweg',
    maxLength: TEXT_LENGTH_MAX.name,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.name)
  area!: string;
}

export function toApplicationDetails(details: ApplicationDetailsDto): ApplicationDetails {
  return {
    applicant: { name: details.applicant.name, kind: details.applicant.kind },
    title: details.title,
    description: details.description,
    measure: { type: details.measure.type, kind: details.measure.kind },
    eligibleCosts: details.eligibleCosts,
    ownContribution: details.ownContribution,
    requestedGrant: details.requestedGrant,
    area: details.area,
  };
}
