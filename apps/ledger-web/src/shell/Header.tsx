/**
 * The one header: product name, the fund switcher, the point in time ("Stand"), the language, and the
 * signed-in person with their role. The point-in-time control is a fieldset of its own so that a second
 * control (a business date) can join it.
 */
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { isIsoDate, todayIsoDate } from '../i18n/dates';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';
import { useFundList } from './fund-queries';
import { usePointInTime } from './point-in-time';

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
  const funds = useFundList(pointInTime.apiAsOf);
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
  const [error, setError] = useState<string | null>(null);
  const show = (event: FormEvent) => {
    event.preventDefault();
    if (date === '' || date === todayIsoDate()) return goTo(null);
    if (!isIsoDate(date)) return setError(t.header.asOfInvalid);
    if (date > todayIsoDate()) return setError(t.header.asOfFuture);
    goTo(date);
  };
  const goTo = (next: string | null) => {
    setError(null);
    setDate(next ?? '');
    navigate(`${location.pathname}${next === null ? '' : `?asOf=${next}`}`);
  };
  return (
    <form className="header-control" onSubmit={show} noValidate>
      <fieldset className={`kern-fieldset time-control${error ? ' kern-fieldset--error' : ''}`}>
        <legend className="kern-sr-only">{t.header.pointInTime}</legend>
        <div className="header-control__row">
          <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
            <label className="kern-label" htmlFor="as-of-date">
              {t.header.asOf}
            </label>
            <input
              className="kern-form-input__input"
              id="as-of-date"
              type="date"
              max={todayIsoDate()}
              value={date}
              aria-describedby={error ? 'as-of-date-error' : 'as-of-date-hint'}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setDate(event.target.value)}
            />
            <span className="kern-sr-only" id="as-of-date-hint">
              {pointInTime.date === null ? t.header.asOfNow : t.header.asOfPast}
            </span>
          </div>
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t.header.show}</span>
          </button>
          {pointInTime.isPast ? (
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => goTo(null)}>
              <span className="kern-label">{t.header.today}</span>
            </button>
          ) : null}
        </div>
        {error ? (
          <p className="kern-error" id="as-of-date-error" role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
