/**
 * Goal: the web application, built and served by the real service on SQLite, works for each of its
 * people in a real browser: a fresh install greets its first user; the treasury books money by
 * keyboard alone, sees the funders' split before sending, and reads refusals next to the field; fund
 * management filters the board; a jury member votes and reads why they may not; the council reads the
 * report and downloads it; the auditor sees the seals, verifies the ledger now and exports it; English is selectable; a
 * view of the past is marked and offers no commands; an ended session says so. axe finds no WCAG 2.0 or
 * 2.1 A/AA violation on any screen, and every screen is kept as a screenshot.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runDemo } from '../../apps/ledger-cli/src/demo/dortmund-demo';
import { todayIsoDate } from '../../apps/ledger-web/src/i18n/dates';
import { describeInBrowser, launchChromium } from './support/chromium';
import { artifactPath, checkScreen, signIn, tabTo, waitForWorkspace } from './support/pages';
import { buildWebApp, removeFolder, startWebService, type WebService } from './support/web-service';

jest.setTimeout(120_000);

const FUND_ID = 'dortmund-city-fonds';

describeInBrowser('the web application in a browser [sqlite]', () => {
  let webAppPath: string;
  let service: WebService;
  let browser: Browser;
  let context: BrowserContext;
  let duePayout: { grantId: string; title: string; toPay: string };

  beforeAll(async () => {
    webAppPath = buildWebApp();
    service = await startWebService(webAppPath);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    removeFolder(webAppPath);
  });

  beforeEach(async () => {
    context = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
  });

  afterEach(() => context.close());

  async function expectAccessible(page: Page, name: string): Promise<void> {
    const screen = await checkScreen(page, name);
    expect(screen.violations).toEqual([]);
  }

  async function openFund(page: Page, workspace: string): Promise<void> {
    await page
      .getByRole('link', { name: new RegExp(`^${workspace}`) })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: workspace }).waitFor();
  }

  it('greets the first user of a fresh install with what to do next, and records the time to the first screen', async () => {
    const page = await context.newPage();
    const startedAt = Date.now();
    await page.goto(service.baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const firstScreenMs = Date.now() - startedAt;
    const navigation = await page.evaluate<{ domContentLoadedMs: number; loadMs: number }>(
      `(() => {
        const entry = performance.getEntriesByType('navigation')[0];
        return { domContentLoadedMs: Math.round(entry.domContentLoadedEventEnd), loadMs: Math.round(entry.loadEventEnd) };
      })()`,
    );
    writeFileSync(
      artifactPath('first-screen.json'),
      `${JSON.stringify({ firstScreenMs, ...navigation }, null, 2)}\n`,
    );
    process.stdout.write(
      `Time to the first screen on localhost: ${firstScreenMs} ms (${JSON.stringify(navigation)})\n`,
    );
    expect(firstScreenMs).toBeLessThan(10_000);
    await expectAccessible(page, '01-sign-in');

    await signIn(page, 'fund-manager', 'Claudia Citymanagement');
    await page.getByText('Willkommen! Es ist noch kein Verfügungsfonds angelegt.').waitFor();
    await expectAccessible(page, '02-fresh-install');
  });

  it('fills the fund with the demo through the API', async () => {
    await runDemo({
      baseUrl: service.baseUrl,
      fundId: FUND_ID,
      mintToken: service.mintToken,
      log: () => undefined,
    });
    duePayout = await prepareDuePayout(service);
    await raiseThisYearsBudget(service, '95000.00');
    await putDeferredApplicationOnAgenda(service);
  });

  it('shows the treasury its pots, funders, fiscal years, the payouts waiting for it and the application board', async () => {
    const page = await context.newPage();
    await page.goto(service.baseUrl);
    await signIn(page, 'treasurer', 'Tom Kämmerei');
    await page.getByRole('heading', { name: 'City-Fonds Dortmund' }).waitFor();
    await expectAccessible(page, '03-start-with-fund');
    await openFund(page, 'Kämmerei');
    await page.getByRole('table', { name: 'Mittel des Fonds nach Topf' }).waitFor();
    await page
      .getByRole('table', { name: /anerkanntem Verwendungsnachweis/ })
      .getByRole('rowheader', { name: duePayout.title })
      .waitFor();
    await expect(
      page
        .getByText(/^Stand \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr · Ereignis \d+$/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('row', { name: /Summe/ }).first().textContent()).resolves.toContain(
      '90.000,00\u00a0€',
    );
    await expectAccessible(page, '04-treasury-overview');

    await page.getByRole('link', { name: 'Hauptbuch' }).click();
    await page.getByText('Soll und Haben sind ausgeglichen').waitFor();
    await expectAccessible(page, '05-treasury-trial-balance');
    await page.getByRole('link', { name: 'Bankkonto des Fonds' }).click();
    await page.getByRole('heading', { name: /Kontoauszug 1000/ }).waitFor();
    await expectAccessible(page, '06-treasury-account-statement');

    await page
      .getByRole('navigation', { name: 'Ansichten der Kämmerei' })
      .getByRole('link', { name: 'Anträge' })
      .click();
    await page
      .getByRole('table', { name: /^Alle Anträge/ })
      .getByRole('rowheader', { name: duePayout.title })
      .waitFor();
    expect(page.url()).toContain(`/funds/${FUND_ID}/treasury/board`);
    await expectAccessible(page, '06-treasury-application-board');
  });

  it('lets the treasury book public money by keyboard alone: refusal next to the field, the split checked before sending', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/treasury`);
    await signIn(page, 'treasurer', 'Tom Kämmerei');
    await tabTo(page, 'a[href$="/treasury/public-contribution"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '#public-contribution-amount');
    await page.keyboard.type('1.234,567');
    await tabTo(page, '#public-contribution-reference');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Es gibt ein Problem' }).waitFor();
    await expect(page.locator('#public-contribution-amount-error').textContent()).resolves.toContain(
      'höchstens zwei Nachkommastellen',
    );
    await expect(page.locator('#public-contribution-amount').inputValue()).resolves.toBe('1.234,567');
    await expectAccessible(page, '07-treasury-booking-refused');

    await page.locator('#public-contribution-amount').fill('');
    await tabTo(page, '#public-contribution-amount');
    await page.keyboard.type('2.500,00');
    await tabTo(page, '#public-contribution-reference');
    await page.keyboard.type('Haushalt, zweite Rate');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Prüfen Sie Ihre Angaben' }).waitFor();
    const split = page.getByRole('table', { name: /aufgeteilt/ });
    await expect(split.textContent()).resolves.toContain('2.500,00\u00a0€');
    await expectAccessible(page, '08-treasury-check-answers');
    await tabTo(page, 'main form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Der öffentliche Eingang ist gebucht' }).waitFor();
    await expectAccessible(page, '09-treasury-booked');
    const recorded = await service.testApp.eventStore.headPosition();
    expect(recorded).toBeGreaterThan(0);
  });

  it('shows a refusal of the fund rules next to the payout amount and keeps what was typed', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/treasury`);
    await signIn(page, 'treasurer', 'Tom Kämmerei');
    await page.getByRole('link', { name: new RegExp(`Auszahlung anordnen\\s*: ${duePayout.title}`) }).click();
    const amount = page.locator('#payout-amount');
    await amount.fill('999.999,00');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Auszahlung jetzt anordnen' }).click();
    await page.locator('#payout-amount-error').waitFor();
    await expect(page.locator('#payout-amount-error').textContent()).resolves.toMatch(
      /still to be paid|noch/,
    );
    await expect(amount.inputValue()).resolves.toBe('999.999,00');
    await expectAccessible(page, '10-treasury-payout-refused');
    await amount.fill(duePayout.toPay.replace('.', ','));
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Auszahlung jetzt anordnen' }).click();
    await page.getByRole('heading', { name: 'Die Auszahlung ist angeordnet' }).waitFor();
  });

  it('keeps four eyes on a payout: the fund office certifies, the certifier may not order and is told why, another person orders and exports, the files download', async () => {
    const payout = await prepareFourEyesPayout(service);
    const office = await context.newPage();
    await office.goto(`${service.baseUrl}/funds/${FUND_ID}/management`);
    await signIn(office, 'fund-manager', 'maria.schulz');
    await office.getByRole('heading', { name: 'Zahlungen mit Vier-Augen-Prinzip' }).waitFor();
    const certifyButton = office.getByRole('button', {
      name: 'Sachlich und rechnerisch richtig feststellen',
    });
    await certifyButton.first().waitFor();
    await expectAccessible(office, '11-payments-to-certify');
    const amountField = office.locator(`#certify-${payout.grantId}-amount`);
    await amountField.fill(payout.toPay.replace('.', ','));
    await office.locator(`#certify-${payout.grantId}-amount`).press('Enter');
    await office.getByText('Die Zahlung ist festgestellt.').waitFor();

    const other = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      acceptDownloads: true,
    });
    try {
      const own = await other.newPage();
      await own.goto(`${service.baseUrl}/funds/${FUND_ID}/treasury/payments`);
      await signIn(own, 'treasurer', 'maria.schulz');
      await own.getByRole('button', { name: 'Zahlung anordnen' }).first().click();
      await own.getByText(/Sie haben diese Zahlung selbst sachlich und rechnerisch festgestellt/).waitFor();
      await expectAccessible(own, '12-payments-four-eyes-refusal');
    } finally {
      await other.close();
    }

    const treasury = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      acceptDownloads: true,
    });
    try {
      const page = await treasury.newPage();
      await page.goto(`${service.baseUrl}/funds/${FUND_ID}/treasury/payments`);
      await signIn(page, 'treasurer', 'tom.kaemmerei');
      await page.getByRole('button', { name: 'Zahlung anordnen' }).first().click();
      await page.getByText('Die Zahlung ist angeordnet').waitFor();
      await page.locator('#payment-export-debtor\\.name').fill('Stadtkasse Dortmund');
      await page.locator('#payment-export-debtor\\.iban').fill('DE03 4405 0199 0000 1234 56');
      await page.getByRole('button', { name: 'Export erstellen' }).click();
      await page.getByText(/Der Export ist erstellt/).waitFor();
      await page.getByRole('button', { name: 'SEPA-Datei (pain.001) herunterladen' }).waitFor();
      await expectAccessible(page, '13-payments-exported');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'SEPA-Datei (pain.001) herunterladen' }).first().click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pain\.001\.xml$/);
      expect(download.url()).not.toMatch(/token|Bearer/i);
    } finally {
      await treasury.close();
    }
  });

  it('marks a view of the past and offers no commands in it', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/treasury/public-contribution`);
    await signIn(page, 'treasurer', 'Tom Kämmerei');
    await waitForWorkspace(page);
    await page.locator('#as-of-date').fill('2020-12-31');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.getByText('Vergangener Stand: 31.12.2020.').waitFor();
    expect(page.url()).toContain('asOf=2020-12-31');
    await page.getByText(/gab es den Fonds .* noch nicht/).waitFor();
    await expect(page.getByRole('button', { name: 'Jetzt buchen' }).count()).resolves.toBe(0);
    await expectAccessible(page, '11-past-view');
    await page.goBack();
    await page.getByRole('heading', { name: 'Öffentlichen Eingang buchen' }).waitFor();
  });

  it('shows a business date beside the point in time and asks the service for that cut', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/treasury`);
    await signIn(page, 'treasurer', 'Tom Kämmerei');
    await waitForWorkspace(page);
    const demoYear = todayIsoDate().slice(0, 4);
    const asked = page.waitForRequest((request) => request.url().includes(`effectiveOn=${demoYear}-03-31`));
    await page.locator('#effective-on-date').fill(`${demoYear}-03-31`);
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await asked;
    await page.getByText(`Stichtag: 31.03.${demoYear} – nur Vorgänge bis zu diesem Tag.`).waitFor();
    expect(page.url()).toContain(`effectiveOn=${demoYear}-03-31`);
    expect(page.url()).not.toContain('asOf=');
    await page
      .getByText(new RegExp(`Stichtag 31\\.03\\.${demoYear}$`))
      .first()
      .waitFor();
    await expectAccessible(page, '11b-effective-on-view');
    await page.locator('#effective-on-date').fill(`${Number(demoYear) + 1}-01-01`);
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.locator('#effective-on-date-error').waitFor();
    await expectAccessible(page, '11c-effective-on-refused');
  });

  it('shows fund management the board with statuses, a filter and the running tallies', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/management`);
    await signIn(page, 'fund-manager', 'Claudia Citymanagement');
    await page.getByRole('table', { name: /Alle Anträge \(12\)/ }).waitFor();
    await expectAccessible(page, '12-management-board');
    await page.getByLabel('Nach Status filtern').selectOption('granted');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.getByRole('table', { name: /Status „bewilligt“/ }).waitFor();
    expect(page.url()).toContain('status=granted');
  });

  it('lets a jury member vote by keyboard, and tells another why they may not', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/jury`);
    await signIn(page, 'jury-member', 'p.krueger');
    await page.getByText('Sie können abstimmen.').waitFor();
    await expectAccessible(page, '13-jury-agenda');
    await tabTo(page, 'input[type=radio][value=yes]');
    await page.keyboard.press('Space');
    await tabTo(page, 'form:has(input[value=yes]) button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByText('Ihre Stimme ist erfasst: ja.').waitFor();

    const absent = await context.newPage();
    await absent.goto(`${service.baseUrl}/funds/${FUND_ID}/jury`);
    await signIn(absent, 'jury-member', 's.lange');
    await absent.getByText(/nicht als anwesend erfasst/).waitFor();
    await absent.getByLabel('ja', { exact: true }).check();
    await absent.getByRole('button', { name: 'Stimme abgeben' }).click();
    await absent.locator('[id$="-vote-error"]').waitFor();
    await expectAccessible(absent, '14-jury-refused');
  });

  it('gives the council the report with charts and tables, tied to the digest, and downloads it as PDF', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/council`);
    await signIn(page, 'council', 'Ratsmitglied Roth');
    await page
      .getByRole('heading', { name: 'Der Bericht beruht auf diesem Stand des Ereignisbuchs' })
      .waitFor();
    await page.getByRole('img', { name: /Eingänge je Monat/ }).waitFor();
    await page.getByRole('table', { name: 'Eingänge je Monat' }).waitFor();
    await expectAccessible(page, '15-council-report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bericht als PDF (Deutsch)' }).click(),
    ]);
    const path = artifactPath(download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(page.url()).toMatch(/from=\d{4}-01-01&to=\d{4}-\d{2}-\d{2}|\/council$/);
  });

  it('lets the auditor verify the ledger now by keyboard, with progress and verdict, and export it', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/audit`);
    await signIn(page, 'auditor', 'Rechnungsprüfungsamt');
    await page.getByRole('table', { name: /Prüfsumme und der ihres Vorgängers/ }).waitFor();
    await page.getByRole('heading', { name: 'Versiegelung des Ereignisbuchs' }).waitFor();
    await page.getByText('Dieser Dienst versiegelt nicht (kein Signaturschlüssel eingerichtet)').waitFor();
    await tabTo(page, '#verify-now');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Das Ereignisbuch ist unverändert' }).waitFor();
    expect(page.url()).toMatch(/verification=[0-9a-f-]{36}/);
    await expectAccessible(page, '16-audit-verified');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ereignisse dieses Fonds (JSONL)' }).click(),
    ]);
    const path = artifactPath(download.suggestedFilename());
    await download.saveAs(path);
    const firstEvent = JSON.parse(readFileSync(path, 'utf8').split('\n')[0] ?? '{}') as { type?: string };
    expect(firstEvent.type).toBe('FundOpened');
  });

  it('speaks English when chosen', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/treasury`);
    await signIn(page, 'treasurer', 'Tom Kämmerei');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Treasury' }).waitFor();
    await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('en');
    const pots = page.getByRole('table', { name: "The fund's money by pot" });
    await expect(pots.getByRole('row', { name: /^Public money/ }).textContent()).resolves.toMatch(
      /€\d{1,3}(,\d{3})*\.\d{2}/,
    );
    await expectAccessible(page, '17-treasury-english');
  });

  it('reaches the accessibility statement and the privacy notice from every footer, signed in or not', async () => {
    const page = await context.newPage();
    await page.goto(service.baseUrl);
    await page.getByRole('link', { name: 'Barrierefreiheit' }).click();
    await page.getByRole('heading', { level: 1, name: /Barrierefreiheit/ }).waitFor();
    await expectAccessible(page, '19-accessibility-statement');
    await page.getByRole('link', { name: 'Datenschutz' }).click();
    await page.getByRole('heading', { level: 1, name: /Datenschutz/ }).waitFor();
    expect(page.url()).toBe(`${service.baseUrl}/privacy`);
  });

  it('says plainly that the session ended when the service refuses the token', async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/funds/${FUND_ID}/treasury`);
    await signIn(page, 'treasurer', 'Tom Kämmerei');
    await page.getByRole('table', { name: 'Mittel des Fonds nach Topf' }).waitFor();
    await page.route('**/funds/*/ledger/trial-balance*', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Authentication is required',
          status: 401,
          detail: 'The token has expired',
        }),
      }),
    );
    await page.getByRole('link', { name: 'Hauptbuch' }).click();
    await page.getByText('Sie wurden abgemeldet').waitFor();
    expect(decodeURIComponent(page.url())).toContain(`returnTo=/funds/${FUND_ID}/treasury/ledger`);
    await expectAccessible(page, '18-signed-out');
  });
});

/** Accepts the proof of use of the first grant still committed, so that it waits for its payout. */
async function prepareDuePayout(
  service: WebService,
): Promise<{ grantId: string; title: string; toPay: string }> {
  const manager = await service.mintToken('fund-manager', 'citymanagement');
  const board = (await request(service, 'GET', `/funds/${FUND_ID}/board?status=granted`, manager)) as {
    applications: { grant: { grantId: string; status: string; eligibleCosts: string } | null }[];
  };
  const grant = board.applications
    .map((entry) => entry.grant)
    .find((candidate) => candidate?.status === 'committed');
  if (grant === undefined || grant === null) throw new Error('The demo left no committed grant');
  await request(service, 'POST', `/funds/${FUND_ID}/grants/${grant.grantId}/proofs-of-use`, manager, {
    reportedCosts: grant.eligibleCosts,
    reference: 'VN-BROWSER-1',
  });
  await request(service, 'POST', `/funds/${FUND_ID}/grants/${grant.grantId}/proof-acceptance`, manager, {
    provenEligibleCosts: grant.eligibleCosts,
  });
  const treasurer = await service.mintToken('treasurer', 'treasury');
  const due = (await request(service, 'GET', `/funds/${FUND_ID}/payouts-due`, treasurer)) as {
    payouts: { grantId: string; title: string; toPay: string }[];
  };
  const payout = due.payouts.find((candidate) => candidate.grantId === grant.grantId);
  if (payout === undefined) throw new Error('The accepted grant is not due for payout');
  return payout;
}

/**
 * Switches the demo fund to four eyes, accepts the proof of use of the next committed grant and records
 * its payee, so that its payout waits for the fund office to certify it.
 */
async function prepareFourEyesPayout(service: WebService): Promise<{ grantId: string; toPay: string }> {
  const manager = await service.mintToken('fund-manager', 'citymanagement');
  const fund = (await request(service, 'GET', `/funds/${FUND_ID}`, manager)) as {
    settings: Record<string, unknown>;
  };
  await request(service, 'POST', `/funds/${FUND_ID}/settings`, manager, {
    settings: { ...fund.settings, fourEyesPayments: true },
  });
  const payout = await prepareDuePayout(service);
  const board = (await request(service, 'GET', `/funds/${FUND_ID}/board?status=granted`, manager)) as {
    applications: { details: { applicant: { name: string } }; grant: { grantId: string } | null }[];
  };
  const entry = board.applications.find((candidate) => candidate.grant?.grantId === payout.grantId);
  if (entry === undefined) throw new Error(`Grant ${payout.grantId} is not on the board`);
  await request(service, 'POST', `/funds/${FUND_ID}/grants/${payout.grantId}/payee`, manager, {
    accountHolder: entry.details.applicant.name,
    iban: 'DE89 3704 0044 0532 0130 00',
  });
  return payout;
}

/** The demo received the whole budget of the year; a higher budget lets the treasury book more. */
async function raiseThisYearsBudget(service: WebService, publicBudget: string): Promise<void> {
  const treasurer = await service.mintToken('treasurer', 'treasury');
  await request(service, 'POST', `/funds/${FUND_ID}/budgets/${todayIsoDate().slice(0, 4)}`, treasurer, {
    publicBudget,
  });
}

/** The deferred application goes on the next meeting's agenda with ten of the eleven members present. */
async function putDeferredApplicationOnAgenda(service: WebService): Promise<void> {
  const manager = await service.mintToken('fund-manager', 'citymanagement');
  const board = (await request(service, 'GET', `/funds/${FUND_ID}/board?status=deferred`, manager)) as {
    applications: { applicationId: string }[];
  };
  const applicationId = board.applications[0]?.applicationId;
  if (applicationId === undefined) throw new Error('The demo left no deferred application');
  await request(service, 'POST', `/funds/${FUND_ID}/applications/${applicationId}/agenda`, manager, {
    meetingId: 'jury-browser',
    meetingDate: todayIsoDate(),
  });
  const present = Array.from({ length: 10 }, (_, index) => `member-${String(index + 1).padStart(2, '0')}`);
  await request(service, 'POST', `/funds/${FUND_ID}/applications/${applicationId}/attendance`, manager, {
    presentMemberIds: present,
  });
}

async function request(
  service: WebService,
  method: 'GET' | 'POST',
  path: string,
  token: string,
  body?: object,
): Promise<unknown> {
  const response = await fetch(`${service.baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(method === 'POST'
        ? { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }
        : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
