/** Says as of when a figure is: "Stand 31.03.2026, 14:02 Uhr · Ereignis 213 · Stichtag 31.12.2025". */
import { useI18n } from '../i18n/i18n';

export interface AnswerPoint {
  readonly requested: string | null;
  readonly effectiveOn?: string | null;
  readonly position: number;
}

export function AsOfNote({ asOf, recordedAt }: { asOf: AnswerPoint; recordedAt?: string | null }) {
  const { t, date, dateTime } = useI18n();
  const when =
    asOf.requested !== null && !/^\d+$/.test(asOf.requested) ? asOf.requested : (recordedAt ?? null);
  return (
    <p className="kern-body kern-body--small as-of-note">
      {when === null ? t.asOf.positionOnly(asOf.position) : t.asOf.note(dateTime(when), asOf.position)}
      {asOf.effectiveOn ? ` · ${t.asOf.effectiveOn(date(asOf.effectiveOn))}` : null}
    </p>
  );
}
