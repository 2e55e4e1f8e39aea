import { correctionOf } from '../../request-fields/business-date.dto';
import type { RevokeGrant } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { RevokeGrantRequestDto } from './revoke-grant.request.dto';

/** Revokes a grant for misuse or false information and demands repayment with interest. */
export const revokeGrant = fundUseCase({
  name: 'revoke-grant',
  route: 'funds/:fundId/grants/:grantId/revocation',
  tag: 'Grants',
  roles: ['fund-manager'],
  summary: 'Revoke a grant',
  description:
    'Revokes the grant (Widerruf) for misuse or false information: the unpaid commitment is released and the repayment principal, with interest for the given days at the given yearly rate, is demanded back (REPAYMENT.EXCEEDS_PAID when more than was paid). Where the fund keeps four eyes, the demand is only certified by the person of the token until another person orders it (POST …/repayment-demand/order).',
  pathParams: GrantPath,
  requestBody: RevokeGrantRequestDto,
  toCommand(path, body, context) {
    const command: RevokeGrant = {
      type: 'RevokeGrant',
      ...commandBase(path, context),
      grantId: path.grantId,
      certifier: personOf(context.actor),
      reason: body.reason,
      repaymentPrincipal: body.repaymentPrincipal,
      fixedInterestRatePercentPerYear: body.fixedInterestRatePercentPerYear,
      voidFrom: body.voidFrom,
      noticeDate: body.noticeDate,
      ...correctionOf(body),
    };
    return { command, resourceId: path.grantId };
  },
});
