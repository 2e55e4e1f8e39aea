import { Module } from '@nestjs/common';
import { AcceptProofOfUseHandler } from './commands/accept-proof-of-use/accept-proof-of-use.handler';
import { AcceptProofOfUseHttpController } from './commands/accept-proof-of-use/accept-proof-of-use.http.controller';
import { AmendApplicationHandler } from './commands/amend-application/amend-application.handler';
import { AmendApplicationHttpController } from './commands/amend-application/amend-application.http.controller';
import { AppointJuryMemberHandler } from './commands/appoint-jury-member/appoint-jury-member.handler';
import { AppointJuryMemberHttpController } from './commands/appoint-jury-member/appoint-jury-member.http.controller';
import { CastVoteHandler } from './commands/cast-vote/cast-vote.handler';
import { CastVoteHttpController } from './commands/cast-vote/cast-vote.http.controller';
import { ChangeFundSettingsHandler } from './commands/change-fund-settings/change-fund-settings.handler';
import { ChangeFundSettingsHttpController } from './commands/change-fund-settings/change-fund-settings.http.controller';
import { CloseFiscalYearHandler } from './commands/close-fiscal-year/close-fiscal-year.handler';
import { CloseFiscalYearHttpController } from './commands/close-fiscal-year/close-fiscal-year.http.controller';
import { CloseFundHandler } from './commands/close-fund/close-fund.handler';
import { CloseFundHttpController } from './commands/close-fund/close-fund.http.controller';
import { CloseGrantHandler } from './commands/close-grant/close-grant.handler';
import { CloseGrantHttpController } from './commands/close-grant/close-grant.http.controller';
import { CloseVoteHandler } from './commands/close-vote/close-vote.handler';
import { CloseVoteHttpController } from './commands/close-vote/close-vote.http.controller';
import { CorrectVoteHandler } from './commands/correct-vote/correct-vote.handler';
import { CorrectVoteHttpController } from './commands/correct-vote/correct-vote.http.controller';
import { DeclareApplicationEligibleHandler } from './commands/declare-application-eligible/declare-application-eligible.handler';
import { DeclareApplicationEligibleHttpController } from './commands/declare-application-eligible/declare-application-eligible.http.controller';
import { DeclareApplicationIneligibleHandler } from './commands/declare-application-ineligible/declare-application-ineligible.handler';
import { DeclareApplicationIneligibleHttpController } from './commands/declare-application-ineligible/declare-application-ineligible.http.controller';
import { DeclareConflictOfInterestHandler } from './commands/declare-conflict-of-interest/declare-conflict-of-interest.handler';
import { DeclareConflictOfInterestHttpController } from './commands/declare-conflict-of-interest/declare-conflict-of-interest.http.controller';
import { DeferApplicationHandler } from './commands/defer-application/defer-application.handler';
import { DeferApplicationHttpController } from './commands/defer-application/defer-application.http.controller';
import { ExpireGrantHandler } from './commands/expire-grant/expire-grant.handler';
import { ExpireGrantHttpController } from './commands/expire-grant/expire-grant.http.controller';
import { IssueGrantNoticeHandler } from './commands/issue-grant-notice/issue-grant-notice.handler';
import { IssueGrantNoticeHttpController } from './commands/issue-grant-notice/issue-grant-notice.http.controller';
import { MakePayoutHandler } from './commands/make-payout/make-payout.handler';
import { MakePayoutHttpController } from './commands/make-payout/make-payout.http.controller';
import { MarkApplicationIncompleteHandler } from './commands/mark-application-incomplete/mark-application-incomplete.handler';
import { MarkApplicationIncompleteHttpController } from './commands/mark-application-incomplete/mark-application-incomplete.http.controller';
import { OpenFundHandler } from './commands/open-fund/open-fund.handler';
import { OpenFundHttpController } from './commands/open-fund/open-fund.http.controller';
import { PayAdvanceHandler } from './commands/pay-advance/pay-advance.handler';
import { PayAdvanceHttpController } from './commands/pay-advance/pay-advance.http.controller';
import { PutApplicationOnAgendaHandler } from './commands/put-application-on-agenda/put-application-on-agenda.handler';
import { PutApplicationOnAgendaHttpController } from './commands/put-application-on-agenda/put-application-on-agenda.http.controller';
import { RecordJuryAttendanceHandler } from './commands/record-jury-attendance/record-jury-attendance.handler';
import { RecordJuryAttendanceHttpController } from './commands/record-jury-attendance/record-jury-attendance.http.controller';
import { RecordPrivateContributionHandler } from './commands/record-private-contribution/record-private-contribution.handler';
import { RecordPrivateContributionHttpController } from './commands/record-private-contribution/record-private-contribution.http.controller';
import { RecordPublicContributionHandler } from './commands/record-public-contribution/record-public-contribution.handler';
import { RecordPublicContributionHttpController } from './commands/record-public-contribution/record-public-contribution.http.controller';
import { RecordRepaymentHandler } from './commands/record-repayment/record-repayment.handler';
import { RecordRepaymentHttpController } from './commands/record-repayment/record-repayment.http.controller';
import { RejectProofOfUseHandler } from './commands/reject-proof-of-use/reject-proof-of-use.handler';
import { RejectProofOfUseHttpController } from './commands/reject-proof-of-use/reject-proof-of-use.http.controller';
import { RemoveJuryMemberHandler } from './commands/remove-jury-member/remove-jury-member.handler';
import { RemoveJuryMemberHttpController } from './commands/remove-jury-member/remove-jury-member.http.controller';
import { RevokeGrantHandler } from './commands/revoke-grant/revoke-grant.handler';
import { DemandUnusedMoneyInterestHandler } from './commands/demand-unused-money-interest/demand-unused-money-interest.handler';
import { DemandUnusedMoneyInterestHttpController } from './commands/demand-unused-money-interest/demand-unused-money-interest.http.controller';
import { RevokeGrantHttpController } from './commands/revoke-grant/revoke-grant.http.controller';
import { SetFiscalYearBudgetHandler } from './commands/set-fiscal-year-budget/set-fiscal-year-budget.handler';
import { SetFiscalYearBudgetHttpController } from './commands/set-fiscal-year-budget/set-fiscal-year-budget.http.controller';
import { SubmitApplicationHandler } from './commands/submit-application/submit-application.handler';
import { SubmitApplicationHttpController } from './commands/submit-application/submit-application.http.controller';
import { SubmitProofOfUseHandler } from './commands/submit-proof-of-use/submit-proof-of-use.handler';
import { SubmitProofOfUseHttpController } from './commands/submit-proof-of-use/submit-proof-of-use.http.controller';
import { WithdrawApplicationHandler } from './commands/withdraw-application/withdraw-application.handler';
import { WithdrawApplicationHttpController } from './commands/withdraw-application/withdraw-application.http.controller';
import { CertifyPaymentHandler } from './commands/certify-payment/certify-payment.handler';
import { CertifyPaymentHttpController } from './commands/certify-payment/certify-payment.http.controller';
import { ExportPaymentOrdersHandler } from './commands/export-payment-orders/export-payment-orders.handler';
import { ExportPaymentOrdersHttpController } from './commands/export-payment-orders/export-payment-orders.http.controller';
import { OrderPaymentHandler } from './commands/order-payment/order-payment.handler';
import { OrderPaymentHttpController } from './commands/order-payment/order-payment.http.controller';
import { RecordJuryMeetingHandler } from './commands/record-jury-meeting/record-jury-meeting.handler';
import { RecordJuryMeetingHttpController } from './commands/record-jury-meeting/record-jury-meeting.http.controller';
import { OrderRepaymentDemandHandler } from './commands/order-repayment-demand/order-repayment-demand.handler';
import { OrderRepaymentDemandHttpController } from './commands/order-repayment-demand/order-repayment-demand.http.controller';
import { RecordGrantPayeeHandler } from './commands/record-grant-payee/record-grant-payee.handler';
import { RecordGrantPayeeHttpController } from './commands/record-grant-payee/record-grant-payee.http.controller';
import { WithdrawPaymentOrderHandler } from './commands/withdraw-payment-order/withdraw-payment-order.handler';
import { WithdrawPaymentOrderHttpController } from './commands/withdraw-payment-order/withdraw-payment-order.http.controller';
import { FundCommands } from './shared/fund-commands';

const commandHandlers = [
  CertifyPaymentHandler,
  ExportPaymentOrdersHandler,
  OrderPaymentHandler,
  OrderRepaymentDemandHandler,
  RecordJuryMeetingHandler,
  RecordGrantPayeeHandler,
  WithdrawPaymentOrderHandler,
  AcceptProofOfUseHandler,
  AmendApplicationHandler,
  AppointJuryMemberHandler,
  CastVoteHandler,
  ChangeFundSettingsHandler,
  CloseFiscalYearHandler,
  CloseFundHandler,
  CloseGrantHandler,
  CloseVoteHandler,
  CorrectVoteHandler,
  DeclareApplicationEligibleHandler,
  DeclareApplicationIneligibleHandler,
  DeclareConflictOfInterestHandler,
  DeferApplicationHandler,
  ExpireGrantHandler,
  IssueGrantNoticeHandler,
  MakePayoutHandler,
  MarkApplicationIncompleteHandler,
  OpenFundHandler,
  PayAdvanceHandler,
  PutApplicationOnAgendaHandler,
  RecordJuryAttendanceHandler,
  RecordPrivateContributionHandler,
  RecordPublicContributionHandler,
  RecordRepaymentHandler,
  RejectProofOfUseHandler,
  RemoveJuryMemberHandler,
  RevokeGrantHandler,
  DemandUnusedMoneyInterestHandler,
  SetFiscalYearBudgetHandler,
  SubmitApplicationHandler,
  SubmitProofOfUseHandler,
  WithdrawApplicationHandler,
];

const controllers = [
  CertifyPaymentHttpController,
  ExportPaymentOrdersHttpController,
  OrderPaymentHttpController,
  OrderRepaymentDemandHttpController,
  RecordJuryMeetingHttpController,
  RecordGrantPayeeHttpController,
  WithdrawPaymentOrderHttpController,
  AcceptProofOfUseHttpController,
  AmendApplicationHttpController,
  AppointJuryMemberHttpController,
  CastVoteHttpController,
  ChangeFundSettingsHttpController,
  CloseFiscalYearHttpController,
  CloseFundHttpController,
  CloseGrantHttpController,
  CloseVoteHttpController,
  CorrectVoteHttpController,
  DeclareApplicationEligibleHttpController,
  DeclareApplicationIneligibleHttpController,
  DeclareConflictOfInterestHttpController,
  DeferApplicationHttpController,
  ExpireGrantHttpController,
  IssueGrantNoticeHttpController,
  MakePayoutHttpController,
  MarkApplicationIncompleteHttpController,
  OpenFundHttpController,
  PayAdvanceHttpController,
  PutApplicationOnAgendaHttpController,
  RecordJuryAttendanceHttpController,
  RecordPrivateContributionHttpController,
  RecordPublicContributionHttpController,
  RecordRepaymentHttpController,
  RejectProofOfUseHttpController,
  RemoveJuryMemberHttpController,
  RevokeGrantHttpController,
  DemandUnusedMoneyInterestHttpController,
  SetFiscalYearBudgetHttpController,
  SubmitApplicationHttpController,
  SubmitProofOfUseHttpController,
  WithdrawApplicationHttpController,
];

/**
 * The fund use cases of the HTTP service: one POST route per command of the fund's decider, each with
 * its request DTO, bus command and handler. Every handler runs its command through the service's one
 * command path (load, decide, append with the expected revision). The command bus comes from the
 * application's `CqrsModule.forRoot()`, which is global.
 */
@Module({
  controllers,
  providers: [FundCommands, ...commandHandlers],
})
export class FundsModule {}
