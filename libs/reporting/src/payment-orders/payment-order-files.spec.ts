/**
 * Goal: an export's payment order file is a valid SEPA credit transfer (pain.001.001.09 under the
 * EPC's rules, checked with xmllint against the schema kept in the repository), carries exactly the
 * recorded amounts, payees and references, and comes out the same every time; the payment-order list
 * carries the same payments with both signatures and adds up.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ExportedPayment } from '@fund-ledger/domain';
import { renderPain001 } from './pain001';
import type { PaymentOrderExport } from './payment-order-file';
import { renderPaymentOrderCsv } from './payment-order-csv';

const run = promisify(execFile);
const SCHEMA = join(__dirname, 'schema', 'pain.001.001.09.xsd');
const CONTEXT = { fundName: 'City-Fonds Dortmund', recordedAt: '2024-06-05T08:30:00Z' };

const payment = (
  paymentId: string,
  amount: string,
  valueDate: string,
  more: Partial<ExportedPayment> = {},
): ExportedPayment => ({
  paymentId,
  grantId: 'grant-pianos',
  applicationId: 'pianos',
  kind: 'payout',
  amount,
  valueDate,
  payee: { accountHolder: 'Klaviere in der City e.V.', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
  certifiedBy: { subject: 'm.schulz' },
  certifiedOn: '2024-06-01',
  orderedBy: { subject: 'a.kaya', issuer: 'https://idp.dortmund.example' },
  orderedOn: '2024-06-03',
  ...more,
});

const EXPORT: PaymentOrderExport = {
  fundId: 'dortmund-city-fonds',
  occurredAt: CONTEXT.recordedAt,
  exportId: 'PO-2024-06-05',
  debtor: { accountHolder: 'Stadt Dortmund Stadtkasse', iban: 'DE03440501990000123456', bic: null },
  payments: [
    payment('pay-1', '1000.00', '2024-06-06'),
    payment('pay-2', '0.10', '2024-06-06', {
      kind: 'advance',
      payee: { accountHolder: 'Jörg Schäfer', iban: 'AT611904300234573201', bic: null },
    }),
    payment('pay-3', '999999999.99', '2024-06-10'),
  ],
  paymentCount: 3,
  total: '1000001000.09',
};

async function xmllintAvailable(): Promise<boolean> {
  try {
    await run('xmllint', ['--version']);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (process.env.CI === 'true') {
      throw new Error(
        "xmllint is missing: install Debian's libxml2-utils (apt-get install -y libxml2-utils)",
      );
    }
    process.stdout.write(
      'xmllint is missing (Debian libxml2-utils): the schema check is left out outside CI.\n',
    );
    return false;
  }
}

async function schemaErrors(xml: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'pain001-'));
  try {
    const path = join(folder, 'payments.xml');
    await writeFile(path, xml);
    try {
      await run('xmllint', ['--noout', '--schema', SCHEMA, path]);
      return '';
    } catch (error) {
      return String((error as { stderr?: string }).stderr ?? error);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe('the SEPA payment order file (pain.001.001.09)', () => {
  const { body, fileName, mediaType } = renderPain001(EXPORT, CONTEXT);

  it('is valid against the pain.001.001.09 schema under the EPC rules', async () => {
    if (!(await xmllintAvailable())) return;
    expect(await schemaErrors(body)).toBe('');
  });

  it('is refused by the schema when a rule is broken, so the check can fail', async () => {
    if (!(await xmllintAvailable())) return;
    const broken = body.replace('<Cd>SEPA</Cd>', '<Cd>URGP</Cd>');
    expect(await schemaErrors(broken)).toMatch(/URGP/);
  });

  it('carries every recorded amount, payee, reference and date, grouped by execution date', () => {
    expect(fileName).toBe('PO-2024-06-05.pain.001.xml');
    expect(mediaType).toBe('application/xml');
    expect(body).toContain('<MsgId>PO-2024-06-05</MsgId>');
    expect(body).toContain('<NbOfTxs>3</NbOfTxs>');
    expect(body).toContain('<CtrlSum>1000001000.09</CtrlSum>');
    expect(body.match(/<PmtInf>/g)).toHaveLength(2);
    expect(body).toContain('<ReqdExctnDt><Dt>2024-06-06</Dt></ReqdExctnDt>');
    expect(body).toContain('<InstdAmt Ccy="EUR">999999999.99</InstdAmt>');
    expect(body).toContain('<InstdAmt Ccy="EUR">0.10</InstdAmt>');
    expect(body).toContain('<EndToEndId>pay-2</EndToEndId>');
    expect(body).toContain('<Nm>Jörg Schäfer</Nm>');
    expect(body).toContain('<IBAN>AT611904300234573201</IBAN>');
    expect(body).toContain('<Ustrd>Abschlag Zuwendung grant-pianos</Ustrd>');
    expect(body).toContain('<Nm>Stadt Dortmund Stadtkasse</Nm>');
  });

  it('is the same file every time it is made from the same export', () => {
    expect(renderPain001(EXPORT, CONTEXT).body).toBe(body);
  });

  it('refuses to hand out a file whose amounts differ from the recorded ones', () => {
    expect(() => renderPain001({ ...EXPORT, total: '1000001000.08' }, CONTEXT)).toThrow(/does not match/);
  });
});

describe('the payment-order list (CSV)', () => {
  const { body, fileName } = renderPaymentOrderCsv(EXPORT);
  const lines = body.replace('\ufeff', '').trimEnd().split('\r\n');

  it('lists each payment with its payee and both signatures, and a totals line that adds up', () => {
    expect(fileName).toBe('PO-2024-06-05.zahlungsanordnungen.csv');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^Export;Zahlung;.*;Sachlich und rechnerisch richtig;festgestellt am;Angeordnet;angeordnet am$/,
    );
    expect(lines[2]).toBe(
      'PO-2024-06-05;pay-2;grant-pianos;pianos;Abschlag;0,10;2024-06-06;Jörg Schäfer;AT611904300234573201;;m.schulz;2024-06-01;a.kaya (https://idp.dortmund.example);2024-06-03',
    );
    expect(lines[4]).toBe('Summe;3;;;;1000001000,09');
  });

  it('makes a payee name that starts like a formula plain text', () => {
    const hostile = renderPaymentOrderCsv({
      ...EXPORT,
      payments: [
        payment('pay-9', '1.00', '2024-06-06', {
          payee: { accountHolder: '=HYPERLINK("x")', iban: 'DE89370400440532013000', bic: null },
        }),
      ],
    });
    expect(hostile.body).toContain(`'=HYPERLINK(""x"")`);
  });
});
