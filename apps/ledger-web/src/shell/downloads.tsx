/**
 * Downloads of reports and exports for a signed-in browser. The file is fetched with the bearer token
 * in the Authorization header (never in a URL, where it would land in logs and the browser history),
 * read as it arrives to show progress, and handed to the browser as a file. Downloads run beside the
 * views: one may move on through the application and find them still going in the download list.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { bearerToken } from '../api/client';
import { ApiProblem, toApiProblem } from '../api/problem';
import { useI18n } from '../i18n/i18n';

export interface DownloadItem {
  readonly id: string;
  readonly label: string;
  readonly receivedBytes: number;
  readonly totalBytes: number | null;
  readonly state: 'running' | 'done' | 'failed';
  readonly problem: string | null;
}

interface Downloads {
  readonly items: readonly DownloadItem[];
  start(label: string, path: string): void;
}

const DownloadsContext = createContext<Downloads | null>(null);

export function useDownloads(): Downloads {
  const downloads = useContext(DownloadsContext);
  if (downloads === null) throw new Error('useDownloads outside DownloadsProvider');
  return downloads;
}

export function DownloadsProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<readonly DownloadItem[]>([]);
  const update = useCallback((id: string, change: Partial<DownloadItem>) => {
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));
  }, []);
  const start = useCallback(
    (label: string, path: string) => {
      const id = crypto.randomUUID();
      setItems((current) => [
        ...current.filter((item) => item.state === 'running').slice(-4),
        { id, label, receivedBytes: 0, totalBytes: null, state: 'running', problem: null },
      ]);
      fetchAsFile(path, (receivedBytes, totalBytes) => update(id, { receivedBytes, totalBytes }))
        .then(() => update(id, { state: 'done' }))
        .catch((error: unknown) =>
          update(id, {
            state: 'failed',
            problem: error instanceof ApiProblem ? error.problem.detail : String(error),
          }),
        );
    },
    [update],
  );
  const downloads = useMemo(() => ({ items, start }), [items, start]);
  return <DownloadsContext.Provider value={downloads}>{children}</DownloadsContext.Provider>;
}

async function fetchAsFile(
  path: string,
  progress: (received: number, total: number | null) => void,
): Promise<void> {
  const token = bearerToken();
  const response = await fetch(path, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });
  if (!response.ok || response.body === null) {
    throw toApiProblem(await response.json().catch(() => null), response.status);
  }
  const totalBytes = Number(response.headers.get('Content-Length')) || null;
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    received += next.value.length;
    progress(received, totalBytes);
  }
  const blob = new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' });
  saveBlob(blob, fileNameOf(response.headers.get('Content-Disposition')) ?? 'download');
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function fileNameOf(disposition: string | null): string | null {
  const match = disposition === null ? null : /filename="([^"]+)"/.exec(disposition);
  return match?.[1] ?? null;
}

/** The list of downloads, with their progress, shown on every page. */
export function DownloadList() {
  const { items } = useDownloads();
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <section className="download-list" aria-labelledby="download-list-title">
      <h2 className="kern-heading-small" id="download-list-title">
        {t.downloads.title}
      </h2>
      <ul className="kern-list" aria-live="polite">
        {items.map((item) => (
          <li key={item.id}>
            <span className="kern-body">{item.label}: </span>
            {item.state === 'running' ? (
              <span className="kern-progress">
                <progress
                  value={item.totalBytes === null ? undefined : item.receivedBytes}
                  max={item.totalBytes ?? undefined}
                  aria-label={t.downloads.progressLabel(item.label)}
                />
                <span className="kern-body kern-body--small">
                  {t.downloads.received(Math.round(item.receivedBytes / 1024))}
                </span>
              </span>
            ) : item.state === 'done' ? (
              <span className="kern-body">{t.downloads.done}</span>
            ) : (
              <span className="kern-body kern-error">{t.downloads.failed(item.problem ?? '')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
