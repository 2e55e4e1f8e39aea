/** Fund management's workspace: the application board and the payments to certify. */
import type { WorkspaceProps } from '../FundWorkspace';
import { ApplicationBoard } from '../shared/ApplicationBoard';
import { PaymentsView } from '../treasury/PaymentsView';

export default function ManagementWorkspace({ fundId }: WorkspaceProps) {
  return (
    <>
      <ApplicationBoard fundId={fundId} />
      <section className="workspace-part">
        <PaymentsView fundId={fundId} />
      </section>
    </>
  );
}
