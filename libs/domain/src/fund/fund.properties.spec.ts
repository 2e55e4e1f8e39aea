/**
 * Goal: across thousands of random fund histories, every accepted command leaves all invariants
 * intact, as recomputed from the events alone by an independent bookkeeping; every split sums
 * exactly; a refused command changes nothing; a repeated command id produces nothing; and folding
 * the produced events gives exactly the state the decider saw.
 */
import fc from 'fast-check';
import {
  fundHistoryArbitrary,
  fundScenarioArbitrary,
  PROTOTYPE_MEMBER_IDS,
  runFundScenario,
} from '../testing/fund.arbitraries';
import { FundInvariantChecker } from '../testing/fund.invariants';
import { fundDecider, replayFund } from './fund.decider';
import type { FundEventType } from './fund.events';

const seenEventTypes = new Map<FundEventType, number>();
const refusalCodes = new Map<string, number>();

describe('fund decider under random histories', () => {
  it('keeps every invariant after every accepted step', () => {
    fc.assert(
      fc.property(fundHistoryArbitrary({ mayCloseFund: true }), (history) => {
        const checker = new FundInvariantChecker();
        for (const outcome of history.outcomes) {
          if (outcome.events === null) {
            expect(outcome.stateAfter).toBe(outcome.stateBefore);
            const code = outcome.error?.code ?? 'unknown';
            refusalCodes.set(code, (refusalCodes.get(code) ?? 0) + 1);
            continue;
          }
          for (const event of outcome.events) {
            checker.apply(event);
            seenEventTypes.set(event.type, (seenEventTypes.get(event.type) ?? 0) + 1);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('produces nothing for a command id it has already handled', () => {
    fc.assert(
      fc.property(fundHistoryArbitrary({ maxSteps: 40 }), (history) => {
        for (const outcome of history.outcomes) {
          if (outcome.events === null || outcome.events.length === 0) continue;
          expect(fundDecider.decide(outcome.command, outcome.stateAfter)).toEqual([]);
          expect(fundDecider.decide(outcome.command, history.finalState)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('replays the produced events into exactly the state the decider saw', () => {
    fc.assert(
      fc.property(fundScenarioArbitrary({ maxSteps: 60 }), (scenario) => {
        const history = runFundScenario(scenario);
        expect(replayFund(history.envelopes)).toEqual(history.finalState);
        expect(runFundScenario(scenario).envelopes).toEqual(history.envelopes);
      }),
      { numRuns: 200 },
    );
  });

  it('treats ids named like Object.prototype members as ids: created, found, or refused as unknown', () => {
    const prototypeNamed = new Set<string>(PROTOTYPE_MEMBER_IDS);
    const namesPrototypeMember = (fields: object) =>
      Object.entries(fields).some(([field, value]) => field.endsWith('Id') && prototypeNamed.has(value));
    let created = 0;
    let refusedAsUnknown = 0;
    fc.assert(
      fc.property(fundHistoryArbitrary({ maxSteps: 80 }), (history) => {
        for (const outcome of history.outcomes) {
          if (!namesPrototypeMember(outcome.command)) continue;
          if (outcome.events !== null) created += outcome.events.length;
          else if (/NOT_FOUND|NOT_A_MEMBER/.test(outcome.error?.code ?? '')) refusedAsUnknown += 1;
        }
      }),
      { numRuns: 200 },
    );
    expect(created).toBeGreaterThan(0);
    expect(refusedAsUnknown).toBeGreaterThan(0);
  });

  it('reaches every part of the process in the random histories', () => {
    const expected: FundEventType[] = [
      'PublicContributionSplit',
      'PrivateContributionRecorded',
      'JuryVoteClosed',
      'ApplicationApproved',
      'ApplicationRejected',
      'GrantNoticeIssued',
      'AdvancePaid',
      'ProofOfUseAccepted',
      'PayoutMade',
      'GrantClosed',
      'GrantCommitmentReleased',
      'RepaymentDemanded',
      'RepaymentReceived',
      'RepaymentSettled',
      'FiscalYearClosed',
      'VoteCorrected',
      'ConflictOfInterestDeclared',
      'FundClosed',
    ];
    const missing = expected.filter((type) => !seenEventTypes.has(type));
    expect(missing).toEqual([]);
  });
});

afterAll(() => {
  if (process.env.FUND_PROPERTY_STATS) {
    process.stdout.write(
      `${JSON.stringify({ events: Object.fromEntries(seenEventTypes), refusals: Object.fromEntries(refusalCodes) }, null, 1)}\n`,
    );
  }
});
