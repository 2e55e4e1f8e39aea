/**
 * The seals of the log, as the auditor needs them at a glance: whether the service seals, the last
 * seal (position, time, signature, time-stamp), what was recorded after it, and seals still waiting
 * for a time-stamp token.
 */
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { QueryView } from '../../shell/states';

export function SealStatus() {
  const { t, dateTime } = useI18n();
  const status = useQuery({
    queryKey: ['ledger', 'seals'],
    queryFn: async () => dataOf(await api.GET('/ledger/seals')),
  });
  return (
    <section aria-labelledby="seals-title">
      <h2 className="kern-heading-medium" id="seals-title">
        {t.seals.title}
      </h2>
      <QueryView query={status} what={t.seals.title}>
        {(data) => {
          const last = data.lastSeal;
          const fine =
            data.sealing.enabled &&
            data.sealing.problem === null &&
            last?.signature !== 'invalid' &&
            last?.timeStamp.state !== 'invalid';
          return (
            <>
              <p className={`kern-badge ${fine ? 'kern-badge--success' : 'kern-badge--warning'}`}>
                <span className="kern-label">
                  {!data.sealing.enabled
                    ? t.seals.off
                    : data.sealing.problem !== null
                      ? t.seals.stopped
                      : fine
                        ? t.seals.on
                        : t.seals.attention}
                </span>
              </p>
              <dl className="kern-description-list">
                {data.sealing.problem === null ? null : (
                  <Fact label={t.seals.problem} value={data.sealing.problem} />
                )}
                <Fact label={t.seals.count} value={String(data.sealCount)} />
                {last === null ? (
                  <Fact label={t.seals.last} value={t.seals.none} />
                ) : (
                  <>
                    <Fact
                      label={t.seals.last}
                      value={t.seals.lastText(last.position, dateTime(last.sealedAt), last.eventCount)}
                    />
                    <Fact label={t.seals.signature} value={t.seals.signatures[last.signature]} />
                    <Fact
                      label={t.seals.timeStamp}
                      value={`${t.seals.timeStamps[last.timeStamp.state]}${last.timeStamp.genTime === null ? '' : ` (${dateTime(last.timeStamp.genTime)}${last.timeStamp.authority === null ? '' : `, ${last.timeStamp.authority}`})`}`}
                    />
                    <Fact
                      label={t.audit.digestRoot}
                      value={<code className="hash">{last.digestRoot}</code>}
                    />
                  </>
                )}
                <Fact label={t.seals.after} value={t.seals.afterText(data.afterLastSeal.eventCount)} />
                {data.sealsWithoutToken.length === 0 ? null : (
                  <Fact
                    label={t.seals.withoutToken}
                    value={data.sealsWithoutToken.map((seal) => String(seal.position)).join(', ')}
                  />
                )}
                {data.sealing.keyId === null ? null : (
                  <Fact label={t.seals.keyId} value={<code className="hash">{data.sealing.keyId}</code>} />
                )}
              </dl>
            </>
          );
        }}
      </QueryView>
    </section>
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
