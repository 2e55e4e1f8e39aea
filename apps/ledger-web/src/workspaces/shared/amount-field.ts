/** Checks an amount as typed and says in the person's language what is wrong with it. */
import type { Messages } from '../../i18n/messages.de';
import type { Language } from '../../i18n/language';
import { parseMoneyInput } from '../../money/money-format';

export function amountOrProblem(
  text: string,
  language: Language,
  t: Messages,
  options: { allowZero?: boolean } = {},
): { amount?: string; problem?: string } {
  const parsed = parseMoneyInput(text, language, options);
  return parsed.ok ? { amount: parsed.amount } : { problem: t.forms.amountProblems[parsed.problem] };
}
