import { JURY_SIZE_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray } from 'class-validator';
import { IsEntityId } from '../../../common/validation';

/** The body of the request: record the members present for a decision. */
export class RecordJuryAttendanceRequestDto {
  @ApiProperty({
    description: 'Every member present, each once',
    type: [String],
    example: ['member-01', 'member-02', 'member-03', 'member-04', 'member-05', 'member-06', 'member-07'],
    maxItems: JURY_SIZE_MAX,
  })
  @IsArray()
  @ArrayMaxSize(JURY_SIZE_MAX)
  @ArrayUnique({ message: 'presentMemberIds must name each member once' })
  @IsEntityId({ each: true })
  presentMemberIds!: string[];
}
