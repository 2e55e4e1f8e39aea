import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsEntityId, IsIsoDate } from '../../../common/validation';

/** The body of the request: put an application on the jury agenda. */
export class PutApplicationOnAgendaRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new decision (agenda item); left out, the service uses the command id derived from the Idempotency-Key',
    example: 'decision-2024-05-pianos',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  decisionId?: string;

  @ApiProperty({ description: 'Id of the jury meeting', example: 'jury-2024-05', maxLength: 64 })
  @IsEntityId()
  meetingId!: string;

  @ApiProperty({ description: 'Day of the meeting (YYYY-MM-DD)', example: '2024-05-14', format: 'date' })
  @IsIsoDate()
  meetingDate!: string;
}
