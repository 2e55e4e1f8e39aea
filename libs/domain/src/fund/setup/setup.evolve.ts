import type { FundSetupEvent } from '../fund.events';
import type { FundSettings } from '../fund.settings';
import { EMPTY_POT, type FundState } from '../fund.state';
import { assertNever } from '../shared/assert-never';
import { bookMoneyOf, withYear, yearState } from '../shared/pots';

export function evolveFundSetup(state: FundState, event: FundSetupEvent): FundState {
  switch (event.type) {
    case 'FundOpened':
      return withConfiguredFunders(
        { ...state, status: 'open', fundId: event.data.fundId, name: event.data.name, area: event.data.area },
        event.data.settings,
      );
    case 'FundSettingsChanged':
      return withConfiguredFunders(
        {
          ...state,
          settingsEffectiveDate: event.data.effectiveDate ?? state.settingsEffectiveDate,
        },
        event.data.settings,
      );
    case 'FiscalYearBudgetSet': {
      const year = yearState(state, event.data.fiscalYear);
      const figures = { ...year.figures, publicBudget: event.data.publicBudget };
      return withYear(state, { ...year, publicBudget: event.data.publicBudget, figures });
    }
    case 'FiscalYearClosed': {
      const closed = withYear(state, { ...yearState(state, event.data.fiscalYear), closed: true });
      return bookMoneyOf(closed, event);
    }
    case 'FundClosed':
      return { ...state, status: 'closed' };
    default:
      return assertNever(event);
  }
}

/** Keeps every funder ever configured, so that money booked to a funder stays visible after a settings change. */
function withConfiguredFunders(state: FundState, settings: FundSettings): FundState {
  const known = new Set(state.funders.map((funder) => funder.funderId));
  const added = settings.publicFunders
    .filter((funder) => !known.has(funder.funderId))
    .map((funder) => ({ funderId: funder.funderId, ...EMPTY_POT }));
  return { ...state, settings, funders: [...state.funders, ...added] };
}
