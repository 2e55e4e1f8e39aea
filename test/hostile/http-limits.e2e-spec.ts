/**
 * Goal: the HTTP limits bite early and the answers carry the security headers. A body announced
 * larger than the limit is refused before a byte of it is read, and one sent without a length is cut
 * off at the limit instead of being read to its end; a client that never finishes its headers is
 * disconnected after the configured time-out; every answer says nosniff, no framing and no-store, with
 * a CSP under which the OpenAPI page and the HTML report still work in a real browser.
 */
import { connect, type Socket } from 'node:net';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import {
  appendFundEvents,
  councilYearEvents,
  REPORT_FUND_ID,
} from '@fund-ledger/reporting/testing/report-histories';
import { bearer, startTestApp, type TestApp } from '../e2e/support';

const BODY_LIMIT = 65_536;
const HEADERS_TIMEOUT_MS = 1_000;
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('HTTP limits and security headers', () => {
  let testApp: TestApp;
  let port: number;

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS), HTTP_REQUEST_TIMEOUT_MS: '5000' },
    });
    await appendFundEvents(testApp.eventStore, councilYearEvents());
    await testApp.app.listen(0, '127.0.0.1');
    port = (testApp.app.getHttpServer().address() as AddressInfo).port;
  }, 60_000);

  afterAll(() => testApp.close());

  it('answers a chunked body beyond the limit with 413 long before the client has sent it all', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const chunksMax = 256;
    const outcome = await new Promise<{ status: number; chunksSent: number; closed: boolean }>(
      (resolve, reject) => {
        let chunksSent = 0;
        let answered = false;
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/funds/any/contributions/public',
            headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          },
          (response) => {
            answered = true;
            response.resume();
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                chunksSent,
                closed: response.headers.connection === 'close',
              }),
            );
          },
        );
        request.on('error', (error) => (answered ? undefined : reject(error)));
        const sendMore = () => {
          while (!answered && chunksSent < chunksMax) {
            chunksSent += 1;
            if (!request.write(chunk)) {
              request.once('drain', sendMore);
              return;
            }
          }
          if (!answered) request.end();
        };
        request.write('{"padding":"');
        sendMore();
      },
    );
    expect(outcome.status).toBe(413);
    expect(outcome.closed).toBe(true);
    expect(outcome.chunksSent).toBeLessThan(chunksMax);
  });

  it('answers a body announced as 1 GiB at once, without waiting for it', async () => {
    const started = Date.now();
    const { status, text } = await rawExchange(
      port,
      'POST /funds/any/contributions/public HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n',
    );
    expect(status).toBe(413);
    expect(text).toContain(`larger than the limit of ${BODY_LIMIT} bytes`);
    expect(Date.now() - started).toBeLessThan(HEADERS_TIMEOUT_MS * 5);
  });

  it('disconnects a client that never finishes its headers after the headers time-out', async () => {
    const started = Date.now();
    const { status } = await rawExchange(port, 'POST /funds HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(status).toBe(408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
  }, 15_000);

  it('sends nosniff, no framing, no-store and the CSP on authenticated answers and on errors', async () => {
    const authorization = await bearer('treasurer');
    for (const response of [
      await testApp.http().get(`/funds/${REPORT_FUND_ID}/balances`).set('Authorization', authorization),
      await testApp.http().get('/funds/no-such-fund/balances').set('Authorization', authorization),
      await testApp.http().get('/health'),
    ]) {
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'cache-control': expect.stringMatching(/\bno-store\b/),
        'referrer-policy': 'no-referrer',
      });
      const policy = String(response.headers['content-security-policy']);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
    }
  });

  describe('in a browser, under the CSP', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    }, 30_000);

    afterAll(() => browser.close());

    async function violationsOn(
      path: string,
      ready: (page: import('playwright-core').Page) => Promise<void>,
    ) {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await ready(page);
      await page.close();
      return violations;
    }

    it('shows the OpenAPI page with its operations and styles', async () => {
      const violations = await violationsOn('/docs', async (page) => {
        await page.waitForSelector('.opblock-summary', { timeout: 20_000 });
        const background = await page.evaluate(
          "getComputedStyle(document.querySelector('.opblock-summary-method')).backgroundColor",
        );
        expect(background).not.toBe('rgba(0, 0, 0, 0)');
      });
      expect(violations).toEqual([]);
    }, 30_000);

    it("applies the HTML report's own stylesheet and nothing else inline", async () => {
      const response = await testApp
        .http()
        .get(`/funds/${REPORT_FUND_ID}/reports/accountability`)
        .query({ from: '2024-01-01', to: '2024-12-31', format: 'html' })
        .set('Authorization', await bearer('council'));
      expect(response.status).toBe(200);
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.route('**/report.html', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': String(response.headers['content-security-policy']) },
          body: response.text,
        }),
      );
      await page.goto(`http://127.0.0.1:${port}/report.html`);
      const background = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      expect(background).toBe('rgb(244, 245, 247)');
      expect(violations).toEqual([]);
      await page.close();
    }, 30_000);
  });
});

/** Writes raw bytes on a fresh connection and reads until the service closes it or answers. */
function rawExchange(port: number, text: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => {
      received += data;
    });
    socket.on('error', reject);
    socket.on('close', () =>
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0), text: received }),
    );
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer within 20 s')));
  });
}
