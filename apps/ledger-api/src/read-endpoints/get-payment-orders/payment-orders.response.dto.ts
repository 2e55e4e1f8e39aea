import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AnswerPointDto, ProjectionPointDto } from '../read-route/read-model.dto';

export class PayeeDto {
  @ApiProperty({ example: 'Klaviere in der City e.V.' })
  accountHolder!: string;

  @ApiProperty({ example: 'DE89370400440532013000' })
  iban!: string;

  @ApiProperty({ nullable: true, type: String, example: 'COBADEFFXXX' })
  bic!: string | null;
}

export class PersonDto {
  @ApiProperty({ description: 'Subject of the person’s account', example: 'm.schulz' })
  subject!: string;

  @ApiPropertyOptional({ description: 'Issuer of the account, for accounts of an identity provider' })
  issuer?: string;
}

export class PaymentOrderStepDto {
  @ApiProperty({ type: PersonDto })
  orderedBy!: PersonDto;

  @ApiProperty({ format: 'date', example: '2024-09-30' })
  orderedOn!: string;

  @ApiProperty({ format: 'date', example: '2024-10-02' })
  valueDate!: string;
}

export class PaymentOnItsWayDto {
  @ApiProperty({ example: 'pianos-payout-1' })
  paymentId!: string;

  @ApiProperty({ example: 'grant-pianos' })
  grantId!: string;

  @ApiProperty({ example: 'pianos' })
  applicationId!: string;

  @ApiProperty({ enum: ['advance', 'payout'], example: 'payout' })
  kind!: 'advance' | 'payout';

  @ApiProperty({ example: '1000.00' })
  amount!: string;

  @ApiProperty({ type: PayeeDto })
  payee!: PayeeDto;

  @ApiProperty({ type: PersonDto })
  certifiedBy!: PersonDto;

  @ApiProperty({ format: 'date', example: '2024-09-27' })
  certifiedOn!: string;

  @ApiProperty({
    description: 'The order; null while the payment waits for it',
    type: PaymentOrderStepDto,
    nullable: true,
  })
  order!: PaymentOrderStepDto | null;
}

export class PaymentExportDto {
  @ApiProperty({ example: 'PO-2024-10-01' })
  exportId!: string;

  @ApiProperty({ description: 'When the export was recorded', example: '2024-10-01T08:30:00Z' })
  exportedAt!: string;

  @ApiProperty({ example: 3 })
  paymentCount!: number;

  @ApiProperty({ example: '8400.00' })
  total!: string;
}

export class PaymentOrdersResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ type: ProjectionPointDto })
  lastEvent!: ProjectionPointDto;

  @ApiProperty({
    description:
      'Certified payments waiting for their order, and ordered ones waiting for the export, in the order they were certified',
    type: [PaymentOnItsWayDto],
  })
  onTheirWay!: readonly PaymentOnItsWayDto[];

  @ApiProperty({ description: 'Every export, oldest first', type: [PaymentExportDto] })
  exports!: readonly PaymentExportDto[];

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
