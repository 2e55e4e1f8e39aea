/**
 * One submission of a form that changes the ledger, after the GOV.UK pattern: fill in, check your
 * answers, send. The Idempotency-Key is made when the answers are checked and kept for every retry of
 * that same submission (a lost answer, a timeout), so the service records it once; changing the
 * answers starts a new submission with a new key.
 */
import { useCallback, useRef, useState } from 'react';
import { ApiProblem } from '../api/problem';
import { useI18n } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { REFUSALS_DE } from '../i18n/refusals.de';
import type { FieldErrors } from './forms';

export type SubmissionStep = 'editing' | 'checking' | 'sending' | 'done';

export interface Submission<Result> {
  readonly step: SubmissionStep;
  readonly result: Result | null;
  /** Messages per field from the service's refusal; `form` holds a refusal that names no field. */
  readonly refusal: FieldErrors;
  /** True when the last attempt failed without an answer: the same submission may be sent again. */
  readonly canRetry: boolean;
  check(): void;
  edit(): void;
  send(run: (idempotencyKey: string) => Promise<Result>): Promise<void>;
  reset(): void;
}

export function useSubmission<Result>(): Submission<Result> {
  const { language } = useI18n();
  const key = useRef<string | null>(null);
  const [step, setStep] = useState<SubmissionStep>('editing');
  const [result, setResult] = useState<Result | null>(null);
  const [refusal, setRefusal] = useState<FieldErrors>({});
  const [canRetry, setCanRetry] = useState(false);

  const check = useCallback(() => {
    key.current ??= crypto.randomUUID();
    setRefusal({});
    setStep('checking');
  }, []);
  const edit = useCallback(() => {
    key.current = null;
    setCanRetry(false);
    setStep('editing');
  }, []);
  const reset = useCallback(() => {
    key.current = null;
    setResult(null);
    setRefusal({});
    setCanRetry(false);
    setStep('editing');
  }, []);
  const send = useCallback(
    async (run: (idempotencyKey: string) => Promise<Result>) => {
      const idempotencyKey = key.current ?? crypto.randomUUID();
      key.current = idempotencyKey;
      setStep('sending');
      try {
        setResult(await run(idempotencyKey));
        key.current = null;
        setCanRetry(false);
        setStep('done');
      } catch (error) {
        const retryable = !(error instanceof ApiProblem) || error.status === 409 || error.status >= 500;
        setCanRetry(retryable);
        setRefusal(refusalOf(error, language));
        if (!retryable) key.current = null;
        setStep(retryable ? 'checking' : 'editing');
      }
    },
    [language],
  );
  return { step, result, refusal, canRetry, check, edit, send, reset };
}

/**
 * The refusal's messages by field; none when no answer came (the same submission may be sent again).
 * A refusal by the fund's rules is said in German from its code on a German page.
 */
function refusalOf(error: unknown, language: Language): FieldErrors {
  if (!(error instanceof ApiProblem)) return {};
  const code = error.problem.code;
  const translated = language === 'de' && code !== undefined ? REFUSALS_DE[code] : undefined;
  const fields: Record<string, string> = {};
  for (const fieldError of error.problem.errors ?? [])
    fields[fieldError.field] ??= translated ?? fieldError.message;
  if (Object.keys(fields).length === 0) fields['form'] = translated ?? error.problem.detail;
  return fields;
}
