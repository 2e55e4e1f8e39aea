import { ApiProperty } from '@nestjs/swagger';

const HEX_EXAMPLE = '095ab291e1e9b8fecb112388da5cb53f4b89b5e05d5c746d1ab6be4a5baa3bb1';

export class SealingDto {
  @ApiProperty({
    description: 'Whether this service seals the log (a signing key is configured)',
    example: true,
  })
  enabled!: boolean;

  @ApiProperty({
    description: "SHA-256 of the service's Ed25519 public key, hex",
    example: HEX_EXAMPLE,
    nullable: true,
    type: String,
  })
  keyId!: string | null;

  @ApiProperty({
    description:
      "The service's public key (PEM). Compare it with the one the city published; trust that one.",
    nullable: true,
    type: String,
    example: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA…\n-----END PUBLIC KEY-----\n',
  })
  publicKey!: string | null;

  @ApiProperty({
    description: 'Whether seals are sent to a time-stamping authority (RFC 3161)',
    example: true,
  })
  timeStamping!: boolean;

  @ApiProperty({
    description: 'Why the sealer stopped sealing (the log did not verify), or null',
    nullable: true,
    type: String,
    example: null,
  })
  problem!: string | null;
}

export class TimeStampDto {
  @ApiProperty({
    enum: ['valid', 'missing', 'unchecked', 'invalid'],
    description:
      "valid: the token verifies against a configured authority's CA; missing: not stamped yet (the authority was unreachable); unchecked: no CA configured here; invalid: the token does not verify",
    example: 'valid',
  })
  state!: 'valid' | 'missing' | 'unchecked' | 'invalid';

  @ApiProperty({
    description: "The authority's time in the token",
    nullable: true,
    type: String,
    example: '2024-11-18T10:15:02.000Z',
  })
  genTime!: string | null;

  @ApiProperty({
    description: "The authority's name (its certificate's common name)",
    nullable: true,
    type: String,
    example: 'Stadt Dortmund TSA',
  })
  authority!: string | null;

  @ApiProperty({ description: 'Why the token does not verify', nullable: true, type: String, example: null })
  problem!: string | null;
}

export class LastSealDto {
  @ApiProperty({ description: 'Every event at or before this global position is sealed', example: 1200 })
  position!: number;

  @ApiProperty({ description: 'When the service signed the seal', example: '2024-11-18T10:15:00.000Z' })
  sealedAt!: string;

  @ApiProperty({ example: 1200 })
  eventCount!: number;

  @ApiProperty({ example: 3 })
  streamCount!: number;

  @ApiProperty({ description: 'The ledger digest root at the position', example: HEX_EXAMPLE })
  digestRoot!: string;

  @ApiProperty({ description: 'The running hash of the global order at the position', example: HEX_EXAMPLE })
  orderHash!: string;

  @ApiProperty({ example: HEX_EXAMPLE })
  keyId!: string;

  @ApiProperty({
    enum: ['valid', 'invalid', 'unchecked'],
    description:
      "valid: signed by the service's key or a trusted one; invalid: it is not; unchecked: no key to check with",
    example: 'valid',
  })
  signature!: 'valid' | 'invalid' | 'unchecked';

  @ApiProperty({ type: TimeStampDto })
  timeStamp!: TimeStampDto;
}

export class EventsAfterSealDto {
  @ApiProperty({
    description: 'Events after the last seal (seal records themselves not counted)',
    example: 37,
  })
  eventCount!: number;

  @ApiProperty({ nullable: true, type: Number, example: 1203 })
  firstPosition!: number | null;

  @ApiProperty({ nullable: true, type: Number, example: 1262 })
  lastPosition!: number | null;

  @ApiProperty({ nullable: true, type: String, example: '2024-11-18T10:16:40.000Z' })
  firstRecordedAt!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '2024-11-18T10:29:12.000Z' })
  lastRecordedAt!: string | null;
}

export class SealWithoutTokenDto {
  @ApiProperty({ example: 1100 })
  position!: number;

  @ApiProperty({ example: '2024-11-18T09:55:00.000Z' })
  sealedAt!: string;
}

export class SealStatusResponseDto {
  @ApiProperty({ type: SealingDto })
  sealing!: SealingDto;

  @ApiProperty({ description: 'Seals in the log', example: 12 })
  sealCount!: number;

  @ApiProperty({
    type: LastSealDto,
    nullable: true,
    description: 'The seal with the highest position, or null: the log is unsealed',
  })
  lastSeal!: LastSealDto | null;

  @ApiProperty({
    type: EventsAfterSealDto,
    description: 'What follows the last seal (every event, when there is none)',
  })
  afterLastSeal!: EventsAfterSealDto;

  @ApiProperty({ type: [SealWithoutTokenDto], description: 'Seals still waiting for their time-stamp token' })
  sealsWithoutToken!: SealWithoutTokenDto[];
}
