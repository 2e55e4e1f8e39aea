/**
 * Form building blocks after the GOV.UK Design System's patterns, in KERN's styles: labels above
 * fields, a hint, the message of a refusal next to its field, an error summary at the top linking to
 * every field in error, and a "check your answers" list before anything that moves money.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export type FieldErrors = Readonly<Record<string, string | undefined>>;

/** The id of a form field's input, which the error summary links to. */
export function fieldId(form: string, field: string): string {
  return `${form}-${field}`;
}

export function ErrorSummary({
  form,
  errors,
  labels,
}: {
  form: string;
  errors: FieldErrors;
  labels: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const shown = entries.length > 0;
  // Focus moves to the summary when it appears or its messages change, not on every keystroke.
  const signature = entries.map(([field, message]) => `${field}:${message}`).join('|');
  useEffect(() => {
    if (signature !== '') heading.current?.focus();
  }, [signature]);
  if (!shown) return null;
  return (
    <div
      className="kern-alert kern-alert--danger error-summary"
      role="alert"
      aria-labelledby={`${form}-error-summary-title`}
      tabIndex={-1}
      ref={heading}
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id={`${form}-error-summary-title`}>
          {t.forms.errorSummaryTitle}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {entries.map(([field, message]) => (
            <li key={field}>
              {labels[field] === undefined ? (
                message
              ) : (
                <a className="kern-link" href={`#${fieldId(form, field)}`}>
                  {`${labels[field]}: ${message}`}
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface FieldProps {
  readonly form: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'date';
  readonly inputMode?: 'decimal' | 'text';
  readonly autoComplete?: string;
  readonly width?: 'short' | 'full';
  readonly suffix?: string;
}

export function TextField(props: FieldProps) {
  const { t } = useI18n();
  const id = fieldId(props.form, props.name);
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {props.label}
      </label>
      {props.hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <div className={props.suffix ? 'kern-input-group' : undefined}>
        <input
          className={`kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}${props.width === 'short' ? ' input--amount' : ''}`}
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          value={props.value}
          aria-describedby={describedBy || undefined}
          aria-invalid={props.error ? true : undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
        {props.suffix ? (
          <span className="kern-input-group-text" aria-hidden="true">
            {props.suffix}
          </span>
        ) : null}
      </div>
      {props.error ? (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-sr-only">{t.forms.errorPrefix} </span>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  form,
  name,
  label,
  value,
  options,
  onChange,
  error,
}: {
  form: string;
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const id = fieldId(form, name);
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          className={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          id={id}
          name={name}
          value={value}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p className="kern-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function RadioGroup({
  form,
  name,
  legend,
  value,
  options,
  onChange,
  error,
}: {
  form: string;
  name: string;
  legend: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const id = fieldId(form, name);
  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      id={id}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="kern-label">{legend}</legend>
      <div className="kern-fieldset__body">
        {options.map((option, index) => (
          <div className="kern-form-check" key={option.value}>
            <input
              className="kern-form-check__radio"
              type="radio"
              id={index === 0 ? `${id}-option` : `${id}-${option.value}`}
              name={`${form}-${name}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label className="kern-label" htmlFor={index === 0 ? `${id}-option` : `${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
      {error ? (
        <p className="kern-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The "check your answers" list: what will be sent, each with a way back to change it. */
export function CheckAnswers({
  rows,
  onChange,
}: {
  rows: readonly { key: string; label: string; value: ReactNode }[];
  onChange: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="check-answers">
      <dl className="kern-description-list">
        {rows.map((row) => (
          <div className="kern-description-list-item" key={row.key}>
            <dt className="kern-description-list-item__key">{row.label}</dt>
            <dd className="kern-description-list-item__value">{row.value}</dd>
          </div>
        ))}
      </dl>
      <div className="check-answers__change">
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onChange}>
          <span className="kern-label">{t.forms.changeAnswers}</span>
        </button>
      </div>
    </div>
  );
}

export function SubmitButton({
  label,
  busy,
  variant = 'primary',
}: {
  label: string;
  busy?: boolean;
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useI18n();
  return (
    <button
      type="submit"
      className={`kern-btn kern-btn--${variant}`}
      aria-disabled={busy ? true : undefined}
      disabled={busy}
    >
      <span className="kern-label">{busy ? t.forms.sending : label}</span>
    </button>
  );
}
