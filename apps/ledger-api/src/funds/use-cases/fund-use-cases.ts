import { acceptProofOfUse } from './accept-proof-of-use/accept-proof-of-use.use-case';
import { amendApplication } from './amend-application/amend-application.use-case';
import { appointJuryMember } from './appoint-jury-member/appoint-jury-member.use-case';
import { castVote } from './cast-vote/cast-vote.use-case';
import { certifyPayment } from './certify-payment/certify-payment.use-case';
import { changeFundSettings } from './change-fund-settings/change-fund-settings.use-case';
import { closeFiscalYear } from './close-fiscal-year/close-fiscal-year.use-case';
import { closeFund } from './close-fund/close-fund.use-case';
import { closeGrant } from './close-grant/close-grant.use-case';
import { closeVote } from './close-vote/close-vote.use-case';
import { correctVote } from './correct-vote/correct-vote.use-case';
import { declareApplicationEligible } from './declare-application-eligible/declare-application-eligible.use-case';
import { declareApplicationIneligible } from './declare-application-ineligible/declare-application-ineligible.use-case';
import { declareConflictOfInterest } from './declare-conflict-of-interest/declare-conflict-of-interest.use-case';
import { deferApplication } from './defer-application/defer-application.use-case';
import { demandUnusedMoneyInterest } from './demand-unused-money-interest/demand-unused-money-interest.use-case';
import { expireGrant } from './expire-grant/expire-grant.use-case';
import { exportPaymentOrders } from './export-payment-orders/export-payment-orders.use-case';
import { issueGrantNotice } from './issue-grant-notice/issue-grant-notice.use-case';
import { makePayout } from './make-payout/make-payout.use-case';
import { markApplicationIncomplete } from './mark-application-incomplete/mark-application-incomplete.use-case';
import { openFund } from './open-fund/open-fund.use-case';
import { orderPayment } from './order-payment/order-payment.use-case';
import { orderRepaymentDemand } from './order-repayment-demand/order-repayment-demand.use-case';
import { payAdvance } from './pay-advance/pay-advance.use-case';
import { putApplicationOnAgenda } from './put-application-on-agenda/put-application-on-agenda.use-case';
import { recordGrantPayee } from './record-grant-payee/record-grant-payee.use-case';
import { recordJuryAttendance } from './record-jury-attendance/record-jury-attendance.use-case';
import { recordJuryMeeting } from './record-jury-meeting/record-jury-meeting.use-case';
import { recordPrivateContribution } from './record-private-contribution/record-private-contribution.use-case';
import { recordPublicContribution } from './record-public-contribution/record-public-contribution.use-case';
import { recordRepayment } from './record-repayment/record-repayment.use-case';
import { rejectProofOfUse } from './reject-proof-of-use/reject-proof-of-use.use-case';
import { removeJuryMember } from './remove-jury-member/remove-jury-member.use-case';
import { revokeGrant } from './revoke-grant/revoke-grant.use-case';
import { setFiscalYearBudget } from './set-fiscal-year-budget/set-fiscal-year-budget.use-case';
import { submitApplication } from './submit-application/submit-application.use-case';
import { submitProofOfUse } from './submit-proof-of-use/submit-proof-of-use.use-case';
import { withdrawApplication } from './withdraw-application/withdraw-application.use-case';
import { withdrawPaymentOrder } from './withdraw-payment-order/withdraw-payment-order.use-case';
import type { FundUseCase } from '../use-case-runner/fund-use-case';

/**
 * Every use case of a fund, one folder each. The order is the order of their routes in the API
 * documentation.
 */
export const FUND_USE_CASES: readonly FundUseCase[] = [
  certifyPayment,
  exportPaymentOrders,
  orderPayment,
  orderRepaymentDemand,
  recordJuryMeeting,
  recordGrantPayee,
  withdrawPaymentOrder,
  acceptProofOfUse,
  amendApplication,
  appointJuryMember,
  castVote,
  changeFundSettings,
  closeFiscalYear,
  closeFund,
  closeGrant,
  closeVote,
  correctVote,
  declareApplicationEligible,
  declareApplicationIneligible,
  declareConflictOfInterest,
  deferApplication,
  expireGrant,
  issueGrantNotice,
  makePayout,
  markApplicationIncomplete,
  openFund,
  payAdvance,
  putApplicationOnAgenda,
  recordJuryAttendance,
  recordPrivateContribution,
  recordPublicContribution,
  recordRepayment,
  rejectProofOfUse,
  removeJuryMember,
  revokeGrant,
  demandUnusedMoneyInterest,
  setFiscalYearBudget,
  submitApplication,
  submitProofOfUse,
  withdrawApplication,
];
