/** Ordering the payout of a grant whose proof of use is accepted: amount (what is left by default) and value date, checked before it is sent. */
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, dataOf } from '../../api/client';
import type { ApiCommandAnswer, ApiPayoutDue } from '../../api/types';
import { isBusinessDate } from '../../../../../libs/domain/src/time/business-date';
import { todayIsoDate } from '../../i18n/dates';
import { useI18n } from '../../i18n/i18n';
import { formatAmountNumber } from '../../money/money-format';
import { ErrorSummary, SubmitButton, TextField, type FieldErrors } from '../../shell/forms';
import { usePointInTime } from '../../shell/point-in-time';
import { EmptyState, QueryView } from '../../shell/states';
import { useSubmission } from '../../shell/submission';
import type { WorkspaceProps } from '../FundWorkspace';
import { amountOrProblem } from '../shared/amount-field';
import { CheckStep } from '../shared/CheckStep';
import { CommandDone } from '../shared/command-result';
import { usePayoutsDue } from '../shared/fund-read-queries';
import { NoCommandsInThePast } from '../shared/PastViewNotice';
import { useRefreshFund } from '../shared/useFundCommand';

const FORM = 'payout';

export function PayoutForm({ fundId }: WorkspaceProps) {
  const { t } = useI18n();
  const { grantId = '' } = useParams();
  const pointInTime = usePointInTime();
  const due = usePayoutsDue(fundId, {});
  // Kept once found: after the payout the grant leaves the list, and the confirmation must stay.
  const chosen = useRef<ApiPayoutDue | undefined>(undefined);
  if (pointInTime.isPast) return <NoCommandsInThePast />;
  return (
    <section aria-labelledby={`${FORM}-title`}>
      <h2 className="kern-heading-medium" id={`${FORM}-title`}>
        {t.treasury.orderPayout}
      </h2>
      <QueryView query={due} what={t.treasury.orderPayout}>
        {(data) => {
          chosen.current = data.payouts.find((candidate) => candidate.grantId === grantId) ?? chosen.current;
          const payout = chosen.current;
          return payout === undefined ? (
            <EmptyState title={t.treasury.noSuchGrant(grantId)} />
          ) : (
            <PayoutSteps fundId={fundId} payout={payout} />
          );
        }}
      </QueryView>
    </section>
  );
}

function PayoutSteps({ fundId, payout }: { fundId: string; payout: ApiPayoutDue }) {
  const { t, language, money, date } = useI18n();
  const refresh = useRefreshFund(fundId);
  const submission = useSubmission<ApiCommandAnswer>();
  const [amountText, setAmountText] = useState(formatAmountNumber(payout.toPay, language));
  const [valueDate, setValueDate] = useState(todayIsoDate());
  const [errors, setErrors] = useState<FieldErrors>({});
  const amount = amountOrProblem(amountText, language, t);
  const labels = { amount: t.treasury.payoutAmount, valueDate: t.treasury.valueDate };
  const shown = { ...errors, ...submission.refusal };
  const check = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      amount: amount.problem,
      valueDate: isBusinessDate(valueDate) ? undefined : t.forms.dateProblem,
    };
    setErrors(found);
    if (found.amount === undefined && found.valueDate === undefined) submission.check();
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submission.send(async (key) => {
      const answer = dataOf(
        await api.POST('/funds/{fundId}/grants/{grantId}/payouts', {
          params: { path: { fundId, grantId: payout.grantId }, header: { 'Idempotency-Key': key } },
          body: { amount: amount.amount ?? '', valueDate },
        }),
      );
      await refresh();
      return answer;
    });
  };
  const facts = [
    { key: 'application', label: t.treasury.application, value: payout.title },
    { key: 'applicant', label: t.treasury.applicant, value: payout.applicant },
    { key: 'issued', label: t.treasury.grantIssued, value: money(payout.issued) },
    { key: 'paid', label: t.treasury.paid, value: money(payout.paid) },
    { key: 'open', label: t.treasury.toPay, value: money(payout.toPay) },
  ];
  if (submission.step === 'done' && submission.result !== null) {
    return (
      <>
        <CommandDone title={t.treasury.payoutOrdered} answer={submission.result} />
        <Link className="kern-link" to={`/funds/${fundId}/treasury`}>
          {t.treasury.backToOverview}
        </Link>
      </>
    );
  }
  if (submission.step === 'editing') {
    return (
      <form onSubmit={check} noValidate className="stack-form">
        <ErrorSummary form={FORM} errors={shown} labels={labels} />
        <dl className="kern-description-list">
          {facts.map((fact) => (
            <div className="kern-description-list-item" key={fact.key}>
              <dt className="kern-description-list-item__key">{fact.label}</dt>
              <dd className="kern-description-list-item__value">{fact.value}</dd>
            </div>
          ))}
        </dl>
        <TextField
          form={FORM}
          name="amount"
          label={t.treasury.payoutAmount}
          hint={t.forms.amountHint}
          value={amountText}
          onChange={setAmountText}
          error={shown['amount']}
          inputMode="decimal"
          width="short"
          suffix="€"
        />
        <TextField
          form={FORM}
          name="valueDate"
          label={t.treasury.valueDate}
          hint={t.treasury.valueDateHint}
          value={valueDate}
          onChange={setValueDate}
          error={shown['valueDate']}
          type="date"
        />
        <SubmitButton label={t.forms.continue} />
      </form>
    );
  }
  return (
    <CheckStep
      form={FORM}
      labels={labels}
      submission={submission}
      rows={[
        ...facts.slice(0, 2),
        { key: 'amount', label: t.treasury.payoutAmount, value: money(amount.amount ?? '0') },
        { key: 'valueDate', label: t.treasury.valueDate, value: date(valueDate) },
      ]}
      sendLabel={t.treasury.orderPayoutNow}
      onSend={send}
    />
  );
}
