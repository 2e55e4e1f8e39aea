/**
 * Goal: two service processes on one store never break the fund's rules between them. Both run on one
 * SQLite file (and on one PostgreSQL schema, when reachable; always under CI=true) and hammer the same
 * funds: payouts that race to exhaust the same grants, and every vote sent by the same member through
 * both processes at the same moment. Afterwards no grant paid more than it granted, no vote counted
 * twice, every acknowledged event is in the store, the chains verify, and both processes answer the
 * same balances. `npm run test:crash` runs a longer form.
 */
import { describeEachStore } from '../e2e/support';
import { runConcurrencyScenario } from './support/concurrency-scenario';
import { compileService, type CompiledService } from './support/service-build';

const SCENARIO_TIMEOUT_MS = 120_000;

describeEachStore('Two service processes on one store', (store) => {
  let compiled: CompiledService;

  beforeAll(async () => {
    compiled = await compileService();
  });

  afterAll(() => compiled.remove());

  it(
    'pays no grant beyond its amount, counts every vote once and shows the same balances on both',
    async () => {
      const report = await runConcurrencyScenario({
        kind: store,
        compiled,
        durationMs: 4_000,
        fundCount: 2,
        clientsPerProcess: 4,
        seed: 11,
      });
      expect(report.problems).toEqual([]);
      expect(report.balancesEqual).toBe(true);
      expect(report.acknowledgedPerProcess.every((count) => count > 0)).toBe(true);
      expect(report.payoutsAcknowledged).toBeGreaterThan(0);
      expect(report.votesAcknowledged).toBeGreaterThan(0);
    },
    SCENARIO_TIMEOUT_MS,
  );
});
