/**
 * What a treasurer must see at once: the public and the private pot (received, committed, paid,
 * available; matched and unmatched public money in a pooled fund), the public share against its cap,
 * each public funder, the fiscal years, and the payouts waiting for the treasury's step.
 */
import Decimal from 'decimal.js';
import { Link } from 'react-router';
import type { ApiFiscalYearBalance, ApiFundBalances, ApiFunderBalance, ApiPotBalance } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { AsOfNote } from '../../shell/AsOfNote';
import { usePointInTime } from '../../shell/point-in-time';
import { QueryView } from '../../shell/states';
import type { WorkspaceProps } from '../FundWorkspace';
import { useBalances, useOverview, usePayoutsDue } from '../shared/fund-read-queries';
import { MoneyTable } from '../shared/MoneyTable';

export function TreasuryOverview({ fundId }: WorkspaceProps) {
  const { t } = useI18n();
  const pointInTime = usePointInTime();
  const balances = useBalances(fundId, pointInTime.cut);
  const overview = useOverview(fundId, pointInTime.cut);
  return (
    <>
      <h2 className="kern-heading-medium">{t.treasury.overview}</h2>
      <QueryView query={balances} what={t.treasury.balances}>
        {(data) => (
          <>
            <AsOfNote asOf={data.asOf} recordedAt={data.lastEvent.recordedAt} />
            <PotsTable balances={data} />
            <QueryView query={overview} what={t.treasury.matching}>
              {(figures) => (
                <dl className="kern-description-list figures">
                  <Figure
                    label={t.treasury.publicShare}
                    value={
                      figures.matching.publicShare === null
                        ? t.treasury.nothingSpent
                        : `${shareText(figures.matching.publicShare)}`
                    }
                  />
                  <Figure label={t.treasury.publicShareMax} value={shareText(figures.publicShareMax)} />
                  <Figure
                    label={t.treasury.withinCap}
                    value={figures.matching.withinCap ? t.common.yes : t.treasury.capExceeded}
                  />
                  <Figure
                    label={t.treasury.headroom}
                    value={<MoneyText amount={figures.matching.headroom} />}
                  />
                </dl>
              )}
            </QueryView>
            <FundersTable funders={data.funders} />
            <FiscalYearsTable years={data.fiscalYears} />
          </>
        )}
      </QueryView>
      <PayoutsWaiting fundId={fundId} />
    </>
  );

  function shareText(share: string): string {
    return new Decimal(share).times(100).toFixed(2).replace('.', t.common.decimalSeparator) + '\u00a0%';
  }
}

function Figure({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{value}</dd>
    </div>
  );
}

function MoneyText({ amount }: { amount: string }) {
  const { money } = useI18n();
  return <span className="amount">{money(amount)}</span>;
}

function PotsTable({ balances }: { balances: ApiFundBalances }) {
  const { t } = useI18n();
  const pooled = balances.matchingModel === 'pooled';
  const rows: { key: string; label: string; pot: ApiPotBalance }[] = [
    { key: 'public', label: t.treasury.publicPot, pot: balances.public },
    { key: 'private', label: t.treasury.privatePot, pot: balances.private },
  ];
  return (
    <MoneyTable
      caption={t.treasury.potsCaption}
      rowHeader="pot"
      totalsLabel={t.common.total}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { key: 'pot', header: t.treasury.pot, text: (row) => row.label },
        { key: 'received', header: t.treasury.received, amount: (row) => row.pot.received },
        { key: 'committed', header: t.treasury.committed, amount: (row) => row.pot.committed },
        { key: 'paid', header: t.treasury.paid, amount: (row) => row.pot.paid },
        { key: 'refunded', header: t.treasury.refunded, amount: (row) => row.pot.refunded },
        { key: 'available', header: t.treasury.available, amount: (row) => row.pot.available },
        ...(pooled
          ? [
              {
                key: 'matched',
                header: t.treasury.matched,
                amount: (row: { pot: ApiPotBalance }) => row.pot.matched,
              },
              {
                key: 'unmatched',
                header: t.treasury.unmatched,
                amount: (row: { pot: ApiPotBalance }) => row.pot.unmatched,
              },
            ]
          : []),
      ]}
    />
  );
}

function FundersTable({ funders }: { funders: readonly ApiFunderBalance[] }) {
  const { t } = useI18n();
  return (
    <MoneyTable
      caption={t.treasury.fundersCaption}
      rowHeader="name"
      totalsLabel={t.common.total}
      rows={funders}
      rowKey={(row) => row.funderId}
      columns={[
        { key: 'name', header: t.treasury.funder, text: (row) => row.name },
        {
          key: 'share',
          header: t.treasury.share,
          text: (row) =>
            row.share === null
              ? '–'
              : `${new Decimal(row.share).times(100).toFixed(2).replace('.', t.common.decimalSeparator)}\u00a0%`,
        },
        { key: 'received', header: t.treasury.received, amount: (row) => row.received },
        { key: 'committed', header: t.treasury.committed, amount: (row) => row.committed },
        { key: 'paid', header: t.treasury.paid, amount: (row) => row.paid },
        { key: 'available', header: t.treasury.available, amount: (row) => row.available },
      ]}
    />
  );
}

function FiscalYearsTable({ years }: { years: readonly ApiFiscalYearBalance[] }) {
  const { t } = useI18n();
  return (
    <MoneyTable
      caption={t.treasury.fiscalYearsCaption}
      rowHeader="year"
      rows={years}
      rowKey={(row) => String(row.fiscalYear)}
      columns={[
        {
          key: 'year',
          header: t.treasury.fiscalYear,
          text: (row) => `${row.fiscalYear}${row.closed ? ` (${t.treasury.closed})` : ''}`,
        },
        {
          key: 'budget',
          header: t.treasury.budget,
          amount: (row) => (row.budgetSet ? row.publicBudget : null),
        },
        { key: 'publicReceived', header: t.treasury.publicReceived, amount: (row) => row.publicReceived },
        { key: 'privateReceived', header: t.treasury.privateReceived, amount: (row) => row.privateReceived },
        { key: 'publicPaid', header: t.treasury.publicPaid, amount: (row) => row.publicPaid },
        { key: 'privatePaid', header: t.treasury.privatePaid, amount: (row) => row.privatePaid },
      ]}
    />
  );
}

/**
 * Grants whose proof of use is accepted and which have money left to pay: each with the step the
 * treasury takes next. The list is of steps, so that further steps before a payout can join it.
 */
function PayoutsWaiting({ fundId }: WorkspaceProps) {
  const { t } = useI18n();
  const pointInTime = usePointInTime();
  const due = usePayoutsDue(fundId, pointInTime.cut);
  return (
    <section aria-labelledby="payouts-waiting-title">
      <h2 className="kern-heading-medium" id="payouts-waiting-title">
        {t.treasury.payoutsWaiting}
      </h2>
      <QueryView query={due} what={t.treasury.payoutsWaiting}>
        {(data) => (
          <MoneyTable
            caption={t.treasury.payoutsCaption}
            rowHeader="title"
            totalsLabel={t.common.total}
            rows={data.payouts}
            rowKey={(row) => row.grantId}
            columns={[
              { key: 'title', header: t.treasury.application, text: (row) => row.title },
              { key: 'applicant', header: t.treasury.applicant, text: (row) => row.applicant },
              { key: 'issued', header: t.treasury.grantIssued, amount: (row) => row.issued },
              { key: 'paid', header: t.treasury.paid, amount: (row) => row.paid },
              { key: 'open', header: t.treasury.toPay, amount: (row) => row.toPay },
              {
                key: 'step',
                header: t.treasury.nextStep,
                text: (row) =>
                  pointInTime.isPast ? (
                    t.treasury.stepOrderPayout
                  ) : (
                    <Link className="kern-link" to={`/funds/${fundId}/treasury/payouts/${row.grantId}`}>
                      {t.treasury.stepOrderPayout}
                      <span className="kern-sr-only">: {row.title}</span>
                    </Link>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
