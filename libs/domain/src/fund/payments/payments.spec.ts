/**
 * Goal: money leaves a fund with four eyes: the fund's office records who receives it (a checked
 * account, the applicant or a confirmed different payee), one person certifies a payment, another
 * orders it, an order can be withdrawn until it is exported, and each export books every ordered
 * payment exactly once with both people and both dates. A fund without the rule pays as before.
 */
import {
  recordedOn,
  eventBaseOn,
  FUND_OFFICE,
  approvedApplication,
  appointJury,
  command,
  DORTMUND_SETTINGS,
  eventsOf,
  issueGrant,
  openFund,
  publicContribution,
  setBudget,
  EVENT_BASE as base,
  cityPart as city,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { FundCommand, PaymentKind, PersonIdentity } from '../fund.commands';
import type { FundSettingsInput } from '../fund.settings';

const FOUR_EYES: FundSettingsInput = { ...DORTMUND_SETTINGS, fourEyesPayments: true };
const CERTIFIER: PersonIdentity = { subject: 'm.schulz' };
const ORDERER: PersonIdentity = { subject: 'a.kaya' };
const PAYEE = { accountHolder: 'Klaviere in der City e.V.', iban: 'DE89370400440532013000', bic: null };
const DEBTOR = { name: 'Stadt Dortmund Stadtkasse', iban: 'DE03440501990000123456', bic: 'DORTDE33XXX' };

/** The day certifications, orders and exports are recorded: after every date they carry. */
const RECORDED_ON = '2024-06-05';

const recordPayee = (fields: Partial<Extract<FundCommand, { type: 'RecordGrantPayee' }>> = {}) =>
  command('RecordGrantPayee', {
    grantId: 'g-1',
    accountHolder: PAYEE.accountHolder,
    iban: 'DE89 3704 0044 0532 0130 00',
    ...fields,
  });
const certify = (
  amount = '1000.00',
  paymentId = 'pay-1',
  kind: PaymentKind = 'payout',
  certifier = CERTIFIER,
) =>
  recordedOn(
    RECORDED_ON,
    command('CertifyPayment', {
      grantId: 'g-1',
      paymentId,
      kind,
      amount,
      certifier,
      certifiedOn: '2024-06-01',
    }),
  );
const order = (paymentId = 'pay-1', orderer = ORDERER, orderedOn = '2024-06-03') =>
  recordedOn(
    RECORDED_ON,
    command('OrderPayment', { paymentId, orderer, orderedOn, valueDate: '2024-06-05' }),
  );
const exportOrders = (exportId = 'export-1') =>
  recordedOn(RECORDED_ON, command('ExportPaymentOrders', { exportId, debtor: DEBTOR }));

/** The pianos' grant of 1,000 EUR with its proof of use accepted, in a fund with or without four eyes. */
const proven = (settings = FOUR_EYES, ...more: FundCommand[]) =>
  eventsOf([
    openFund(settings),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    ...approvedApplication('a-1', '1000.00'),
    issueGrant('g-1', 'a-1', '1000.00'),
    command('SubmitProofOfUse', { grantId: 'g-1', reportedCosts: '4200.00', reference: 'VN-1' }),
    command('AcceptProofOfUse', { certifier: FUND_OFFICE, grantId: 'g-1', provenEligibleCosts: '4200.00' }),
    ...more,
  ]);
const withPayee = (...more: FundCommand[]) => proven(FOUR_EYES, recordPayee(), ...more);

describe('the payee of a grant', () => {
  it('is recorded with the IBAN as the bank reads it when the holder is the applicant', () => {
    given(proven())
      .when(recordPayee({ bic: 'dort de 33 xxx' }))
      .then([
        {
          type: 'GrantPayeeRecorded',
          data: {
            ...base,
            grantId: 'g-1',
            applicationId: 'a-1',
            payee: { ...PAYEE, bic: 'DORTDE33XXX' },
            holderIsApplicant: true,
          },
        },
      ]);
  });

  it('refuses another account holder unless the fund office confirms the different payee', () => {
    given(proven())
      .when(recordPayee({ accountHolder: 'Max Mustermann' }))
      .thenThrows('PAYEE.NOT_APPLICANT', 'accountHolder');
    const [event] = given(proven())
      .when(recordPayee({ accountHolder: 'Max Mustermann', confirmedDifferentPayee: true }))
      .events();
    expect(event).toMatchObject({ type: 'GrantPayeeRecorded', data: { holderIsApplicant: false } });
  });

  it('refuses an IBAN with wrong check digits, a malformed BIC and an unknown grant', () => {
    given(proven())
      .when(recordPayee({ iban: 'DE89 3704 0044 0532 0130 01' }))
      .thenThrows('COMMAND.INVALID_INPUT', 'iban');
    given(proven())
      .when(recordPayee({ bic: 'NOBIC' }))
      .thenThrows('COMMAND.INVALID_INPUT', 'bic');
    given(proven())
      .when(recordPayee({ bic: 'BKAUATWWXXX' }))
      .thenThrows('COMMAND.INVALID_INPUT', 'bic');
    given(proven())
      .when(recordPayee({ grantId: 'g-404' }))
      .thenThrows('GRANT.NOT_FOUND', 'grantId');
  });
});

describe('CertifyPayment', () => {
  it('records the certifier, the date and the payee the payment will go to', () => {
    given(withPayee())
      .when(certify('400.00'))
      .then([
        {
          type: 'PaymentCertified',
          data: {
            ...eventBaseOn(RECORDED_ON),
            grantId: 'g-1',
            applicationId: 'a-1',
            paymentId: 'pay-1',
            kind: 'payout',
            amount: '400.00',
            payee: PAYEE,
            certifiedBy: CERTIFIER,
            certifiedOn: '2024-06-01',
          },
        },
      ]);
  });

  it('needs a payee, the accepted proof for a payout, and money not yet held by another certification', () => {
    given(proven()).when(certify()).thenThrows('PAYMENT.PAYEE_MISSING', 'grantId');
    given(withPayee(certify('600.00')))
      .when(certify('400.01', 'pay-2'))
      .thenThrows('PAYOUT.EXCEEDS_GRANT', 'amount');
    given(withPayee(certify('600.00')))
      .when(certify('400.00', 'pay-1'))
      .thenThrows('PAYOUT.DUPLICATE_ID', 'paymentId');
    given(withPayee()).when(certify('0.00')).thenThrows('MONEY.INVALID_AMOUNT', 'amount');
    given(withPayee()).when(certify('5.00', 'pay_1')).thenThrows('COMMAND.INVALID_INPUT', 'paymentId');
    given(withPayee())
      .when(certify('5.00', 'p'.repeat(36)))
      .thenThrows('COMMAND.INVALID_INPUT', 'paymentId');
    given(withPayee()).when(certify('1.005')).thenThrows('MONEY.INVALID_AMOUNT', 'amount');
    given(withPayee())
      .when(
        command('CertifyPayment', {
          grantId: 'g-1',
          paymentId: 'p',
          kind: 'payout',
          amount: '5.00',
          certifier: CERTIFIER,
          certifiedOn: '2024-02-30',
        }),
      )
      .thenThrows('COMMAND.INVALID_INPUT', 'certifiedOn');
  });

  it('keeps the grant from ending while a payment waits, until it is withdrawn', () => {
    given(withPayee(certify('400.00')))
      .when(command('CloseGrant', { grantId: 'g-1' }))
      .thenThrows('PAYMENT.ORDERS_PENDING', 'grantId');
    const [closed] = given(
      withPayee(
        certify('400.00'),
        command('WithdrawPaymentOrder', { paymentId: 'pay-1', reason: 'Wrong amount' }),
      ),
    )
      .when(command('CloseGrant', { grantId: 'g-1' }))
      .events();
    expect(closed.type).toBe('GrantClosed');
  });
});

describe('OrderPayment', () => {
  it('is refused to the person who certified the payment, whatever roles they hold', () => {
    given(withPayee(certify()))
      .when(order('pay-1', { subject: CERTIFIER.subject }))
      .thenThrows('PAYMENT.SAME_PERSON', 'paymentId');
  });

  it('tells people of different identity providers apart by subject and issuer', () => {
    const certifiedByIdp = certify('1000.00', 'pay-1', 'payout', {
      subject: 'm.schulz',
      issuer: 'https://idp.example',
    });
    const [ordered] = given(withPayee(certifiedByIdp))
      .when(order('pay-1', { subject: 'm.schulz' }))
      .events();
    expect(ordered.type).toBe('PaymentOrdered');
  });

  it('records both people and both dates, and the value date decides the fiscal year', () => {
    given(withPayee(certify()))
      .when(order())
      .then([
        {
          type: 'PaymentOrdered',
          data: {
            ...eventBaseOn(RECORDED_ON),
            grantId: 'g-1',
            applicationId: 'a-1',
            paymentId: 'pay-1',
            kind: 'payout',
            amount: '1000.00',
            valueDate: '2024-06-05',
            fiscalYear: 2024,
            certifiedBy: CERTIFIER,
            certifiedOn: '2024-06-01',
            orderedBy: ORDERER,
            orderedOn: '2024-06-03',
          },
        },
      ]);
  });

  it('refuses an order dated before the certification, a second order and an unknown payment', () => {
    given(withPayee(certify()))
      .when(order('pay-1', ORDERER, '2024-05-31'))
      .thenThrows('PAYMENT.ORDER_BEFORE_CERTIFICATION', 'orderedOn');
    given(withPayee(certify(), order())).when(order()).thenThrows('PAYMENT.INVALID_STATE', 'paymentId');
    given(withPayee()).when(order('pay-404')).thenThrows('PAYMENT.NOT_FOUND', 'paymentId');
  });

  it('lets one person do both where the fund switched the rule off', () => {
    const direct = proven({ ...FOUR_EYES, fourEyesPayments: false }, recordPayee(), certify());
    const [ordered] = given(direct).when(order('pay-1', CERTIFIER)).events();
    expect(ordered).toMatchObject({
      type: 'PaymentOrdered',
      data: { certifiedBy: CERTIFIER, orderedBy: CERTIFIER },
    });
  });
});

describe('payments booked directly', () => {
  it('are refused where the fund keeps four eyes, and work as before where it does not', () => {
    const payout = recordedOn(
      RECORDED_ON,
      command('MakePayout', {
        grantId: 'g-1',
        payoutId: 'pay-1',
        amount: '1000.00',
        valueDate: '2024-06-01',
      }),
    );
    given(proven()).when(payout).thenThrows('PAYMENT.FOUR_EYES_REQUIRED', 'grantId');
    const [made] = given(proven(DORTMUND_SETTINGS)).when(payout).events();
    expect(made.type).toBe('PayoutMade');
  });
});

describe('WithdrawPaymentOrder', () => {
  it('takes back an order before export, naming what it took back; the id is not used again', () => {
    given(withPayee(certify(), order()))
      .when(command('WithdrawPaymentOrder', { paymentId: 'pay-1', reason: 'Payee changed their account' }))
      .then([
        {
          type: 'PaymentOrderWithdrawn',
          data: {
            ...base,
            grantId: 'g-1',
            applicationId: 'a-1',
            paymentId: 'pay-1',
            stage: 'ordered',
            reason: 'Payee changed their account',
          },
        },
      ]);
    const withdrawn = withPayee(
      certify(),
      command('WithdrawPaymentOrder', { paymentId: 'pay-1', reason: 'x' }),
    );
    given(withdrawn).when(certify()).thenThrows('PAYOUT.DUPLICATE_ID', 'paymentId');
    given(withdrawn).when(order()).thenThrows('PAYMENT.INVALID_STATE', 'paymentId');
  });

  it('is refused once the order is exported', () => {
    given(withPayee(certify(), order(), exportOrders()))
      .when(command('WithdrawPaymentOrder', { paymentId: 'pay-1', reason: 'too late' }))
      .thenThrows('PAYMENT.INVALID_STATE', 'paymentId');
  });
});

describe('ExportPaymentOrders', () => {
  it('exports the ordered payments with their payees and books each with both people and both dates', () => {
    given(withPayee(certify('400.00'), order(), certify('100.00', 'pay-2')))
      .when(exportOrders())
      .then([
        {
          type: 'PaymentOrdersExported',
          data: {
            ...eventBaseOn(RECORDED_ON),
            exportId: 'export-1',
            debtor: { accountHolder: DEBTOR.name, iban: DEBTOR.iban, bic: DEBTOR.bic },
            payments: [
              {
                paymentId: 'pay-1',
                grantId: 'g-1',
                applicationId: 'a-1',
                kind: 'payout',
                amount: '400.00',
                valueDate: '2024-06-05',
                payee: PAYEE,
                certifiedBy: CERTIFIER,
                certifiedOn: '2024-06-01',
                orderedBy: ORDERER,
                orderedOn: '2024-06-03',
              },
            ],
            paymentCount: 1,
            total: '400.00',
          },
        },
        {
          type: 'PayoutMade',
          data: {
            ...eventBaseOn(RECORDED_ON),
            grantId: 'g-1',
            applicationId: 'a-1',
            payoutId: 'pay-1',
            valueDate: '2024-06-05',
            fiscalYear: 2024,
            amount: '400.00',
            publicPart: '400.00',
            privatePart: '0.00',
            publicFunderParts: city('400.00'),
            paymentOrder: {
              certifiedBy: CERTIFIER,
              certifiedOn: '2024-06-01',
              orderedBy: ORDERER,
              orderedOn: '2024-06-03',
              exportId: 'export-1',
            },
          },
        },
      ]);
  });

  it('never exports a payment twice: the next export finds nothing, or only what was ordered since', () => {
    given(withPayee(certify(), order(), exportOrders()))
      .when(exportOrders('export-2'))
      .thenThrows('PAYMENT.NOTHING_TO_EXPORT');
    given(withPayee(certify(), order(), exportOrders()))
      .when(exportOrders('export-1'))
      .thenThrows('PAYMENT.EXPORT_DUPLICATE_ID', 'exportId');
  });

  it('splits two payments of one grant in one export exactly as two separate payments', () => {
    const events = given(withPayee(certify('333.33'), order(), certify('666.67', 'pay-2'), order('pay-2')))
      .when(exportOrders())
      .events();
    const paid = events.filter((event) => event.type === 'PayoutMade').map((event) => event.data.amount);
    expect(paid).toEqual(['333.33', '666.67']);
  });

  it('refuses a debtor account with wrong check digits', () => {
    given(withPayee(certify(), order()))
      .when(
        command('ExportPaymentOrders', {
          exportId: 'e',
          debtor: { ...DEBTOR, iban: 'DE03440501990000123457' },
        }),
      )
      .thenThrows('COMMAND.INVALID_INPUT', 'debtor.iban');
  });
});
