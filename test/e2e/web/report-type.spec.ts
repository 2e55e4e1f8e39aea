/**
 * Goal: the council's view reads the accountability report through its own type; the service's report
 * model must still fit it, or this file fails the type check (npm run lint) and the assertion below.
 */
import type { AccountabilityReport } from '@fund-ledger/reporting';
import type { CouncilReport } from '../../../apps/ledger-web/src/workspaces/council/report.types';

type Fits<Actual, Expected> = Actual extends Expected ? true : false;

describe('the report type of the web application', () => {
  it('is satisfied by the service report model', () => {
    const fits: Fits<AccountabilityReport, CouncilReport> = true;
    expect(fits).toBe(true);
  });
});
