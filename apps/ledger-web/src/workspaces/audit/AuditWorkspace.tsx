/**
 * The auditor's workspace: verify the whole log now (with progress and a verdict), the ledger digest,
 * the fund's audit trail with every event's hash and its predecessor's, and the exports to check
 * independently with `ledger-cli verify`.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, dataOf } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useDownloads } from '../../shell/downloads';
import { cutKey, usePointInTime } from '../../shell/point-in-time';
import { QueryView } from '../../shell/states';
import type { WorkspaceProps } from '../FundWorkspace';
import { useOverview } from '../shared/fund-read-queries';
import { Pager } from '../shared/Pager';
import { SealStatus } from './SealStatus';
import { VerifyNow } from './VerifyNow';

export default function AuditWorkspace({ fundId }: WorkspaceProps) {
  const pointInTime = usePointInTime();
  const overview = useOverview(fundId, pointInTime.cut);
  const position = pointInTime.isPast ? overview.data?.asOf.position : undefined;
  return (
    <>
      <VerifyNow toPosition={position} />
      <SealStatus />
      <Digest position={position} waiting={pointInTime.isPast && position === undefined} />
      <Exports fundId={fundId} position={position} />
      <AuditTrail fundId={fundId} />
    </>
  );
}

function Digest({ position, waiting }: { position: number | undefined; waiting: boolean }) {
  const { t } = useI18n();
  const digest = useQuery({
    queryKey: ['ledger', 'digest', position ?? 'head'],
    enabled: !waiting,
    queryFn: async () =>
      dataOf(
        await api.GET('/ledger/digest', {
          params: { query: position === undefined ? {} : { position: String(position) } },
        }),
      ),
  });
  return (
    <section aria-labelledby="digest-title">
      <h2 className="kern-heading-medium" id="digest-title">
        {t.audit.digest}
      </h2>
      <QueryView query={digest} what={t.audit.digest}>
        {(data) => (
          <dl className="kern-description-list">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t.audit.digestRoot}</dt>
              <dd className="kern-description-list-item__value">
                <code className="hash">{data.root}</code>
              </dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t.audit.digestCovers}</dt>
              <dd className="kern-description-list-item__value">
                {t.audit.digestCoverage(data.position, data.eventCount, data.streamCount)}
              </dd>
            </div>
          </dl>
        )}
      </QueryView>
    </section>
  );
}

function Exports({ fundId, position }: { fundId: string; position: number | undefined }) {
  const { t } = useI18n();
  const downloads = useDownloads();
  const suffix = position === undefined ? '' : `?toPosition=${position}`;
  return (
    <section aria-labelledby="exports-title">
      <h2 className="kern-heading-medium" id="exports-title">
        {t.audit.exports}
      </h2>
      <p className="kern-body">{t.audit.exportsText}</p>
      <div className="button-row">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => downloads.start(t.audit.fundExport, `/funds/${fundId}/export${suffix}`)}
        >
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">{t.audit.fundExport}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => downloads.start(t.audit.ledgerExport, `/ledger/export${suffix}`)}
        >
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">{t.audit.ledgerExport}</span>
        </button>
      </div>
    </section>
  );
}

function AuditTrail({ fundId }: WorkspaceProps) {
  const { t, date, dateTime } = useI18n();
  const pointInTime = usePointInTime();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const trail = useQuery({
    queryKey: ['fund', fundId, 'audit-trail', cutKey(pointInTime.cut), page],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/audit-trail', {
          params: {
            path: { fundId },
            query: {
              ...pointInTime.cut,
              page: String(page),
              pageSize: '25',
            },
          },
        }),
      ),
  });
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section aria-labelledby="audit-trail-title">
      <h2 className="kern-heading-medium" id="audit-trail-title">
        {t.audit.trail}
      </h2>
      <QueryView query={trail} what={t.audit.trail}>
        {(data) => (
          <>
            <div
              className="kern-table-responsive"
              tabIndex={0}
              role="region"
              aria-label={t.audit.trailCaption}
            >
              <table className="kern-table kern-table--small audit-table">
                <caption className="kern-title kern-title--small">{t.audit.trailCaption}</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header kern-table__header--numeric">
                      {t.audit.position}
                    </th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">
                      {t.audit.revision}
                    </th>
                    <th scope="col" className="kern-table__header">
                      {t.audit.type}
                    </th>
                    <th scope="col" className="kern-table__header">
                      {t.audit.businessDate}
                    </th>
                    <th scope="col" className="kern-table__header">
                      {t.audit.recordedAt}
                    </th>
                    <th scope="col" className="kern-table__header">
                      {t.audit.actor}
                    </th>
                    <th scope="col" className="kern-table__header">
                      {t.audit.hashes}
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {data.events.map((event) => (
                    <tr key={event.position} className="kern-table__row">
                      <td className="kern-table__cell kern-table__cell--numeric">{event.position}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{event.revision}</td>
                      <th scope="row" className="kern-table__cell">
                        {t.eventTypes[event.type] ?? event.type}
                        <span className="kern-body kern-body--small event-type"> ({event.type})</span>
                        <button
                          type="button"
                          className="kern-btn kern-btn--tertiary kern-btn--x-small"
                          aria-expanded={open === event.position}
                          onClick={() => setOpen(open === event.position ? null : event.position)}
                        >
                          <span className="kern-label">{t.audit.showData}</span>
                        </button>
                        {open === event.position ? (
                          <pre className="event-data">{JSON.stringify(event.data, null, 2)}</pre>
                        ) : null}
                      </th>
                      <td className="kern-table__cell">
                        {event.businessDate === null ? '–' : date(event.businessDate)}
                      </td>
                      <td className="kern-table__cell">{dateTime(event.metadata.recordedAt)}</td>
                      <td className="kern-table__cell">
                        {event.metadata.actor.subject} (
                        {t.roles[event.metadata.actor.role as keyof typeof t.roles] ??
                          event.metadata.actor.role}
                        )
                      </td>
                      <td className="kern-table__cell">
                        <span className="hash-pair">
                          <span>
                            {t.audit.hash}: <code className="hash">{event.hash}</code>
                          </span>
                          <span>
                            {t.audit.prevHash}: <code className="hash">{event.prevHash}</code>
                          </span>
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={data.page}
              hasNext={data.hasNextPage}
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
