/**
 * The one header: product name, the fund switcher, the point in time ("Stand"), the language, and the
 * signed-in person with their role. The time control holds both cuts: "Stand" (what the ledger had
 * recorded by a day) and "Stichtag" (what had happened by a day, by business date).
 */
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { isBusinessDate } from '../../../../libs/domain/src/time/business-date';
import { todayIsoDate } from '../i18n/dates';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';
import { useFundList } from './fund-queries';
import { searchOf, usePointInTime } from './point-in-time';

export function Header() {
  const { t } = useI18n();
  const { state } = useSession();
  return (
    <header className="app-header">
      <div className="kern-container app-header__bar">
        <Link className="app-header__product kern-link" to="/">
          <span className="app-header__name">{t.product.name}</span>
          <span className="app-header__tagline">{t.product.tagline}</span>
        </Link>
        <LanguageSwitch />
        {state.status === 'signed-in' ? <PersonBadge /> : null}
      </div>
      {state.status === 'signed-in' ? (
        <div className="kern-container app-header__controls">
          <FundSwitcher />
          <TimeControl />
        </div>
      ) : null}
    </header>
  );
}

function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <nav className="language-switch" aria-label={t.header.language}>
      {LANGUAGES.map((candidate) => (
        <button
          key={candidate}
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--x-small"
          aria-pressed={candidate === language}
          lang={candidate}
          onClick={() => setLanguage(candidate)}
        >
          <span className="kern-label">{t.header.languageNames[candidate]}</span>
        </button>
      ))}
    </nav>
  );
}

function PersonBadge() {
  const { t } = useI18n();
  const session = useSession();
  if (session.state.status !== 'signed-in') return null;
  const { person } = session.state;
  return (
    <div className="person-badge">
      <span className="kern-body kern-body--small">
        {t.header.signedInAs} <strong>{person.displayName}</strong>
        {person.roles.length > 0 ? ` (${person.roles.map((role) => t.roles[role]).join(', ')})` : ''}
      </span>
      <button
        type="button"
        className="kern-btn kern-btn--secondary kern-btn--x-small"
        onClick={() => void session.signOut()}
      >
        <span className="kern-label">{t.header.signOut}</span>
      </button>
    </div>
  );
}

function FundSwitcher() {
  const { t } = useI18n();
  const { fundId, workspace } = useParams();
  const pointInTime = usePointInTime();
  const navigate = useNavigate();
  const funds = useFundList(pointInTime.cut);
  const [chosen, setChosen] = useState<string | null>(null);
  const options = funds.data?.funds ?? [];
  if (options.length === 0) return null;
  const selected = chosen ?? fundId ?? options[0]?.fundId ?? '';
  const open = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/funds/${selected}/${workspace ?? ''}${pointInTime.search}`);
  };
  return (
    <form className="header-control" onSubmit={open} aria-label={t.header.fundSwitcher}>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="fund-switcher">
          {t.header.fund}
        </label>
        <div className="header-control__row">
          <div className="kern-form-input__select-wrapper">
            <select
              className="kern-form-input__select"
              id="fund-switcher"
              value={selected}
              onChange={(event) => setChosen(event.target.value)}
            >
              {options.map((fund) => (
                <option key={fund.fundId} value={fund.fundId}>
                  {fund.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t.header.open}</span>
          </button>
        </div>
      </div>
    </form>
  );
}

function TimeControl() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const pointInTime = usePointInTime();
  const [date, setDate] = useState(pointInTime.date ?? '');
  const [effectiveOn, setEffectiveOn] = useState(pointInTime.effectiveOn ?? '');
  const [errors, setErrors] = useState<{ asOf?: string; effectiveOn?: string }>({});
  const show = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      asOf: dayProblem(date, t.header.asOfFuture),
      effectiveOn: dayProblem(effectiveOn, t.header.effectiveOnFuture),
    };
    if (found.asOf !== undefined || found.effectiveOn !== undefined) return setErrors(found);
    goTo(date === '' || date === todayIsoDate() ? null : date, effectiveOn === '' ? null : effectiveOn);
  };
  const dayProblem = (value: string, future: string): string | undefined => {
    if (value === '') return undefined;
    if (!isBusinessDate(value)) return t.header.asOfInvalid;
    return value > todayIsoDate() ? future : undefined;
  };
  const goTo = (nextDate: string | null, nextEffectiveOn: string | null) => {
    setErrors({});
    setDate(nextDate ?? '');
    setEffectiveOn(nextEffectiveOn ?? '');
    navigate(`${location.pathname}${searchOf(nextDate, nextEffectiveOn)}`);
  };
  const anyError = errors.asOf !== undefined || errors.effectiveOn !== undefined;
  return (
    <form className="header-control" onSubmit={show} noValidate>
      <fieldset className={`kern-fieldset time-control${anyError ? ' kern-fieldset--error' : ''}`}>
        <legend className="kern-sr-only">{t.header.pointInTime}</legend>
        <div className="header-control__row">
          <DayInput
            id="as-of-date"
            label={t.header.asOf}
            hint={pointInTime.date === null ? t.header.asOfNow : t.header.asOfPast}
            value={date}
            error={errors.asOf}
            onChange={setDate}
          />
          <DayInput
            id="effective-on-date"
            label={t.header.effectiveOn}
            hint={pointInTime.effectiveOn === null ? t.header.effectiveOnAll : t.header.effectiveOnSet}
            value={effectiveOn}
            error={errors.effectiveOn}
            onChange={setEffectiveOn}
          />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t.header.show}</span>
          </button>
          {pointInTime.isPast ? (
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => goTo(null, null)}>
              <span className="kern-label">{t.header.today}</span>
            </button>
          ) : null}
        </div>
        {[
          ['as-of-date', errors.asOf],
          ['effective-on-date', errors.effectiveOn],
        ].map(([id, error]) =>
          error === undefined ? null : (
            <p className="kern-error" id={`${id}-error`} role="alert" key={id}>
              {error}
            </p>
          ),
        )}
      </fieldset>
    </form>
  );
}

/** One day of the time control, with its hint for screen readers and its error. */
function DayInput(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { id, label, hint, value, error, onChange } = props;
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <input
        className="kern-form-input__input"
        id={id}
        type="date"
        max={todayIsoDate()}
        value={value}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="kern-sr-only" id={`${id}-hint`}>
        {hint}
      </span>
    </div>
  );
}
