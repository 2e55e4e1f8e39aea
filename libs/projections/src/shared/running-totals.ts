/**
 * A record of running totals as a fold holds them: Decimal while they change, written as canonical
 * amount strings only when a document is written. It is created from its written form and parses it
 * only when a total first changes, and it writes again only what changed since it was last written, so
 * folding one event into a stored document costs the amounts the event moves, not the whole document.
 */
import type { Money } from '@fund-ledger/domain';
import { formatCents, parseAmountText } from './amounts';

export class RunningTotals<Field extends string> {
  private values: Record<Field, Money> | null = null;
  private written: Readonly<Record<Field, string>> | null;

  /** `fields` in the order of the written record's keys, which stored documents keep byte for byte. */
  constructor(
    private readonly fields: readonly Field[],
    written: Readonly<Record<Field, string>>,
  ) {
    this.written = written;
  }

  add(field: Field, amount: Money): void {
    const values = this.parsed();
    values[field] = values[field].plus(amount);
    this.written = null;
  }

  /** The totals as written in a document; the same object as long as nothing changed. */
  write(): Readonly<Record<Field, string>> {
    if (this.written === null) {
      const values = this.values as Record<Field, Money>;
      const written = {} as Record<Field, string>;
      for (const field of this.fields) written[field] = formatCents(values[field]);
      this.written = written;
    }
    return this.written;
  }

  private parsed(): Record<Field, Money> {
    if (this.values === null) {
      const written = this.written as Readonly<Record<Field, string>>;
      const values = {} as Record<Field, Money>;
      for (const field of this.fields) values[field] = parseAmountText(written[field]);
      this.values = values;
    }
    return this.values;
  }
}
