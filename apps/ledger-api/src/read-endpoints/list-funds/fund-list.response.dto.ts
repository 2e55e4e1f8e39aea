import { ApiProperty } from '@nestjs/swagger';
import { AnswerPointDto, ProjectionPointDto } from '../read-route/read-model.dto';

export class FundListItemDto {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ example: 'City-Fonds Dortmund' })
  name!: string;

  @ApiProperty({ example: 'Dortmund city centre' })
  area!: string;

  @ApiProperty({ enum: ['open', 'closed'], example: 'open' })
  status!: 'open' | 'closed';

  @ApiProperty({ enum: ['urban-development-funding', 'municipal-budget'], example: 'municipal-budget' })
  fundingSource!: 'urban-development-funding' | 'municipal-budget';

  @ApiProperty({ enum: ['pooled', 'per-project'], example: 'per-project' })
  matchingModel!: 'pooled' | 'per-project';

  @ApiProperty({ description: 'When the fund was opened', example: '2024-01-10T09:00:00.000Z' })
  openedAt!: string;

  @ApiProperty({ description: 'When the fund was closed; null while open', nullable: true, type: String })
  closedAt!: string | null;

  @ApiProperty({ description: "The fund's last event included in the answer", type: ProjectionPointDto })
  lastEvent!: ProjectionPointDto;
}

export class FundListResponse {
  @ApiProperty({ description: 'The funds the caller may see, in order of their id', type: [FundListItemDto] })
  funds!: readonly FundListItemDto[];

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
