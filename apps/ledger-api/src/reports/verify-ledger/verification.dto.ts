import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { LedgerDigestResponseDto } from '../ledger-digest/ledger-digest.response.dto';

export class StartVerificationRequestDto {
  @ApiPropertyOptional({
    description: 'Verify the log up to this global position; default: its head when the request arrives',
    example: 1287,
  })
  @IsOptional()
  @IsInt({ message: 'toPosition must be a whole number' })
  @Min(0, { message: 'toPosition must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER, { message: 'toPosition is beyond any position of the log' })
  toPosition?: number;
}

export class VerificationProgressDto {
  @ApiProperty({ description: 'The last global position verified so far', example: 640 })
  position!: number;

  @ApiProperty({ description: 'Events verified so far', example: 640 })
  eventCount!: number;
}

export class ChainBreakDto {
  @ApiProperty({
    enum: [
      'hash_mismatch',
      'broken_link',
      'missing_revision',
      'duplicate_revision',
      'position_not_increasing',
      'malformed_event',
      'unreadable_event',
    ],
    example: 'hash_mismatch',
  })
  kind!: string;

  @ApiProperty({ example: 213 })
  position!: number;

  @ApiProperty({ nullable: true, type: String, example: 'fund-dortmund-city-fonds' })
  streamId!: string | null;

  @ApiProperty({ nullable: true, type: Number, example: 57 })
  revision!: number | null;

  @ApiProperty({
    example:
      'Event fund-dortmund-city-fonds@57 (position 213): stored hash 3f… but the content hashes to 9a…',
  })
  message!: string;
}

export class VerificationResultDto {
  @ApiProperty({ description: 'True when every chain and the digest verified' })
  ok!: boolean;

  @ApiProperty({ description: 'Events that passed every check', example: 1287 })
  eventCount!: number;

  @ApiProperty({ example: 3 })
  streamCount!: number;

  @ApiProperty({ description: 'The first broken event; null when none', type: ChainBreakDto, nullable: true })
  firstBreak!: ChainBreakDto | null;

  @ApiProperty({
    description: 'The ledger digest at the last verified event; null when the log is broken',
    type: LedgerDigestResponseDto,
    nullable: true,
  })
  digest!: LedgerDigestResponseDto | null;
}

export class VerificationResponse {
  @ApiProperty({ description: 'Follow it at GET /ledger/verifications/{id}', example: '4f0c…' })
  id!: string;

  @ApiProperty({ enum: ['running', 'verified', 'failed', 'error'], example: 'running' })
  state!: 'running' | 'verified' | 'failed' | 'error';

  @ApiProperty({ description: 'The subject of the token that started it', example: 'audit-office' })
  startedBy!: string;

  @ApiProperty({ example: '2024-06-30T10:00:00.000Z' })
  startedAt!: string;

  @ApiProperty({ nullable: true, type: String })
  finishedAt!: string | null;

  @ApiProperty({ description: 'The log is verified up to this global position', example: 1287 })
  toPosition!: number;

  @ApiProperty({ type: VerificationProgressDto })
  progress!: VerificationProgressDto;

  @ApiProperty({ description: 'The verdict once finished', type: VerificationResultDto, nullable: true })
  result!: VerificationResultDto | null;

  @ApiProperty({
    description: 'Why it could not complete (state "error"); null otherwise',
    nullable: true,
    type: String,
  })
  error!: string | null;
}
