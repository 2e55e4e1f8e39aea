import type { Role } from '../../auth';

/**
 * Who reads what: every role lists the funds (a jury member only their own); the treasury, fund management and auditors read balances and the ledger; the council
 * reads balances and the board; jury members read only the board, which fund management runs, the
 * treasury reads to find the grants it pays (with their titles and statuses), and auditors read like
 * everything else; the audit trail (every event with its actor) is for auditors and fund management.
 */
export const FUND_READERS: [Role, ...Role[]] = [
  'fund-manager',
  'treasurer',
  'jury-member',
  'auditor',
  'council',
];
export const BALANCE_READERS: [Role, ...Role[]] = ['treasurer', 'fund-manager', 'auditor', 'council'];
export const LEDGER_READERS: [Role, ...Role[]] = ['treasurer', 'fund-manager', 'auditor'];
export const BOARD_READERS: [Role, ...Role[]] = [
  'treasurer',
  'fund-manager',
  'auditor',
  'council',
  'jury-member',
];
export const AUDIT_TRAIL_READERS: [Role, ...Role[]] = ['auditor', 'fund-manager'];
