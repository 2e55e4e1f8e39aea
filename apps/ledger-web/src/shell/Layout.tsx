/** Every page: a link to skip to the content, the header, a marked view of the past, the content, downloads, the footer. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { DownloadList } from './downloads';
import { Header } from './Header';
import { usePointInTime } from './point-in-time';

export function Layout({ title, children }: { title: string; children: ReactNode }) {
  const { t, date } = useI18n();
  const pointInTime = usePointInTime();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t.product.name}`;
  }, [title, t]);
  useEffect(() => {
    if (document.activeElement !== document.body && document.activeElement !== null)
      main.current?.focus({ preventScroll: true });
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link kern-link" href="#main">
        {t.layout.skipToContent}
      </a>
      <Header />
      {pointInTime.isPast ? (
        <div className="past-view" role="note">
          <div className="kern-container">
            <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
            {pointInTime.date !== null ? (
              <strong>{t.layout.pastViewTitle(date(pointInTime.date))} </strong>
            ) : null}
            {pointInTime.effectiveOn !== null ? (
              <strong>{t.layout.effectiveOnViewTitle(date(pointInTime.effectiveOn))} </strong>
            ) : null}
            {t.layout.pastViewText}
          </div>
        </div>
      ) : null}
      <main id="main" ref={main} tabIndex={-1} className="kern-container app-main">
        {children}
        <DownloadList />
      </main>
      <footer className="app-footer">
        <div className="kern-container">
          <p className="kern-body kern-body--small">{t.layout.footer}</p>
          <ul className="app-footer__links">
            <li>
              <Link className="kern-link" to="/accessibility">
                {t.legal.accessibility}
              </Link>
            </li>
            <li>
              <Link className="kern-link" to="/privacy">
                {t.legal.privacy}
              </Link>
            </li>
            <li>
              <a className="kern-link" href="/docs">
                {t.layout.apiDocs}
              </a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
