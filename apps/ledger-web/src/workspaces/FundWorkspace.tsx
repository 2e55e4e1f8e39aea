/**
 * A fund's workspace for one role: `/funds/:fundId/:workspace`. The tabs list the workspaces of the
 * person's roles; a workspace the person has no role for says so instead of showing an empty page.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { Link, useParams } from 'react-router';
import { usePerson } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { useFundList } from '../shell/fund-queries';
import { Layout } from '../shell/Layout';
import { usePointInTime } from '../shell/point-in-time';
import { EmptyState, Loading } from '../shell/states';
import { isWorkspace, WORKSPACE_ROLE, workspacesOf, type Workspace } from '../shell/workspaces';

export interface WorkspaceProps {
  readonly fundId: string;
}

const VIEWS: Readonly<Record<Workspace, ComponentType<WorkspaceProps>>> = {
  treasury: lazy(() => import('./treasury/TreasuryWorkspace')),
  management: lazy(() => import('./management/ManagementWorkspace')),
  jury: lazy(() => import('./jury/JuryWorkspace')),
  council: lazy(() => import('./council/CouncilWorkspace')),
  audit: lazy(() => import('./audit/AuditWorkspace')),
};

export default function FundWorkspace() {
  const { t } = useI18n();
  const person = usePerson();
  const { fundId = '', workspace } = useParams();
  const pointInTime = usePointInTime();
  const funds = useFundList(pointInTime.cut);
  const fund = funds.data?.funds.find((candidate) => candidate.fundId === fundId);
  const name = fund?.name ?? fundId;
  if (!isWorkspace(workspace)) return null;
  const title = `${t.workspaces.names[workspace]} – ${name}`;
  const View = VIEWS[workspace];
  const allowed = person.roles.includes(WORKSPACE_ROLE[workspace]);
  return (
    <Layout title={title}>
      <p className="kern-preline">{name}</p>
      <h1 className="kern-heading-large">{t.workspaces.names[workspace]}</h1>
      <WorkspaceTabs fundId={fundId} current={workspace} />
      {funds.data !== undefined && fund === undefined ? (
        <EmptyState
          title={
            pointInTime.date === null ? t.workspaces.noSuchFund(fundId) : t.workspaces.noSuchFundThen(fundId)
          }
        />
      ) : !allowed ? (
        <EmptyState title={t.workspaces.notYourRole(t.roles[WORKSPACE_ROLE[workspace]])} />
      ) : (
        <Suspense fallback={<Loading what={t.workspaces.names[workspace]} />}>
          <View fundId={fundId} />
        </Suspense>
      )}
    </Layout>
  );
}

function WorkspaceTabs({ fundId, current }: { fundId: string; current: Workspace }) {
  const { t } = useI18n();
  const person = usePerson();
  const pointInTime = usePointInTime();
  const workspaces = workspacesOf(person.roles);
  if (workspaces.length < 2) return null;
  return (
    <nav className="workspace-tabs" aria-label={t.workspaces.tabs}>
      <ul>
        {workspaces.map((workspace) => (
          <li key={workspace}>
            <Link
              className="kern-link"
              to={`/funds/${fundId}/${workspace}${pointInTime.search}`}
              aria-current={workspace === current ? 'page' : undefined}
            >
              {t.workspaces.names[workspace]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
