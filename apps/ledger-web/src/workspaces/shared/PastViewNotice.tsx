/** In a view of the past, commands are replaced by this note. */
import { useI18n } from '../../i18n/i18n';

export function NoCommandsInThePast() {
  const { t } = useI18n();
  return (
    <div className="kern-alert kern-alert--info" role="note">
      <div className="kern-alert__body">
        <p className="kern-body">{t.workspaces.noCommandsInThePast}</p>
      </div>
    </div>
  );
}
