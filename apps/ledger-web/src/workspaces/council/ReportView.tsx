/** The accountability report on screen: the history it is tied to, money in, the public share against the cap, applications, decisions, payouts, open commitments. */
import Decimal from 'decimal.js';
import type { CouncilReport } from './report.types';
import { useI18n } from '../../i18n/i18n';
import { MoneyTable } from '../shared/MoneyTable';
import { BarChart } from './BarChart';

export function ReportView({ report }: { report: CouncilReport }) {
  const { t, date, dateTime, share, money } = useI18n();
  const digest = report.source.ledgerDigest;
  return (
    <div className="report">
      <section aria-labelledby="report-source-title" className="kern-card report-source">
        <div className="kern-card__container">
          <h3 className="kern-heading-small" id="report-source-title">
            {t.council.tiedTo}
          </h3>
          <dl className="kern-description-list">
            <Fact
              label={t.council.position}
              value={t.council.positionText(
                report.source.position,
                dateTime(report.source.fundStream.recordedAt),
              )}
            />
            <Fact label={t.audit.digestRoot} value={<code className="hash">{digest.root}</code>} />
            <Fact
              label={t.audit.digestCovers}
              value={t.audit.digestCoverage(digest.position, digest.eventCount, digest.streamCount)}
            />
            <Fact label={t.council.eventsInPeriod} value={String(report.source.eventsInPeriod)} />
          </dl>
        </div>
      </section>

      <h3 className="kern-heading-small">{t.council.balances}</h3>
      <MoneyTable
        caption={t.council.balancesCaption(date(report.period.from), date(report.period.to))}
        rowHeader="pot"
        rows={[
          { key: 'public', label: t.treasury.publicPot, figures: report.balances.public },
          { key: 'private', label: t.treasury.privatePot, figures: report.balances.private },
        ]}
        rowKey={(row) => row.key}
        totalsLabel={t.common.total}
        columns={[
          { key: 'pot', header: t.treasury.pot, text: (row) => row.label },
          { key: 'start', header: t.council.availableAtStart, amount: (row) => row.figures.availableAtStart },
          { key: 'received', header: t.treasury.received, amount: (row) => row.figures.received },
          { key: 'refunded', header: t.treasury.refunded, amount: (row) => row.figures.refunded },
          { key: 'granted', header: t.council.granted, amount: (row) => row.figures.granted },
          { key: 'released', header: t.council.released, amount: (row) => row.figures.released },
          { key: 'paid', header: t.treasury.paid, amount: (row) => row.figures.paid },
          { key: 'end', header: t.council.availableAtEnd, amount: (row) => row.figures.availableAtEnd },
        ]}
      />

      <h3 className="kern-heading-small">{t.council.moneyIn}</h3>
      <BarChart
        title={t.council.moneyInByMonth}
        describe={t.council.chartWithTable}
        series={[
          { key: 'public', label: t.treasury.publicPot },
          { key: 'private', label: t.treasury.privatePot },
        ]}
        groups={report.moneyIn.byMonth.map((month) => ({
          key: month.month,
          label: month.month.slice(5),
          values: [month.public, month.private],
        }))}
      />
      <MoneyTable
        caption={t.council.moneyInByMonth}
        rowHeader="month"
        totalsLabel={t.common.total}
        rows={report.moneyIn.byMonth}
        rowKey={(row) => row.month}
        columns={[
          { key: 'month', header: t.council.month, text: (row) => row.month },
          { key: 'public', header: t.treasury.publicPot, amount: (row) => row.public },
          { key: 'private', header: t.treasury.privatePot, amount: (row) => row.private },
        ]}
      />
      <MoneyTable
        caption={t.council.publicByFunder}
        rowHeader="name"
        totalsLabel={t.common.total}
        rows={report.moneyIn.public.byFunder}
        rowKey={(row) => row.funderId}
        columns={[
          { key: 'name', header: t.treasury.funder, text: (row) => row.name },
          { key: 'amount', header: t.treasury.amount, amount: (row) => row.amount },
        ]}
      />

      <h3 className="kern-heading-small">{t.council.capOverTime}</h3>
      <BarChart
        title={t.council.capOverTime}
        describe={t.council.chartWithTable}
        series={[{ key: 'share', label: t.treasury.publicShare }]}
        groups={report.capOverTime.map((point) => ({
          key: point.date,
          label: point.date.slice(5),
          values: [point.publicShare ?? '0'],
        }))}
        limit={
          report.fund.settings.publicShareMax === undefined
            ? undefined
            : {
                value: report.fund.settings.publicShareMax,
                label: t.council.capLine(share(report.fund.settings.publicShareMax)),
              }
        }
      />
      <MoneyTable
        caption={t.council.capOverTime}
        rowHeader="date"
        rows={report.capOverTime}
        rowKey={(row) => row.date}
        columns={[
          { key: 'date', header: t.council.date, text: (row) => date(row.date) },
          {
            key: 'publicSpent',
            header: t.council.publicSpent,
            amount: (row) => row.publicSpent,
            total: false,
          },
          {
            key: 'privateSpent',
            header: t.council.privateSpent,
            amount: (row) => row.privateSpent,
            total: false,
          },
          {
            key: 'share',
            header: t.treasury.publicShare,
            text: (row) => (row.publicShare === null ? '–' : share(row.publicShare)),
          },
          {
            key: 'within',
            header: t.treasury.withinCap,
            text: (row) => (row.withinCap ? t.common.yes : t.common.no),
          },
          { key: 'headroom', header: t.treasury.headroom, amount: (row) => row.headroom, total: false },
        ]}
      />

      <h3 className="kern-heading-small">{t.council.applications}</h3>
      <MoneyTable
        caption={t.council.applicationsCaption(report.applications.submittedCount)}
        rowHeader="status"
        totalsLabel={t.common.total}
        rows={report.applications.byOutcome}
        rowKey={(row) => row.status}
        columns={[
          { key: 'status', header: t.management.status, text: (row) => t.statuses[row.status] },
          { key: 'count', header: t.council.count, text: (row) => row.count },
          { key: 'requested', header: t.management.requested, amount: (row) => row.requestedGrant },
          { key: 'approved', header: t.council.approved, amount: (row) => row.approvedAmount },
        ]}
      />

      <h3 className="kern-heading-small">{t.council.decisions}</h3>
      <MoneyTable
        caption={t.council.decisionsCaption}
        rowHeader="title"
        rows={report.decisions}
        rowKey={(row) => row.decisionId}
        columns={[
          { key: 'title', header: t.treasury.application, text: (row) => row.title },
          { key: 'meeting', header: t.council.meeting, text: (row) => date(row.meetingDate) },
          { key: 'outcome', header: t.council.outcome, text: (row) => t.council.outcomes[row.outcome] },
          {
            key: 'tally',
            header: t.council.tally,
            text: (row) => t.council.tallyText(row.tally.yes, row.tally.no, row.tally.abstain),
          },
          { key: 'recused', header: t.council.recused, text: (row) => row.recused.length },
          { key: 'approved', header: t.council.approved, amount: (row) => row.approvedAmount, total: false },
        ]}
      />

      <h3 className="kern-heading-small">{t.council.payouts}</h3>
      <MoneyTable
        caption={t.council.payoutsCaption}
        rowHeader="title"
        totalsLabel={t.common.total}
        rows={report.payouts.entries}
        rowKey={(row) => row.payoutId}
        columns={[
          { key: 'title', header: t.treasury.application, text: (row) => row.title },
          { key: 'kind', header: t.council.kind, text: (row) => t.council.payoutKinds[row.kind] },
          { key: 'valueDate', header: t.treasury.valueDate, text: (row) => date(row.valueDate) },
          { key: 'public', header: t.treasury.publicPot, amount: (row) => row.publicPart },
          { key: 'private', header: t.treasury.privatePot, amount: (row) => row.privatePart },
          { key: 'amount', header: t.common.total, amount: (row) => row.amount },
        ]}
      />

      <h3 className="kern-heading-small">{t.council.openCommitments}</h3>
      <MoneyTable
        caption={t.council.openCommitmentsCaption}
        rowHeader="title"
        totalsLabel={t.common.total}
        rows={report.openCommitments.entries}
        rowKey={(row) => row.grantId}
        columns={[
          { key: 'title', header: t.treasury.application, text: (row) => row.title },
          { key: 'issued', header: t.council.issuedAt, text: (row) => date(row.issuedAt) },
          { key: 'public', header: t.treasury.publicPot, amount: (row) => row.publicPart },
          { key: 'private', header: t.treasury.privatePot, amount: (row) => row.privatePart },
          { key: 'amount', header: t.common.total, amount: (row) => row.amount },
        ]}
      />
      {new Decimal(report.clawbacks.totals.demandedInPeriod).isZero() ? null : (
        <p className="kern-body">
          {t.council.clawbacks(
            money(report.clawbacks.totals.demandedInPeriod),
            money(report.clawbacks.totals.receivedInPeriod),
          )}
        </p>
      )}
    </div>
  );
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{value}</dd>
    </div>
  );
}
