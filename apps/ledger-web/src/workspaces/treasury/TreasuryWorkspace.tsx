/** The treasury's workspace: balances, payouts due, bookings of money received, the general ledger, the application board. */
import { Route, Routes } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import type { WorkspaceProps } from '../FundWorkspace';
import { ApplicationBoard } from '../shared/ApplicationBoard';
import { SubNav } from '../shared/SubNav';
import { LedgerView } from './LedgerView';
import { PaymentsView } from './PaymentsView';
import { PayoutForm } from './PayoutForm';
import { PrivateContributionForm } from './PrivateContributionForm';
import { PublicContributionForm } from './PublicContributionForm';
import { TreasuryOverview } from './TreasuryOverview';

export default function TreasuryWorkspace({ fundId }: WorkspaceProps) {
  const { t } = useI18n();
  const base = `/funds/${fundId}/treasury`;
  return (
    <>
      <SubNav
        label={t.treasury.views}
        links={[
          { to: base, label: t.treasury.overview, end: true },
          { to: `${base}/public-contribution`, label: t.treasury.recordPublic },
          { to: `${base}/private-contribution`, label: t.treasury.recordPrivate },
          { to: `${base}/payments`, label: t.treasury.payments },
          { to: `${base}/ledger`, label: t.treasury.ledger },
          { to: `${base}/board`, label: t.management.board },
        ]}
      />
      <Routes>
        <Route index element={<TreasuryOverview fundId={fundId} />} />
        <Route path="public-contribution" element={<PublicContributionForm fundId={fundId} />} />
        <Route path="private-contribution" element={<PrivateContributionForm fundId={fundId} />} />
        <Route path="payouts/:grantId" element={<PayoutForm fundId={fundId} />} />
        <Route path="payments" element={<PaymentsView fundId={fundId} />} />
        <Route path="ledger/*" element={<LedgerView fundId={fundId} />} />
        <Route path="board" element={<ApplicationBoard fundId={fundId} />} />
      </Routes>
    </>
  );
}
