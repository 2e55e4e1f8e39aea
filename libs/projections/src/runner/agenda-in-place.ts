/**
 * Votes and attendance are most of a fund's events: a jury of nine votes on every application. The
 * runner records them in the application view it holds, instead of copying the view, its agenda item
 * and the votes for every vote as the pure reducer does. Both give the same view (the property suite
 * compares them byte for byte); anything else about an application goes through the reducer.
 *
 * Only what the view owns is changed: the agenda item and its lists are created for the view and never
 * shared with an event or another view while the item is open.
 */
import type { FundEvent, MemberVote } from '@fund-ledger/domain';
import type { AgendaItemView, ApplicationView } from '../board/application-view';

type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

/** Records a vote or the attendance in place; false, having changed nothing, when the reducer has to fold the event. */
export function recordOnAgendaInPlace(view: ApplicationView, event: FundEvent): boolean {
  if (view.agenda === null) return false;
  const agenda = view.agenda as Writable<AgendaItemView>;
  switch (event.type) {
    case 'VoteCast':
      (agenda.votes as MemberVote[]).push({ memberId: event.data.memberId, vote: event.data.vote });
      break;
    case 'JuryAttendanceRecorded':
      agenda.presentMemberIds = [...event.data.presentMemberIds];
      break;
    default:
      return false;
  }
  (view as Writable<ApplicationView>).updatedAt = event.data.occurredAt;
  return true;
}
