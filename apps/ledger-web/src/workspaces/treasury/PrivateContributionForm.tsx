/** Booking private money paid into a pooled fund: who paid, how much, when, and the bank reference. */
import { useState, type FormEvent } from 'react';
import { api, dataOf } from '../../api/client';
import type { ApiCommandAnswer } from '../../api/types';
import type { components } from '../../api/schema';
import { isBusinessDate } from '../../../../../libs/domain/src/time/business-date';
import { todayIsoDate } from '../../i18n/dates';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary, SelectField, SubmitButton, TextField, type FieldErrors } from '../../shell/forms';
import { useFund } from '../../shell/fund-queries';
import { usePointInTime } from '../../shell/point-in-time';
import { EmptyState, QueryView } from '../../shell/states';
import { useSubmission } from '../../shell/submission';
import type { WorkspaceProps } from '../FundWorkspace';
import { amountOrProblem } from '../shared/amount-field';
import { CheckStep } from '../shared/CheckStep';
import { CommandDone } from '../shared/command-result';
import { NoCommandsInThePast } from '../shared/PastViewNotice';
import { useRefreshFund } from '../shared/useFundCommand';

const FORM = 'private-contribution';
type ContributorKind = components['schemas']['ContributorDto']['kind'];
const CONTRIBUTOR_KINDS: readonly ContributorKind[] = [
  'business',
  'property-owner',
  'business-improvement-district',
  'association',
  'resident',
  'sponsor',
  'other',
];

export function PrivateContributionForm({ fundId }: WorkspaceProps) {
  const { t } = useI18n();
  const pointInTime = usePointInTime();
  const fund = useFund(fundId);
  if (pointInTime.isPast) return <NoCommandsInThePast />;
  return (
    <section aria-labelledby={`${FORM}-title`}>
      <h2 className="kern-heading-medium" id={`${FORM}-title`}>
        {t.treasury.recordPrivate}
      </h2>
      <QueryView query={fund} what={t.treasury.recordPrivate}>
        {(state) =>
          state.settings.matchingModel === 'pooled' ? (
            <PrivateContributionSteps fundId={fundId} />
          ) : (
            <EmptyState title={t.treasury.privateNotPooled} />
          )
        }
      </QueryView>
    </section>
  );
}

function PrivateContributionSteps({ fundId }: WorkspaceProps) {
  const { t, language, money, date } = useI18n();
  const refresh = useRefreshFund(fundId);
  const submission = useSubmission<ApiCommandAnswer>();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ContributorKind>('business');
  const [amountText, setAmountText] = useState('');
  const [valueDate, setValueDate] = useState(todayIsoDate());
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const amount = amountOrProblem(amountText, language, t);
  const labels = {
    'contributor.name': t.treasury.contributorName,
    'contributor.kind': t.treasury.contributorKind,
    amount: t.treasury.amount,
    valueDate: t.treasury.valueDate,
    reference: t.treasury.reference,
  };
  const shown = { ...errors, ...submission.refusal };
  const check = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {
      'contributor.name': name.trim() === '' ? t.treasury.contributorMissing : undefined,
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
        await api.POST('/funds/{fundId}/contributions/private', {
          params: { path: { fundId }, header: { 'Idempotency-Key': key } },
          body: {
            contributor: { name: name.trim(), kind },
            amount: amount.amount ?? '',
            valueDate,
            reference: reference.trim(),
          },
        }),
      );
      await refresh();
      return answer;
    });
  };
  if (submission.step === 'done' && submission.result !== null) {
    return (
      <CommandDone
        title={t.treasury.privateRecorded}
        answer={submission.result}
        onAnother={() => {
          setAmountText('');
          setReference('');
          submission.reset();
        }}
      />
    );
  }
  if (submission.step === 'editing') {
    return (
      <form onSubmit={check} noValidate className="stack-form">
        <ErrorSummary form={FORM} errors={shown} labels={labels} />
        <TextField
          form={FORM}
          name="contributor.name"
          label={t.treasury.contributorName}
          value={name}
          onChange={setName}
          error={shown['contributor.name']}
        />
        <SelectField
          form={FORM}
          name="contributor.kind"
          label={t.treasury.contributorKind}
          value={kind}
          onChange={(value) => setKind(value as ContributorKind)}
          options={CONTRIBUTOR_KINDS.map((value) => ({ value, label: t.treasury.contributorKinds[value] }))}
          error={shown['contributor.kind']}
        />
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
    );
  }
  return (
    <CheckStep
      form={FORM}
      labels={labels}
      submission={submission}
      rows={[
        { key: 'name', label: t.treasury.contributorName, value: name.trim() },
        { key: 'kind', label: t.treasury.contributorKind, value: t.treasury.contributorKinds[kind] },
        { key: 'amount', label: t.treasury.amount, value: money(amount.amount ?? '0') },
        { key: 'valueDate', label: t.treasury.valueDate, value: date(valueDate) },
        { key: 'reference', label: t.treasury.reference, value: reference.trim() },
      ]}
      sendLabel={t.treasury.book}
      onSend={send}
    />
  );
}
