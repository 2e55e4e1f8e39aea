/**
 * Goal: the EventStoreDB adapter passes the contract every event store must pass, against a real
 * EventStoreDB or KurrentDB server named by EVENTSTOREDB_URL (see docs/eventstoredb.md), each test under
 * a fresh stream prefix. Without that variable no server is available, and the file says so visibly.
 */
import { runEventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbStreamNames } from './eventstoredb-mapping';
import { openEventStoreDbContractHarness } from './testing/eventstoredb-contract-harness';

const connectionString = process.env.EVENTSTOREDB_URL;

if (connectionString) {
  runEventStoreContract('eventstoredb', () => openEventStoreDbContractHarness(connectionString));
} else {
  process.stderr.write(
    '\nNOTICE: EventStoreDB contract tests not run: set EVENTSTOREDB_URL=esdb://localhost:2113?tls=false ' +
      '(see docs/eventstoredb.md)\n\n',
  );
  test('the EventStoreDB mapping module loads without a server', () => {
    expect(new EventStoreDbStreamNames('ledger').toEventStoreDb('fund-1')).toBe('ledger/fund-1');
  });
}
