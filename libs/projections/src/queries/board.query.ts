/**
 * The application board: the jury and every application in the order submitted, with the running
 * tally of an open agenda item, filtered by status and paged.
 */
import type { ApplicationStatus, MoneySplit } from '@fund-ledger/domain';
import {
  tallyOf,
  type AgendaItemView,
  type ApplicationView,
  type GrantView,
  type VoteTallyView,
} from '../board/application-view';
import type { JuryMemberView } from '../board/jury-view';
import { subtractSplits } from '../shared/amounts';
import type { FundSummary } from '../fund-projection';
import type { ProjectionPoint } from '../shared/fund-event-record';

export interface BoardAgendaItem extends AgendaItemView {
  readonly tally: VoteTallyView;
  /** Members who declared a conflict of interest about the application: they do not vote. */
  readonly recusedMemberIds: readonly string[];
}

export interface BoardGrant extends GrantView {
  /** Still to be paid: issued less paid and released. */
  readonly committed: MoneySplit;
}

export interface BoardEntry extends Omit<ApplicationView, 'agenda' | 'grant'> {
  readonly agenda: BoardAgendaItem | null;
  readonly grant: BoardGrant | null;
}

export interface BoardQuery {
  readonly status?: ApplicationStatus;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

export interface ApplicationBoardReport {
  readonly fundId: string;
  readonly lastEvent: ProjectionPoint;
  readonly jury: { readonly activeMemberCount: number; readonly members: readonly BoardMember[] };
  /** Applications per status, over the whole fund (not only this page). */
  readonly statusCounts: Readonly<Partial<Record<ApplicationStatus, number>>>;
  readonly page: number;
  readonly pageSize: number;
  /** Applications matching the filter, over all pages. */
  readonly total: number;
  readonly applications: readonly BoardEntry[];
}

/** A jury member as the board shows them: the person's account is checked, not shown. */
export type BoardMember = Omit<JuryMemberView, 'subject' | 'issuer'>;

function boardMember({ subject: _subject, issuer: _issuer, ...shown }: JuryMemberView): BoardMember {
  return shown;
}

export function compareBySubmission(a: ApplicationView, b: ApplicationView): number {
  return a.submittedPosition - b.submittedPosition;
}

export function applicationBoardReport(
  summary: FundSummary,
  applications: readonly ApplicationView[],
  query: BoardQuery,
): ApplicationBoardReport {
  const ordered = [...applications].sort(compareBySubmission);
  const statusCounts: Partial<Record<ApplicationStatus, number>> = {};
  for (const view of ordered) statusCounts[view.status] = (statusCounts[view.status] ?? 0) + 1;
  const matching =
    query.status === undefined ? ordered : ordered.filter((view) => view.status === query.status);
  const start = (query.page - 1) * query.pageSize;
  return {
    fundId: summary.fundId,
    lastEvent: summary.lastEvent,
    jury: {
      activeMemberCount: summary.jury.filter((member) => member.active).length,
      members: summary.jury.map(boardMember),
    },
    statusCounts,
    page: query.page,
    pageSize: query.pageSize,
    total: matching.length,
    applications: matching.slice(start, start + query.pageSize).map(boardEntry),
  };
}

export function boardEntry(view: ApplicationView): BoardEntry {
  const grant = view.grant === null ? null : { ...view.grant, committed: committedOfGrant(view.grant) };
  if (view.agenda === null) return { ...view, agenda: null, grant };
  const recusedMemberIds = view.conflicts.map((conflict) => conflict.memberId);
  return { ...view, agenda: { ...view.agenda, tally: tallyOf(view.agenda.votes), recusedMemberIds }, grant };
}

export function committedOfGrant(grant: GrantView): MoneySplit {
  return subtractSplits(subtractSplits(grant.issued, grant.paid), grant.released);
}
