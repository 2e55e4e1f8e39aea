/* The API of fund-ledger as TypeScript types, generated from its OpenAPI document by npm run generate:api. Do not edit. */

export interface paths {
    "/auth/development-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Development sign-in: a token for a chosen role and subject
         * @description Exists only while the service runs with its local secret (no JWT_SECRET, no JWKS_URL, NODE_ENV not production), and only for requests from this machine; otherwise 404. The token lasts 8 hours. No token needed.
         */
        post: operations["SignInHttpController_developmentToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/certified-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Certify a payment (sachlich und rechnerisch richtig)
         * @description The first of four eyes: the person of the token certifies an advance or payout of the grant to its recorded payee. The amount is held back from the grant until the payment is exported or withdrawn (PAYOUT.EXCEEDS_GRANT beyond what is left); a grant without payee is refused (PAYMENT.PAYEE_MISSING); a payout needs the accepted proof of use (PAYOUT.PROOF_REQUIRED).
         *
         *     Roles: fund-manager.
         */
        post: operations["CertifyPaymentHttpController_certify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/payment-exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export the ordered payments
         * @description Hands every ordered payment not yet exported (at most 1000) to the city’s finance system and books it as paid with both people and both dates. Each payment is exported exactly once; with none waiting the export is refused (PAYMENT.NOTHING_TO_EXPORT). Its files: GET /funds/{fundId}/payment-exports/{exportId}/files/pain.001 and …/csv.
         *
         *     Roles: treasurer.
         */
        post: operations["ExportPaymentOrdersHttpController_export"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/payments/{paymentId}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order a certified payment (Anordnung)
         * @description The second of four eyes: the person of the token orders a certified payment for the next export. Refused to the person who certified it, whatever roles they hold, while the fund keeps four eyes (PAYMENT.SAME_PERSON); an order dated before the certification is refused (PAYMENT.ORDER_BEFORE_CERTIFICATION).
         *
         *     Roles: treasurer.
         */
        post: operations["OrderPaymentHttpController_order"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/repayment-demand/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order a certified repayment demand
         * @description The second of four eyes on a repayment demand: the person of the token orders the demand that a revocation or an overpaid advance certified, and from then on the money is owed. Refused to the person who certified it, whatever roles they hold, while the fund keeps four eyes (REPAYMENT.SAME_PERSON); refused when no demand waits for its order (REPAYMENT.NO_DEMAND_CERTIFIED) and when dated before the certification (REPAYMENT.ORDER_BEFORE_CERTIFICATION).
         *
         *     Roles: treasurer.
         */
        post: operations["OrderRepaymentDemandHttpController_order"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/jury/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the minutes of a jury meeting
         * @description The fund’s office records a meeting once: who attended, the conflicts declared, and per agenda item each member’s vote, the tally of a show of hands, or the reason for deferring. Each item is decided by the fund’s quorum, recusal and majority rules, exactly as if the members had voted themselves; the minutes are refused as a whole when one item breaks a rule, with the field named (e.g. `items[1].showOfHands` for JURY.TALLY_CONTRADICTS_ATTENDANCE, `items[0].votes[2].memberId` for JURY.MEMBER_RECUSED). Only where the fund’s setting `juryVoting` is `minuted` (JURY.MEMBERS_VOTE_THEMSELVES otherwise).
         *
         *     Roles: fund-manager.
         */
        post: operations["RecordJuryMeetingHttpController_recordJuryMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/payee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the payee of a grant
         * @description Records the account holder, IBAN (checked by its check digits) and BIC the grant is paid to; a later record replaces it for payments certified afterwards. An account holder other than the applicant needs confirmedDifferentPayee (PAYEE.NOT_APPLICANT). Payee data is personal data.
         *
         *     Roles: fund-manager.
         */
        post: operations["RecordGrantPayeeHttpController_recordPayee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/payments/{paymentId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a certified or ordered payment
         * @description Takes back a certification or an order before it is exported; the money it held is free again, and its id is not used again. Refused once exported (PAYMENT.INVALID_STATE).
         *
         *     Roles: treasurer, fund-manager.
         */
        post: operations["WithdrawPaymentOrderHttpController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/proof-acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a proof of use
         * @description Accepts the submitted proof of use with the eligible costs it proves; the grant is recalculated so that public money stays within its share of the proven costs, and any reduction is released.
         *
         *     Roles: fund-manager.
         */
        post: operations["AcceptProofOfUseHttpController_acceptProofOfUse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend an application
         * @description Replaces the complete cost and financing plan of a submitted or incomplete application; the application is submitted again.
         *
         *     Roles: fund-manager.
         */
        post: operations["AmendApplicationHttpController_amendApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/jury/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appoint a jury member
         * @description Appoints a member of the jury (lokales Gremium), sitting for private actors, the administration or politics. The member id is the one a jury member's token must carry to vote.
         *
         *     Roles: fund-manager.
         */
        post: operations["AppointJuryMemberHttpController_appointJuryMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cast a vote
         * @description A jury member votes yes, no or abstain on the open decision about the application, once (JURY.ALREADY_VOTED). Only as the member named in the token (403 otherwise); refused for non-members (JURY.NOT_A_MEMBER) and recused members (JURY.MEMBER_RECUSED).
         *
         *     Roles: jury-member.
         */
        post: operations["CastVoteHttpController_castVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a fund's settings
         * @description Replaces the settings of the fund; decisions taken earlier keep the settings they were taken under. The matching model cannot change once money has moved (FUND.MATCHING_MODEL_LOCKED).
         *
         *     Roles: fund-manager.
         */
        post: operations["ChangeFundSettingsHttpController_changeFundSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/fiscal-years/{year}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a fiscal year
         * @description Seals the figures of a fiscal year that has ended; uncommitted public money carries over or lapses as the fund settings say. No body. Refused before the year has ended (FISCAL_YEAR.NOT_ENDED), without a budget (FISCAL_YEAR.NO_BUDGET) or when already closed (FISCAL_YEAR.CLOSED).
         *
         *     Roles: treasurer.
         */
        post: operations["CloseFiscalYearHttpController_closeFiscalYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a fund
         * @description Closes the fund for good. Refused while grants still hold committed money (FUND.OPEN_COMMITMENTS).
         *
         *     Roles: fund-manager.
         */
        post: operations["CloseFundHttpController_closeFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a grant
         * @description Closes the grant; money committed and not paid goes back to the money available. No body.
         *
         *     Roles: fund-manager.
         */
        post: operations["CloseGrantHttpController_closeGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/vote-closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the vote on an application
         * @description Closes the open decision: records the members present, recusals, every vote and the tally, and approves the application with the amount of the motion or rejects it. Refused without a quorum (JURY.QUORUM_NOT_REACHED) or above the requested grant (APPLICATION.APPROVAL_EXCEEDS_REQUEST).
         *
         *     Roles: fund-manager.
         */
        post: operations["CloseVoteHttpController_closeVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/vote-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a vote
         * @description A jury member corrects the vote they cast on the still open decision; votes are never edited, the correction is recorded as its own event with the reason. Only as the member named in the token (403 otherwise).
         *
         *     Roles: jury-member.
         */
        post: operations["CorrectVoteHttpController_correctVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare an application eligible
         * @description Declares a submitted application eligible for the fund; it can then be put on the jury agenda. No body.
         *
         *     Roles: fund-manager.
         */
        post: operations["DeclareApplicationEligibleHttpController_declareApplicationEligible"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/ineligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare an application ineligible
         * @description Declares a submitted application ineligible, with the reason; the application ends there.
         *
         *     Roles: fund-manager.
         */
        post: operations["DeclareApplicationIneligibleHttpController_declareApplicationIneligible"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a conflict of interest
         * @description A jury member declares a conflict of interest (Befangenheit) for an application: they are recused, do not vote and do not count for the quorum. Only as the member named in the token; naming another member is refused with 403.
         *
         *     Roles: jury-member.
         */
        post: operations["DeclareConflictOfInterestHttpController_declareConflictOfInterest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/deferral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Defer an application
         * @description Defers the open decision about the application; it can be put on a later agenda.
         *
         *     Roles: fund-manager.
         */
        post: operations["DeferApplicationHttpController_deferApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/expiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a grant expired
         * @description Records that the project was not carried out in time; the grant expires and its unpaid commitment is released.
         *
         *     Roles: fund-manager.
         */
        post: operations["ExpireGrantHttpController_expireGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a grant notice
         * @description Issues the grant notice (Zuwendungsbescheid) for an approved application: commits the money, split into public and private parts and the public part among the funders. Refused above the approval (GRANT.EXCEEDS_APPROVAL), above the per-project cap (GRANT.EXCEEDS_PROJECT_CAP), beyond the public share (FUND.PUBLIC_SHARE_EXCEEDED) or the money available (FUND.INSUFFICIENT_FUNDS).
         *
         *     Roles: fund-manager.
         */
        post: operations["IssueGrantNoticeHttpController_issueGrantNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a payout
         * @description Pays grant money to the recipient (reimbursement after the accepted proof of use). Never more than the grant still unpaid (PAYOUT.EXCEEDS_GRANT); a payout id is paid once (PAYOUT.DUPLICATE_ID); without an accepted proof refused with PAYOUT.PROOF_REQUIRED.
         *
         *     Roles: treasurer.
         */
        post: operations["MakePayoutHttpController_makePayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/incomplete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an application incomplete
         * @description Marks a submitted application incomplete, saying what is missing; an amendment submits it again.
         *
         *     Roles: fund-manager.
         */
        post: operations["MarkApplicationIncompleteHttpController_markApplicationIncomplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The funds the caller may see
         * @description Every fund there is (there was, with asOf), in order of the fund id, with name, area, status, funding source, matching model and its last event: what a fund switcher lists. A jury member sees only the funds whose jury they sit on now.
         *
         *     Amounts are decimal strings in EUR. Roles: fund-manager, treasurer, jury-member, auditor, council.
         */
        get: operations["ListFundsHttpController_list"];
        put?: never;
        /**
         * Open a fund
         * @description Opens a new fund with its settings: funding source, matching model, public funders and their shares, public share cap, per-project cap, year-end policy and jury rules. Refused when a fund with this id exists (FUND.ALREADY_OPEN) or a setting is invalid (FUND.INVALID_SETTINGS).
         *
         *     Roles: fund-manager.
         */
        post: operations["OpenFundHttpController_openFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/advances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an advance
         * @description Pays part of a grant before the proof of use; the proof later accounts for it. Never more than the grant (PAYOUT.EXCEEDS_GRANT); a payout id is paid once (PAYOUT.DUPLICATE_ID).
         *
         *     Roles: treasurer.
         */
        post: operations["PayAdvanceHttpController_payAdvance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put an application on the jury agenda
         * @description Puts an eligible (or deferred) application on the agenda of a jury meeting; this opens the decision that votes are cast in. Answers with the decision id.
         *
         *     Roles: fund-manager.
         */
        post: operations["PutApplicationOnAgendaHttpController_putApplicationOnAgenda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the members present for a decision
         * @description Records every member present for the open decision on the application (replacing an earlier record). Members present and free of conflicts count for the quorum.
         *
         *     Roles: fund-manager.
         */
        post: operations["RecordJuryAttendanceHttpController_recordJuryAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/contributions/private": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a private contribution
         * @description Records private money (businesses, property owners, associations, sponsors...) received by the fund. Only pooled funds take private contributions (CONTRIBUTION.PRIVATE_NOT_POOLED); an id is recorded once (CONTRIBUTION.DUPLICATE_ID).
         *
         *     Roles: treasurer.
         */
        post: operations["RecordPrivateContributionHttpController_recordPrivateContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/contributions/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a public contribution
         * @description Records public money received for the fund. The service splits it among the public funders by their shares, to the cent (largest remainder), and records the split as its own event. Refused beyond the fiscal year's budget (FISCAL_YEAR.BUDGET_EXCEEDED) or without one (FISCAL_YEAR.NO_BUDGET).
         *
         *     Roles: treasurer.
         */
        post: operations["RecordPublicContributionHttpController_recordPublicContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a repayment
         * @description Records money the recipient repaid on a demanded repayment; each euro returns to the pot it was paid from. Refused when nothing is owed (REPAYMENT.NOT_DUE) or above what is owed (REPAYMENT.EXCEEDS_OUTSTANDING).
         *
         *     Roles: treasurer.
         */
        post: operations["RecordRepaymentHttpController_recordRepayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/proof-rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a proof of use
         * @description Rejects the submitted proof of use with the reason; the recipient may submit a new one.
         *
         *     Roles: fund-manager.
         */
        post: operations["RejectProofOfUseHttpController_rejectProofOfUse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/jury/members/{memberId}/departure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a jury member leaves
         * @description Records that a member leaves the jury; they no longer count for quorums and cannot vote.
         *
         *     Roles: fund-manager.
         */
        post: operations["RemoveJuryMemberHttpController_removeJuryMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a grant
         * @description Revokes the grant (Widerruf) for misuse or false information: the unpaid commitment is released and the repayment principal, with interest for the given days at the given yearly rate, is demanded back (REPAYMENT.EXCEEDS_PAID when more than was paid). Where the fund keeps four eyes, the demand is only certified by the person of the token until another person orders it (POST …/repayment-demand/order).
         *
         *     Roles: fund-manager.
         */
        post: operations["RevokeGrantHttpController_revokeGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/unused-money-interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Demand interest on money not used in time
         * @description Demands interest (§ 49a (4) VwVfG) on an advance or payout whose money lay unused beyond the fund's grace (`unusedMoneyGraceMonths`, 12 by default): from the day the grace ends, or where the last such demand on the payment stopped, to the day the money was used (`usedOn`) or, while it is still unused, to the notice date; at 5 percentage points above each half-year's base rate or the notice's fixed rate, with the interest statement period by period. The demand is a repayment demand (reason `unused-money`) paid through the repayment endpoint. Refused with UNUSED_MONEY.NOTHING_OWED when the money was used within the grace, UNUSED_MONEY.ALREADY_DEMANDED when the period adds no day, PAYOUT.NOT_FOUND or PAYOUT.OF_ANOTHER_GRANT for a payment not of this grant.
         *
         *     Roles: fund-manager.
         */
        post: operations["DemandUnusedMoneyInterestHttpController_demandUnusedMoneyInterest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/budgets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a fiscal year's public budget
         * @description Sets the public budget of a fiscal year (the most public money the fund may receive for it). Refused for a closed year (FISCAL_YEAR.CLOSED) or below what was already received (FISCAL_YEAR.BUDGET_BELOW_RECEIVED).
         *
         *     Roles: treasurer.
         */
        post: operations["SetFiscalYearBudgetHttpController_setFiscalYearBudget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an application
         * @description Records an application (Projektantrag) with applicant, measure, eligible costs, own contribution and requested grant. Refused when the request exceeds the costs (APPLICATION.REQUEST_EXCEEDS_COSTS) or the id exists (APPLICATION.DUPLICATE_ID).
         *
         *     Roles: fund-manager.
         */
        post: operations["SubmitApplicationHttpController_submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/grants/{grantId}/proofs-of-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a proof of use
         * @description Records the proof of use (Verwendungsnachweis) the recipient handed in, with the costs it reports.
         *
         *     Roles: fund-manager.
         */
        post: operations["SubmitProofOfUseHttpController_submitProofOfUse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/applications/{applicationId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application
         * @description Records that the applicant withdrew the application; a granted application can be withdrawn only before any payment (APPLICATION.ALREADY_PAID), and its commitment is released.
         *
         *     Roles: fund-manager.
         */
        post: operations["WithdrawApplicationHttpController_withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a fund
         * @description The fund as its decider sees it now, folded from the fund's own stream: settings, status, fiscal years, money per pot and per public funder, the jury, applications with open decisions, and grants. Balances over time, the application board and the ledger are the read-model queries.
         *
         *     Roles: every role; a jury member only while they sit on the fund's jury as the person appointed (403 otherwise).
         */
        get: operations["GetFundHttpController_getFund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fund's overview: the figures of its first screen
         * @description The public and the private pot (received, committed, paid, available; pooled: matched and unmatched public money), the public share of the money spent against the cap and the headroom, the active jury members, the applications per status, the open agenda items and the grants awaiting payout. The same figures as the balances, matching and board queries, at the same point in time.
         *
         *     Amounts are decimal strings in EUR. Roles: treasurer, fund-manager, auditor, council.
         */
        get: operations["GetFundOverviewHttpController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/payment-exports/{exportId}/files/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file of a payment export
         * @description The SEPA credit transfer initiation (pain.001.001.09) for the city’s finance system, or the payment-order list (CSV), made again from the export’s event: the same bytes every time; downloading records nothing. Holds payees’ accounts (personal data).
         *
         *     Roles: treasurer, auditor.
         */
        get: operations["GetPaymentOrderFileHttpController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/payment-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payments waiting for their order or export, and the exports made
         * @description Certified payments waiting for the order (another person than the certifier orders them) and ordered payments waiting for the export, with their payees (personal data), and every export. The treasury and the fund office work through this list.
         *
         *     Amounts are decimal strings in EUR. Roles: treasurer, fund-manager, auditor.
         */
        get: operations["GetPaymentOrdersHttpController_paymentOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/payouts-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Grants waiting for the treasury to pay them out
         * @description Every grant whose proof of use is accepted and which still has money to pay: what was granted, what was paid, what is left, and the proof it rests on. The treasury works through this list.
         *
         *     Amounts are decimal strings in EUR. Roles: treasurer, fund-manager, auditor.
         */
        get: operations["GetPayoutsDueHttpController_payoutsDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balances per pot, public funder and fiscal year
         * @description For the public and the private pot and each public funder: received, granted, committed (granted, not yet paid), paid, released, repayments demanded and received, lapsed, and available; in the pooled model also the public money matched and not yet matched by private money. Per fiscal year: budget and money moved by pot.
         *
         *     Amounts are decimal strings in EUR. Roles: treasurer, fund-manager, auditor, council.
         */
        get: operations["GetFundBalancesHttpController_balances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/matching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Matching status: public share of money spent against the cap
         * @description The public share of the money spent against publicShareMax, and the public money that could still be spent: in the pooled model, matched public money not yet spent (at most what is available); in the per-project model, per granted project against its share of the eligible costs and the per-project cap.
         *
         *     Amounts are decimal strings in EUR. Roles: treasurer, fund-manager, auditor, council.
         */
        get: operations["GetMatchingStatusHttpController_matching"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Application board: applications, jury agenda, decisions with tallies
         * @description The jury and every application in the order submitted: status and reason, the cost and financing plan, the open agenda item with its running tally and the members recused by a conflict of interest, every decision with tally, quorum and recusals, and the grant with its money (issued, committed, paid, released, repayment). A jury member reads only the boards of funds whose jury they sit on now, as the person appointed (also for an answer as of the past); others get 403.
         *
         *     Amounts are decimal strings in EUR. Roles: treasurer, fund-manager, auditor, council, jury-member.
         */
        get: operations["GetApplicationBoardHttpController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/ledger/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * General ledger accounts with their balances
         * @description Every account of the chart of accounts that applies to the fund (accounts kept per public funder once for each funder) with its debit and credit turnover and its balance. Every event maps to balanced postings on these accounts.
         *
         *     Amounts are decimal strings in EUR. Roles: treasurer, fund-manager, auditor.
         */
        get: operations["LedgerHttpController_accounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/ledger/accounts/{accountId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statement of one account
         * @description The postings of one account in the order recorded, each with the event it comes from and the running balance, page by page; its final balance equals the account in the trial balance at the same point.
         *
         *     Amounts are decimal strings in EUR. Roles: treasurer, fund-manager, auditor.
         */
        get: operations["LedgerHttpController_statement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/ledger/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trial balance
         * @description Every account with turnover and its debit or credit balance, with the totals: debits always equal credits, so the difference is always "0.00".
         *
         *     Amounts are decimal strings in EUR. Roles: treasurer, fund-manager, auditor.
         */
        get: operations["LedgerHttpController_trialBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/audit-trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit trail: the fund's events with actor and metadata
         * @description The fund's events exactly as stored, in stream order, each with its revision, global position, data, metadata (actor, command id, correlation and causation id, recorded-at) and hashes, page by page. With asOf, only the events recorded by then.
         *
         *     Amounts are decimal strings in EUR. Roles: auditor, fund-manager.
         */
        get: operations["GetAuditTrailHttpController_auditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/reports/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accountability report of a fund for a period
         * @description Money in by source and funder, public share against the cap month by month, applications by outcome, every jury decision with its tally, quorum and recusals, grants, payouts, open commitments, revocations and repayments, and the ledger digest and global position the report was computed from. JSON (canonical), CSV, HTML (self-contained, printable) or PDF, with German (default) or English labels. The same history always gives the same JSON, CSV and HTML bytes; `ledger-cli verify-report` checks a JSON report against an export of the log.
         *
         *     Roles: council, auditor.
         */
        get: operations["AccountabilityReportHttpController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/{fundId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a fund's events with their hashes
         * @description The fund's stream, streamed. JSON Lines, one stored event per line in global position order, with stream, revision, position, type, data, metadata, prevHash and hash: exactly what `ledger-cli verify --input` and `ledger-cli verify-report` check (the rule is in docs/hash-chain.md). A fund's chain verifies on its own; checking a report's ledger digest needs the whole log (GET /ledger/export).
         *
         *     Roles: auditor.
         */
        get: operations["FundExportHttpController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the whole event log with its hashes
         * @description Every stream, streamed. JSON Lines, one stored event per line in global position order, with stream, revision, position, type, data, metadata, prevHash and hash: exactly what `ledger-cli verify --input` and `ledger-cli verify-report` check (the rule is in docs/hash-chain.md).
         *
         *     Roles: auditor.
         */
        get: operations["LedgerExportHttpController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ledger digest at a global position
         * @description A Merkle root over the head of every stream at the position; it commits to every event up to it. Compare it with the digest printed on a report or recomputed from an export.
         *
         *     Roles: auditor.
         */
        get: operations["LedgerDigestHttpController_digest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start verifying the whole log
         * @description Starts recomputing every event hash, every chain link and the ledger digest, from the first event up to `toPosition` (default: the head), in the background, and answers at once with the verification to follow. The same check as `ledger-cli verify`. A start while a verification up to the same position runs joins it; up to another position it is refused (409). The id is derived from the Idempotency-Key, so a retry names the same verification.
         *
         *     Roles: auditor.
         */
        post: operations["VerificationHttpController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/verifications/{verificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a verification
         * @description Its state (running, verified, failed, error), how far it has got, and once finished the verdict: the first broken event, or the ledger digest of the verified log. Verifications are kept by the service instance that runs them, the last 50, until it restarts.
         *
         *     Roles: auditor.
         */
        get: operations["VerificationHttpController_follow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal/accessibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The accessibility statement (Erklärung zur Barrierefreiheit)
         * @description Without a token, for the pages every visitor must be able to reach. The text is the one the operator put in LEGAL_TEXTS_DIR; until then, the template (filledIn: false).
         */
        get: operations["LegalTextsHttpController_accessibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/legal/privacy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The privacy notice (Datenschutzerklärung)
         * @description Without a token, for the pages every visitor must be able to reach. The text is the one the operator put in LEGAL_TEXTS_DIR; until then, the template (filledIn: false).
         */
        get: operations["LegalTextsHttpController_privacy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/seals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The state of the log's seals
         * @description The last seal (position, time, signature and time-stamp state), the events that follow it, and the seals still waiting for a time-stamp token. Signatures are checked with the service's key and the trusted keys configured, tokens with the configured CAs; whether the log still matches its seals is what `ledger-cli verify` checks.
         *
         *     Roles: auditor.
         */
        get: operations["SealStatusHttpController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        DevelopmentTokenRequestDto: {
            /**
             * @example treasurer
             * @enum {string}
             */
            role: "fund-manager" | "treasurer" | "jury-member" | "auditor" | "council";
            /**
             * @description Who signs in: the subject that goes into every event as the actor; a jury member signs in as the subject recorded when they were appointed
             * @example anna.kaemmerei
             */
            subject: string;
        };
        DevelopmentTokenResponse: {
            /** @description A bearer token for the Authorization header */
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * @description When the token expires
             * @example 2024-06-30T18:00:00.000Z
             */
            expiresAt: string;
        };
        CertifyPaymentRequestDto: {
            /**
             * @description Id of the payment (up to 35 letters, digits, dots, colons or dashes: it travels with the bank transfer); left out, derived from the Idempotency-Key
             * @example pianos-payout-1
             */
            paymentId?: string;
            /**
             * @description `advance` before the proof of use, `payout` after it
             * @example payout
             * @enum {string}
             */
            kind: "advance" | "payout";
            /**
             * @description Amount in EUR
             * @example 1000.00
             */
            amount: string;
            /**
             * Format: date
             * @description Business date of the certification (YYYY-MM-DD)
             * @example 2024-09-27
             */
            certifiedOn: string;
        };
        AppendedEventDto: {
            /**
             * @description Event type, past tense; stored data that never changes
             * @example PayoutMade
             */
            type: string;
            /**
             * @description The event's revision in the fund's stream (0-based)
             * @example 41
             */
            revision: number;
            /**
             * @description The event's position in the global log
             * @example 1287
             */
            position: number;
        };
        ReadModelStatusDto: {
            /**
             * @description True when the read models (balances, board, ledger) already include this command
             * @example true
             */
            caughtUp: boolean;
            /**
             * @description Global position the read models had reached when the response was sent
             * @example 1287
             */
            position: number;
        };
        FundCommandResponse: {
            /**
             * @description The fund
             * @example dortmund-city-fonds
             */
            fundId: string;
            /**
             * @description Id of the resource the command created or acted on (contribution, application, member, decision, grant, payout, repayment...)
             * @example payout-pianos-1
             */
            id: string;
            /**
             * @description Id of the command, derived from the Idempotency-Key and the token subject; recorded in every event
             * @example 5f0c2a9e-41d7-8b3c-9a6e-0d3b2f1c7e55
             */
            commandId: string;
            /** @description Events appended by this command, in order */
            events: components["schemas"]["AppendedEventDto"][];
            /**
             * @description Revision of the fund's stream after the command; null only when the stream does not exist
             * @example 41
             */
            revision: number | null;
            /**
             * @description Global position of the last event appended (or of the log head when nothing was appended)
             * @example 1287
             */
            position: number;
            /** @description Read-your-writes: whether queries already reflect this command */
            readModels?: components["schemas"]["ReadModelStatusDto"];
        };
        DebtorAccountDto: {
            /**
             * @description Account holder
             * @example Stadt Dortmund Stadtkasse
             */
            name: string;
            /**
             * @description IBAN (spaces allowed)
             * @example DE03 4405 0199 0000 1234 56
             */
            iban: string;
            /**
             * @description BIC of the bank
             * @example DORTDE33XXX
             */
            bic?: string;
        };
        ExportPaymentOrdersRequestDto: {
            /**
             * @description Id of the export (up to 20 letters, digits, dots, colons or dashes: it names the SEPA message); left out, derived from the Idempotency-Key
             * @example PO-2024-10-01
             */
            exportId?: string;
            /** @description The account the fund pays from */
            debtor: components["schemas"]["DebtorAccountDto"];
        };
        OrderPaymentRequestDto: {
            /**
             * Format: date
             * @description Business date of the order (YYYY-MM-DD)
             * @example 2024-09-30
             */
            orderedOn: string;
            /**
             * Format: date
             * @description Day the money is to leave the fund’s account; its year is the payment’s fiscal year (YYYY-MM-DD)
             * @example 2024-10-02
             */
            valueDate: string;
        };
        OrderRepaymentDemandRequestDto: {
            /**
             * Format: date
             * @description Business date of the order (YYYY-MM-DD); not before the certification
             * @example 2025-03-04
             */
            orderedOn: string;
        };
        MinutedConflictDto: {
            /**
             * @description The member who declared the conflict
             * @example member-05
             */
            memberId: string;
            /**
             * @description The application it concerns, one of the agenda items
             * @example winter-lights
             */
            applicationId: string;
            /**
             * @description Why
             * @example Board member of the applicant
             */
            reason: string;
        };
        MinutedVoteDto: {
            /**
             * @description The member who voted
             * @example member-03
             */
            memberId: string;
            /**
             * @description Their vote
             * @example yes
             * @enum {string}
             */
            vote: "yes" | "no" | "abstain";
        };
        MinutedTallyDto: {
            /**
             * @description Hands raised for the motion
             * @example 6
             */
            yes: number;
            /**
             * @description Hands raised against it
             * @example 1
             */
            no: number;
            /**
             * @description Abstentions
             * @example 0
             */
            abstain: number;
        };
        MinutedAgendaItemDto: {
            /**
             * @description The application on the agenda of this meeting
             * @example pianos-in-public-space
             */
            applicationId: string;
            /** @description Each member’s vote, as minuted */
            votes?: components["schemas"]["MinutedVoteDto"][];
            /** @description The tally of a show of hands, when the minutes record no names */
            showOfHands?: components["schemas"]["MinutedTallyDto"];
            /**
             * @description The grant the motion approves if it carries, in EUR; with votes or a show of hands
             * @example 1000.00
             */
            approvedAmount?: string;
            /**
             * @description Why the jury deferred the item, instead of a vote
             * @example The jury asks for a second quote.
             */
            deferralReason?: string;
        };
        RecordJuryMeetingRequestDto: {
            /**
             * @description The meeting the applications were put on the agenda for
             * @example meeting-2024-05
             */
            meetingId: string;
            /**
             * Format: date
             * @description The day the meeting took place (YYYY-MM-DD)
             * @example 2024-05-14
             */
            meetingDate: string;
            /**
             * @description Every member present at the meeting, each once
             * @example [
             *       "member-01",
             *       "member-02",
             *       "member-03",
             *       "member-04",
             *       "member-05",
             *       "member-06"
             *     ]
             */
            presentMemberIds: string[];
            /** @description Conflicts of interest declared at the meeting */
            conflicts: components["schemas"]["MinutedConflictDto"][];
            /** @description The agenda items in the order taken */
            items: components["schemas"]["MinutedAgendaItemDto"][];
        };
        RecordGrantPayeeRequestDto: {
            /**
             * @description Account holder
             * @example Klaviere in der City e.V.
             */
            accountHolder: string;
            /**
             * @description IBAN, checked by its check digits (spaces allowed)
             * @example DE89 3704 0044 0532 0130 00
             */
            iban: string;
            /**
             * @description BIC of the payee’s bank
             * @example COBADEFFXXX
             */
            bic?: string;
            /**
             * @description The fund office confirms an account holder other than the applicant as the payee
             * @example false
             */
            confirmedDifferentPayee?: boolean;
        };
        WithdrawPaymentOrderRequestDto: {
            /**
             * @description Why
             * @example The association gave a new account.
             */
            reason: string;
        };
        AcceptProofOfUseRequestDto: {
            /**
             * @description Eligible costs the fund accepts as proven, in EUR
             * @example 4150.00
             */
            provenEligibleCosts: string;
        };
        ApplicantDto: {
            /**
             * @description Name of the applicant
             * @example Klavierfreunde Dortmund e.V.
             */
            name: string;
            /**
             * @description Kind of applicant
             * @example association
             * @enum {string}
             */
            kind: "business" | "property-owner" | "association" | "resident" | "social-institution" | "club" | "other";
        };
        MeasureDto: {
            /**
             * @description Investive measures (furniture, lighting, planting, signage) may be paid from public money; non-investive ones only where the fund allows it
             * @example investive
             * @enum {string}
             */
            type: "investive" | "non-investive";
            /**
             * @description Finer kind of the measure
             * @example art-in-public-space
             * @enum {string}
             */
            kind: "street-furniture" | "lighting" | "planting" | "signage" | "art-in-public-space" | "event" | "marketing" | "workshop" | "other";
        };
        AmendApplicationRequestDto: {
            /** @description Who applies */
            applicant: components["schemas"]["ApplicantDto"];
            /**
             * @description Short title of the project
             * @example Pianos in public space
             */
            title: string;
            /**
             * @description What the project does and why
             * @example Three painted pianos on Westenhellweg and Alter Markt, free to play for a summer.
             */
            description: string;
            /** @description The kind of measure, which decides whether public money may pay for it */
            measure: components["schemas"]["MeasureDto"];
            /**
             * @description Total eligible costs of the project in EUR
             * @example 4200.00
             */
            eligibleCosts: string;
            /**
             * @description The applicant's own contribution (or its sponsors') in EUR
             * @example 3200.00
             */
            ownContribution: string;
            /**
             * @description Grant requested from the fund in EUR
             * @example 1000.00
             */
            requestedGrant: string;
            /**
             * @description Where in the fund area the project takes place
             * @example Westenhellweg
             */
            area: string;
        };
        AppointJuryMemberRequestDto: {
            /**
             * @description Id of the new jury member; left out, the service uses the command id derived from the Idempotency-Key
             * @example member-03
             */
            memberId?: string;
            /**
             * @description Name of the member
             * @example Dr. Aylin Yilmaz
             */
            name: string;
            /**
             * @description The group the member sits for
             * @example private-actor
             * @enum {string}
             */
            group: "private-actor" | "administration" | "politics";
            /**
             * @description The subject of the person's account (the `sub` of their tokens): only this person may vote, declare conflicts and read the board as this member. It identifies, it is not shown as a name
             * @example a.yilmaz
             */
            subject: string;
            /**
             * @description The issuer of the person's account (the `iss` of their tokens). Required when tokens come from an identity provider (JWKS_URL or JWT_ISSUER is set), and then equal to JWT_ISSUER when that is set
             * @example https://login.dortmund.example/realms/city
             */
            issuer?: string;
        };
        CastVoteRequestDto: {
            /**
             * @description The member who votes; left out, the seat the token's person was appointed to in this fund. Named, it must be that seat (403 otherwise)
             * @example member-03
             */
            memberId?: string;
            /**
             * @description The vote; abstentions count for the quorum only
             * @example yes
             * @enum {string}
             */
            vote: "yes" | "no" | "abstain";
        };
        PublicFunderDto: {
            /**
             * @description Id of the funder, unique in the fund
             * @example city-of-dortmund
             */
            funderId: string;
            /**
             * @description Name of the funder
             * @example Stadt Dortmund
             */
            name: string;
            /**
             * @description Share of every public amount this funder pays, as a decimal with at most six decimals ("0.6") or an exact fraction ("1/3"); the shares of all funders add up to exactly 1, and every amount is split among them to the cent by largest remainder
             * @example 1/3
             */
            share: string;
        };
        JuryQuorumDto: {
            /**
             * @description `more-than-half` of the current members, or a `minimum-present` count
             * @example minimum-present
             * @enum {string}
             */
            kind: "more-than-half" | "minimum-present";
            /**
             * @description Members who must be present and free of conflicts; only with `minimum-present`
             * @example 6
             */
            count?: number;
        };
        JurySettingsDto: {
            /** @description Quorum rule; default more than half of the members */
            quorum?: components["schemas"]["JuryQuorumDto"];
            /**
             * @description Majority rule; abstentions never count. Default `simple`
             * @example simple
             * @enum {string}
             */
            majority?: "simple" | "two-thirds";
        };
        FundSettingsDto: {
            /**
             * @description Where the public money comes from
             * @example municipal-budget
             * @enum {string}
             */
            fundingSource: "urban-development-funding" | "municipal-budget";
            /**
             * @description `pooled`: public money matches private contributions paid into the fund; `per-project`: the applicant brings the private part
             * @example per-project
             * @enum {string}
             */
            matchingModel: "pooled" | "per-project";
            /** @description The public funders in order (the order breaks ties when an amount is split to the cent) */
            publicFunders: components["schemas"]["PublicFunderDto"][];
            /**
             * @description Highest share of public money in money spent, above 0 and at most 1 (default "0.50")
             * @example 0.50
             */
            publicShareMax?: string;
            /**
             * @description Most public money one project may receive; null or left out for no cap
             * @example 10000.00
             */
            perProjectPublicCap?: string | null;
            /**
             * @description Public money only for investive measures; default true for urban development funding, where it must stay true
             * @example false
             */
            publicMoneyInvestiveOnly?: boolean;
            /**
             * @description What happens to uncommitted public money when a fiscal year closes (default `carry-over`)
             * @example carry-over
             * @enum {string}
             */
            yearEndPolicy?: "carry-over" | "lapse";
            /**
             * @description IANA time zone whose calendar days are the fund's business dates and its "today"; default Europe/Berlin
             * @example Europe/Berlin
             */
            timeZone?: string;
            /**
             * @description How interest on repayments counts days into years (§ 49a VwVfG statements); absent: actual/365
             * @example actual/365
             * @enum {string}
             */
            interestDayCount?: "actual/365" | "actual/360";
            /**
             * @description Whole months an advance or payout may lie unused before it bears interest (§ 49a (4) VwVfG): interest runs from the day this many months after the payment's value date; absent: 12 (from the 13th month after payout, as the state's urban-development funding rule says)
             * @example 12
             */
            unusedMoneyGraceMonths?: number;
            /** @description Quorum and majority of the jury */
            jury?: components["schemas"]["JurySettingsDto"];
            /**
             * @description Four eyes on money leaving the fund: one person certifies a payment, another orders it (default true; false lets one person do both and book payments directly)
             * @example true
             */
            fourEyesPayments?: boolean;
            /**
             * @description How the jury votes reach the ledger: `minuted` (default), the fund’s office records each meeting once (attendance, conflicts, each member’s vote or the tally of a show of hands, the decision); `members-vote`, each member votes with their own account
             * @example minuted
             * @enum {string}
             */
            juryVoting?: "minuted" | "members-vote";
        };
        ChangeFundSettingsRequestDto: {
            /** @description The complete new settings */
            settings: components["schemas"]["FundSettingsDto"];
            /**
             * Format: date
             * @description The day the new settings take effect (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-07-01
             */
            effectiveDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        CloseFundRequestDto: {
            /**
             * @description Why the fund is closed
             * @example The funding programme ended on 31 December 2027.
             */
            reason: string;
        };
        CloseVoteRequestDto: {
            /**
             * @description The grant the motion approves if it carries, in EUR; at most the requested grant
             * @example 1000.00
             */
            approvedAmount: string;
            /**
             * Format: date
             * @description The day of the meeting that took the decision (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-03-12
             */
            meetingDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        CorrectVoteRequestDto: {
            /**
             * @description The member who corrects their vote; left out, the seat the token's person was appointed to in this fund. Named, it must be that seat (403 otherwise)
             * @example member-03
             */
            memberId?: string;
            /**
             * @description The vote; abstentions count for the quorum only
             * @example yes
             * @enum {string}
             */
            vote: "yes" | "no" | "abstain";
            /**
             * @description Why the vote is corrected
             * @example I pressed the wrong button.
             */
            reason: string;
        };
        DeclareApplicationIneligibleRequestDto: {
            /**
             * @description Why the application is not eligible
             * @example The project would raise the profits of a single company.
             */
            reason: string;
        };
        DeclareConflictOfInterestRequestDto: {
            /**
             * @description The member who declares the conflict; left out, the seat the token's person was appointed to in this fund. Named, it must be that seat (403 otherwise)
             * @example member-03
             */
            memberId?: string;
            /**
             * @description Why the member is not impartial
             * @example I chair the association that applies.
             */
            reason: string;
        };
        DeferApplicationRequestDto: {
            /**
             * @description Why the jury defers the decision
             * @example The jury asks for a second quote.
             */
            reason: string;
            /**
             * Format: date
             * @description The day of the meeting that deferred the application (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-03-12
             */
            meetingDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        ExpireGrantRequestDto: {
            /**
             * @description Why the grant expired
             * @example The project was not carried out by the deadline in the grant notice.
             */
            reason: string;
        };
        IssueGrantNoticeRequestDto: {
            /**
             * @description Id of the new grant; left out, the service uses the command id derived from the Idempotency-Key
             * @example grant-pianos-2024
             */
            grantId?: string;
            /**
             * @description The approved application
             * @example pianos-in-public-space
             */
            applicationId: string;
            /**
             * @description Money the fund commits, in EUR; at most the approved amount
             * @example 1000.00
             */
            amount: string;
            /**
             * Format: date
             * @description The date of the grant notice; its year is the commitment's fiscal year (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-03-20
             */
            noticeDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        MakePayoutRequestDto: {
            /**
             * @description Id of the new payout; left out, the service uses the command id derived from the Idempotency-Key
             * @example payout-pianos-1
             */
            payoutId?: string;
            /**
             * @description Amount paid in EUR
             * @example 1000.00
             */
            amount: string;
            /**
             * Format: date
             * @description The day the money leaves the fund (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-09-30
             */
            valueDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        MarkApplicationIncompleteRequestDto: {
            /**
             * @description What is missing, in words the applicant understands
             * @example The cost plan lacks the quote for the pianos.
             */
            reason: string;
        };
        OpenFundRequestDto: {
            /**
             * @description Id of the new fund; left out, the service uses the command id derived from the Idempotency-Key
             * @example dortmund-city-fonds
             */
            fundId?: string;
            /**
             * @description Name of the fund
             * @example City-Fonds Dortmund
             */
            name: string;
            /**
             * @description The district or area the fund serves
             * @example Dortmund City
             */
            area: string;
            /** @description The rules of this fund */
            settings: components["schemas"]["FundSettingsDto"];
        };
        PayAdvanceRequestDto: {
            /**
             * @description Id of the new advance; left out, the service uses the command id derived from the Idempotency-Key
             * @example advance-winter-lighting-1
             */
            payoutId?: string;
            /**
             * @description Amount paid in EUR
             * @example 2000.00
             */
            amount: string;
            /**
             * Format: date
             * @description The day the money leaves the fund (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-04-02
             */
            valueDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        PutApplicationOnAgendaRequestDto: {
            /**
             * @description Id of the new decision (agenda item); left out, the service uses the command id derived from the Idempotency-Key
             * @example decision-2024-05-pianos
             */
            decisionId?: string;
            /**
             * @description Id of the jury meeting
             * @example jury-2024-05
             */
            meetingId: string;
            /**
             * Format: date
             * @description Day of the meeting (YYYY-MM-DD)
             * @example 2024-05-14
             */
            meetingDate: string;
        };
        RecordJuryAttendanceRequestDto: {
            /**
             * @description Every member present, each once
             * @example [
             *       "member-01",
             *       "member-02",
             *       "member-03",
             *       "member-04",
             *       "member-05",
             *       "member-06",
             *       "member-07"
             *     ]
             */
            presentMemberIds: string[];
        };
        ContributorDto: {
            /**
             * @description Name of the contributor
             * @example ISG Westenhellweg e.V.
             */
            name: string;
            /**
             * @description Kind of contributor
             * @example business-improvement-district
             * @enum {string}
             */
            kind: "business" | "property-owner" | "business-improvement-district" | "association" | "resident" | "sponsor" | "other";
        };
        RecordPrivateContributionRequestDto: {
            /**
             * @description Id of the new contribution; left out, the service uses the command id derived from the Idempotency-Key
             * @example isg-westenhellweg-2024-q1
             */
            contributionId?: string;
            /** @description Who paid */
            contributor: components["schemas"]["ContributorDto"];
            /**
             * @description Amount received in EUR
             * @example 5000.00
             */
            amount: string;
            /**
             * @description Bank or booking reference
             * @example Kontoauszug 2024/031
             */
            reference: string;
            /**
             * Format: date
             * @description The bank's value date of the money (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-02-01
             */
            valueDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        RecordPublicContributionRequestDto: {
            /**
             * @description Id of the new contribution; left out, the service uses the command id derived from the Idempotency-Key
             * @example city-budget-2024-1
             */
            contributionId?: string;
            /**
             * @description Amount received in EUR
             * @example 45000.00
             */
            amount: string;
            /**
             * @description Bank or booking reference
             * @example HH 2024 Produkt 15.01
             */
            reference: string;
            /**
             * Format: date
             * @description The bank's value date of the money (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-01-15
             */
            valueDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        RecordRepaymentRequestDto: {
            /**
             * @description Id of the new repayment; left out, the service uses the command id derived from the Idempotency-Key
             * @example repayment-light-banner-1
             */
            repaymentId?: string;
            /**
             * @description Amount repaid in EUR
             * @example 1316.78
             */
            amount: string;
            /**
             * Format: date
             * @description The bank's value date of the repayment (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-12-02
             */
            valueDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        RejectProofOfUseRequestDto: {
            /**
             * @description Why the proof is not accepted
             * @example The invoices do not name the project.
             */
            reason: string;
        };
        RemoveJuryMemberRequestDto: {
            /**
             * @description Why the member leaves
             * @example Moved away from Dortmund.
             */
            reason: string;
        };
        RevokeGrantRequestDto: {
            /**
             * @description Why the grant is revoked
             * @example The light banner was never put up.
             */
            reason: string;
            /**
             * @description Part of the money paid out that must be repaid, in EUR; at most what was paid
             * @example 1300.00
             */
            repaymentPrincipal: string;
            /**
             * @description A fixed yearly rate in percent the notice names; without it the amount bears interest at 5 percentage points above the base rate of each half-year (§ 49a VwVfG)
             * @example 6
             */
            fixedInterestRatePercentPerYear?: string;
            /**
             * Format: date
             * @description The day the grant became void (YYYY-MM-DD), from which the amount bears interest; left out: the notice date. Never after the notice; it may lie in a closed fiscal year.
             * @example 2024-09-01
             */
            voidFrom?: string;
            /**
             * Format: date
             * @description The date of the revocation notice, which is also the repayment demand's (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-11-04
             */
            noticeDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        DemandUnusedMoneyInterestRequestDto: {
            /**
             * @description Id of the advance or payout of this grant whose money lay unused
             * @example advance-winter-lighting-1
             */
            payoutId: string;
            /**
             * @description The part of the payment that lay unused, in EUR; left out: the whole payment
             * @example 1500.00
             */
            unusedAmount?: string;
            /**
             * Format: date
             * @description The day the money was used for its purpose (YYYY-MM-DD), to which interest runs; left out while it is still unused, and interest runs to the notice date. Not before the payment, not after the notice; it may lie in a closed fiscal year.
             * @example 2025-05-01
             */
            usedOn?: string;
            /**
             * @description A fixed yearly rate in percent the notice names; without it the money bears interest at 5 percentage points above the base rate of each half-year (§ 49a VwVfG)
             * @example 6
             */
            fixedInterestRatePercentPerYear?: string;
            /**
             * Format: date
             * @description The date of the notice demanding the interest (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2025-06-02
             */
            noticeDate?: string;
        };
        SetFiscalYearBudgetRequestDto: {
            /**
             * @description Public money the fund may receive in this fiscal year, in EUR
             * @example 90000.00
             */
            publicBudget: string;
        };
        SubmitApplicationRequestDto: {
            /** @description Who applies */
            applicant: components["schemas"]["ApplicantDto"];
            /**
             * @description Short title of the project
             * @example Pianos in public space
             */
            title: string;
            /**
             * @description What the project does and why
             * @example Three painted pianos on Westenhellweg and Alter Markt, free to play for a summer.
             */
            description: string;
            /** @description The kind of measure, which decides whether public money may pay for it */
            measure: components["schemas"]["MeasureDto"];
            /**
             * @description Total eligible costs of the project in EUR
             * @example 4200.00
             */
            eligibleCosts: string;
            /**
             * @description The applicant's own contribution (or its sponsors') in EUR
             * @example 3200.00
             */
            ownContribution: string;
            /**
             * @description Grant requested from the fund in EUR
             * @example 1000.00
             */
            requestedGrant: string;
            /**
             * @description Where in the fund area the project takes place
             * @example Westenhellweg
             */
            area: string;
            /**
             * @description Id of the new application; left out, the service uses the command id derived from the Idempotency-Key
             * @example pianos-in-public-space
             */
            applicationId?: string;
        };
        SubmitProofOfUseRequestDto: {
            /**
             * @description Costs the recipient reports as spent, in EUR
             * @example 4150.00
             */
            reportedCosts: string;
            /**
             * @description Reference of the proof document
             * @example VN-2024-017
             */
            reference: string;
            /**
             * Format: date
             * @description The day the proof of use was received (YYYY-MM-DD, in the fund's time zone); left out: today. Not in the future, not in a closed fiscal year (BUSINESS_DATE.IN_FUTURE, FISCAL_YEAR.CLOSED), not before the date of what it follows (BUSINESS_DATE.BEFORE_PREVIOUS).
             * @example 2024-09-15
             */
            receivedDate?: string;
            /**
             * @description For a late entry whose own date lies in a closed fiscal year, booked in an open year instead: what it corrects, e.g. the statement and the original date
             * @example Kontoauszug 47, Zahlung vom 30.12.2025
             */
            corrects?: string;
        };
        WithdrawApplicationRequestDto: {
            /**
             * @description Why the applicant withdrew
             * @example The association found another sponsor.
             */
            reason: string;
        };
        FundFiscalYearDto: {
            /** @example 2024 */
            fiscalYear: number;
            /**
             * @description Public budget of the year; null when none was set
             * @example 90000.00
             */
            publicBudget: string | null;
            /**
             * @description True once the year is closed and its figures sealed
             * @example false
             */
            closed: boolean;
            /**
             * @description Money moved during the year, by pot
             * @example {
             *       "publicReceived": "90000.00"
             *     }
             */
            figures: Record<string, never>;
        };
        FundPotDto: {
            /**
             * @description Money received
             * @example 90000.00
             */
            received: string;
            /**
             * @description Granted and not yet paid or released
             * @example 12400.00
             */
            committed: string;
            /**
             * @description Paid out
             * @example 8300.00
             */
            paid: string;
            /**
             * @description Repaid by recipients
             * @example 0.00
             */
            refunded: string;
            /**
             * @description Public money given up when a year closed under the lapse policy
             * @example 0.00
             */
            lapsed: string;
        };
        FundFunderDto: {
            /**
             * @description Money received
             * @example 90000.00
             */
            received: string;
            /**
             * @description Granted and not yet paid or released
             * @example 12400.00
             */
            committed: string;
            /**
             * @description Paid out
             * @example 8300.00
             */
            paid: string;
            /**
             * @description Repaid by recipients
             * @example 0.00
             */
            refunded: string;
            /**
             * @description Public money given up when a year closed under the lapse policy
             * @example 0.00
             */
            lapsed: string;
            /**
             * @description The public funder
             * @example city-of-dortmund
             */
            funderId: string;
        };
        FundJuryMemberDto: {
            /** @example member-03 */
            memberId: string;
            /** @example Dr. Aylin Yilmaz */
            name: string;
            /**
             * @example private-actor
             * @enum {string}
             */
            group: "private-actor" | "administration" | "politics";
            /**
             * @description False once the member has left
             * @example true
             */
            active: boolean;
        };
        /**
         * @description The status on the board: after the grant notice, from the grant and its money
         * @enum {string}
         */
        ApplicationStatus: "submitted" | "incomplete" | "eligible" | "ineligible" | "on-agenda" | "deferred" | "approved" | "rejected" | "granted" | "paid-in-part" | "paid" | "closed" | "expired" | "revoked" | "repayment-due" | "settled" | "withdrawn";
        FundApplicationDto: {
            /** @example pianos-in-public-space */
            applicationId: string;
            /**
             * @description The status on the board: after the grant notice, from the grant and its money
             * @example approved
             */
            status: components["schemas"]["ApplicationStatus"];
            /** @example Pianos in public space */
            title: string;
            /**
             * @example {
             *       "name": "Klavierfreunde Dortmund e.V.",
             *       "kind": "association"
             *     }
             */
            applicant: Record<string, never>;
            /**
             * @example {
             *       "type": "investive",
             *       "kind": "art-in-public-space"
             *     }
             */
            measure: Record<string, never>;
            /** @example 4200.00 */
            eligibleCosts: string;
            /** @example 3200.00 */
            ownContribution: string;
            /** @example 1000.00 */
            requestedGrant: string;
            /** @example 1000.00 */
            approvedAmount: string | null;
            /** @example grant-pianos-2024 */
            grantId: string | null;
            /**
             * @description Members who declared a conflict of interest
             * @example [
             *       "member-07"
             *     ]
             */
            recusedMemberIds: string[];
            /**
             * @description The decision on the agenda, with the members present and the votes so far; null when none is open
             * @example {
             *       "decisionId": "decision-2024-05-pianos",
             *       "meetingId": "jury-2024-05",
             *       "meetingDate": "2024-05-14",
             *       "presentMemberIds": [
             *         "member-01",
             *         "member-02"
             *       ],
             *       "votes": [
             *         {
             *           "memberId": "member-01",
             *           "vote": "yes"
             *         }
             *       ]
             *     }
             */
            openDecision: Record<string, never> | null;
        };
        FundGrantDto: {
            /** @example grant-pianos-2024 */
            grantId: string;
            /** @example pianos-in-public-space */
            applicationId: string;
            /**
             * @description The application's title
             * @example Pianos in public space
             */
            title: string;
            /**
             * @description The applicant's name
             * @example Klavierfreunde Dortmund e.V.
             */
            applicant: string;
            /**
             * @example committed
             * @enum {string}
             */
            status: "committed" | "proof-submitted" | "proof-accepted" | "closed" | "expired" | "revoked" | "withdrawn";
            /** @example 2024 */
            fiscalYear: number;
            /**
             * @description The grant as it stands, split into public and private parts and the public part among funders
             * @example {
             *       "amount": "1000.00",
             *       "publicPart": "1000.00",
             *       "privatePart": "0.00",
             *       "publicFunderParts": [
             *         {
             *           "funderId": "city-of-dortmund",
             *           "amount": "1000.00"
             *         }
             *       ]
             *     }
             */
            granted: Record<string, never>;
            /**
             * @description Advances and payouts so far, split like the grant
             * @example {
             *       "amount": "0.00"
             *     }
             */
            paid: Record<string, never>;
            /**
             * @description What is owed after a revocation; null when nothing was demanded
             * @example null
             */
            repayment: Record<string, never> | null;
        };
        FundResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            /** @example City-Fonds Dortmund */
            name: string;
            /** @example Dortmund City */
            area: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "closed";
            /** @description The settings in force, with defaults filled in */
            settings: components["schemas"]["FundSettingsDto"];
            fiscalYears: components["schemas"]["FundFiscalYearDto"][];
            /** @description The public pot */
            publicPot: components["schemas"]["FundPotDto"];
            /** @description The private pot */
            privatePot: components["schemas"]["FundPotDto"];
            /** @description The public pot per funder */
            funders: components["schemas"]["FundFunderDto"][];
            juryMembers: components["schemas"]["FundJuryMemberDto"][];
            applications: components["schemas"]["FundApplicationDto"][];
            grants: components["schemas"]["FundGrantDto"][];
            /**
             * @description Revision of the fund's stream this view was folded to
             * @example 41
             */
            revision: number;
            /**
             * @description Global position of the last event folded
             * @example 1287
             */
            position: number;
        };
        ProjectionPointDto: {
            /**
             * @description Global position of the fund's last event included
             * @example 1287
             */
            position: number;
            /**
             * @description Revision of that event in the fund's stream
             * @example 341
             */
            revision: number;
            /**
             * @description When that event was recorded
             * @example 2024-06-28T14:02:11Z
             */
            recordedAt: string;
        };
        FundListItemDto: {
            /** @example dortmund-city-fonds */
            fundId: string;
            /** @example City-Fonds Dortmund */
            name: string;
            /** @example Dortmund city centre */
            area: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "closed";
            /**
             * @example municipal-budget
             * @enum {string}
             */
            fundingSource: "urban-development-funding" | "municipal-budget";
            /**
             * @example per-project
             * @enum {string}
             */
            matchingModel: "pooled" | "per-project";
            /**
             * @description When the fund was opened
             * @example 2024-01-10T09:00:00.000Z
             */
            openedAt: string;
            /** @description When the fund was closed; null while open */
            closedAt: string | null;
            /** @description The fund's last event included in the answer */
            lastEvent: components["schemas"]["ProjectionPointDto"];
        };
        AnswerPointDto: {
            /**
             * @description The asOf the request asked for; null for an answer from the current read models
             * @example 2024-06-30T23:59:59Z
             */
            requested: string | null;
            /**
             * @description The effectiveOn the request asked for (a business date, YYYY-MM-DD); null without one
             * @example 2024-12-31
             */
            effectiveOn: string | null;
            /**
             * @description Global position the answer includes events up to: the read models' checkpoint for a current answer, the requested position, or for an instant the position of the fund's last event recorded by then
             * @example 1287
             */
            position: number;
        };
        FundListResponse: {
            /** @description The funds the caller may see, in order of their id */
            funds: components["schemas"]["FundListItemDto"][];
            asOf: components["schemas"]["AnswerPointDto"];
        };
        PotBalanceDto: {
            /**
             * @description Money received
             * @example 90000.00
             */
            received: string;
            /**
             * @description Committed by grant notices, in total
             * @example 24000.00
             */
            granted: string;
            /**
             * @description Granted and not yet paid or released: the open commitments
             * @example 9500.00
             */
            committed: string;
            /**
             * @description Advances and payouts made
             * @example 13500.00
             */
            paid: string;
            /**
             * @description Commitments given back (recalculation, close, withdrawal, expiry, revocation)
             * @example 1000.00
             */
            released: string;
            /**
             * @description Repayments demanded from recipients, interest included
             * @example 520.00
             */
            repaymentDemanded: string;
            /**
             * @description Repayments received
             * @example 260.00
             */
            refunded: string;
            /**
             * @description Repayments demanded and not yet received
             * @example 260.00
             */
            repaymentOutstanding: string;
            /**
             * @description Public money that lapsed when a fiscal year closed
             * @example 0.00
             */
            lapsed: string;
            /**
             * @description What new grants can use: received + refunded - lapsed - committed - paid
             * @example 67260.00
             */
            available: string;
            /**
             * @description Pooled model, public money only: matched by private money received; null otherwise
             * @example 45000.00
             */
            matched: string | null;
            /**
             * @description Pooled model, public money only: received (less lapsed) and not matched; null otherwise
             * @example 45000.00
             */
            unmatched: string | null;
        };
        OverviewMatchingDto: {
            /**
             * @description Public money over all money spent, four decimals; null while nothing is spent
             * @example 0.4800
             */
            publicShare: string | null;
            /**
             * @description Whether the public share is within publicShareMax
             * @example true
             */
            withinCap: boolean;
            /**
             * @description Public money that could still be spent within the rules
             * @example 12000.00
             */
            headroom: string;
        };
        StatusCountDto: {
            /** @example on-agenda */
            status: components["schemas"]["ApplicationStatus"];
            /** @example 3 */
            count: number;
        };
        FundOverviewResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            /** @example City-Fonds Dortmund */
            name: string;
            /** @example Dortmund city centre */
            area: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "closed";
            /** @example 2024-01-10T09:00:00.000Z */
            openedAt: string;
            closedAt: string | null;
            /**
             * @example municipal-budget
             * @enum {string}
             */
            fundingSource: "urban-development-funding" | "municipal-budget";
            /**
             * @example per-project
             * @enum {string}
             */
            matchingModel: "pooled" | "per-project";
            /** @example 0.50 */
            publicShareMax: string;
            lastEvent: components["schemas"]["ProjectionPointDto"];
            /** @description The public pot */
            public: components["schemas"]["PotBalanceDto"];
            /** @description The private pot */
            private: components["schemas"]["PotBalanceDto"];
            matching: components["schemas"]["OverviewMatchingDto"];
            /** @example 11 */
            activeJuryMemberCount: number;
            /** @description Applications per status in the order of the process; statuses without applications are left out */
            applications: components["schemas"]["StatusCountDto"][];
            /**
             * @description Applications on a jury agenda whose vote is open
             * @example 2
             */
            openAgendaItemCount: number;
            /**
             * @description Grants whose proof of use is accepted and which still have money to pay out
             * @example 1
             */
            grantsAwaitingPayoutCount: number;
            asOf: components["schemas"]["AnswerPointDto"];
        };
        PayeeDto: {
            /** @example Klaviere in der City e.V. */
            accountHolder: string;
            /** @example DE89370400440532013000 */
            iban: string;
            /** @example COBADEFFXXX */
            bic: string | null;
        };
        PersonDto: {
            /**
             * @description Subject of the person’s account
             * @example m.schulz
             */
            subject: string;
            /** @description Issuer of the account, for accounts of an identity provider */
            issuer?: string;
        };
        PaymentOrderStepDto: {
            orderedBy: components["schemas"]["PersonDto"];
            /**
             * Format: date
             * @example 2024-09-30
             */
            orderedOn: string;
            /**
             * Format: date
             * @example 2024-10-02
             */
            valueDate: string;
        };
        PaymentOnItsWayDto: {
            /** @example pianos-payout-1 */
            paymentId: string;
            /** @example grant-pianos */
            grantId: string;
            /** @example pianos */
            applicationId: string;
            /**
             * @example payout
             * @enum {string}
             */
            kind: "advance" | "payout";
            /** @example 1000.00 */
            amount: string;
            payee: components["schemas"]["PayeeDto"];
            certifiedBy: components["schemas"]["PersonDto"];
            /**
             * Format: date
             * @example 2024-09-27
             */
            certifiedOn: string;
            /** @description The order; null while the payment waits for it */
            order: components["schemas"]["PaymentOrderStepDto"] | null;
        };
        PaymentExportDto: {
            /** @example PO-2024-10-01 */
            exportId: string;
            /**
             * @description When the export was recorded
             * @example 2024-10-01T08:30:00Z
             */
            exportedAt: string;
            /** @example 3 */
            paymentCount: number;
            /** @example 8400.00 */
            total: string;
        };
        PaymentOrdersResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            lastEvent: components["schemas"]["ProjectionPointDto"];
            /** @description Certified payments waiting for their order, and ordered ones waiting for the export, in the order they were certified */
            onTheirWay: components["schemas"]["PaymentOnItsWayDto"][];
            /** @description Every export, oldest first */
            exports: components["schemas"]["PaymentExportDto"][];
            asOf: components["schemas"]["AnswerPointDto"];
        };
        PayoutDueDto: {
            /** @example flower-boxes */
            applicationId: string;
            /** @example grant-flower-boxes */
            grantId: string;
            /** @example Flower boxes on Kampstraße */
            title: string;
            /** @example Kampstraße traders */
            applicant: string;
            /**
             * @description What the grant notice committed
             * @example 2500.00
             */
            issued: string;
            /**
             * @description Advances and payouts made
             * @example 0.00
             */
            paid: string;
            /**
             * @description Still to be paid: issued less paid and released
             * @example 2500.00
             */
            toPay: string;
            /**
             * @description Eligible costs the accepted proof of use showed
             * @example 5000.00
             */
            provenEligibleCosts: string | null;
            /**
             * @description Reference of the proof of use
             * @example VN-017
             */
            proofReference: string | null;
        };
        PayoutsDueResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            lastEvent: components["schemas"]["ProjectionPointDto"];
            /** @description Grants whose proof of use is accepted and which still have money to pay, in the order their applications arrived */
            payouts: components["schemas"]["PayoutDueDto"][];
            asOf: components["schemas"]["AnswerPointDto"];
        };
        FunderBalanceDto: {
            /**
             * @description Money received
             * @example 90000.00
             */
            received: string;
            /**
             * @description Committed by grant notices, in total
             * @example 24000.00
             */
            granted: string;
            /**
             * @description Granted and not yet paid or released: the open commitments
             * @example 9500.00
             */
            committed: string;
            /**
             * @description Advances and payouts made
             * @example 13500.00
             */
            paid: string;
            /**
             * @description Commitments given back (recalculation, close, withdrawal, expiry, revocation)
             * @example 1000.00
             */
            released: string;
            /**
             * @description Repayments demanded from recipients, interest included
             * @example 520.00
             */
            repaymentDemanded: string;
            /**
             * @description Repayments received
             * @example 260.00
             */
            refunded: string;
            /**
             * @description Repayments demanded and not yet received
             * @example 260.00
             */
            repaymentOutstanding: string;
            /**
             * @description Public money that lapsed when a fiscal year closed
             * @example 0.00
             */
            lapsed: string;
            /**
             * @description What new grants can use: received + refunded - lapsed - committed - paid
             * @example 67260.00
             */
            available: string;
            /**
             * @description Pooled model, public money only: matched by private money received; null otherwise
             * @example 45000.00
             */
            matched: string | null;
            /**
             * @description Pooled model, public money only: received (less lapsed) and not matched; null otherwise
             * @example 45000.00
             */
            unmatched: string | null;
            /** @example city */
            funderId: string;
            /** @example City of Dortmund */
            name: string;
            /**
             * @description The funder's share in the current settings; null for a funder no longer configured
             * @example 0.6
             */
            share: string | null;
        };
        FiscalYearClosingDto: {
            /** @example 12000.00 */
            publicCarriedOver: string;
            /** @example 3000.00 */
            privateCarriedOver: string;
            /** @example 0.00 */
            publicLapsed: string;
        };
        FiscalYearBalanceDto: {
            /** @example 2024 */
            fiscalYear: number;
            /**
             * @description Whether a public budget was set for the year
             * @example true
             */
            budgetSet: boolean;
            /**
             * @description Whether the year is closed and its figures sealed
             * @example false
             */
            closed: boolean;
            /** @example 90000.00 */
            publicBudget: string;
            /** @example 90000.00 */
            publicReceived: string;
            /** @example 30000.00 */
            privateReceived: string;
            /**
             * @description Public money committed by grant notices in the year
             * @example 24000.00
             */
            publicCommitted: string;
            /** @example 0.00 */
            privateCommitted: string;
            /** @example 1000.00 */
            publicReleased: string;
            /** @example 0.00 */
            privateReleased: string;
            /** @example 13500.00 */
            publicPaid: string;
            /** @example 0.00 */
            privatePaid: string;
            /** @example 260.00 */
            publicRefunded: string;
            /** @example 0.00 */
            privateRefunded: string;
            /** @description Carry-over and lapse when the year was closed; null while it is open */
            closing: components["schemas"]["FiscalYearClosingDto"] | null;
        };
        FundBalancesResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            /** @example City-Fonds Dortmund */
            name: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "closed";
            /**
             * @example per-project
             * @enum {string}
             */
            matchingModel: "pooled" | "per-project";
            /** @example 0.50 */
            publicShareMax: string;
            lastEvent: components["schemas"]["ProjectionPointDto"];
            /** @description The public pot */
            public: components["schemas"]["PotBalanceDto"];
            /** @description The private pot */
            private: components["schemas"]["PotBalanceDto"];
            /** @description Each public funder ever configured, in the order configured */
            funders: components["schemas"]["FunderBalanceDto"][];
            /** @description Money moved per fiscal year, by pot */
            fiscalYears: components["schemas"]["FiscalYearBalanceDto"][];
            asOf: components["schemas"]["AnswerPointDto"];
        };
        MoneySpentDto: {
            /** @example 13000.00 */
            public: string;
            /** @example 13400.00 */
            private: string;
            /** @example 26400.00 */
            total: string;
        };
        PooledMatchingDto: {
            /** @example 30000.00 */
            privateReceived: string;
            /**
             * @description Public money received, less what lapsed
             * @example 45000.00
             */
            publicReceived: string;
            /**
             * @description Public money matched by private money received
             * @example 30000.00
             */
            matched: string;
            /**
             * @description Public money waiting for private money
             * @example 15000.00
             */
            unmatched: string;
            /** @example 13000.00 */
            publicSpent: string;
            /** @example 32000.00 */
            publicAvailable: string;
        };
        ProjectMatchingDto: {
            /** @example pianos-in-public-space */
            applicationId: string;
            /** @example grant-pianos-2024 */
            grantId: string;
            /** @example Pianos in public space */
            title: string;
            /**
             * @description Eligible costs, or the proven eligible costs once the proof of use was accepted
             * @example 4200.00
             */
            eligibleCosts: string;
            /** @example 3200.00 */
            ownContribution: string;
            /** @example 1000.00 */
            publicSpent: string;
            /**
             * @description Public over eligible costs, four decimals
             * @example 0.2381
             */
            publicShare: string | null;
            /**
             * @description The most public money the project may take
             * @example 2100.00
             */
            publicLimit: string;
            /** @example 1100.00 */
            headroom: string;
            /** @example true */
            withinCap: boolean;
        };
        MatchingStatusResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            /**
             * @example pooled
             * @enum {string}
             */
            matchingModel: "pooled" | "per-project";
            /** @example 0.50 */
            publicShareMax: string;
            /** @example 10000.00 */
            perProjectPublicCap: string | null;
            lastEvent: components["schemas"]["ProjectionPointDto"];
            /** @description Money spent (granted and not given back: open commitments plus payments, less repayments received) */
            spent: components["schemas"]["MoneySpentDto"];
            /**
             * @description Public over total money spent, four decimals; null while nothing is spent
             * @example 0.4924
             */
            publicShare: string | null;
            /**
             * @description Whether public money spent is within publicShareMax
             * @example true
             */
            withinCap: boolean;
            /**
             * @description Public money that could still be spent within the rules
             * @example 17000.00
             */
            headroom: string;
            /** @description Pooled model only; null otherwise */
            pooled: components["schemas"]["PooledMatchingDto"] | null;
            /** @description Per-project model: each granted project; empty otherwise */
            projects: components["schemas"]["ProjectMatchingDto"][];
            asOf: components["schemas"]["AnswerPointDto"];
        };
        JuryMemberDto: {
            /** @example member-01 */
            memberId: string;
            /** @example Dr. Aylin Yilmaz */
            name: string;
            /**
             * @example private-actor
             * @enum {string}
             */
            group: "private-actor" | "administration" | "politics";
            /** @example true */
            active: boolean;
            /** @example 2024-01-10T09:00:00Z */
            appointedAt: string;
            /** @example null */
            leftAt: string | null;
        };
        JuryDto: {
            /** @example 7 */
            activeMemberCount: number;
            /** @description Every member ever appointed, in order of appointment */
            members: components["schemas"]["JuryMemberDto"][];
        };
        ApplicantResponseDto: {
            /** @example Klavierfreunde Dortmund e.V. */
            name: string;
            /**
             * @example association
             * @enum {string}
             */
            kind: "business" | "property-owner" | "association" | "resident" | "social-institution" | "club" | "other";
        };
        MeasureResponseDto: {
            /**
             * @example investive
             * @enum {string}
             */
            type: "investive" | "non-investive";
            /**
             * @example art-in-public-space
             * @enum {string}
             */
            kind: "street-furniture" | "lighting" | "planting" | "signage" | "art-in-public-space" | "event" | "marketing" | "workshop" | "other";
        };
        ApplicationDetailsResponseDto: {
            applicant: components["schemas"]["ApplicantResponseDto"];
            /** @example Pianos in public space */
            title: string;
            /** @example Three painted pianos in the pedestrian zone for a summer. */
            description: string;
            measure: components["schemas"]["MeasureResponseDto"];
            /** @example 4200.00 */
            eligibleCosts: string;
            /** @example 3200.00 */
            ownContribution: string;
            /** @example 1000.00 */
            requestedGrant: string;
            /** @example Westenhellweg */
            area: string;
        };
        MemberVoteDto: {
            /** @example member-01 */
            memberId: string;
            /**
             * @example yes
             * @enum {string}
             */
            vote: "yes" | "no" | "abstain";
        };
        VoteTallyDto: {
            /** @example 5 */
            yes: number;
            /** @example 1 */
            no: number;
            /** @example 1 */
            abstain: number;
        };
        AgendaItemDto: {
            /** @example decision-pianos-1 */
            decisionId: string;
            /** @example meeting-2024-06 */
            meetingId: string;
            /** @example 2024-06-12 */
            meetingDate: string;
            /**
             * @example [
             *       "member-01",
             *       "member-02",
             *       "member-03"
             *     ]
             */
            presentMemberIds: string[];
            /** @description Votes in the order cast; a correction replaces the vote in place */
            votes: components["schemas"]["MemberVoteDto"][];
            /**
             * @description Votes corrected so far
             * @example 0
             */
            corrections: number;
            /** @description The running tally */
            tally: components["schemas"]["VoteTallyDto"];
            /**
             * @description Members who declared a conflict of interest: they do not vote
             * @example [
             *       "member-04"
             *     ]
             */
            recusedMemberIds: string[];
        };
        DecisionDto: {
            /** @example decision-pianos-1 */
            decisionId: string;
            /** @example meeting-2024-06 */
            meetingId: string;
            /** @example 2024-06-12 */
            meetingDate: string;
            /**
             * @example approved
             * @enum {string}
             */
            outcome: "approved" | "rejected" | "deferred";
            tally: components["schemas"]["VoteTallyDto"];
            votes: components["schemas"]["MemberVoteDto"][];
            /**
             * @example [
             *       "member-01",
             *       "member-02",
             *       "member-03"
             *     ]
             */
            presentMemberIds: string[];
            /**
             * @example [
             *       "member-04"
             *     ]
             */
            recusedMemberIds: string[];
            /**
             * @description Members of the jury when the vote closed; null for a deferral
             * @example 7
             */
            memberCount: number | null;
            /**
             * @description Members present and free of conflicts; null for a deferral
             * @example 6
             */
            quorumPresentCount: number | null;
            /** @example 4 */
            quorumRequired: number | null;
            /**
             * @description Amount of the motion put to the vote
             * @example 1000.00
             */
            motionAmount: string | null;
            /** @example 1000.00 */
            approvedAmount: string | null;
            /**
             * @description Reason of a deferral
             * @example null
             */
            reason: string | null;
            /** @example 2024-06-12T18:40:00Z */
            decidedAt: string;
        };
        ConflictDto: {
            /** @example member-04 */
            memberId: string;
            /** @example Board member of the applicant */
            reason: string;
            /** @example decision-pianos-1 */
            decisionId: string | null;
            /** @example 2024-06-12T18:05:00Z */
            declaredAt: string;
        };
        FunderPartDto: {
            /** @example city */
            funderId: string;
            /** @example 600.00 */
            amount: string;
        };
        MoneySplitDto: {
            /**
             * @description The whole amount
             * @example 1000.00
             */
            amount: string;
            /**
             * @description Public money
             * @example 1000.00
             */
            publicPart: string;
            /**
             * @description Private money
             * @example 0.00
             */
            privatePart: string;
            /** @description The public part per public funder, summing exactly to it */
            publicFunderParts: components["schemas"]["FunderPartDto"][];
        };
        ProofOfUseDto: {
            /**
             * @example accepted
             * @enum {string}
             */
            status: "submitted" | "rejected" | "accepted";
            /** @example 4100.00 */
            reportedCosts: string;
            /** @example Invoices 2024-117 to 2024-121 */
            reference: string;
            /** @example 4100.00 */
            provenEligibleCosts: string | null;
            /** @example null */
            rejectionReason: string | null;
        };
        RepaymentDto: {
            /**
             * @example [
             *       "revoked"
             *     ]
             */
            reasons: string[];
            /** @example 1000.00 */
            principal: string;
            /** @example 14.03 */
            interest: string;
            /** @description Everything demanded, interest included */
            due: components["schemas"]["MoneySplitDto"];
            received: components["schemas"]["MoneySplitDto"];
            /** @example false */
            settled: boolean;
        };
        GrantDto: {
            /** @example grant-pianos-2024 */
            grantId: string;
            /**
             * @example proof-accepted
             * @enum {string}
             */
            status: "committed" | "proof-submitted" | "proof-accepted" | "closed" | "expired" | "revoked" | "withdrawn";
            /** @example 2024 */
            fiscalYear: number;
            /**
             * @description When the grant notice was recorded
             * @example 2024-06-20T10:00:00Z
             */
            issuedAt: string;
            /**
             * Format: date
             * @description The date of the grant notice; null for a notice recorded before notices were dated
             * @example 2024-06-18
             */
            noticeDate: string | null;
            /**
             * @example per-project
             * @enum {string}
             */
            matchingModel: "pooled" | "per-project";
            /** @example 0.50 */
            publicShareMax: string;
            /** @example 4200.00 */
            eligibleCosts: string;
            /** @example 3200.00 */
            ownContribution: string;
            /** @description What the grant notice committed */
            issued: components["schemas"]["MoneySplitDto"];
            /** @description Still to be paid: issued less paid and released */
            committed: components["schemas"]["MoneySplitDto"];
            /** @description Advances and payouts */
            paid: components["schemas"]["MoneySplitDto"];
            /** @description Commitments given back */
            released: components["schemas"]["MoneySplitDto"];
            /**
             * @example [
             *       "closed"
             *     ]
             */
            releaseReasons: string[];
            proofOfUse: components["schemas"]["ProofOfUseDto"] | null;
            repayment: components["schemas"]["RepaymentDto"] | null;
            /**
             * @description Reason of an expiry or revocation
             * @example null
             */
            reason: string | null;
        };
        RuleFlagDto: {
            /**
             * @description The refusal the jury decision would give
             * @example GRANT.EXCEEDS_PROJECT_CAP
             */
            code: string;
            /** @example requestedGrant */
            field: string;
            /** @example 12000.00 EUR of public money is more than the fund's cap of 10000.00 EUR per project. */
            message: string;
        };
        BoardEntryDto: {
            /** @example dortmund-city-fonds */
            fundId: string;
            /** @example pianos-in-public-space */
            applicationId: string;
            /**
             * @description Global position of the submission; the board is in this order
             * @example 211
             */
            submittedPosition: number;
            /** @example 2024-05-02T08:15:00Z */
            submittedAt: string;
            /** @example 2024-06-20T10:00:00Z */
            updatedAt: string;
            /**
             * @description Up to granted from the application itself; after it from its grant: paid in part, paid, closed, expired, revoked, repayment due, settled
             * @example granted
             */
            status: components["schemas"]["ApplicationStatus"];
            /**
             * @description Why it is incomplete, ineligible, deferred or withdrawn
             * @example null
             */
            statusReason: string | null;
            details: components["schemas"]["ApplicationDetailsResponseDto"];
            /** @example 0 */
            amendments: number;
            /** @description The open agenda item with its running tally; null when none */
            agenda: components["schemas"]["AgendaItemDto"] | null;
            /** @description Every decision taken, with its tally */
            decisions: components["schemas"]["DecisionDto"][];
            /** @description Conflicts of interest declared */
            conflicts: components["schemas"]["ConflictDto"][];
            /** @example 1000.00 */
            approvedAmount: string | null;
            grant: components["schemas"]["GrantDto"] | null;
            /** @description Until the jury decides: the rules of the fund the requested grant breaks under the settings in force (cap per project, public money for investive measures only); the decision would refuse it unless the application is amended. Empty once decided. */
            ruleFlags: components["schemas"]["RuleFlagDto"][];
        };
        ApplicationBoardResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            lastEvent: components["schemas"]["ProjectionPointDto"];
            jury: components["schemas"]["JuryDto"];
            /**
             * @description Applications per status over the whole fund
             * @example {
             *       "granted": 4,
             *       "on-agenda": 1,
             *       "rejected": 1
             *     }
             */
            statusCounts: {
                [key: string]: number;
            };
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description Applications matching the filter, over all pages
             * @example 12
             */
            total: number;
            /**
             * @description The member id of the caller's own seat on this jury when the request acts as a jury member (votes and recusals name members by id); null otherwise
             * @example member-01
             */
            callerMemberId: string | null;
            applications: components["schemas"]["BoardEntryDto"][];
            asOf: components["schemas"]["AnswerPointDto"];
        };
        AccountBalanceDto: {
            /**
             * @description Code, followed by the funder id for accounts kept per funder
             * @example 3120.city
             */
            accountId: string;
            /** @example 3120 */
            code: string;
            /** @example Public contributions, funder City of Dortmund */
            name: string;
            /**
             * @example equity
             * @enum {string}
             */
            accountClass: "asset" | "liability" | "equity" | "income" | "expense";
            /** @example city */
            funderId: string | null;
            /**
             * @description All debits posted
             * @example 0.00
             */
            debitTurnover: string;
            /**
             * @description All credits posted
             * @example 54000.00
             */
            creditTurnover: string;
            /**
             * @description Debits less credits: positive for a debit balance, negative for a credit balance
             * @example -54000.00
             */
            balance: string;
            /** @example 0.00 */
            debitBalance: string;
            /** @example 54000.00 */
            creditBalance: string;
        };
        LedgerAccountsResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            lastEvent: components["schemas"]["ProjectionPointDto"];
            /** @description Every account of the chart that applies to the fund (per-funder accounts for each funder), by id */
            accounts: components["schemas"]["AccountBalanceDto"][];
            asOf: components["schemas"]["AnswerPointDto"];
        };
        StatementAccountDto: {
            /** @example 1000 */
            accountId: string;
            /** @example 1000 */
            code: string;
            /** @example Bank account of the fund */
            name: string;
            /**
             * @example asset
             * @enum {string}
             */
            accountClass: "asset" | "liability" | "equity" | "income" | "expense";
            /** @example null */
            funderId: string | null;
        };
        StatementLineDto: {
            /** @example 412 */
            position: number;
            /** @example 97 */
            revision: number;
            /** @example 2024-07-01T10:12:03Z */
            recordedAt: string;
            /** @example 2024-07-01T10:12:03Z */
            occurredAt: string;
            /** @example PayoutMade */
            eventType: string;
            /** @example Payout payout-pianos-1 on grant grant-pianos-2024 */
            description: string;
            /**
             * @example credit
             * @enum {string}
             */
            side: "debit" | "credit";
            /** @example 1000.00 */
            amount: string;
            /**
             * @description Balance (debits less credits) after this line
             * @example 53000.00
             */
            balanceAfter: string;
        };
        AccountStatementResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            account: components["schemas"]["StatementAccountDto"];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description Lines over all pages
             * @example 18
             */
            total: number;
            /**
             * @description Balance before the first line of this page
             * @example 0.00
             */
            openingBalance: string;
            /**
             * @description Balance after the last line of this page
             * @example 53000.00
             */
            closingBalance: string;
            /**
             * @description Balance after every line: the account's figure in the trial balance
             * @example 53000.00
             */
            balance: string;
            lines: components["schemas"]["StatementLineDto"][];
            asOf: components["schemas"]["AnswerPointDto"];
        };
        TrialBalanceResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            lastEvent: components["schemas"]["ProjectionPointDto"];
            /** @description Every account with turnover, by id */
            accounts: components["schemas"]["AccountBalanceDto"][];
            /** @example 140260.00 */
            totalDebitBalance: string;
            /** @example 140260.00 */
            totalCreditBalance: string;
            /**
             * @description The sum of all balances: always "0.00"
             * @example 0.00
             */
            difference: string;
            /** @example 212400.00 */
            totalDebitTurnover: string;
            /** @example 212400.00 */
            totalCreditTurnover: string;
            /**
             * @description True when debits equal credits
             * @example true
             */
            balanced: boolean;
            asOf: components["schemas"]["AnswerPointDto"];
        };
        ActorDto: {
            /**
             * @description Subject of the token
             * @example city-treasury
             */
            subject: string;
            /** @example treasurer */
            role: string;
        };
        EventMetadataDto: {
            actor: components["schemas"]["ActorDto"];
            /** @example 5f0c2a9e-41d7-8b3c-9a6e-0d3b2f1c7e55 */
            commandId: string;
            /** @example b3c1a2f0-7d8e-4f61-9c2b-1e0d5a6b7c8d */
            correlationId: string;
            /** @example b3c1a2f0-7d8e-4f61-9c2b-1e0d5a6b7c8d */
            causationId: string;
            /** @example 2024-07-01T10:12:03Z */
            recordedAt: string;
        };
        AuditTrailEntryDto: {
            /**
             * @description Revision in the fund's stream
             * @example 97
             */
            revision: number;
            /**
             * @description Position in the global log
             * @example 412
             */
            position: number;
            /** @example PayoutMade */
            type: string;
            /**
             * @description The event as stored
             * @example {
             *       "fundId": "dortmund-city-fonds",
             *       "grantId": "grant-pianos-2024",
             *       "amount": "1000.00"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            metadata: components["schemas"]["EventMetadataDto"];
            /**
             * Format: date
             * @description When it happened: the business date the event carries (value date, meeting date, notice date, date of receipt, date a setting took effect); null for an event without one, which counts by metadata.recordedAt
             * @example 2024-06-28
             */
            businessDate: string | null;
            /** @example 9c1d… */
            prevHash: string;
            /**
             * @description SHA-256 over the canonical JSON of the event and prevHash
             * @example 4e7a…
             */
            hash: string;
        };
        AuditTrailResponse: {
            /** @example dortmund-city-fonds */
            fundId: string;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /**
             * @description True when the stream (within asOf) has events after this page
             * @example true
             */
            hasNextPage: boolean;
            events: components["schemas"]["AuditTrailEntryDto"][];
        };
        LedgerDigestResponseDto: {
            /**
             * @description Every event at or before this global position is covered
             * @example 1287
             */
            position: number;
            /**
             * @description Streams with at least one event at or before the position
             * @example 3
             */
            streamCount: number;
            /**
             * @description Events at or before the position
             * @example 1287
             */
            eventCount: number;
            /**
             * @description Lowercase hex Merkle root
             * @example 095ab291e1e9b8fecb112388da5cb53f4b89b5e05d5c746d1ab6be4a5baa3bb1
             */
            root: string;
        };
        StartVerificationRequestDto: {
            /**
             * @description Verify the log up to this global position; default: its head when the request arrives
             * @example 1287
             */
            toPosition?: number;
        };
        VerificationProgressDto: {
            /**
             * @description The last global position verified so far
             * @example 640
             */
            position: number;
            /**
             * @description Events verified so far
             * @example 640
             */
            eventCount: number;
        };
        ChainBreakDto: {
            /**
             * @example hash_mismatch
             * @enum {string}
             */
            kind: "hash_mismatch" | "broken_link" | "missing_revision" | "duplicate_revision" | "position_not_increasing" | "malformed_event" | "unreadable_event";
            /** @example 213 */
            position: number;
            /** @example fund-dortmund-city-fonds */
            streamId: string | null;
            /** @example 57 */
            revision: number | null;
            /** @example Event fund-dortmund-city-fonds@57 (position 213): stored hash 3f… but the content hashes to 9a… */
            message: string;
        };
        VerificationResultDto: {
            /** @description True when every chain and the digest verified */
            ok: boolean;
            /**
             * @description Events that passed every check
             * @example 1287
             */
            eventCount: number;
            /** @example 3 */
            streamCount: number;
            /** @description The first broken event; null when none */
            firstBreak: components["schemas"]["ChainBreakDto"] | null;
            /** @description The ledger digest at the last verified event; null when the log is broken */
            digest: components["schemas"]["LedgerDigestResponseDto"] | null;
        };
        VerificationResponse: {
            /**
             * @description Follow it at GET /ledger/verifications/{id}
             * @example 4f0c…
             */
            id: string;
            /**
             * @example running
             * @enum {string}
             */
            state: "running" | "verified" | "failed" | "error";
            /**
             * @description The subject of the token that started it
             * @example audit-office
             */
            startedBy: string;
            /** @example 2024-06-30T10:00:00.000Z */
            startedAt: string;
            finishedAt: string | null;
            /**
             * @description The log is verified up to this global position
             * @example 1287
             */
            toPosition: number;
            progress: components["schemas"]["VerificationProgressDto"];
            /** @description The verdict once finished */
            result: components["schemas"]["VerificationResultDto"] | null;
            /** @description Why it could not complete (state "error"); null otherwise */
            error: string | null;
        };
        LegalTextResponseDto: {
            /**
             * @example accessibility
             * @enum {string}
             */
            document: "accessibility" | "privacy";
            /**
             * @description The language of the text: German unless an English one was asked for and exists
             * @example de
             * @enum {string}
             */
            language: "de" | "en";
            /**
             * @description False while the operator has not put the city's own text in place (LEGAL_TEXTS_DIR): the answer is then the template, which must not be published as it stands
             * @example true
             */
            filledIn: boolean;
            /**
             * @description The text's first heading
             * @example Erklärung zur Barrierefreiheit
             */
            title: string;
            /**
             * @description The whole text as HTML, starting with its title as <h1>. Safe to insert as it is: HTML written into the text is escaped, and no links to javascript:, vbscript:, file: or data: addresses are made. Placeholders still to be filled in are wrapped in <mark class="placeholder">.
             * @example <h1>Erklärung zur Barrierefreiheit</h1>
             *     <p>Die Stadt Dortmund ist bemüht, …</p>
             */
            html: string;
            /**
             * @description Placeholders such as {{Name der Stadt}} still in the text; empty once it is complete
             * @example []
             */
            placeholders: string[];
        };
        SealingDto: {
            /**
             * @description Whether this service seals the log (a signing key is configured)
             * @example true
             */
            enabled: boolean;
            /**
             * @description SHA-256 of the service's Ed25519 public key, hex
             * @example 095ab291e1e9b8fecb112388da5cb53f4b89b5e05d5c746d1ab6be4a5baa3bb1
             */
            keyId: string | null;
            /**
             * @description The service's public key (PEM). Compare it with the one the city published; trust that one.
             * @example -----BEGIN PUBLIC KEY-----
             *     MCowBQYDK2VwAyEA…
             *     -----END PUBLIC KEY-----
             */
            publicKey: string | null;
            /**
             * @description Whether seals are sent to a time-stamping authority (RFC 3161)
             * @example true
             */
            timeStamping: boolean;
            /**
             * @description Why the sealer stopped sealing (the log did not verify), or null
             * @example null
             */
            problem: string | null;
        };
        TimeStampDto: {
            /**
             * @description valid: the token verifies against a configured authority's CA; missing: not stamped yet (the authority was unreachable); unchecked: no CA configured here; invalid: the token does not verify
             * @example valid
             * @enum {string}
             */
            state: "valid" | "missing" | "unchecked" | "invalid";
            /**
             * @description The authority's time in the token
             * @example 2024-11-18T10:15:02.000Z
             */
            genTime: string | null;
            /**
             * @description The authority's name (its certificate's common name)
             * @example Stadt Dortmund TSA
             */
            authority: string | null;
            /**
             * @description Why the token does not verify
             * @example null
             */
            problem: string | null;
        };
        LastSealDto: {
            /**
             * @description Every event at or before this global position is sealed
             * @example 1200
             */
            position: number;
            /**
             * @description When the service signed the seal
             * @example 2024-11-18T10:15:00.000Z
             */
            sealedAt: string;
            /** @example 1200 */
            eventCount: number;
            /** @example 3 */
            streamCount: number;
            /**
             * @description The ledger digest root at the position
             * @example 095ab291e1e9b8fecb112388da5cb53f4b89b5e05d5c746d1ab6be4a5baa3bb1
             */
            digestRoot: string;
            /**
             * @description The running hash of the global order at the position
             * @example 095ab291e1e9b8fecb112388da5cb53f4b89b5e05d5c746d1ab6be4a5baa3bb1
             */
            orderHash: string;
            /** @example 095ab291e1e9b8fecb112388da5cb53f4b89b5e05d5c746d1ab6be4a5baa3bb1 */
            keyId: string;
            /**
             * @description valid: signed by the service's key or a trusted one; invalid: it is not; unchecked: no key to check with
             * @example valid
             * @enum {string}
             */
            signature: "valid" | "invalid" | "unchecked";
            timeStamp: components["schemas"]["TimeStampDto"];
        };
        EventsAfterSealDto: {
            /**
             * @description Events after the last seal (seal records themselves not counted)
             * @example 37
             */
            eventCount: number;
            /** @example 1203 */
            firstPosition: number | null;
            /** @example 1262 */
            lastPosition: number | null;
            /** @example 2024-11-18T10:16:40.000Z */
            firstRecordedAt: string | null;
            /** @example 2024-11-18T10:29:12.000Z */
            lastRecordedAt: string | null;
        };
        SealWithoutTokenDto: {
            /** @example 1100 */
            position: number;
            /** @example 2024-11-18T09:55:00.000Z */
            sealedAt: string;
        };
        SealStatusResponseDto: {
            sealing: components["schemas"]["SealingDto"];
            /**
             * @description Seals in the log
             * @example 12
             */
            sealCount: number;
            /** @description The seal with the highest position, or null: the log is unsealed */
            lastSeal: components["schemas"]["LastSealDto"] | null;
            /** @description What follows the last seal (every event, when there is none) */
            afterLastSeal: components["schemas"]["EventsAfterSealDto"];
            /** @description Seals still waiting for their time-stamp token */
            sealsWithoutToken: components["schemas"]["SealWithoutTokenDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    SignInHttpController_developmentToken: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique value per sign-in */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevelopmentTokenRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentTokenResponse"];
                };
            };
            /** @description A field is missing or invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The development sign-in does not exist on this service */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CertifyPaymentHttpController_certify: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertifyPaymentRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ExportPaymentOrdersHttpController_export: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportPaymentOrdersRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrderPaymentHttpController_order: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the payment */
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderPaymentRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrderRepaymentDemandHttpController_order: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRepaymentDemandRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordJuryMeetingHttpController_recordJuryMeeting: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordJuryMeetingRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordGrantPayeeHttpController_recordPayee: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordGrantPayeeRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WithdrawPaymentOrderHttpController_withdraw: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the payment */
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawPaymentOrderRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AcceptProofOfUseHttpController_acceptProofOfUse: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptProofOfUseRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AmendApplicationHttpController_amendApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendApplicationRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AppointJuryMemberHttpController_appointJuryMember: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointJuryMemberRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CastVoteHttpController_castVote: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CastVoteRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles jury-member */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChangeFundSettingsHttpController_changeFundSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeFundSettingsRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CloseFiscalYearHttpController_closeFiscalYear: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Fiscal year (a calendar year from 2000 to 2100) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CloseFundHttpController_closeFund: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseFundRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CloseGrantHttpController_closeGrant: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CloseVoteHttpController_closeVote: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseVoteRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CorrectVoteHttpController_correctVote: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectVoteRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles jury-member */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeclareApplicationEligibleHttpController_declareApplicationEligible: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeclareApplicationIneligibleHttpController_declareApplicationIneligible: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareApplicationIneligibleRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeclareConflictOfInterestHttpController_declareConflictOfInterest: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictOfInterestRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles jury-member */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeferApplicationHttpController_deferApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeferApplicationRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ExpireGrantHttpController_expireGrant: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpireGrantRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    IssueGrantNoticeHttpController_issueGrantNotice: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueGrantNoticeRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MakePayoutHttpController_makePayout: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MakePayoutRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MarkApplicationIncompleteHttpController_markApplicationIncomplete: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkApplicationIncompleteRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListFundsHttpController_list: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundListResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager, treasurer, jury-member, auditor, council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OpenFundHttpController_openFund: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenFundRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PayAdvanceHttpController_payAdvance: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayAdvanceRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PutApplicationOnAgendaHttpController_putApplicationOnAgenda: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutApplicationOnAgendaRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordJuryAttendanceHttpController_recordJuryAttendance: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordJuryAttendanceRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordPrivateContributionHttpController_recordPrivateContribution: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPrivateContributionRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordPublicContributionHttpController_recordPublicContribution: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPublicContributionRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordRepaymentHttpController_recordRepayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRepaymentRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RejectProofOfUseHttpController_rejectProofOfUse: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectProofOfUseRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RemoveJuryMemberHttpController_removeJuryMember: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the jury member */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveJuryMemberRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RevokeGrantHttpController_revokeGrant: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeGrantRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DemandUnusedMoneyInterestHttpController_demandUnusedMoneyInterest: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemandUnusedMoneyInterestRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SetFiscalYearBudgetHttpController_setFiscalYearBudget: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Fiscal year (a calendar year from 2000 to 2100) */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFiscalYearBudgetRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SubmitApplicationHttpController_submitApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SubmitProofOfUseHttpController_submitProofOfUse: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the grant */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitProofOfUseRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WithdrawApplicationHttpController_withdrawApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. The same key with the same request returns the first response and records nothing twice; with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the application */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawApplicationRequestDto"];
            };
        };
        responses: {
            /** @description The command was carried out */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundCommandResponse"];
                };
            };
            /** @description A field is missing or invalid (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The fund, or a thing the command names, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command conflicts with the current state, or the fund changed at the same time (retry) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetFundHttpController_getFund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundResponse"];
                };
            };
            /** @description The fund id is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has no role of this service, or is a jury member not on the fund's jury */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetFundOverviewHttpController_overview: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundOverviewResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager, auditor, council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetPaymentOrderFileHttpController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Id of the export */
                exportId: string;
                /** @description `pain.001` (SEPA XML) or `csv` (payment-order list) */
                format: "pain.001" | "csv";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A malformed id or an unknown format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has neither the treasurer nor the auditor role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund or export */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetPaymentOrdersHttpController_paymentOrders: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentOrdersResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetPayoutsDueHttpController_payoutsDue: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutsDueResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetFundBalancesHttpController_balances: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundBalancesResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager, auditor, council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetMatchingStatusHttpController_matching: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchingStatusResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager, auditor, council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetApplicationBoardHttpController_board: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
                /** @description Page number, from 1 to 100000 */
                page?: string;
                /** @description Entries per page, from 1 to 500 (default 50) */
                pageSize?: string;
                /** @description Only applications with this status */
                status?: "submitted" | "incomplete" | "eligible" | "ineligible" | "on-agenda" | "deferred" | "approved" | "rejected" | "granted" | "paid-in-part" | "paid" | "closed" | "expired" | "revoked" | "repayment-due" | "settled" | "withdrawn";
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationBoardResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager, auditor, council, jury-member */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerHttpController_accounts: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountsResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerHttpController_statement: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
                /** @description Page number, from 1 to 100000 */
                page?: string;
                /** @description Entries per page, from 1 to 500 (default 50) */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
                /** @description Account code, with ".funderId" for accounts kept per public funder (see the chart of accounts) */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountStatementResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerHttpController_trialBalance: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialBalanceResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles treasurer, fund-manager, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetAuditTrailHttpController_auditTrail: {
        parameters: {
            query?: {
                /** @description Answer as things stood at a global position of the log (a whole number, at most the last one recorded) or at an instant (ISO 8601 with a time zone, not later than now, compared with the time each event was recorded). Without it, the answer is current. */
                asOf?: string;
                /** @description Answer with the events whose business date (value date, meeting date, notice date, date of receipt, date a setting took effect) is on or before this day, YYYY-MM-DD; events without one count on the day they were recorded in the fund's time zone, or on the business date of what followed from them if earlier. Combines with asOf: what the ledger knew at asOf about effectiveOn. */
                effectiveOn?: string;
                /** @description Page number, from 1 to 100000 */
                page?: string;
                /** @description Entries per page, from 1 to 500 (default 50) */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailResponse"];
                };
            };
            /** @description A path or query parameter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has none of the roles auditor, fund-manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund (at that point in time), or no such account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountabilityReportHttpController_report: {
        parameters: {
            query: {
                /** @description First day of the period (UTC), YYYY-MM-DD */
                from: string;
                /** @description Last day of the period (UTC), YYYY-MM-DD */
                to: string;
                /** @description File format */
                format?: "json" | "csv" | "html" | "pdf";
                /** @description Language of labels and number formats */
                lang?: "de" | "en";
                /** @description Global position to compute the report at; default: the head of the log when the request arrives */
                position?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A malformed fund id, period, format, language or position */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has neither the council nor the auditor role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund, or it was opened after the period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FundExportHttpController_export: {
        parameters: {
            query?: {
                /** @description Last global position to export (inclusive); default: the head of the log when the request arrives */
                toPosition?: string;
            };
            header?: never;
            path: {
                /** @description Id of the fund */
                fundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events, one JSON object per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A malformed fund id, or a position beyond the head of the log */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has no auditor role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description There is no such fund */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerExportHttpController_export: {
        parameters: {
            query?: {
                /** @description Last global position to export (inclusive); default: the head of the log when the request arrives */
                toPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events, one JSON object per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A position beyond the head of the log */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has no auditor role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerDigestHttpController_digest: {
        parameters: {
            query?: {
                /** @description Global position to compute the digest at; default: the head of the log */
                position?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerDigestResponseDto"];
                };
            };
            /** @description A malformed position, or one beyond the head of the log */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has no auditor role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VerificationHttpController_start: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique value per start */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartVerificationRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            /** @description toPosition is malformed or beyond the head of the log */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has no auditor role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A verification up to another position is running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VerificationHttpController_follow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id the start answered with */
                verificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has no auditor role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such verification on this instance */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LegalTextsHttpController_accessibility: {
        parameters: {
            query?: {
                /** @description Language of the text; German is binding, and is answered when no English text exists */
                lang?: "de" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalTextResponseDto"];
                };
            };
            /** @description An unknown language */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LegalTextsHttpController_privacy: {
        parameters: {
            query?: {
                /** @description Language of the text; German is binding, and is answered when no English text exists */
                lang?: "de" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalTextResponseDto"];
                };
            };
            /** @description An unknown language */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SealStatusHttpController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealStatusResponseDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token has no auditor role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
