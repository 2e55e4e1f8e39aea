/** Previous and next page of a long list. */
import { useI18n } from '../../i18n/i18n';

export function Pager({
  page,
  hasNext,
  onPage,
}: {
  page: number;
  hasNext: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t.common.pages}>
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        disabled={page === 1}
        onClick={() => onPage(page - 1)}
      >
        <span className="kern-label">{t.common.previousPage}</span>
      </button>
      <span className="kern-body">{t.common.page(page)}</span>
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        disabled={!hasNext}
        onClick={() => onPage(page + 1)}
      >
        <span className="kern-label">{t.common.nextPage}</span>
      </button>
    </nav>
  );
}
