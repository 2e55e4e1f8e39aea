/** The general ledger: the trial balance of every account, and each account's statement with its postings. */
import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { useFund } from '../../shell/fund-queries';
import { AsOfNote } from '../../shell/AsOfNote';
import { usePointInTime } from '../../shell/point-in-time';
import { QueryView } from '../../shell/states';
import type { WorkspaceProps } from '../FundWorkspace';
import { useStatement, useTrialBalance } from '../shared/fund-read-queries';
import { MoneyTable } from '../shared/MoneyTable';
import { Pager } from '../shared/Pager';

export function LedgerView({ fundId }: WorkspaceProps) {
  return (
    <Routes>
      <Route index element={<TrialBalanceView fundId={fundId} />} />
      <Route path="accounts/:accountId" element={<StatementView fundId={fundId} />} />
    </Routes>
  );
}

function TrialBalanceView({ fundId }: WorkspaceProps) {
  const { t, money } = useI18n();
  const accountName = useAccountName(fundId);
  const pointInTime = usePointInTime();
  const trialBalance = useTrialBalance(fundId, pointInTime.cut);
  return (
    <section aria-labelledby="trial-balance-title">
      <h2 className="kern-heading-medium" id="trial-balance-title">
        {t.treasury.trialBalance}
      </h2>
      <QueryView query={trialBalance} what={t.treasury.trialBalance}>
        {(data) => (
          <>
            <AsOfNote asOf={data.asOf} recordedAt={data.lastEvent.recordedAt} />
            <p className={`kern-badge ${data.balanced ? 'kern-badge--success' : 'kern-badge--danger'}`}>
              <span className="kern-label">
                {data.balanced ? t.treasury.balanced : t.treasury.notBalanced(money(data.difference))}
              </span>
            </p>
            <MoneyTable
              caption={t.treasury.trialBalanceCaption}
              rowHeader="name"
              totalsLabel={t.common.total}
              rows={data.accounts}
              rowKey={(row) => row.accountId}
              columns={[
                { key: 'code', header: t.treasury.accountCode, text: (row) => row.code },
                {
                  key: 'name',
                  header: t.treasury.account,
                  text: (row) => (
                    <Link
                      className="kern-link"
                      to={`/funds/${fundId}/treasury/ledger/accounts/${row.accountId}${pointInTime.search}`}
                    >
                      {accountName(row)}
                    </Link>
                  ),
                },
                {
                  key: 'debitTurnover',
                  header: t.treasury.debitTurnover,
                  amount: (row) => row.debitTurnover,
                },
                {
                  key: 'creditTurnover',
                  header: t.treasury.creditTurnover,
                  amount: (row) => row.creditTurnover,
                },
                { key: 'debitBalance', header: t.treasury.debitBalance, amount: (row) => row.debitBalance },
                {
                  key: 'creditBalance',
                  header: t.treasury.creditBalance,
                  amount: (row) => row.creditBalance,
                },
              ]}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}

function StatementView({ fundId }: WorkspaceProps) {
  const { t, money, date, language } = useI18n();
  const accountName = useAccountName(fundId);
  const { accountId = '' } = useParams();
  const pointInTime = usePointInTime();
  const [page, setPage] = useState(1);
  const statement = useStatement(fundId, accountId, pointInTime.cut, page);
  return (
    <section aria-labelledby="statement-title">
      <Link className="kern-link" to={`/funds/${fundId}/treasury/ledger${pointInTime.search}`}>
        {t.treasury.backToTrialBalance}
      </Link>
      <QueryView query={statement} what={t.treasury.statement}>
        {(data) => (
          <>
            <h2 className="kern-heading-medium" id="statement-title">
              {t.treasury.statementOf(data.account.code, accountName(data.account))}
            </h2>
            <AsOfNote asOf={data.asOf} />
            <dl className="kern-description-list figures">
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t.treasury.openingBalance}</dt>
                <dd className="kern-description-list-item__value amount">{money(data.openingBalance)}</dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t.treasury.closingBalance}</dt>
                <dd className="kern-description-list-item__value amount">{money(data.closingBalance)}</dd>
              </div>
            </dl>
            <MoneyTable
              caption={t.treasury.postings(data.total)}
              rows={data.lines}
              rowKey={(row) => `${row.position}-${row.side}-${row.amount}-${row.balanceAfter}`}
              columns={[
                { key: 'position', header: t.treasury.event, text: (row) => row.position },
                { key: 'date', header: t.treasury.occurredAt, text: (row) => date(row.occurredAt) },
                {
                  key: 'description',
                  header: t.treasury.description,
                  text: (row) =>
                    language === 'de' ? (t.eventTypes[row.eventType] ?? row.eventType) : row.description,
                },
                {
                  key: 'debit',
                  header: t.treasury.debit,
                  amount: (row) => (row.side === 'debit' ? row.amount : null),
                  total: false,
                },
                {
                  key: 'credit',
                  header: t.treasury.credit,
                  amount: (row) => (row.side === 'credit' ? row.amount : null),
                  total: false,
                },
                {
                  key: 'balance',
                  header: t.treasury.balanceAfter,
                  amount: (row) => row.balanceAfter,
                  total: false,
                },
              ]}
            />
            <Pager page={data.page} hasNext={data.page * data.pageSize < data.total} onPage={setPage} />
          </>
        )}
      </QueryView>
    </section>
  );
}

/** An account's name in the person's language; a funder's account names the funder. */
function useAccountName(
  fundId: string,
): (account: { code: string; name: string; funderId: string | null }) => string {
  const { t } = useI18n();
  const fund = useFund(fundId);
  return (account) => {
    const base = t.accounts[account.code];
    if (base === undefined) return account.name;
    if (account.funderId === null) return base;
    const funder = fund.data?.settings.publicFunders.find(
      (candidate) => candidate.funderId === account.funderId,
    );
    return `${base} ${funder?.name ?? account.funderId}`;
  };
}
