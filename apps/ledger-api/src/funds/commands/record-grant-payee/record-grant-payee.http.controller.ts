import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { RecordGrantPayeeCommand } from './record-grant-payee.command';
import { RecordGrantPayeeRequestDto } from './record-grant-payee.request.dto';

@ApiTags('Payments')
@Controller('funds/:fundId/grants/:grantId/payee')
export class RecordGrantPayeeHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Record the payee of a grant',
    description:
      'Records the account holder, IBAN (checked by its check digits) and BIC the grant is paid to; a later record replaces it for payments certified afterwards. An account holder other than the applicant needs confirmedDifferentPayee (PAYEE.NOT_APPLICANT). Payee data is personal data.',
  })
  recordPayee(
    @Param() path: GrantPath,
    @Body() body: RecordGrantPayeeRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new RecordGrantPayeeCommand(path, body, context));
  }
}
