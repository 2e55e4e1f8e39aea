import type { AppointJuryMember } from '@fund-ledger/domain';
import type { Settings } from '@fund-ledger/config';
import { validationProblem } from '../../../common/validation';
import { commandBase, idOrCommandId } from '../../use-case-runner/fund-commands';
import { FundPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { AppointJuryMemberRequestDto } from './appoint-jury-member.request.dto';

/** Appoints a member of the fund's jury for a group. */
export const appointJuryMember = fundUseCase({
  name: 'appoint-jury-member',
  route: 'funds/:fundId/jury/members',
  tag: 'Jury',
  roles: ['fund-manager'],
  summary: 'Appoint a jury member',
  description:
    "Appoints a member of the jury (lokales Gremium), sitting for private actors, the administration or politics. The member id is the one a jury member's token must carry to vote.",
  pathParams: FundPath,
  requestBody: AppointJuryMemberRequestDto,
  toCommand(path, body, context, settings) {
    const issuer = checkedIssuer(body.issuer, settings);
    const memberId = idOrCommandId(body.memberId, context);
    const command: AppointJuryMember = {
      type: 'AppointJuryMember',
      ...commandBase(path, context),
      memberId,
      name: body.name,
      group: body.group,
      subject: body.subject,
      ...(issuer !== undefined ? { issuer } : {}),
    };
    return { command, resourceId: memberId };
  },
});

/**
 * A person is the same subject from the same issuer. Where tokens come from an identity provider, an
 * appointment without the issuer could be matched by an account of the same name elsewhere, and one
 * with another issuer than the configured one by no token at all: both are refused.
 */
function checkedIssuer(issuer: string | undefined, settings: Settings): string | undefined {
  const configured = settings.jwt.issuer;
  const fromIdentityProvider = settings.jwt.key.kind === 'jwks' || configured !== undefined;
  if (issuer === undefined && fromIdentityProvider) {
    throw validationProblem([
      {
        field: 'issuer',
        message:
          'issuer is required: tokens come from an identity provider, so a person is a subject of an issuer',
      },
    ]);
  }
  if (issuer !== undefined && configured !== undefined && issuer !== configured) {
    throw validationProblem([
      {
        field: 'issuer',
        message: `issuer must be ${configured}, the only issuer whose tokens this service accepts`,
      },
    ]);
  }
  return issuer;
}
