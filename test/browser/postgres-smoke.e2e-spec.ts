/**
 * Goal: the web application works on the PostgreSQL store too: a treasurer signs in, finds the fund,
 * and reads the treasury's figures; axe finds nothing on either screen. The full walk runs on SQLite.
 */
import type { Browser } from 'playwright-core';
import { runDemo } from '../../apps/ledger-cli/src/demo/dortmund-demo';
import { describeWithPostgres } from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { describeInBrowser, launchChromium } from './support/chromium';
import { checkScreen, signIn } from './support/pages';
import { buildWebApp, removeFolder, startWebService, type WebService } from './support/web-service';

jest.setTimeout(120_000);

describeInBrowser('the web application in a browser', () => {
  describeWithPostgres(
    'smoke walk [postgres]',
    () => {
      let webAppPath: string;
      let service: WebService;
      let browser: Browser;

      beforeAll(async () => {
        webAppPath = buildWebApp();
        service = await startWebService(webAppPath, { store: 'postgres' });
        await runDemo({
          baseUrl: service.baseUrl,
          fundId: 'dortmund-city-fonds',
          mintToken: service.mintToken,
          log: () => undefined,
        });
        browser = await launchChromium();
      });

      afterAll(async () => {
        await browser?.close();
        await service?.close();
        removeFolder(webAppPath);
      });

      it('shows the treasury its figures', async () => {
        const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(service.baseUrl);
        await signIn(page, 'treasurer', 'Tom Kämmerei');
        await page.getByRole('heading', { name: 'City-Fonds Dortmund' }).waitFor();
        expect((await checkScreen(page, 'postgres-01-start')).violations).toEqual([]);
        await page.getByRole('link', { name: 'Kämmerei – City-Fonds Dortmund' }).click();
        await page.getByRole('table', { name: 'Mittel des Fonds nach Topf' }).waitFor();
        await expect(
          page
            .getByRole('row', { name: /^Öffentliche Mittel/ })
            .first()
            .textContent(),
        ).resolves.toContain('90.000,00\u00a0€');
        expect((await checkScreen(page, 'postgres-02-treasury')).violations).toEqual([]);
        await context.close();
      });
    },
    () => it.skip('is not run without PostgreSQL', () => undefined),
  );
});
