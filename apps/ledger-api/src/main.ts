import { DOMAIN_PLACEHOLDER } from '@fund-ledger/domain';

process.stdout.write(String(DOMAIN_PLACEHOLDER));
