import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { CertifyPaymentCommand } from './certify-payment.command';
import { CertifyPaymentRequestDto } from './certify-payment.request.dto';

@ApiTags('Payments')
@Controller('funds/:fundId/grants/:grantId/certified-payments')
export class CertifyPaymentHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Certify a payment (sachlich und rechnerisch richtig)',
    description:
      'The first of four eyes: the person of the token certifies an advance or payout of the grant to its recorded payee. The amount is held back from the grant until the payment is exported or withdrawn (PAYOUT.EXCEEDS_GRANT beyond what is left); a grant without payee is refused (PAYMENT.PAYEE_MISSING); a payout needs the accepted proof of use (PAYOUT.PROOF_REQUIRED).',
  })
  certify(
    @Param() path: GrantPath,
    @Body() body: CertifyPaymentRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new CertifyPaymentCommand(path, body, context));
  }
}
