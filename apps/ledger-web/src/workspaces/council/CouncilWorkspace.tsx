/**
 * The council's workspace: the accountability report of a period on screen (its charts each with the
 * table of its data), the ledger digest it is tied to, and downloads as PDF, CSV, HTML and JSON in
 * German and English.
 */
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { CouncilReport } from './report.types';
import { bearerToken } from '../../api/client';
import { toApiProblem } from '../../api/problem';
import { isBusinessDate } from '../../../../../libs/domain/src/time/business-date';
import { todayIsoDate } from '../../i18n/dates';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/language';
import { useDownloads } from '../../shell/downloads';
import { ErrorSummary, TextField, type FieldErrors } from '../../shell/forms';
import { usePointInTime } from '../../shell/point-in-time';
import { QueryView } from '../../shell/states';
import type { WorkspaceProps } from '../FundWorkspace';
import { useOverview } from '../shared/fund-read-queries';
import { ReportView } from './ReportView';

const FORMATS = ['pdf', 'csv', 'html', 'json'] as const;
const FORM = 'report-period';

export default function CouncilWorkspace({ fundId }: WorkspaceProps) {
  const { t, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const pointInTime = usePointInTime();
  const overview = useOverview(fundId, pointInTime.cut);
  const today = pointInTime.date ?? todayIsoDate();
  const from = validDate(params.get('from')) ?? `${today.slice(0, 4)}-01-01`;
  const to = validDate(params.get('to')) ?? today;
  const position = pointInTime.isPast ? overview.data?.asOf.position : undefined;
  const waiting = pointInTime.isPast && position === undefined;
  const query = new URLSearchParams({
    from,
    to,
    ...(position === undefined ? {} : { position: String(position) }),
  });
  const report = useQuery({
    queryKey: ['fund', fundId, 'report', from, to, position ?? 'head'],
    enabled: !waiting && from <= to,
    queryFn: () => fetchReport(`/funds/${fundId}/reports/accountability?${query.toString()}&format=json`),
  });
  return (
    <>
      <PeriodPicker
        from={from}
        to={to}
        latest={today}
        onChoose={(next) =>
          setParams((current) => {
            current.set('from', next.from);
            current.set('to', next.to);
            return current;
          })
        }
      />
      <h2 className="kern-heading-medium">{t.council.reportTitle(date(from), date(to))}</h2>
      <Downloads fundId={fundId} query={query.toString()} />
      {from > to ? null : (
        <QueryView query={{ ...report, isPending: report.isPending || waiting }} what={t.council.report}>
          {(data) => <ReportView report={data} />}
        </QueryView>
      )}
    </>
  );
}

function PeriodPicker({
  from,
  to,
  latest,
  onChoose,
}: {
  from: string;
  to: string;
  latest: string;
  onChoose: (period: { from: string; to: string }) => void;
}) {
  const { t } = useI18n();
  const [fromText, setFrom] = useState(from);
  const [toText, setTo] = useState(to);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {
      from: isBusinessDate(fromText) ? undefined : t.forms.dateProblem,
      to: !isBusinessDate(toText)
        ? t.forms.dateProblem
        : toText > latest
          ? t.council.toInFuture
          : toText < fromText
            ? t.council.toBeforeFrom
            : undefined,
    };
    setErrors(found);
    if (found['from'] === undefined && found['to'] === undefined) onChoose({ from: fromText, to: toText });
  };
  return (
    <form onSubmit={submit} noValidate className="period-picker">
      <ErrorSummary form={FORM} errors={errors} labels={{ from: t.council.from, to: t.council.to }} />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t.council.period}</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          <TextField
            form={FORM}
            name="from"
            label={t.council.from}
            value={fromText}
            onChange={setFrom}
            type="date"
            error={errors['from']}
          />
          <TextField
            form={FORM}
            name="to"
            label={t.council.to}
            value={toText}
            onChange={setTo}
            type="date"
            error={errors['to']}
          />
          <button type="submit" className="kern-btn kern-btn--secondary period-picker__submit">
            <span className="kern-label">{t.council.showReport}</span>
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function Downloads({ fundId, query }: { fundId: string; query: string }) {
  const { t } = useI18n();
  const downloads = useDownloads();
  return (
    <section aria-labelledby="report-downloads-title" className="report-downloads">
      <h3 className="kern-heading-small" id="report-downloads-title">
        {t.council.downloads}
      </h3>
      {LANGUAGES.map((language) => (
        <div key={language} className="button-row">
          <span className="kern-body" lang={language}>
            {t.header.languageNames[language]}:
          </span>
          {FORMATS.map((format) => {
            const label = t.council.downloadLabel(format.toUpperCase(), t.header.languageNames[language]);
            return (
              <button
                key={format}
                type="button"
                className="kern-btn kern-btn--secondary kern-btn--x-small"
                onClick={() =>
                  downloads.start(
                    label,
                    `/funds/${fundId}/reports/accountability?${query}&format=${format}&lang=${language}`,
                  )
                }
              >
                <span className="kern-label" aria-label={label}>
                  {format.toUpperCase()}
                </span>
              </button>
            );
          })}
        </div>
      ))}
    </section>
  );
}

async function fetchReport(path: string): Promise<CouncilReport> {
  const token = bearerToken();
  const response = await fetch(path, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiProblem(body, response.status);
  return body as CouncilReport;
}

function validDate(value: string | null): string | null {
  return value !== null && isBusinessDate(value) ? value : null;
}
