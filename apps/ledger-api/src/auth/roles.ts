export { isRole, ROLES, type Role } from '@fund-ledger/config';
