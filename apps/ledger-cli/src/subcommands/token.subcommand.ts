import { Option, type Command } from 'commander';
import { resolveJwtVerificationKey, ROLES, type Role } from '@fund-ledger/config';
// Kept apart from the settings entry point because it loads jose, which only token code needs.
import { parseTokenLifetime, signDevelopmentToken } from '@fund-ledger/config/development-token';
import { type CliSubcommand, type CliContext, UsageError } from '../cli-context';

interface TokenOptions {
  readonly role: Role;
  readonly sub: string;
  readonly expiresIn: string;
}

/**
 * `ledger-cli token`: signs a development token with the service's own secret (JWT_SECRET, or the
 * local secret file beside the data, created if missing). The token is the last line on stdout; the
 * explanation goes to stderr, so `TOKEN=$(npx ledger-cli token ...)` captures only the token. A jury
 * member's token is like any other: `--role jury-member --sub S` acts for the seats to which the fund
 * manager appointed the subject S, fund by fund.
 */
export const tokenSubcommand: CliSubcommand = {
  register(program: Command, context: CliContext): void {
    program
      .command('token')
      .description(
        'print a signed bearer token for local use of the service (HS256, same settings as the service)',
      )
      .addOption(
        new Option('--role <role>', 'the role the token grants').choices(ROLES).makeOptionMandatory(),
      )
      .requiredOption(
        '--sub <subject>',
        'the subject (user name) the token speaks for; a jury member is appointed by this subject',
      )
      .option('--expires-in <duration>', 'lifetime such as 30m, 8h or 7d (at most 30d)', '8h')
      .action(async (options: TokenOptions) => printToken(options, context));
  },
};

async function printToken(options: TokenOptions, context: CliContext): Promise<void> {
  const lifetimeSeconds = checkedLifetime(options.expiresIn);
  const subject = options.sub.trim();
  if (subject.length === 0 || subject.length > 256) throw new UsageError('--sub must be 1 to 256 characters');
  const settings = context.settings();
  const key = resolveJwtVerificationKey(settings);
  if (key.kind !== 'secret') {
    throw new UsageError('JWKS_URL is set: tokens come from the identity provider, not from this command');
  }
  const token = await signDevelopmentToken({
    secret: key.secret,
    subject,
    role: options.role,
    lifetimeSeconds,
    ...(settings.jwt.issuer !== undefined ? { issuer: settings.jwt.issuer } : {}),
    ...(settings.jwt.audience !== undefined ? { audience: settings.jwt.audience } : {}),
  });
  const expiresAt = new Date(Date.now() + lifetimeSeconds * 1000).toISOString();
  context.explain(`Token for ${subject} as ${options.role}, valid until ${expiresAt}.`);
  context.explain(`Signed with the secret from ${key.source}. Send it as: Authorization: Bearer <token>`);
  context.io.writeOut(`${token}\n`);
}

function checkedLifetime(text: string): number {
  const seconds = parseTokenLifetime(text);
  if (seconds === undefined) {
    throw new UsageError(`--expires-in must be a duration such as 30m, 8h or 7d, at most 30d; got "${text}"`);
  }
  return seconds;
}
