/** Goal: every refusal the fund can give has its German sentence, and no sentence names a code that does not exist. */
import { FundErrorCode } from '../../../../libs/domain/src/fund/fund.errors';
import { REFUSALS_DE } from './refusals.de';

describe('the German refusals', () => {
  it('cover exactly the codes of the fund', () => {
    expect(Object.keys(REFUSALS_DE).sort()).toEqual(Object.values(FundErrorCode).sort());
  });
});
