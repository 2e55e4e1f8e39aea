/**
 * Goal: the OpenAPI document the service serves passes a standard linter, so the clients a city generates
 * from it (the web application's types among them) get servers, a licence and examples that match their
 * schemas. The linter is Redocly CLI with its recommended rules, run on the document of the running
 * service; any error or warning fails the test and is listed with its rule and place.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestApp, type TestApp } from '../support';

const REDOCLY_CLI = resolve(__dirname, '../../../node_modules/@redocly/cli/bin/cli.js');

interface LintProblem {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly location: readonly { readonly pointer: string }[];
}

interface LintReport {
  readonly totals: { readonly errors: number; readonly warnings: number };
  readonly problems: readonly LintProblem[];
}

/** Lints a document with the recommended rules; no telemetry and no update check leave the machine. */
function lintWithRecommendedRules(document: unknown): LintReport {
  const directory = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
  try {
    const file = join(directory, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const result = spawnSync(
      process.execPath,
      [REDOCLY_CLI, 'lint', file, '--extends=recommended', '--format=json'],
      {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        timeout: 60_000,
      },
    );
    if (result.error !== undefined) throw result.error;
    return JSON.parse(result.stdout) as LintReport;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function describeProblem(problem: LintProblem): string {
  const where = problem.location.map((location) => location.pointer).join(', ');
  return `${problem.severity} ${problem.ruleId} at ${where}: ${problem.message}`;
}

describe('the OpenAPI document', () => {
  let service: TestApp;
  let document: { info: { license?: unknown }; servers?: unknown };

  beforeAll(async () => {
    service = await startTestApp();
    document = (await service.http().get('/docs-json').expect(200)).body;
  });
  afterAll(async () => service.close());

  it("names the project's licence and a server relative to where it is served", () => {
    expect(document.info.license).toEqual({
      name: 'EUPL-1.2',
      url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
    });
    expect(document.servers).toEqual([{ url: '/', description: 'This service' }]);
  });

  it("passes Redocly's recommended rules without an error or a warning", () => {
    const report = lintWithRecommendedRules(document);
    expect(report.problems.map(describeProblem)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
