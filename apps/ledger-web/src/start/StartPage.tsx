/** The first screen: the funds the person may see, each with the workspaces of their roles; or, on a fresh install, what to do next. */
import { Link } from 'react-router';
import { usePerson } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { AsOfNote } from '../shell/AsOfNote';
import { useFundList } from '../shell/fund-queries';
import { Layout } from '../shell/Layout';
import { usePointInTime } from '../shell/point-in-time';
import { EmptyState, QueryView } from '../shell/states';
import { workspacesOf } from '../shell/workspaces';

export function StartPage() {
  const { t, date } = useI18n();
  const person = usePerson();
  const pointInTime = usePointInTime();
  const funds = useFundList(pointInTime.cut);
  const workspaces = workspacesOf(person.roles);
  return (
    <Layout title={t.start.title}>
      <h1 className="kern-heading-large">{t.start.title}</h1>
      <QueryView query={funds} what={t.start.funds}>
        {(list) =>
          list.funds.length === 0 ? (
            <FirstSteps
              past={pointInTime.date === null ? null : date(pointInTime.date)}
              canOpenFund={person.roles.includes('fund-manager')}
            />
          ) : (
            <>
              <AsOfNote
                asOf={list.asOf}
                recordedAt={latest(list.funds.map((fund) => fund.lastEvent.recordedAt))}
              />
              <ul className="fund-cards">
                {list.funds.map((fund) => (
                  <li key={fund.fundId} className="kern-card">
                    <div className="kern-card__container">
                      <div className="kern-card__header">
                        <h2 className="kern-heading-medium">{fund.name}</h2>
                        <p className="kern-body kern-body--muted">
                          {fund.area} · {t.funds.matchingModels[fund.matchingModel]} ·{' '}
                          {t.funds.fundingSources[fund.fundingSource]}
                          {fund.status === 'closed' ? ` · ${t.funds.closed}` : ''}
                        </p>
                      </div>
                      <div className="kern-card__body">
                        {workspaces.length === 0 ? (
                          <p className="kern-body">{t.start.noWorkspace}</p>
                        ) : (
                          <ul className="workspace-links">
                            {workspaces.map((workspace) => (
                              <li key={workspace}>
                                <Link
                                  className="kern-link"
                                  to={`/funds/${fund.fundId}/${workspace}${pointInTime.search}`}
                                >
                                  {t.workspaces.names[workspace]}
                                  <span className="kern-sr-only"> – {fund.name}</span>
                                </Link>
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </Layout>
  );
}

function FirstSteps({ past, canOpenFund }: { past: string | null; canOpenFund: boolean }) {
  const { t } = useI18n();
  if (past !== null) return <EmptyState title={t.start.noFundThen(past)} />;
  return (
    <EmptyState title={t.start.noFundYet}>
      <p className="kern-body">{canOpenFund ? t.start.firstStepManager : t.start.firstStepOthers}</p>
      <ol className="kern-list">
        {t.start.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </EmptyState>
  );
}

function latest(instants: readonly string[]): string | null {
  return instants.reduce<string | null>(
    (max, instant) => (max === null || instant > max ? instant : max),
    null,
  );
}
