/**
 * Goal: a service with a signing key seals its log in the background and answers auditors with the
 * seal status: the last seal (position, time, signature and time-stamp state), what follows it, and the
 * seals still without a token; it publishes each seal to a folder. Without a key the status says the
 * log is unsealed. Other roles get 403, no token 401.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startTestTimeStampAuthority,
  type TestTimeStampAuthority,
} from '@fund-ledger/event-store/testing/test-time-stamp-authority';
import { appendFundEvents, councilYearEvents } from '@fund-ledger/reporting/testing/report-histories';
import type { SealStatusResponseDto } from '../../../apps/ledger-api/src/seals/seal-status/seal-status.response.dto';
import { FundDriver, SettableClock, START_OF_TEST, TREASURER, YEAR } from '../funds/fund-driver';
import { bearer, describeEachStore, startTestApp, type TestApp } from '../support';

const SEALING_WAIT_MS = 20_000;

async function sealStatus(testApp: TestApp): Promise<SealStatusResponseDto> {
  const response = await testApp
    .http()
    .get('/ledger/seals')
    .set('Authorization', await bearer('auditor'));
  expect(response.status).toBe(200);
  return response.body as SealStatusResponseDto;
}

/** Polls the status until a seal covers the position (and, when `stamped`, every seal has its token). */
async function waitForSeal(
  testApp: TestApp,
  position: number,
  stamped = true,
): Promise<SealStatusResponseDto> {
  const deadline = Date.now() + SEALING_WAIT_MS;
  for (;;) {
    const status = await sealStatus(testApp);
    const done =
      (status.lastSeal?.position ?? 0) >= position && (!stamped || status.sealsWithoutToken.length === 0);
    if (done || Date.now() > deadline) return status;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describeEachStore('the seal status', (store) => {
  let authority: TestTimeStampAuthority;
  let directory: string;
  let testApp: TestApp;

  beforeAll(async () => {
    authority = await startTestTimeStampAuthority();
    directory = mkdtempSync(join(tmpdir(), 'seal-status-'));
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(join(directory, 'seal.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    testApp = await startTestApp({
      store,
      env: {
        SEAL_SIGNING_KEY_FILE: join(directory, 'seal.key'),
        SEAL_TSA_URL: authority.url,
        SEAL_TSA_CA_FILE: authority.caCertificatePath,
        SEAL_PUBLISH_DIR: join(directory, 'published'),
      },
    });
  });
  afterAll(async () => {
    await testApp.close();
    await authority.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('seals the log in the background, time-stamps and publishes the seal, and reports it to auditors', async () => {
    const unsealed = await sealStatus(testApp);
    await appendFundEvents(testApp.eventStore, councilYearEvents());
    const head = await testApp.eventStore.headPosition();

    const status = await waitForSeal(testApp, head);

    expect(unsealed).toMatchObject({
      sealCount: 0,
      lastSeal: null,
      sealing: { enabled: true, timeStamping: true },
    });
    expect(status.lastSeal).toMatchObject({
      position: head,
      eventCount: head,
      signature: 'valid',
      timeStamp: { state: 'valid', authority: 'Test TSA', problem: null },
    });
    expect(status.afterLastSeal).toMatchObject({ eventCount: 0, firstPosition: null });
    expect(status.sealsWithoutToken).toEqual([]);
    expect(status.sealing.publicKey).toContain('-----BEGIN PUBLIC KEY-----');
    expect(readdirSync(join(directory, 'published'))).toContain(
      `seal-${String(head).padStart(15, '0')}.json`,
    );
  }, 30_000);

  it('is in the OpenAPI document with its answer for auditors', async () => {
    const document = (await testApp.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, { get?: { description?: string; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(document.paths['/ledger/seals']?.get?.description).toContain('Roles: auditor.');
    expect(Object.keys(document.components.schemas['SealStatusResponseDto']?.properties ?? {})).toEqual([
      'sealing',
      'sealCount',
      'lastSeal',
      'afterLastSeal',
      'sealsWithoutToken',
    ]);
    expect(Object.keys(document.components.schemas['LastSealDto']?.properties ?? {})).toEqual(
      expect.arrayContaining(['position', 'sealedAt', 'signature', 'timeStamp']),
    );
  });

  it('answers 403 to other roles and 401 without a token', async () => {
    const treasurer = await testApp
      .http()
      .get('/ledger/seals')
      .set('Authorization', await bearer('treasurer'));
    const anonymous = await testApp.http().get('/ledger/seals');
    expect(treasurer.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });
});

describe('sealing at a fiscal-year close', () => {
  it('seals the log right after the close, long before the next seal would be due', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'seal-close-'));
    writeFileSync(
      join(directory, 'seal.key'),
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    const clock = new SettableClock(START_OF_TEST);
    const testApp = await startTestApp({
      clock,
      env: { SEAL_SIGNING_KEY_FILE: join(directory, 'seal.key') },
    });
    try {
      const fund = new FundDriver(testApp, 'city-fonds');
      await fund.openWithPublicMoney();
      const opened = await waitForSeal(testApp, await testApp.eventStore.headPosition(), false);
      clock.set(`${YEAR + 1}-01-15T10:00:00Z`);
      const closed = await fund.command(TREASURER, fund.path(`/fiscal-years/${YEAR}/closing`));

      const status = await waitForSeal(testApp, closed.position, false);

      expect(opened.sealCount).toBe(1);
      expect(status).toMatchObject({
        sealCount: 2,
        lastSeal: { position: closed.position, signature: 'valid' },
      });
      expect(status.sealsWithoutToken).toHaveLength(2);
    } finally {
      await testApp.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 40_000);
});

describe('the seal status without a signing key', () => {
  it('says plainly that the log is not sealed and what is not covered', async () => {
    const testApp = await startTestApp();
    try {
      await appendFundEvents(testApp.eventStore, councilYearEvents());
      const status = await sealStatus(testApp);
      expect(status).toMatchObject({
        sealing: { enabled: false, keyId: null, publicKey: null },
        sealCount: 0,
        lastSeal: null,
        afterLastSeal: { eventCount: await testApp.eventStore.headPosition(), firstPosition: 1 },
      });
    } finally {
      await testApp.close();
    }
  });
});
