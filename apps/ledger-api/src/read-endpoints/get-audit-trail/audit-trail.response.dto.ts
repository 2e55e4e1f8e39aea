import { ApiProperty } from '@nestjs/swagger';

export class ActorDto {
  @ApiProperty({ description: 'Subject of the token', example: 'city-treasury' })
  subject!: string;

  @ApiProperty({ example: 'treasurer' })
  role!: string;
}

export class EventMetadataDto {
  @ApiProperty({ type: ActorDto })
  actor!: ActorDto;

  @ApiProperty({ example: '5f0c2a9e-41d7-8b3c-9a6e-0d3b2f1c7e55' })
  commandId!: string;

  @ApiProperty({ example: 'b3c1a2f0-7d8e-4f61-9c2b-1e0d5a6b7c8d' })
  correlationId!: string;

  @ApiProperty({ example: 'b3c1a2f0-7d8e-4f61-9c2b-1e0d5a6b7c8d' })
  causationId!: string;

  @ApiProperty({ example: '2024-07-01T10:12:03Z' })
  recordedAt!: string;
}

export class AuditTrailEntryDto {
  @ApiProperty({ description: "Revision in the fund's stream", example: 97 })
  revision!: number;

  @ApiProperty({ description: 'Position in the global log', example: 412 })
  position!: number;

  @ApiProperty({ example: 'PayoutMade' })
  type!: string;

  @ApiProperty({
    description: 'The event as stored',
    type: 'object',
    additionalProperties: true,
    example: { fundId: 'dortmund-city-fonds', grantId: 'grant-pianos-2024', amount: '1000.00' },
  })
  data!: Readonly<Record<string, unknown>>;

  @ApiProperty({ type: EventMetadataDto })
  metadata!: EventMetadataDto;

  @ApiProperty({
    description:
      'When it happened: the business date the event carries (value date, meeting date, notice date, date of receipt, date a setting took effect); null for an event without one, which counts by metadata.recordedAt',
    example: '2024-06-28',
    nullable: true,
    type: String,
    format: 'date',
  })
  businessDate!: string | null;

  @ApiProperty({ example: '9c1d…' })
  prevHash!: string;

  @ApiProperty({ description: 'SHA-256 over the canonical JSON of the event and prevHash', example: '4e7a…' })
  hash!: string;
}

export class AuditTrailResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 50 })
  pageSize!: number;

  @ApiProperty({
    description: 'True when the stream (within asOf) has events after this page',
    example: true,
  })
  hasNextPage!: boolean;

  @ApiProperty({ type: [AuditTrailEntryDto] })
  events!: readonly AuditTrailEntryDto[];
}
