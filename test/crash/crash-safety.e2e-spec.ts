/**
 * Goal: the ledger loses nothing it acknowledged when its process dies. The service (compiled from the
 * sources and run as a real process) and a projector run under a steady command load and are killed
 * with SIGKILL three times at random moments; after each restart the clients retry what got no answer.
 * Then every command that got a 2xx has exactly its events in the store, every hash chain verifies,
 * nothing was recorded twice, no grant paid more than it granted, no request got a 5xx or an unexpected
 * 4xx, and the read models resumed after the crashes equal a rebuild from position 0. On SQLite and,
 * when reachable (always under CI=true), on PostgreSQL. `npm run test:crash` runs the long form.
 */
import { describeEachStore } from '../e2e/support';
import { runCrashScenario } from './support/crash-scenario';
import { compileService, type CompiledService } from './support/service-build';

const SCENARIO_TIMEOUT_MS = 120_000;

describeEachStore('Crash safety under load (short form: three SIGKILLs)', (store) => {
  let compiled: CompiledService;

  beforeAll(async () => {
    compiled = await compileService();
  });

  afterAll(() => compiled.remove());

  it(
    'keeps every acknowledged command, verifiable chains and read models equal to a rebuild',
    async () => {
      const report = await runCrashScenario({
        kind: store,
        compiled,
        kills: 3,
        upTimeMs: { min: 300, max: 1200 },
        fundCount: 2,
        clientCount: 4,
        seed: 7,
      });
      expect(report.problems).toEqual([]);
      expect(report.client.acknowledged).toBeGreaterThan(0);
      expect(report.eventCount).toBeGreaterThan(report.client.acknowledged);
    },
    SCENARIO_TIMEOUT_MS,
  );
});
