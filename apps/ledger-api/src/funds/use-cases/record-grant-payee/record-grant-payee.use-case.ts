import type { RecordGrantPayee } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { RecordGrantPayeeRequestDto } from './record-grant-payee.request.dto';

/** Records the account a grant's money is paid to. */
export const recordGrantPayee = fundUseCase({
  name: 'record-grant-payee',
  route: 'funds/:fundId/grants/:grantId/payee',
  tag: 'Payments',
  roles: ['fund-manager'],
  summary: 'Record the payee of a grant',
  description:
    'Records the account holder, IBAN (checked by its check digits) and BIC the grant is paid to; a later record replaces it for payments certified afterwards. An account holder other than the applicant needs confirmedDifferentPayee (PAYEE.NOT_APPLICANT). Payee data is personal data.',
  pathParams: GrantPath,
  requestBody: RecordGrantPayeeRequestDto,
  operationMethod: 'recordPayee',
  toCommand(path, body, context) {
    const command: RecordGrantPayee = {
      type: 'RecordGrantPayee',
      ...commandBase(path, context),
      grantId: path.grantId,
      accountHolder: body.accountHolder,
      iban: body.iban,
      ...(body.bic !== undefined ? { bic: body.bic } : {}),
      ...(body.confirmedDifferentPayee !== undefined
        ? { confirmedDifferentPayee: body.confirmedDifferentPayee }
        : {}),
    };
    return { command, resourceId: path.grantId };
  },
});
