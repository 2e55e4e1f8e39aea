/** The routes: the start page (funds), the sign-in, and one workspace per role and fund. */
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from './auth/session';
import { useI18n } from './i18n/i18n';
import { Layout } from './shell/Layout';
import { Loading } from './shell/states';
import { LegalPage } from './start/LegalPage';
import { SignInPage } from './start/SignInPage';
import { StartPage } from './start/StartPage';

const FundWorkspace = lazy(() => import('./workspaces/FundWorkspace'));

export function App() {
  const { state } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (location.pathname === '/sign-in/renewal') return null;
  if (location.pathname === '/accessibility') return <LegalPage document="accessibility" />;
  if (location.pathname === '/privacy') return <LegalPage document="privacy" />;
  if (state.status === 'starting') {
    return (
      <Layout title={t.signIn.title}>
        <Loading what={t.signIn.session} />
      </Layout>
    );
  }
  if (state.status === 'signed-out') {
    if (location.pathname.startsWith('/sign-in')) return <SignInPage reason={state.reason} />;
    const returnTo = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/sign-in?returnTo=${returnTo}`} replace />;
  }
  return (
    <Routes>
      <Route path="/" element={<StartPage />} />
      <Route path="/sign-in/*" element={<ReturnAfterSignIn />} />
      <Route
        path="/funds/:fundId/:workspace/*"
        element={
          <Suspense
            fallback={
              <Layout title={t.product.name}>
                <Loading what={t.workspaces.loading} />
              </Layout>
            }
          >
            <FundWorkspace />
          </Suspense>
        }
      />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}

/** After the development sign-in: back to where the person was sent to sign in from. */
function ReturnAfterSignIn() {
  const location = useLocation();
  const returnTo = new URLSearchParams(location.search).get('returnTo');
  return (
    <Navigate
      to={returnTo !== null && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/'}
      replace
    />
  );
}
