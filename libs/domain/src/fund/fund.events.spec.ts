/** Goal: the published list of event types names every event of the union, and nothing else. */
import { FUND_EVENT_TYPES, type FundEventType } from './fund.events';

type Unlisted = Exclude<FundEventType, (typeof FUND_EVENT_TYPES)[number]>;
/** Fails to compile when an event type is missing from `FUND_EVENT_TYPES`. */
const everyTypeListed: [Unlisted] extends [never] ? true : false = true;

describe('FUND_EVENT_TYPES', () => {
  it('lists every event type exactly once', () => {
    expect(everyTypeListed).toBe(true);
    expect(new Set(FUND_EVENT_TYPES).size).toBe(FUND_EVENT_TYPES.length);
    expect(FUND_EVENT_TYPES).toHaveLength(45);
  });
});
