/**
 * Goal: the board flags a request that breaks a rule the jury's decision would refuse it by (the cap per
 * project, public money for investive measures only), naming the rule, from submission until the
 * decision; a request within the rules carries no flag, and a decided one none either.
 */
import {
  appointJury,
  command,
  eventsOf,
  openFund,
  publicContribution,
  setBudget,
  submitApplication,
} from '@fund-ledger/domain/testing/fund.fixtures';
import type { FundCommand } from '@fund-ledger/domain';
import { foldProjection, requireSummary } from '../testing/fold';
import { recordEvents } from '../testing/recorded-events';
import { applicationBoardReport } from './board.query';

const ABOVE_CAP = { eligibleCosts: '30000.00', ownContribution: '18000.00', requestedGrant: '12000.00' };

function boardAfter(commands: readonly FundCommand[]) {
  const projection = foldProjection(recordEvents(eventsOf(commands)));
  return applicationBoardReport(requireSummary(projection), [...projection.applications.values()], {
    page: 1,
    pageSize: 10,
  });
}

const setup = [openFund(), setBudget(2024), publicContribution('c-1', '90000.00'), ...appointJury()];

describe('rule flags on the application board', () => {
  it('flags a request above the cap per project from its submission, with the rule and its figures', () => {
    const board = boardAfter([...setup, submitApplication('big', ABOVE_CAP), submitApplication('small')]);
    const [big, small] = board.applications;
    expect(big?.ruleFlags).toEqual([
      {
        code: 'GRANT.EXCEEDS_PROJECT_CAP',
        field: 'requestedGrant',
        message: "12000.00 EUR of public money is more than the fund's cap of 10000.00 EUR per project.",
      },
    ]);
    expect(small?.ruleFlags).toEqual([]);
  });

  it("keeps the flag while the application waits for the jury, and drops it once it leaves the jury's way", () => {
    const waiting = boardAfter([
      ...setup,
      submitApplication('big', ABOVE_CAP),
      command('DeclareApplicationEligible', { applicationId: 'big' }),
    ]);
    expect(waiting.applications[0]?.ruleFlags.map((flag) => flag.code)).toEqual([
      'GRANT.EXCEEDS_PROJECT_CAP',
    ]);
    const decided = boardAfter([
      ...setup,
      submitApplication('big', ABOVE_CAP),
      command('DeclareApplicationEligible', { applicationId: 'big' }),
      command('PutApplicationOnAgenda', {
        applicationId: 'big',
        decisionId: 'd-1',
        meetingId: 'm-1',
        meetingDate: '2024-03-01',
      }),
      command('DeferApplication', { applicationId: 'big', reason: 'Amendment asked for' }),
      command('WithdrawApplication', { applicationId: 'big', reason: 'Too large for the fund' }),
    ]);
    expect(decided.applications[0]).toMatchObject({ status: 'withdrawn', ruleFlags: [] });
  });
});
