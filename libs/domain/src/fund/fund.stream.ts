/** The one stream that holds everything that happens to a fund (see the decision record on one stream per fund). */
export function fundStreamName(fundId: string): string {
  return `fund-${fundId}`;
}

/** The stream name prefix shared by every fund stream, for readers that filter the global log. */
export const FUND_STREAM_PREFIX = 'fund-';
