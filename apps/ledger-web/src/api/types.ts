/**
 * The JSON the API sends, as the views use it: each `Api…` type names a schema of the generated
 * `schema.d.ts`. The prefix keeps them apart from the service's own types of the same idea (the
 * projections' `PotBalance` holds the same figures in its own form; the web application reads the JSON).
 */
import type { components } from './schema';

type Schemas = components['schemas'];
export type ApiFundBalances = Schemas['FundBalancesResponse'];
export type ApiPotBalance = Schemas['PotBalanceDto'];
export type ApiFunderBalance = Schemas['FunderBalanceDto'];
export type ApiFiscalYearBalance = Schemas['FiscalYearBalanceDto'];
export type ApiBoardEntry = Schemas['BoardEntryDto'];
export type ApiVerification = Schemas['VerificationResponse'];
export type ApiCommandAnswer = Schemas['FundCommandResponse'];
export type ApiPayoutDue = Schemas['PayoutDueDto'];
export type ApiPaymentOnItsWay = Schemas['PaymentOnItsWayDto'];
