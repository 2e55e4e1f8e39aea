import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  PAYMENT_ORDER_FORMATS,
  type PaymentOrderFile,
  type PaymentOrderFormat,
} from '@fund-ledger/reporting';
import { Roles } from '../../auth';
import { IsEntityId } from '../../common/validation';
import { FundPath } from '../../funds/request-fields/path-params';
import { GetPaymentOrderFileQuery } from './get-payment-order-file.query';

export class PaymentOrderFilePath extends FundPath {
  @ApiProperty({ description: 'Id of the export', example: 'PO-2024-10-01' })
  @IsEntityId()
  exportId!: string;

  @ApiProperty({
    description: '`pain.001` (SEPA XML) or `csv` (payment-order list)',
    enum: PAYMENT_ORDER_FORMATS,
  })
  @IsIn(PAYMENT_ORDER_FORMATS, { message: `format must be one of: ${PAYMENT_ORDER_FORMATS.join(', ')}` })
  format!: PaymentOrderFormat;
}

@ApiTags('Payments')
@Controller('funds/:fundId/payment-exports/:exportId/files/:format')
export class GetPaymentOrderFileHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('treasurer', 'auditor')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Download a file of a payment export',
    description:
      'The SEPA credit transfer initiation (pain.001.001.09) for the city’s finance system, or the payment-order list (CSV), made again from the export’s event: the same bytes every time; downloading records nothing. Holds payees’ accounts (personal data).\n\nRoles: treasurer, auditor.',
  })
  @ApiProduces('application/xml', 'text/csv')
  @ApiOkResponse({ description: 'The file, as an attachment' })
  @ApiBadRequestResponse({ description: 'A malformed id or an unknown format' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'The token has neither the treasurer nor the auditor role' })
  @ApiNotFoundResponse({ description: 'There is no such fund or export' })
  async file(@Param() path: PaymentOrderFilePath): Promise<StreamableFile> {
    const file: PaymentOrderFile = await this.queryBus.execute(
      new GetPaymentOrderFileQuery(path.fundId, path.exportId, path.format),
    );
    return new StreamableFile(Buffer.from(file.body, 'utf8'), {
      type: file.mediaType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
