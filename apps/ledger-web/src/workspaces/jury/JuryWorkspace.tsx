/**
 * A jury member's workspace: the open agenda of this fund, with what they may not vote on and why,
 * declaring a conflict of interest, and voting. Every refusal by the rules is shown in the service's
 * plain words next to the choice it concerns.
 */
import { useState, type FormEvent } from 'react';
import { api, dataOf } from '../../api/client';
import type { ApiBoardEntry, ApiCommandAnswer } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { AsOfNote } from '../../shell/AsOfNote';
import { ErrorSummary, RadioGroup, SubmitButton, TextField, type FieldErrors } from '../../shell/forms';
import { usePointInTime } from '../../shell/point-in-time';
import { EmptyState, QueryView } from '../../shell/states';
import { useSubmission } from '../../shell/submission';
import type { WorkspaceProps } from '../FundWorkspace';
import { CommandDone } from '../shared/command-result';
import { useBoard } from '../shared/fund-read-queries';
import { useRefreshFund } from '../shared/useFundCommand';

type Vote = 'yes' | 'no' | 'abstain';

export default function JuryWorkspace({ fundId }: WorkspaceProps) {
  const { t } = useI18n();
  const pointInTime = usePointInTime();
  const board = useBoard(fundId, pointInTime.cut, { status: 'on-agenda', pageSize: 500 });
  return (
    <section aria-labelledby="agenda-title">
      <h2 className="kern-heading-medium" id="agenda-title">
        {t.jury.agenda}
      </h2>
      <QueryView query={board} what={t.jury.agenda}>
        {(data) => (
          <>
            <AsOfNote asOf={data.asOf} recordedAt={data.lastEvent.recordedAt} />
            {data.applications.length === 0 ? (
              <EmptyState title={t.jury.nothingOnAgenda} />
            ) : (
              data.applications.map((entry) => (
                <AgendaItem
                  key={entry.applicationId}
                  fundId={fundId}
                  entry={entry}
                  memberId={data.callerMemberId}
                />
              ))
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

/** One item of the agenda, seen by the member whose seat is `memberId` (null: the caller holds no seat). */
function AgendaItem({
  fundId,
  entry,
  memberId,
}: {
  fundId: string;
  entry: ApiBoardEntry;
  memberId: string | null;
}) {
  const { t, money, date } = useI18n();
  const pointInTime = usePointInTime();
  const agenda = entry.agenda;
  if (agenda === null) return null;
  const myVote = agenda.votes.find((vote) => vote.memberId === memberId)?.vote ?? null;
  const recused = memberId !== null && agenda.recusedMemberIds.includes(memberId);
  const present = memberId !== null && agenda.presentMemberIds.includes(memberId);
  const headingId = `item-${entry.applicationId}`;
  return (
    <article className="kern-card agenda-item" aria-labelledby={headingId}>
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h3 className="kern-heading-small" id={headingId}>
            {entry.details.title}
          </h3>
          <p className="kern-body kern-body--muted">
            {entry.details.applicant.name} · {t.jury.meeting(date(agenda.meetingDate))}
          </p>
        </div>
        <div className="kern-card__body">
          <p className="kern-body">{entry.details.description}</p>
          <dl className="kern-description-list">
            <Fact label={t.jury.eligibleCosts} value={money(entry.details.eligibleCosts)} />
            <Fact label={t.jury.ownContribution} value={money(entry.details.ownContribution)} />
            <Fact label={t.management.requested} value={money(entry.details.requestedGrant)} />
            <Fact label={t.jury.measure} value={t.jury.measureTypes[entry.details.measure.type]} />
            <Fact
              label={t.jury.tallySoFar}
              value={t.council.tallyText(agenda.tally.yes, agenda.tally.no, agenda.tally.abstain)}
            />
          </dl>
          <p className="kern-body jury-status" role="status">
            {recused
              ? t.jury.youAreRecused
              : myVote !== null
                ? t.jury.youVoted(t.jury.votes[myVote])
                : !present
                  ? t.jury.notPresent
                  : t.jury.youMayVote}
          </p>
          {pointInTime.isPast || recused || myVote !== null ? null : (
            <div className="jury-actions">
              <VoteForm fundId={fundId} entry={entry} />
              <ConflictForm fundId={fundId} entry={entry} />
            </div>
          )}
        </div>
      </div>
    </article>
  );
}

function VoteForm({ fundId, entry }: { fundId: string; entry: ApiBoardEntry }) {
  const { t } = useI18n();
  const refresh = useRefreshFund(fundId);
  const submission = useSubmission<ApiCommandAnswer>();
  const [vote, setVote] = useState<Vote | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = `vote-${entry.applicationId}`;
  const shown = { ...errors, ...submission.refusal };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (vote === '') return setErrors({ vote: t.jury.chooseVote });
    setErrors({});
    submission.check();
    void submission.send(async (key) => {
      const answer = dataOf(
        await api.POST('/funds/{fundId}/applications/{applicationId}/votes', {
          params: {
            path: { fundId, applicationId: entry.applicationId },
            header: { 'Idempotency-Key': key },
          },
          body: { vote },
        }),
      );
      await refresh();
      return answer;
    });
  };
  if (submission.step === 'done' && submission.result !== null)
    return <CommandDone title={t.jury.voteRecorded} answer={submission.result} />;
  return (
    <form onSubmit={submit} noValidate className="stack-form">
      <ErrorSummary form={form} errors={{ vote: firstMessage(shown) }} labels={{ vote: t.jury.yourVote }} />
      <RadioGroup
        form={form}
        name="vote"
        legend={t.jury.yourVote}
        value={vote}
        onChange={(value) => setVote(value as Vote)}
        options={(['yes', 'no', 'abstain'] as const).map((value) => ({ value, label: t.jury.votes[value] }))}
        error={firstMessage(shown)}
      />
      <SubmitButton label={t.jury.castVote} busy={submission.step === 'sending'} />
    </form>
  );
}

function ConflictForm({ fundId, entry }: { fundId: string; entry: ApiBoardEntry }) {
  const { t } = useI18n();
  const refresh = useRefreshFund(fundId);
  const submission = useSubmission<ApiCommandAnswer>();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = `conflict-${entry.applicationId}`;
  const shown = { ...errors, ...submission.refusal };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setErrors({ reason: t.jury.reasonMissing });
    setErrors({});
    submission.check();
    void submission.send(async (key) => {
      const answer = dataOf(
        await api.POST('/funds/{fundId}/applications/{applicationId}/conflicts', {
          params: {
            path: { fundId, applicationId: entry.applicationId },
            header: { 'Idempotency-Key': key },
          },
          body: { reason: reason.trim() },
        }),
      );
      await refresh();
      return answer;
    });
  };
  if (submission.step === 'done' && submission.result !== null)
    return <CommandDone title={t.jury.conflictRecorded} answer={submission.result} />;
  return (
    <details className="kern-accordion conflict-form">
      <summary className="kern-accordion__header">
        <span className="kern-title">{t.jury.declareConflict}</span>
      </summary>
      <div className="kern-accordion__body">
        <form onSubmit={submit} noValidate className="stack-form">
          <ErrorSummary
            form={form}
            errors={{ reason: firstMessage(shown) }}
            labels={{ reason: t.jury.conflictReason }}
          />
          <TextField
            form={form}
            name="reason"
            label={t.jury.conflictReason}
            hint={t.jury.conflictHint}
            value={reason}
            onChange={setReason}
            error={firstMessage(shown)}
          />
          <SubmitButton
            label={t.jury.declareConflictNow}
            variant="secondary"
            busy={submission.step === 'sending'}
          />
        </form>
      </div>
    </details>
  );
}

/** These forms have one field each: whatever the service refused is said next to it. */
function firstMessage(errors: FieldErrors): string | undefined {
  return Object.values(errors).find((message) => message !== undefined);
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{value}</dd>
    </div>
  );
}
