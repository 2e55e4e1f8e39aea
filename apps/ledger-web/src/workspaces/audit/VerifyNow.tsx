/**
 * "Verify now": starts the verification of the whole log on the service and follows it, with progress
 * and the verdict. The verification's id stays in the URL, so one may leave and come back to it.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, dataOf } from '../../api/client';
import type { ApiVerification } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../shell/states';

const POLL_INTERVAL_MS = 500;

export function VerifyNow({ toPosition }: { toPosition: number | undefined }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const verificationId = params.get('verification');
  const start = useMutation({
    mutationFn: async () =>
      dataOf(
        await api.POST('/ledger/verifications', {
          params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
          body: toPosition === undefined ? {} : { toPosition },
        }),
      ),
    onSuccess: (started) =>
      setParams((current) => {
        current.set('verification', started.id);
        return current;
      }),
  });
  const followed = useQuery({
    queryKey: ['ledger', 'verification', verificationId],
    enabled: verificationId !== null,
    queryFn: async () =>
      dataOf(
        await api.GET('/ledger/verifications/{verificationId}', {
          params: { path: { verificationId: verificationId ?? '' } },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? POLL_INTERVAL_MS : false),
  });
  const running = followed.data?.state === 'running' || start.isPending;
  return (
    <section aria-labelledby="verify-title">
      <h2 className="kern-heading-medium" id="verify-title">
        {t.audit.verifyTitle}
      </h2>
      <p className="kern-body">{t.audit.verifyText}</p>
      <button
        id="verify-now"
        type="button"
        className="kern-btn kern-btn--primary"
        onClick={() => start.mutate()}
        disabled={running}
        aria-disabled={running}
      >
        <span className="kern-label">{running ? t.audit.verifying : t.audit.verifyNow}</span>
      </button>
      {start.error !== null ? <ErrorState error={start.error} what={t.audit.verifyTitle} /> : null}
      {followed.error !== null ? <ErrorState error={followed.error} what={t.audit.verifyTitle} /> : null}
      {followed.data !== undefined ? <VerificationState verification={followed.data} /> : null}
    </section>
  );
}

function VerificationState({ verification }: { verification: ApiVerification }) {
  const { t, dateTime } = useI18n();
  if (verification.state === 'running') {
    return (
      <div className="kern-progress" role="status" aria-live="polite">
        <label className="kern-label" htmlFor="verification-progress">
          {t.audit.progress(
            verification.progress.eventCount,
            verification.progress.position,
            verification.toPosition,
          )}
        </label>
        <progress
          id="verification-progress"
          value={verification.progress.position}
          max={Math.max(verification.toPosition, 1)}
        />
      </div>
    );
  }
  const result = verification.result;
  if (verification.state === 'verified' && result?.digest) {
    return (
      <div className="kern-alert kern-alert--success" role="status">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--success" aria-hidden="true" />
          <h3 className="kern-title">{t.audit.verified}</h3>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">
            {t.audit.verifiedText(result.eventCount, result.streamCount, verification.toPosition)}
          </p>
          <p className="kern-body">
            {t.audit.digestRoot}: <code className="hash">{result.digest.root}</code>
          </p>
          <p className="kern-body kern-body--small">
            {t.audit.finishedAt(dateTime(verification.finishedAt ?? verification.startedAt))}
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h3 className="kern-title">
          {verification.state === 'failed' ? t.audit.failed : t.audit.notCompleted}
        </h3>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{result?.firstBreak?.message ?? verification.error ?? ''}</p>
        {result !== null ? <p className="kern-body">{t.audit.verifiedBefore(result.eventCount)}</p> : null}
      </div>
    </div>
  );
}
