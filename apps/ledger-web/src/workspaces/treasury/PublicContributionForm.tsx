/**
 * Booking public money received: amount, value date and reference from the bank statement. Before it
 * is sent, the check page shows how the amount splits among the public funders, by the same rule the
 * ledger applies (largest remainder, to the cent, ties in the configured order).
 */
import { useState, type FormEvent } from 'react';
import { allocate } from '../../../../../libs/domain/src/money/allocate';
import { api, dataOf } from '../../api/client';
import type { ApiCommandAnswer } from '../../api/types';
import { isBusinessDate } from '../../../../../libs/domain/src/time/business-date';
import { todayIsoDate } from '../../i18n/dates';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary, SubmitButton, TextField, type FieldErrors } from '../../shell/forms';
import { useFund } from '../../shell/fund-queries';
import { usePointInTime } from '../../shell/point-in-time';
import { QueryView } from '../../shell/states';
import { useSubmission } from '../../shell/submission';
import type { WorkspaceProps } from '../FundWorkspace';
import { amountOrProblem } from '../shared/amount-field';
import { CheckStep } from '../shared/CheckStep';
import { CommandDone } from '../shared/command-result';
import { MoneyTable } from '../shared/MoneyTable';
import { NoCommandsInThePast } from '../shared/PastViewNotice';
import { useRefreshFund } from '../shared/useFundCommand';

const FORM = 'public-contribution';

export function PublicContributionForm({ fundId }: WorkspaceProps) {
  const { t, language, money, date, share } = useI18n();
  const pointInTime = usePointInTime();
  const fund = useFund(fundId);
  const refresh = useRefreshFund(fundId);
  const submission = useSubmission<ApiCommandAnswer>();
  const [amountText, setAmountText] = useState('');
  const [valueDate, setValueDate] = useState(todayIsoDate());
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  if (pointInTime.isPast) return <NoCommandsInThePast />;
  const labels = {
    amount: t.treasury.amount,
    valueDate: t.treasury.valueDate,
    reference: t.treasury.reference,
  };
  const amount = amountOrProblem(amountText, language, t);
  const shown = { ...errors, ...submission.refusal };

  const check = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {
      amount: amount.problem,
      valueDate: isBusinessDate(valueDate) ? undefined : t.forms.dateProblem,
      reference: reference.trim() === '' ? t.treasury.referenceMissing : undefined,
    };
    setErrors(found);
    if (Object.values(found).every((value) => value === undefined)) submission.check();
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submission.send(async (key) => {
      const answer = dataOf(
        await api.POST('/funds/{fundId}/contributions/public', {
          params: { path: { fundId }, header: { 'Idempotency-Key': key } },
          body: { amount: amount.amount ?? '', valueDate, reference: reference.trim() },
        }),
      );
      await refresh();
      return answer;
    });
  };

  return (
    <section aria-labelledby={`${FORM}-title`}>
      <h2 className="kern-heading-medium" id={`${FORM}-title`}>
        {t.treasury.recordPublic}
      </h2>
      {submission.step === 'done' && submission.result !== null ? (
        <CommandDone
          title={t.treasury.publicRecorded}
          answer={submission.result}
          onAnother={() => {
            setAmountText('');
            setReference('');
            submission.reset();
          }}
        />
      ) : submission.step === 'editing' ? (
        <form onSubmit={check} noValidate className="stack-form">
          <ErrorSummary form={FORM} errors={shown} labels={labels} />
          <TextField
            form={FORM}
            name="amount"
            label={t.treasury.amount}
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
          <TextField
            form={FORM}
            name="reference"
            label={t.treasury.reference}
            hint={t.treasury.referenceHint}
            value={reference}
            onChange={setReference}
            error={shown['reference']}
          />
          <SubmitButton label={t.forms.continue} />
        </form>
      ) : (
        <CheckStep
          form={FORM}
          labels={labels}
          submission={submission}
          rows={[
            { key: 'amount', label: t.treasury.amount, value: money(amount.amount ?? '0') },
            { key: 'valueDate', label: t.treasury.valueDate, value: date(valueDate) },
            { key: 'reference', label: t.treasury.reference, value: reference.trim() },
          ]}
          sendLabel={t.treasury.book}
          onSend={send}
        >
          <QueryView query={fund} what={t.treasury.funderSplit}>
            {(state) => {
              const funders = state.settings.publicFunders;
              const parts = allocate(
                amount.amount ?? '0',
                funders.map((funder) => funder.share),
              );
              return (
                <MoneyTable
                  caption={t.treasury.funderSplitCaption}
                  rowHeader="funder"
                  totalsLabel={t.common.total}
                  rows={funders.map((funder, index) => ({
                    ...funder,
                    part: parts[index]?.toFixed(2) ?? '0.00',
                  }))}
                  rowKey={(row) => row.funderId}
                  columns={[
                    { key: 'funder', header: t.treasury.funder, text: (row) => row.name },
                    { key: 'share', header: t.treasury.share, text: (row) => share(row.share) },
                    { key: 'part', header: t.treasury.part, amount: (row) => row.part },
                  ]}
                />
              );
            }}
          </QueryView>
        </CheckStep>
      )}
    </section>
  );
}
