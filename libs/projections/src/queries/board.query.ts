/**
 * The application board: the jury and every application in the order submitted, with the running
 * tally of an open agenda item, filtered by status and paged.
 */
import {
  Money,
  perProjectRuleBreaches,
  subtractSplits,
  tallyOf,
  withoutZeroFunderParts,
  type ApplicationStatus,
  type FundSettings,
  type MoneySplit,
} from '@fund-ledger/domain';
import {
  type AgendaItemView,
  type ApplicationView,
  type GrantView,
  type VoteTallyView,
} from '../board/application-view';
import type { JuryMemberView } from '../board/jury-view';
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

/** A rule of the fund the request breaks as it stands: the jury's decision would refuse it. */
export interface RuleFlag {
  readonly code: string;
  readonly field: string;
  readonly message: string;
}

export interface BoardEntry extends Omit<ApplicationView, 'agenda' | 'grant'> {
  readonly agenda: BoardAgendaItem | null;
  readonly grant: BoardGrant | null;
  /**
   * Until the jury decides: the rules the requested grant breaks under the settings in force (the cap
   * per project, public money for investive measures only), so the office can ask for an amendment
   * before the meeting. Empty once decided.
   */
  readonly ruleFlags: readonly RuleFlag[];
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
    applications: matching
      .slice(start, start + query.pageSize)
      .map((view) => boardEntry(view, summary.settings)),
  };
}

export function boardEntry(view: ApplicationView, settings: FundSettings): BoardEntry {
  const grant = view.grant === null ? null : { ...view.grant, committed: committedOfGrant(view.grant) };
  const ruleFlags = ruleFlagsOf(view, settings);
  if (view.agenda === null) return { ...view, agenda: null, grant, ruleFlags };
  const recusedMemberIds = view.conflicts.map((conflict) => conflict.memberId);
  const agenda = { ...view.agenda, tally: tallyOf(view.agenda.votes), recusedMemberIds };
  return { ...view, agenda, grant, ruleFlags };
}

const UNDECIDED: readonly ApplicationStatus[] = [
  'submitted',
  'incomplete',
  'eligible',
  'on-agenda',
  'deferred',
];

/** The domain's own rules of the decision, applied to the request: the flag and the refusal cannot disagree. */
function ruleFlagsOf(view: ApplicationView, settings: FundSettings): RuleFlag[] {
  if (settings.matchingModel !== 'per-project' || !UNDECIDED.includes(view.status)) return [];
  const requested = new Money(view.details.requestedGrant);
  return perProjectRuleBreaches(settings, view.details, requested, 'requestedGrant').map((breach) => ({
    code: breach.code,
    field: breach.field ?? 'requestedGrant',
    message: breach.message,
  }));
}

export function committedOfGrant(grant: GrantView): MoneySplit {
  return withoutZeroFunderParts(subtractSplits(subtractSplits(grant.issued, grant.paid), grant.released));
}
