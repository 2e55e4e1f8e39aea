/**
 * Goal: under any sequence of certifications, orders, withdrawals and exports by any people, no
 * payment is ever ordered by the person who certified it, and every ordered payment that was not
 * withdrawn appears in exactly one export and is booked exactly once, by that export.
 */
import fc from 'fast-check';
import { DomainError, type EventEnvelope } from '../../decider';
import {
  recordedOn,
  FUND_OFFICE,
  approvedApplication,
  appointJury,
  command,
  DORTMUND_SETTINGS,
  historyOf,
  issueGrant,
  openFund,
  publicContribution,
  setBudget,
} from '../../testing/fund.fixtures';
import type { FundCommand, PersonIdentity } from '../fund.commands';
import { fundDecider, replayFund } from '../fund.decider';
import type { FundEvent } from '../fund.events';
import type { FundState } from '../fund.state';

const PEOPLE: readonly PersonIdentity[] = [
  { subject: 'anna' },
  { subject: 'ben' },
  { subject: 'anna', issuer: 'https://idp.example' },
];
const GRANTS = ['g-1', 'g-2'] as const;

/** Two granted projects whose proofs are accepted and whose payees are recorded, in a fund that keeps four eyes. */
const START = historyOf([
  openFund({ ...DORTMUND_SETTINGS, fourEyesPayments: true }),
  setBudget(2024),
  publicContribution('c-1', '90000.00'),
  ...appointJury(),
  ...GRANTS.flatMap((grantId, index) => {
    const applicationId = `a-${index + 1}`;
    return [
      ...approvedApplication(applicationId, '1000.00'),
      issueGrant(grantId, applicationId, '1000.00'),
      command('SubmitProofOfUse', { grantId, reportedCosts: '4200.00', reference: 'VN' }),
      command('AcceptProofOfUse', { certifier: FUND_OFFICE, grantId, provenEligibleCosts: '4200.00' }),
      command('RecordGrantPayee', {
        grantId,
        accountHolder: 'Klaviere in der City e.V.',
        iban: 'DE89370400440532013000',
      }),
    ];
  }),
]);

type Step =
  | { readonly kind: 'certify'; readonly grant: number; readonly cents: number; readonly person: number }
  | { readonly kind: 'order'; readonly pick: number; readonly person: number }
  | { readonly kind: 'withdraw'; readonly pick: number }
  | { readonly kind: 'export' };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('certify' as const),
    grant: fc.nat(GRANTS.length - 1),
    cents: fc.integer({ min: 1, max: 60000 }),
    person: fc.nat(PEOPLE.length - 1),
  }),
  fc.record({ kind: fc.constant('order' as const), pick: fc.nat(), person: fc.nat(PEOPLE.length - 1) }),
  fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
  fc.constant({ kind: 'export' as const }),
);

function commandFor(step: Step, state: FundState, index: number): FundCommand | null {
  const pending = [...state.pendingPayments.values()];
  const picked = (pick: number) => (pending.length === 0 ? null : pending[pick % pending.length]);
  switch (step.kind) {
    case 'certify':
      return command('CertifyPayment', {
        grantId: GRANTS[step.grant],
        paymentId: `pay-${index}`,
        kind: 'payout',
        amount: (step.cents / 100).toFixed(2),
        certifier: PEOPLE[step.person],
        certifiedOn: '2024-06-01',
      });
    case 'order': {
      const payment = picked(step.pick);
      return payment === null
        ? null
        : command('OrderPayment', {
            paymentId: payment.paymentId,
            orderer: PEOPLE[step.person],
            orderedOn: '2024-06-02',
            valueDate: '2024-06-05',
          });
    }
    case 'withdraw': {
      const payment = picked(step.pick);
      return payment === null
        ? null
        : command('WithdrawPaymentOrder', { paymentId: payment.paymentId, reason: 'x' });
    }
    case 'export':
      return command('ExportPaymentOrders', {
        exportId: `export-${index}`,
        debtor: { name: 'Stadtkasse', iban: 'DE03440501990000123456' },
      });
  }
}

/** The day the payments' steps are recorded: after every date they carry. */
const PAYMENTS_RECORDED_ON = '2024-06-05';

/** Runs the steps, keeping what the decider accepts and dropping what it refuses; ends with one more export. */
function run(steps: readonly Step[]): FundEvent[] {
  const envelopes: EventEnvelope<FundEvent>[] = [...START];
  let state = replayFund(envelopes);
  const recorded: FundEvent[] = [];
  [...steps, { kind: 'export' as const }].forEach((step, index) => {
    const planned = commandFor(step, state, index);
    if (planned === null) return;
    const next = recordedOn(PAYMENTS_RECORDED_ON, planned);
    let events: readonly FundEvent[];
    try {
      events = fundDecider.decide(next, state);
    } catch (error) {
      if (error instanceof DomainError) return;
      throw error;
    }
    for (const event of events) {
      state = fundDecider.evolve(state, { event, commandId: next.commandId });
      recorded.push(event);
    }
  });
  return recorded;
}

const samePerson = (one: PersonIdentity, other: PersonIdentity) =>
  one.subject === other.subject && (one.issuer ?? null) === (other.issuer ?? null);

describe('four eyes on payments under random sequences', () => {
  it('never lets a payment be ordered by its certifier', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 40 }), (steps) => {
        for (const event of run(steps)) {
          if (event.type === 'PaymentOrdered')
            expect(samePerson(event.data.orderedBy, event.data.certifiedBy)).toBe(false);
          if (event.type === 'PayoutMade' && event.data.paymentOrder !== undefined) {
            expect(samePerson(event.data.paymentOrder.orderedBy, event.data.paymentOrder.certifiedBy)).toBe(
              false,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts every ordered payment not withdrawn into exactly one export, booked once by it', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 40 }), (steps) => {
        const events = run(steps);
        const withdrawn = new Set(
          events.flatMap((event) => (event.type === 'PaymentOrderWithdrawn' ? [event.data.paymentId] : [])),
        );
        const ordered = events.flatMap((event) =>
          event.type === 'PaymentOrdered' ? [event.data.paymentId] : [],
        );
        const exportsOf = (paymentId: string) =>
          events.filter(
            (event) =>
              event.type === 'PaymentOrdersExported' &&
              event.data.payments.some((payment) => payment.paymentId === paymentId),
          );
        for (const paymentId of ordered.filter((id) => !withdrawn.has(id))) {
          const [only, ...more] = exportsOf(paymentId);
          expect(more).toEqual([]);
          expect(only).toBeDefined();
          const bookings = events.filter(
            (event) => event.type === 'PayoutMade' && event.data.payoutId === paymentId,
          );
          expect(bookings).toHaveLength(1);
          expect(bookings[0]).toMatchObject({
            data: {
              paymentOrder: { exportId: only.type === 'PaymentOrdersExported' ? only.data.exportId : '' },
            },
          });
        }
        for (const paymentId of withdrawn) expect(exportsOf(paymentId)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
