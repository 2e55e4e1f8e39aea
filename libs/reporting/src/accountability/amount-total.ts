/**
 * A running total of decimal-string amounts. A section of a busy fund's report adds up tens of thousands
 * of amounts; keeping the total as Money (decimal.js) and writing it as a string only when it is read
 * parses each amount once, instead of parsing the total and formatting it again for every addition.
 * The result is the same string as adding with `addAmounts` step by step.
 */
import { Money } from '@fund-ledger/domain';
import { formatCents, ZERO_AMOUNT } from '@fund-ledger/projections';

export class AmountTotal {
  private total: Money | null = null;

  add(amount: string): void {
    if (amount === ZERO_AMOUNT) return;
    this.total = this.total === null ? new Money(amount) : this.total.plus(amount);
  }

  get amount(): string {
    return this.total === null ? ZERO_AMOUNT : formatCents(this.total);
  }
}
