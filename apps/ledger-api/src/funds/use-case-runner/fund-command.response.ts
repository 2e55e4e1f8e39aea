import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AppendedEventDto {
  @ApiProperty({
    description: 'Event type, past tense; stored data that never changes',
    example: 'PayoutMade',
  })
  type!: string;

  @ApiProperty({ description: "The event's revision in the fund's stream (0-based)", example: 41 })
  revision!: number;

  @ApiProperty({ description: "The event's position in the global log", example: 1287 })
  position!: number;
}

export class ReadModelStatusDto {
  @ApiProperty({
    description: 'True when the read models (balances, board, ledger) already include this command',
    example: true,
  })
  caughtUp!: boolean;

  @ApiProperty({
    description: 'Global position the read models had reached when the response was sent',
    example: 1287,
  })
  position!: number;
}

/**
 * What every fund command answers with 201: the thing it created or changed, the events it appended
 * with their places in the fund's stream and the global log, and whether the read models have caught
 * up with them yet. A command that was already carried out appends nothing and lists no events.
 */
export class FundCommandResponse {
  @ApiProperty({ description: 'The fund', example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({
    description:
      'Id of the resource the command created or acted on (contribution, application, member, decision, grant, payout, repayment...)',
    example: 'payout-pianos-1',
  })
  id!: string;

  @ApiProperty({
    description:
      'Id of the command, derived from the Idempotency-Key and the token subject; recorded in every event',
    example: '5f0c2a9e-41d7-8b3c-9a6e-0d3b2f1c7e55',
  })
  commandId!: string;

  @ApiProperty({ description: 'Events appended by this command, in order', type: [AppendedEventDto] })
  events!: AppendedEventDto[];

  @ApiProperty({
    description: "Revision of the fund's stream after the command; null only when the stream does not exist",
    example: 41,
    nullable: true,
    type: Number,
  })
  revision!: number | null;

  @ApiProperty({
    description: 'Global position of the last event appended (or of the log head when nothing was appended)',
    example: 1287,
  })
  position!: number;

  @ApiPropertyOptional({
    description: 'Read-your-writes: whether queries already reflect this command',
    type: ReadModelStatusDto,
  })
  readModels?: ReadModelStatusDto;
}
