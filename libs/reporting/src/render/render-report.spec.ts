/**
 * Goal: the rendered reports. The same history gives byte-identical JSON, CSV and HTML (and PDF) in both
 * languages; JSON is canonical; German formats amounts as 1.234,50 € and English as €1,234.50; CSV suits
 * German and English spreadsheets and defuses formulas smuggled in through names; HTML is one
 * self-contained page with its charts inline and every name escaped; no format passes a stored control
 * or bidirectional formatting character to its reader.
 */
import canonicalize from 'canonicalize';
import type { FundEvent } from '@fund-ledger/domain';
import { buildAccountabilityReport } from '../accountability/build-accountability-report';
import { reportPeriod } from '../accountability/report-period';
import { councilYearEvents, digestOf, recordFundEvents, REPORT_FUND_ID } from '../testing/report-histories';
import { pdfText } from './pdf-text';
import { renderReport, REPORT_FORMATS } from './render-report';
import { REPORT_LANGUAGES } from './report-labels';

function sampleReport(events: readonly FundEvent[] = councilYearEvents()) {
  const log = recordFundEvents(events);
  const digest = digestOf(log);
  return buildAccountabilityReport({
    fundId: REPORT_FUND_ID,
    period: reportPeriod('2024-01-01', '2024-12-31'),
    events: log,
    position: digest.position,
    ledgerDigest: digest,
  });
}

/** The sample year with an applicant and a contributor whose names try to break out of CSV and HTML. */
function hostileEvents(): FundEvent[] {
  return councilYearEvents().map((event) => {
    if (event.type === 'ApplicationSubmitted' && event.data.applicationId === 'pianos') {
      return { ...event, data: { ...event.data, title: '<script>alert("x")</script> & "Klaviere"' } };
    }
    if (event.type === 'PrivateContributionRecorded' && event.data.contributionId === 'cityring-2024') {
      const contributor = { ...event.data.contributor, name: '=HYPERLINK("http://evil.example";"klick")' };
      return { ...event, data: { ...event.data, contributor } };
    }
    return event;
  });
}

describe('rendering the accountability report', () => {
  const report = sampleReport();

  it.each(
    REPORT_FORMATS.flatMap((format) => REPORT_LANGUAGES.map((language) => [format, language] as const)),
  )(
    'gives the same %s bytes (%s) when the report is built again from the same history',
    async (format, language) => {
      const first = await renderReport(report, format, { language });
      const second = await renderReport(sampleReport(), format, { language });
      expect(first.equals(second)).toBe(true);
    },
  );

  it('writes JSON as RFC 8785 canonical JSON of the report, whatever the language', async () => {
    const german = await renderReport(report, 'json', { language: 'de' });
    const english = await renderReport(report, 'json', { language: 'en' });
    expect(german.toString('utf8')).toBe(`${canonicalize(report)}\n`);
    expect(english.equals(german)).toBe(true);
  });

  it('formats amounts, dates and shares for German readers', async () => {
    const html = (await renderReport(report, 'html', { language: 'de' })).toString('utf8');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('30.000,00\u00a0€');
    expect(html).toContain('22.500,50\u00a0€');
    expect(html).toContain('−3.900,00\u00a0€');
    expect(html).toContain('01.01.2024 – 31.12.2024');
    expect(html).toContain('50,00\u202f%');
    expect(html).toContain('Entscheidungen der Jury');
  });

  it('formats amounts, dates and shares for English readers', async () => {
    const html = (await renderReport(report, 'html', { language: 'en' })).toString('utf8');
    expect(html).toContain('€30,000.00');
    expect(html).toContain('−€3,900.00');
    expect(html).toContain('2024-01-01 – 2024-12-31');
    expect(html).toContain('50.00%');
    expect(html).toContain('Jury decisions');
  });

  it('writes German CSV with semicolons and decimal commas, English CSV with commas and points', async () => {
    const german = (await renderReport(report, 'csv', { language: 'de' })).toString('utf8');
    const english = (await renderReport(report, 'csv', { language: 'en' })).toString('utf8');
    expect(german.startsWith('\ufeffRechenschaftsbericht Verfügungsfonds\r\n')).toBe(true);
    expect(german).toContain('Eingänge;30000,00;22500,50;52500,50\r\n');
    expect(german).toContain('Bewilligt;-3900,00;-3900,00;-7800,00\r\n');
    expect(english).toContain('Received,30000.00,22500.50,52500.50\r\n');
    expect(english).toContain('2024-03-12,Klaviere in der City – Klavierfreunde Dortmund e.V.,approved,');
  });

  it('defuses formulas and quotes separators in CSV cells', async () => {
    const csv = (await renderReport(sampleReport(hostileEvents()), 'csv', { language: 'en' })).toString(
      'utf8',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"";""klick"")",Association,1,15000.00`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('shows stored control and bidi characters as code points in every format', async () => {
    const forged = councilYearEvents().map((event) =>
      event.type === 'ApplicationSubmitted' && event.data.applicationId === 'pianos'
        ? { ...event, data: { ...event.data, title: 'Pianos\u001b[2K\r\u0007\u202eFAKE' } }
        : event,
    );
    const report = sampleReport(forged);
    for (const format of ['csv', 'html'] as const) {
      const text = (await renderReport(report, format, { language: 'en' })).toString('utf8');
      expect(text).toContain('Pianos[U+001B][2K[U+000D][U+0007][U+202E]FAKE');
      expect(containsAny(text, '\u0007\u001b\u202e')).toBe(false);
    }
    expect(pdfText('Pianos\u001b[2K\r\u0007\u202eFAKE')).toBe(
      'Pianos[U+001B][2K[U+000D][U+0007][U+202E]FAKE',
    );
  });

  it('writes one self-contained HTML page with inline SVG charts and every name escaped', async () => {
    const html = (await renderReport(sampleReport(hostileEvents()), 'html', { language: 'de' })).toString(
      'utf8',
    );
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Klaviere&quot;');
    expect(html).not.toMatch(/(src|href)=/);
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('@media print');
  });
});

/** Whether the text holds any of the characters. */
function containsAny(text: string, characters: string): boolean {
  return [...characters].some((character) => text.includes(character));
}
