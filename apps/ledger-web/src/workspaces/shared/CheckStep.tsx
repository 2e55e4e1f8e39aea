/** The "check your answers" step of a form that moves money: what will be sent, a way back, and the send button. */
import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { CheckAnswers, ErrorSummary, SubmitButton } from '../../shell/forms';
import type { Submission } from '../../shell/submission';

export interface CheckStepProps<Result> {
  readonly form: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly submission: Submission<Result>;
  readonly rows: readonly { key: string; label: string; value: ReactNode }[];
  readonly sendLabel: string;
  readonly onSend: (event: FormEvent) => void;
  /** Shown below the answers, e.g. the funders' split of a public contribution. */
  readonly children?: ReactNode;
}

export function CheckStep<Result>({
  form,
  labels,
  submission,
  rows,
  sendLabel,
  onSend,
  children,
}: CheckStepProps<Result>) {
  const { t } = useI18n();
  return (
    <form onSubmit={onSend} className="stack-form">
      <ErrorSummary form={form} errors={submission.refusal} labels={labels} />
      <h3 className="kern-heading-small">{t.forms.checkAnswers}</h3>
      <CheckAnswers onChange={submission.edit} rows={rows} />
      {children}
      {submission.canRetry ? <p className="kern-body">{t.forms.retryHint}</p> : null}
      <SubmitButton
        label={submission.canRetry ? t.forms.sendAgain : sendLabel}
        busy={submission.step === 'sending'}
      />
    </form>
  );
}
