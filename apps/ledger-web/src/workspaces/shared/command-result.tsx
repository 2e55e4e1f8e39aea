/** What a person sees after the service has carried out their command. */
import { useI18n } from '../../i18n/i18n';
import type { ApiCommandAnswer } from '../../api/types';

export function CommandDone({
  title,
  answer,
  onAnother,
}: {
  title: string;
  answer: ApiCommandAnswer;
  onAnother?: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="kern-alert kern-alert--success" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <h2 className="kern-title">{title}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t.forms.recorded(answer.events.length, answer.position)}</p>
        {onAnother === undefined ? null : (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onAnother}>
            <span className="kern-label">{t.forms.another}</span>
          </button>
        )}
      </div>
    </div>
  );
}
