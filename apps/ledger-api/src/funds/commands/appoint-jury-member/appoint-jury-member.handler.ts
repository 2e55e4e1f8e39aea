import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AppointJuryMember } from '@fund-ledger/domain';
import type { Settings } from '@fund-ledger/config';
import { validationProblem } from '../../../common/validation';
import { SETTINGS } from '../../../config/settings.module';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { AppointJuryMemberCommand } from './appoint-jury-member.command';

@CommandHandler(AppointJuryMemberCommand)
export class AppointJuryMemberHandler implements ICommandHandler<
  AppointJuryMemberCommand,
  FundCommandResponse
> {
  constructor(
    private readonly funds: FundCommands,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  execute({ path, body, context }: AppointJuryMemberCommand): Promise<FundCommandResponse> {
    const issuer = checkedIssuer(body.issuer, this.settings);
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
    return this.funds.run(command, memberId, context);
  }
}

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
