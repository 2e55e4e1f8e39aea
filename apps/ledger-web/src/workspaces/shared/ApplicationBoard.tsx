/**
 * The application board: statuses, a status filter and the running tallies of open votes. Fund management's
 * workspace shows it above the payments to certify; the treasury reads it too, to find the projects behind
 * its payments.
 */
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { APPLICATION_STATUSES } from '../../../../../libs/domain/src/fund/lifecycle/application-status';
import { useI18n } from '../../i18n/i18n';
import { REFUSALS_DE } from '../../i18n/refusals.de';
import { AsOfNote } from '../../shell/AsOfNote';
import { SelectField } from '../../shell/forms';
import { usePointInTime } from '../../shell/point-in-time';
import { QueryView } from '../../shell/states';
import type { WorkspaceProps } from '../FundWorkspace';
import { useBoard } from './fund-read-queries';
import { MoneyTable } from './MoneyTable';
import { Pager } from './Pager';

export function ApplicationBoard({ fundId }: WorkspaceProps) {
  const { t, language } = useI18n();
  const pointInTime = usePointInTime();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status = APPLICATION_STATUSES.find((candidate) => candidate === asked);
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const board = useBoard(fundId, pointInTime.cut, {
    ...(status === undefined ? {} : { status }),
    page,
    pageSize: 50,
  });
  const [chosen, setChosen] = useState<string>(status ?? '');
  const filter = (event: FormEvent) => {
    event.preventDefault();
    setParams((current) => {
      if (chosen === '') current.delete('status');
      else current.set('status', chosen);
      current.delete('page');
      return current;
    });
  };
  return (
    <section aria-labelledby="board-title">
      <h2 className="kern-heading-medium" id="board-title">
        {t.management.board}
      </h2>
      <QueryView query={board} what={t.management.board}>
        {(data) => (
          <>
            <AsOfNote asOf={data.asOf} recordedAt={data.lastEvent.recordedAt} />
            <ul className="status-counts" aria-label={t.management.statusCounts}>
              {APPLICATION_STATUSES.filter((candidate) => (data.statusCounts[candidate] ?? 0) > 0).map(
                (candidate) => (
                  <li key={candidate} className="kern-badge kern-badge--info">
                    <span className="kern-label">
                      {t.statuses[candidate]}: {data.statusCounts[candidate]}
                    </span>
                  </li>
                ),
              )}
            </ul>
            <form onSubmit={filter} className="board-filter">
              <SelectField
                form="board-filter"
                name="status"
                label={t.management.filterByStatus}
                value={chosen}
                onChange={setChosen}
                options={[
                  { value: '', label: t.management.allStatuses },
                  ...APPLICATION_STATUSES.map((value) => ({ value, label: t.statuses[value] })),
                ]}
              />
              <button type="submit" className="kern-btn kern-btn--secondary">
                <span className="kern-label">{t.management.applyFilter}</span>
              </button>
            </form>
            <MoneyTable
              caption={t.management.boardCaption(
                data.total,
                status === undefined ? null : t.statuses[status],
              )}
              rowHeader="title"
              totalsLabel={t.management.pageTotal}
              rows={data.applications}
              rowKey={(row) => row.applicationId}
              columns={[
                { key: 'title', header: t.treasury.application, text: (row) => row.details.title },
                {
                  key: 'applicant',
                  header: t.treasury.applicant,
                  text: (row) => row.details.applicant.name,
                },
                { key: 'status', header: t.management.status, text: (row) => t.statuses[row.status] },
                {
                  key: 'tally',
                  header: t.management.tally,
                  text: (row) =>
                    row.agenda === null
                      ? '–'
                      : `${t.council.tallyText(row.agenda.tally.yes, row.agenda.tally.no, row.agenda.tally.abstain)}; ${t.management.recusedCount(row.agenda.recusedMemberIds.length)}`,
                },
                {
                  key: 'flags',
                  header: t.management.ruleFlags,
                  text: (row) =>
                    row.ruleFlags.length === 0
                      ? '–'
                      : row.ruleFlags
                          .map((flag) =>
                            language === 'de' ? (REFUSALS_DE[flag.code] ?? flag.message) : flag.message,
                          )
                          .join(' '),
                },
                { key: 'costs', header: t.jury.eligibleCosts, amount: (row) => row.details.eligibleCosts },
                {
                  key: 'requested',
                  header: t.management.requested,
                  amount: (row) => row.details.requestedGrant,
                },
                { key: 'approved', header: t.council.approved, amount: (row) => row.approvedAmount },
              ]}
            />
            <Pager
              page={data.page}
              hasNext={data.page * data.pageSize < data.total}
              onPage={(next) =>
                setParams((current) => {
                  current.set('page', String(next));
                  return current;
                })
              }
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
