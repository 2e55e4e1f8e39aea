/**
 * Votes and attendance are most of a fund's events: a jury of nine votes on every application. The
 * runner records them in the agenda item of the view it holds, instead of copying the item and its
 * votes for every vote as the pure reducer does. Both give the same view (the property suite compares
 * them byte for byte).
 *
 * Only what the view owns is changed: an open agenda item and its lists are created for the view and
 * never shared with an event or another document.
 */
import type { FundEvent, MemberVote } from '@fund-ledger/domain';
import type { AgendaItemView, ApplicationView } from '../board/application-view';

export type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

/** Whether the event is a vote or the attendance for the view's open agenda item, which it can record in place. */
export function recordsOnAgenda(view: ApplicationView, event: FundEvent): boolean {
  return view.agenda !== null && (event.type === 'VoteCast' || event.type === 'JuryAttendanceRecorded');
}

/** Records a vote or the attendance (see `recordsOnAgenda`) in the view's agenda item. */
export function recordOnAgenda(view: ApplicationView, event: FundEvent): ApplicationView {
  const agenda = view.agenda as Writable<AgendaItemView>;
  if (event.type === 'VoteCast') {
    (agenda.votes as MemberVote[]).push({ memberId: event.data.memberId, vote: event.data.vote });
  } else if (event.type === 'JuryAttendanceRecorded') {
    agenda.presentMemberIds = [...event.data.presentMemberIds];
  }
  (view as Writable<ApplicationView>).updatedAt = event.data.occurredAt;
  return view;
}
