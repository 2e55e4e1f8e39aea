import { ApiProperty } from '@nestjs/swagger';

export class AnswerPointDto {
  @ApiProperty({
    description: 'The asOf the request asked for; null for an answer from the current read models',
    example: '2024-06-30T23:59:59Z',
    nullable: true,
    type: String,
  })
  requested!: string | null;

  @ApiProperty({
    description: 'The effectiveOn the request asked for (a business date, YYYY-MM-DD); null without one',
    example: '2024-12-31',
    nullable: true,
    type: String,
  })
  effectiveOn!: string | null;

  @ApiProperty({
    description:
      "Global position the answer includes events up to: the read models' checkpoint for a current answer, the requested position, or for an instant the position of the fund's last event recorded by then",
    example: 1287,
  })
  position!: number;
}

export class ProjectionPointDto {
  @ApiProperty({ description: "Global position of the fund's last event included", example: 1287 })
  position!: number;

  @ApiProperty({ description: "Revision of that event in the fund's stream", example: 341 })
  revision!: number;

  @ApiProperty({ description: 'When that event was recorded', example: '2024-06-28T14:02:11Z' })
  recordedAt!: string;
}

export class FunderPartDto {
  @ApiProperty({ example: 'city' })
  funderId!: string;

  @ApiProperty({ example: '600.00' })
  amount!: string;
}

export class MoneySplitDto {
  @ApiProperty({ description: 'The whole amount', example: '1000.00' })
  amount!: string;

  @ApiProperty({ description: 'Public money', example: '1000.00' })
  publicPart!: string;

  @ApiProperty({ description: 'Private money', example: '0.00' })
  privatePart!: string;

  @ApiProperty({
    description: 'The public part per public funder, summing exactly to it',
    type: [FunderPartDto],
  })
  publicFunderParts!: readonly FunderPartDto[];
}
