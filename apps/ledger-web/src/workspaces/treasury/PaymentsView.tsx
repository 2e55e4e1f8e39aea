/**
 * Money on its way out of the fund, with four eyes: payouts waiting for the fund office to certify
 * them ("sachlich und rechnerisch richtig"), certified payments waiting for another person to order
 * them, ordered payments waiting for the export, and the exports with their files. Each person sees
 * the actions of their own roles; the service refuses an order by the certifier, and the refusal is
 * shown in the words of the fund's rule.
 */
import { useState, type FormEvent } from 'react';
import { api, dataOf } from '../../api/client';
import type { ApiCommandAnswer, ApiPaymentOnItsWay, ApiPayoutDue } from '../../api/types';
import { usePerson } from '../../auth/session';
import { isBusinessDate } from '../../../../../libs/domain/src/time/business-date';
import { todayIsoDate } from '../../i18n/dates';
import { useI18n } from '../../i18n/i18n';
import { formatAmountNumber } from '../../money/money-format';
import { useDownloads } from '../../shell/downloads';
import { ErrorSummary, SubmitButton, TextField, type FieldErrors } from '../../shell/forms';
import { usePointInTime } from '../../shell/point-in-time';
import { EmptyState, QueryView } from '../../shell/states';
import { useSubmission } from '../../shell/submission';
import type { WorkspaceProps } from '../FundWorkspace';
import { amountOrProblem } from '../shared/amount-field';
import { usePaymentOrders, usePayoutsDue } from '../shared/fund-read-queries';
import { useRefreshFund } from '../shared/useFundCommand';

export function PaymentsView({ fundId }: WorkspaceProps) {
  const { t } = useI18n();
  const pointInTime = usePointInTime();
  const due = usePayoutsDue(fundId, pointInTime.cut);
  const orders = usePaymentOrders(fundId, pointInTime.cut);
  const person = usePerson();
  const acts = !pointInTime.isPast;
  const canCertify = acts && person.roles.includes('fund-manager');
  const canOrder = acts && person.roles.includes('treasurer');
  // An ordered payment leaves the list its order form stood in, and an export empties the list its form
  // stood under, so their confirmations are announced here, where they stay.
  const [announcement, setAnnouncement] = useState<string | null>(null);
  return (
    <>
      <h2 className="kern-heading-medium">{t.payments.title}</h2>
      <p>{t.payments.fourEyesExplained}</p>
      <p role="status">{announcement}</p>
      <QueryView query={orders} what={t.payments.title}>
        {(data) => {
          const certified = data.onTheirWay.filter((payment) => payment.order === null);
          const ordered = data.onTheirWay.filter((payment) => payment.order !== null);
          return (
            <>
              <QueryView query={due} what={t.payments.waitingForCertification}>
                {(payouts) => (
                  <WaitingForCertification
                    fundId={fundId}
                    payouts={payouts.payouts}
                    canCertify={canCertify}
                  />
                )}
              </QueryView>
              <PaymentList
                title={t.payments.waitingForOrder}
                payments={certified}
                action={
                  canOrder
                    ? (payment) => (
                        <OrderForm
                          fundId={fundId}
                          payment={payment}
                          onOrdered={() => setAnnouncement(t.payments.ordered)}
                        />
                      )
                    : undefined
                }
              />
              <PaymentList title={t.payments.waitingForExport} payments={ordered} />
              {canOrder && ordered.length > 0 ? (
                <ExportForm fundId={fundId} onExported={() => setAnnouncement(t.payments.exported)} />
              ) : null}
              <ExportList fundId={fundId} exports={data.exports} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

function WaitingForCertification({
  fundId,
  payouts,
  canCertify,
}: {
  fundId: string;
  payouts: readonly ApiPayoutDue[];
  canCertify: boolean;
}) {
  const { t, money } = useI18n();
  return (
    <section aria-labelledby="payments-certification-title">
      <h3 className="kern-heading-small" id="payments-certification-title">
        {t.payments.waitingForCertification}
      </h3>
      {payouts.length === 0 ? (
        <EmptyState title={t.payments.nothingWaiting} />
      ) : (
        <ul className="kern-list payment-list">
          {payouts.map((payout) => (
            <li key={payout.grantId}>
              <p>
                {payout.title} ({payout.applicant}): {t.payments.toPay} {money(payout.toPay)}
              </p>
              {canCertify ? <CertifyForm fundId={fundId} payout={payout} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CertifyForm({ fundId, payout }: { fundId: string; payout: ApiPayoutDue }) {
  const { t, language } = useI18n();
  const refresh = useRefreshFund(fundId);
  const submission = useSubmission<ApiCommandAnswer>();
  const form = `certify-${payout.grantId}`;
  const [amountText, setAmountText] = useState(formatAmountNumber(payout.toPay, language));
  const [certifiedOn, setCertifiedOn] = useState(todayIsoDate());
  const [errors, setErrors] = useState<FieldErrors>({});
  const amount = amountOrProblem(amountText, language, t);
  const labels = {
    amount: t.payments.amount,
    certifiedOn: t.payments.certifiedOn,
    grantId: t.payments.grant,
  };
  const shown = { ...errors, ...submission.refusal };
  if (submission.step === 'done') return <p role="status">{t.payments.certified}</p>;
  const send = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      amount: amount.problem,
      certifiedOn: isBusinessDate(certifiedOn) ? undefined : t.forms.dateProblem,
    };
    setErrors(found);
    if (found.amount !== undefined || found.certifiedOn !== undefined) return;
    void submission.send(async (key) => {
      const answer = dataOf(
        await api.POST('/funds/{fundId}/grants/{grantId}/certified-payments', {
          params: { path: { fundId, grantId: payout.grantId }, header: { 'Idempotency-Key': key } },
          body: { kind: 'payout', amount: amount.amount ?? '', certifiedOn },
        }),
      );
      await refresh();
      return answer;
    });
  };
  return (
    <form onSubmit={send} noValidate className="stack-form">
      <ErrorSummary form={form} errors={shown} labels={labels} />
      <TextField
        form={form}
        name="amount"
        label={t.payments.amount}
        value={amountText}
        onChange={setAmountText}
        error={shown['amount']}
        inputMode="decimal"
        width="short"
        suffix="€"
      />
      <TextField
        form={form}
        name="certifiedOn"
        label={t.payments.certifiedOn}
        value={certifiedOn}
        onChange={setCertifiedOn}
        error={shown['certifiedOn']}
        type="date"
      />
      <SubmitButton label={t.payments.certify} busy={submission.step === 'sending'} />
    </form>
  );
}

function PaymentList({
  title,
  payments,
  action,
}: {
  title: string;
  payments: readonly ApiPaymentOnItsWay[];
  action?: (payment: ApiPaymentOnItsWay) => React.ReactNode;
}) {
  const { t, money, date } = useI18n();
  const id = `payments-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h3 className="kern-heading-small" id={id}>
        {title}
      </h3>
      {payments.length === 0 ? (
        <EmptyState title={t.payments.nothingWaiting} />
      ) : (
        <ul className="kern-list payment-list">
          {payments.map((payment) => (
            <li key={payment.paymentId}>
              <p>
                {payment.paymentId}: {money(payment.amount)} {t.payments.to} {payment.payee.accountHolder} (
                {payment.payee.iban}).{' '}
                {t.payments.certifiedBy(payment.certifiedBy.subject, date(payment.certifiedOn))}
                {payment.order === null
                  ? null
                  : ` ${t.payments.orderedBy(payment.order.orderedBy.subject, date(payment.order.orderedOn))}`}
              </p>
              {action?.(payment)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OrderForm({
  fundId,
  payment,
  onOrdered,
}: {
  fundId: string;
  payment: ApiPaymentOnItsWay;
  onOrdered: () => void;
}) {
  const { t } = useI18n();
  const refresh = useRefreshFund(fundId);
  const submission = useSubmission<ApiCommandAnswer>();
  const form = `order-${payment.paymentId}`;
  const [orderedOn, setOrderedOn] = useState(todayIsoDate());
  const [valueDate, setValueDate] = useState(todayIsoDate());
  const [errors, setErrors] = useState<FieldErrors>({});
  const labels = {
    orderedOn: t.payments.orderedOn,
    valueDate: t.payments.valueDate,
    paymentId: t.payments.payment,
  };
  const shown = { ...errors, ...submission.refusal };
  const send = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      orderedOn: isBusinessDate(orderedOn) ? undefined : t.forms.dateProblem,
      valueDate: isBusinessDate(valueDate) ? undefined : t.forms.dateProblem,
    };
    setErrors(found);
    if (found.orderedOn !== undefined || found.valueDate !== undefined) return;
    void submission.send(async (key) => {
      const answer = dataOf(
        await api.POST('/funds/{fundId}/payments/{paymentId}/order', {
          params: { path: { fundId, paymentId: payment.paymentId }, header: { 'Idempotency-Key': key } },
          body: { orderedOn, valueDate },
        }),
      );
      await refresh();
      onOrdered();
      return answer;
    });
  };
  return (
    <form onSubmit={send} noValidate className="stack-form">
      <ErrorSummary form={form} errors={shown} labels={labels} />
      <TextField
        form={form}
        name="orderedOn"
        label={t.payments.orderedOn}
        value={orderedOn}
        onChange={setOrderedOn}
        error={shown['orderedOn']}
        type="date"
      />
      <TextField
        form={form}
        name="valueDate"
        label={t.payments.valueDate}
        value={valueDate}
        onChange={setValueDate}
        error={shown['valueDate']}
        type="date"
      />
      <SubmitButton label={t.payments.order} busy={submission.step === 'sending'} />
    </form>
  );
}

function ExportForm({ fundId, onExported }: { fundId: string; onExported: () => void }) {
  const { t } = useI18n();
  const refresh = useRefreshFund(fundId);
  const submission = useSubmission<ApiCommandAnswer>();
  const form = 'payment-export';
  const [name, setName] = useState('');
  const [iban, setIban] = useState('');
  const labels = { 'debtor.name': t.payments.debtorName, 'debtor.iban': t.payments.debtorIban };
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submission.send(async (key) => {
      const answer = dataOf(
        await api.POST('/funds/{fundId}/payment-exports', {
          params: { path: { fundId }, header: { 'Idempotency-Key': key } },
          body: { debtor: { name, iban } },
        }),
      );
      await refresh();
      onExported();
      return answer;
    });
  };
  return (
    <form onSubmit={send} noValidate className="stack-form" aria-labelledby={`${form}-title`}>
      <h3 className="kern-heading-small" id={`${form}-title`}>
        {t.payments.exportTitle}
      </h3>
      <ErrorSummary form={form} errors={submission.refusal} labels={labels} />
      <TextField
        form={form}
        name="debtor.name"
        label={t.payments.debtorName}
        value={name}
        onChange={setName}
        error={submission.refusal['debtor.name']}
      />
      <TextField
        form={form}
        name="debtor.iban"
        label={t.payments.debtorIban}
        value={iban}
        onChange={setIban}
        error={submission.refusal['debtor.iban']}
      />
      <SubmitButton label={t.payments.exportNow} busy={submission.step === 'sending'} />
    </form>
  );
}

function ExportList({
  fundId,
  exports,
}: {
  fundId: string;
  exports: readonly { exportId: string; exportedAt: string; paymentCount: number; total: string }[];
}) {
  const { t, money, date } = useI18n();
  const downloads = useDownloads();
  const files = (exportId: string) =>
    `/funds/${fundId}/payment-exports/${encodeURIComponent(exportId)}/files`;
  return (
    <section aria-labelledby="payment-exports-title">
      <h3 className="kern-heading-small" id="payment-exports-title">
        {t.payments.exports}
      </h3>
      {exports.length === 0 ? (
        <EmptyState title={t.payments.noExports} />
      ) : (
        <ul className="kern-list payment-list">
          {exports.map((exported) => (
            <li key={exported.exportId}>
              <p>
                {t.payments.exportLine(
                  exported.exportId,
                  date(exported.exportedAt.slice(0, 10)),
                  exported.paymentCount,
                  money(exported.total),
                )}
              </p>
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                onClick={() =>
                  downloads.start(
                    t.payments.sepaFile(exported.exportId),
                    `${files(exported.exportId)}/pain.001`,
                  )
                }
              >
                <span className="kern-label">{t.payments.downloadSepa}</span>
              </button>{' '}
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                onClick={() =>
                  downloads.start(t.payments.csvFile(exported.exportId), `${files(exported.exportId)}/csv`)
                }
              >
                <span className="kern-label">{t.payments.downloadCsv}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
