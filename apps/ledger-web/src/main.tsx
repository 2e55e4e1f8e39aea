import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useNavigate } from 'react-router';
import { ApiProblem } from './api/problem';
import { App } from './App';
import { SessionProvider } from './auth/session';
import { I18nProvider } from './i18n/i18n';
import { DownloadsProvider } from './shell/downloads';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function Root() {
  const navigate = useNavigate();
  const onReturn = useCallback((path: string) => navigate(path, { replace: true }), [navigate]);
  return (
    <SessionProvider onReturn={onReturn}>
      <DownloadsProvider>
        <App />
      </DownloadsProvider>
    </SessionProvider>
  );
}

document.documentElement.dataset['kernTheme'] = 'light';
const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root');
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <BrowserRouter>
          <Root />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
