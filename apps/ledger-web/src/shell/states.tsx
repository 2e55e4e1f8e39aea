/** What every view shows while it loads, when there is nothing to show, and when loading failed. */
import type { ReactNode } from 'react';
import { ApiProblem } from '../api/problem';
import { useI18n } from '../i18n/i18n';

export function Loading({ what }: { what: string }) {
  const { t } = useI18n();
  return (
    <div className="kern-loader-wrapper" role="status" aria-live="polite">
      <span className="kern-loader kern-loader--visible" aria-hidden="true" />
      <span className="kern-body">{t.states.loading(what)}</span>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="kern-alert kern-alert--info" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      {children === undefined ? null : <div className="kern-alert__body">{children}</div>}
    </div>
  );
}

export function ErrorState({ error, what }: { error: unknown; what: string }) {
  const { t } = useI18n();
  const detail = error instanceof ApiProblem ? error.problem.detail : t.states.networkError;
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{t.states.failed(what)}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{detail}</p>
      </div>
    </div>
  );
}

interface QueryLike<Data> {
  readonly data: Data | undefined;
  readonly error: unknown;
  readonly isPending: boolean;
}

/** Renders a query's data, or its loading or error state. */
export function QueryView<Data>({
  query,
  what,
  children,
}: {
  query: QueryLike<Data>;
  what: string;
  children: (data: Data) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  if (query.data === undefined) return <ErrorState error={query.error} what={what} />;
  return <>{children(query.data)}</>;
}
