/** Names for the API's schemas the views use, from the generated `schema.d.ts`. */
import type { components } from './schema';

type Schemas = components['schemas'];
export type FundListItem = Schemas['FundListItemDto'];
export type FundOverview = Schemas['FundOverviewResponse'];
export type FundBalances = Schemas['FundBalancesResponse'];
export type PotBalance = Schemas['PotBalanceDto'];
export type FunderBalance = Schemas['FunderBalanceDto'];
export type FiscalYearBalance = Schemas['FiscalYearBalanceDto'];
export type BoardEntry = Schemas['BoardEntryDto'];
export type ApplicationBoard = Schemas['ApplicationBoardResponse'];
export type ApplicationStatus = BoardEntry['status'];
export type AccountBalance = Schemas['AccountBalanceDto'];
export type AccountStatement = Schemas['AccountStatementResponse'];
export type TrialBalance = Schemas['TrialBalanceResponse'];
export type AuditTrailEntry = Schemas['AuditTrailEntryDto'];
export type Verification = Schemas['VerificationResponse'];
export type FundView = Schemas['FundResponse'];
export type CommandAnswer = Schemas['FundCommandResponse'];
export type JuryMember = Schemas['JuryMemberDto'];
export type PayoutDue = Schemas['PayoutDueDto'];
export type PaymentOrders = Schemas['PaymentOrdersResponse'];
export type PaymentOnItsWay = Schemas['PaymentOnItsWayDto'];
