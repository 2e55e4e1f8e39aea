import { ApiProperty } from '@nestjs/swagger';

/** The ledger digest: a Merkle root over every stream's head at a global position (docs/hash-chain.md). */
export class LedgerDigestResponseDto {
  @ApiProperty({ description: 'Every event at or before this global position is covered', example: 1287 })
  position!: number;

  @ApiProperty({ description: 'Streams with at least one event at or before the position', example: 3 })
  streamCount!: number;

  @ApiProperty({ description: 'Events at or before the position', example: 1287 })
  eventCount!: number;

  @ApiProperty({
    description: 'Lowercase hex Merkle root',
    example: '095ab291e1e9b8fecb112388da5cb53f4b89b5e05d5c746d1ab6be4a5baa3bb1',
  })
  root!: string;
}
