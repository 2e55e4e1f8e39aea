import { VOTE_CHOICES, JURY_SIZE_MAX, TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsAmount, IsEntityId, IsIsoDate } from '../../../common/validation';
import { choiceMessage, IsMultiLineText } from '../../request-fields/request-fields';

/** Most agenda items in one set of minutes, and most conflicts declared at one meeting (the domain's bounds). */
const MEETING_ITEMS_MAX = 50;
const MEETING_CONFLICTS_MAX = 200;

export class MinutedVoteDto {
  @ApiProperty({ description: 'The member who voted', example: 'member-03', maxLength: 64 })
  @IsEntityId()
  memberId!: string;

  @ApiProperty({ description: 'Their vote', enum: VOTE_CHOICES, example: 'yes' })
  @IsIn(VOTE_CHOICES, { message: choiceMessage(VOTE_CHOICES) })
  vote!: (typeof VOTE_CHOICES)[number];
}

export class MinutedTallyDto {
  @ApiProperty({ description: 'Hands raised for the motion', example: 6, minimum: 0, maximum: JURY_SIZE_MAX })
  @IsInt({ message: 'yes must be a whole number' })
  @Min(0)
  @Max(JURY_SIZE_MAX)
  yes!: number;

  @ApiProperty({ description: 'Hands raised against it', example: 1, minimum: 0, maximum: JURY_SIZE_MAX })
  @IsInt({ message: 'no must be a whole number' })
  @Min(0)
  @Max(JURY_SIZE_MAX)
  no!: number;

  @ApiProperty({ description: 'Abstentions', example: 0, minimum: 0, maximum: JURY_SIZE_MAX })
  @IsInt({ message: 'abstain must be a whole number' })
  @Min(0)
  @Max(JURY_SIZE_MAX)
  abstain!: number;
}

export class MinutedConflictDto {
  @ApiProperty({ description: 'The member who declared the conflict', example: 'member-05', maxLength: 64 })
  @IsEntityId()
  memberId!: string;

  @ApiProperty({
    description: 'The application it concerns, one of the agenda items',
    example: 'winter-lights',
  })
  @IsEntityId()
  applicationId!: string;

  @ApiProperty({
    description: 'Why',
    example: 'Board member of the applicant',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}

/** One agenda item: exactly one of `votes`, `showOfHands` or `deferralReason`. */
export class MinutedAgendaItemDto {
  @ApiProperty({
    description: 'The application on the agenda of this meeting',
    example: 'pianos-in-public-space',
  })
  @IsEntityId()
  applicationId!: string;

  @ApiPropertyOptional({
    description: 'Each member’s vote, as minuted',
    type: [MinutedVoteDto],
    maxItems: JURY_SIZE_MAX,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(JURY_SIZE_MAX)
  @ValidateNested({ each: true })
  @Type(() => MinutedVoteDto)
  votes?: MinutedVoteDto[];

  @ApiPropertyOptional({
    description: 'The tally of a show of hands, when the minutes record no names',
    type: MinutedTallyDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MinutedTallyDto)
  showOfHands?: MinutedTallyDto;

  @ApiPropertyOptional({
    description: 'The grant the motion approves if it carries, in EUR; with votes or a show of hands',
    example: '1000.00',
  })
  @IsOptional()
  @IsAmount()
  approvedAmount?: string;

  @ApiPropertyOptional({
    description: 'Why the jury deferred the item, instead of a vote',
    example: 'The jury asks for a second quote.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsOptional()
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  deferralReason?: string;
}

/** The body of the request: the minutes of a jury meeting. */
export class RecordJuryMeetingRequestDto {
  @ApiProperty({
    description: 'The meeting the applications were put on the agenda for',
    example: 'meeting-2024-05',
  })
  @IsEntityId()
  meetingId!: string;

  @ApiProperty({
    description: 'The day the meeting took place (YYYY-MM-DD)',
    example: '2024-05-14',
    format: 'date',
  })
  @IsIsoDate()
  meetingDate!: string;

  @ApiProperty({
    description: 'Every member present at the meeting, each once',
    type: [String],
    example: ['member-01', 'member-02', 'member-03', 'member-04', 'member-05', 'member-06'],
    maxItems: JURY_SIZE_MAX,
  })
  @IsArray()
  @ArrayMaxSize(JURY_SIZE_MAX)
  @ArrayUnique({ message: 'presentMemberIds must name each member once' })
  @IsEntityId({ each: true })
  presentMemberIds!: string[];

  @ApiProperty({
    description: 'Conflicts of interest declared at the meeting',
    type: [MinutedConflictDto],
    maxItems: MEETING_CONFLICTS_MAX,
  })
  @IsArray()
  @ArrayMaxSize(MEETING_CONFLICTS_MAX)
  @ValidateNested({ each: true })
  @Type(() => MinutedConflictDto)
  conflicts!: MinutedConflictDto[];

  @ApiProperty({
    description: 'The agenda items in the order taken',
    type: [MinutedAgendaItemDto],
    minItems: 1,
    maxItems: MEETING_ITEMS_MAX,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MEETING_ITEMS_MAX)
  @ValidateNested({ each: true })
  @Type(() => MinutedAgendaItemDto)
  items!: MinutedAgendaItemDto[];
}
