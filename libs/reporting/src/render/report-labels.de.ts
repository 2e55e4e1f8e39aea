/** The report's words in German, the council's language and the default. */
import type { ReportLabels } from './report-labels';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const GERMAN: ReportLabels = {
  documentTitle: 'Rechenschaftsbericht Verfügungsfonds',
  page: (page, pageCount) => `Seite ${page} von ${pageCount}`,
  footer: (root, position) => `Ledger-Digest ${root} · Position ${position}`,
  yes: 'ja',
  no: 'nein',
  none: '–',
  total: 'Summe',
  emptyList: 'Keine Einträge im Zeitraum.',
  facts: {
    fund: 'Fonds',
    area: 'Gebiet',
    period: 'Berichtszeitraum',
    fundStatus: 'Status des Fonds am Ende des Zeitraums',
    fundingSource: 'Herkunft der öffentlichen Mittel',
    matchingModel: 'Kofinanzierung',
    publicShareMax: 'Höchstanteil öffentlicher Mittel',
    perProjectPublicCap: 'Höchstbetrag öffentlicher Mittel je Projekt',
    noCap: 'keine Obergrenze',
    publicMoneyInvestiveOnly: 'Öffentliche Mittel nur für investive Maßnahmen',
    publicFunders: 'Öffentliche Mittelgeber (Anteile)',
    position: 'Berechnet aus dem Ereignisprotokoll bis Position',
    ledgerDigest: 'Ledger-Digest (Fingerabdruck des Protokolls)',
    digestCovers: 'Der Digest umfasst',
    fundStreamHead: 'Letztes Ereignis des Fonds (Revision, Hash)',
    eventsInPeriod: 'Ereignisse des Fonds im Zeitraum',
    generatedAt: 'Erstellt am',
    sealPosition: 'Siegel bis Position',
    sealedAt: 'Versiegelt am',
    sealSignature: 'Signatur des Siegels',
    sealKey: 'Schlüssel des Siegels (SHA-256)',
  },
  dates: {
    periodBasis: {
      recorded: 'alle in diesem Zeitraum im Ledger erfassten Ereignisse',
      'value-date': 'alle Buchungen mit Valuta in diesem Zeitraum',
      'meeting-date': 'alle Entscheidungen aus Sitzungen in diesem Zeitraum',
      'business-date':
        'alle Vorgänge, die in diesem Zeitraum geschahen (nach Valuta, Sitzungstag, Bescheid- oder Eingangsdatum; ohne eigenes Datum nach dem Tag der Erfassung)',
      'notice-date': 'alle Bescheide mit Datum in diesem Zeitraum',
    },
    note: {
      recorded: 'Maßgebliches Datum: der Tag der Erfassung im Ledger.',
      'value-date': 'Maßgebliches Datum: die Valuta (Buchungstag der Bank).',
      'meeting-date': 'Maßgebliches Datum: der Tag der Jurysitzung.',
      'business-date':
        'Maßgebliches Datum: der Tag des Vorgangs (Valuta, Sitzung, Bescheid, Eingang); ohne eigenes Datum der Tag der Erfassung.',
      'notice-date': 'Maßgebliches Datum: das Datum des Bescheids.',
    },
  },
  sections: {
    balances: 'Verfügbare Mittel, Bindungen und Rückforderungen',
    moneyIn: 'Mittelzuflüsse nach Herkunft',
    capOverTime: 'Anteil öffentlicher Mittel und Obergrenze',
    applications: 'Anträge nach Ergebnis',
    decisions: 'Entscheidungen der Jury',
    grants: 'Bewilligungen (Zuwendungsbescheide)',
    payouts: 'Auszahlungen',
    openCommitments: 'Offene Mittelbindungen am Ende des Zeitraums',
    clawbacks: 'Widerrufe und Rückforderungen',
    integrity: 'Prüfbarkeit',
  },
  lines: {
    availableAtStart: 'Verfügbar zu Beginn des Zeitraums',
    received: 'Eingänge',
    refunded: 'Rückzahlungen erhalten',
    lapsed: 'Verfallen zum Jahresabschluss',
    granted: 'Bewilligt',
    released: 'Freigegebene Bindungen',
    availableAtEnd: 'Verfügbar am Ende des Zeitraums',
    openCommitmentsAtStart: 'Offene Bindungen zu Beginn des Zeitraums',
    paid: 'Ausgezahlt',
    openCommitmentsAtEnd: 'Offene Bindungen am Ende des Zeitraums',
    repaymentOutstandingAtStart: 'Offene Rückforderungen zu Beginn des Zeitraums',
    repaymentDemanded: 'Gefordert (mit Zinsen)',
    repaymentOutstandingAtEnd: 'Offene Rückforderungen am Ende des Zeitraums',
  },
  funderColumns: {
    availableAtStart: 'Verfügbar zu Beginn',
    received: 'Eingänge',
    refunded: 'Rückzahlungen',
    lapsed: 'Verfallen',
    granted: 'Bewilligt',
    released: 'Freigegeben',
    availableAtEnd: 'Verfügbar am Ende',
    openCommitmentsAtStart: 'Offen zu Beginn',
    paid: 'Ausgezahlt',
    openCommitmentsAtEnd: 'Offen am Ende',
    repaymentOutstandingAtStart: 'Offen zu Beginn',
    repaymentDemanded: 'Gefordert',
    repaymentOutstandingAtEnd: 'Offen am Ende',
  },
  balances: {
    introPooled:
      'Der Fonds verwaltet öffentliche und private Mittel. Verfügbar ist, was eingegangen und weder gebunden noch ausgezahlt ist; gebunden ist, was bewilligt und weder ausgezahlt noch freigegeben ist.',
    introPerProject:
      'Der Fonds fördert je Projekt: Die private Hälfte ist der Eigenanteil der Antragstellenden, der beim Projekt bleibt und nicht in den Fonds fließt. Die Beträge dieses Abschnitts sind daher öffentliche Mittel; förderfähige Kosten und Eigenanteil jedes Projekts stehen in Abschnitt 3. Verfügbar ist, was eingegangen und weder gebunden noch ausgezahlt ist; gebunden ist, was bewilligt und weder ausgezahlt noch freigegeben ist.',
    availableTitle: 'Verfügbare Mittel',
    commitmentsTitle: 'Mittelbindungen',
    repaymentsTitle: 'Rückforderungen',
    signNote:
      'Vorzeichen: + erhöht, − mindert den Bestand. Nur die drei Überleitungen dieses Abschnitts tragen Vorzeichen; alle anderen Tabellen zeigen Beträge ohne Vorzeichen, ihre Spalte nennt die Richtung.',
    availableRule:
      'Verfügbar am Ende = verfügbar zu Beginn + Eingänge + Rückzahlungen − Verfallenes − Bewilligtes + freigegebene Bindungen. Eine Auszahlung löst eine Bindung ein und ändert das Verfügbare nicht.',
    commitmentsRule:
      'Offene Bindungen am Ende = offene Bindungen zu Beginn + Bewilligtes − Ausgezahltes − freigegebene Bindungen.',
    repaymentsRule:
      'Offene Rückforderungen am Ende = offene Rückforderungen zu Beginn + Gefordertes − erhaltene Rückzahlungen.',
    fundersAvailableTitle: 'Verfügbare öffentliche Mittel je Mittelgeber',
    fundersCommitmentsTitle: 'Bindungen öffentlicher Mittel je Mittelgeber',
    fundersNote: 'Die Summen sind die öffentlichen Mittel der Überleitungen oben.',
    oneFunder: (name) =>
      `Alle öffentlichen Mittel stammen von einem Mittelgeber, ${name}: Die öffentlichen Beträge oben sind seine.`,
  },
  columns: {
    item: 'Position',
    public: 'Öffentlich',
    private: 'Privat',
    publicMoney: 'Öffentliche Mittel',
    amount: 'Betrag',
    funder: 'Mittelgeber',
    kind: 'Art',
    contributor: 'Geldgeber',
    count: 'Anzahl',
    month: 'Monat',
    monthEnd: 'Stand',
    publicSpent: 'Öffentlich verausgabt',
    privateSpent: 'Privat verausgabt',
    publicShare: 'Öffentl. Anteil',
    cap: 'Obergrenze',
    withinCap: 'Eingehalten',
    headroom: 'Spielraum',
    project: 'Projekt',
    eligibleCosts: 'Förderfähige Kosten',
    ownContribution: 'Eigenanteil',
    publicLimit: 'Grenze',
    status: 'Status',
    requested: 'Beantragt',
    approved: 'Beschlossen',
    date: 'Datum',
    meetingDate: 'Sitzung',
    meeting: 'Sitzung',
    application: 'Antrag',
    outcome: 'Ergebnis',
    votes: 'Ja / Nein / Enthaltung',
    quorum: 'Quorum',
    decidedAmount: 'Beschluss',
    present: 'Anwesend',
    recused: 'Befangen',
    grant: 'Bewilligung',
    granted: 'Bewilligt',
    paid: 'Ausgezahlt',
    released: 'Freigegeben',
    openAtEnd: 'Offen am Ende',
    valueDate: 'Valuta',
    payoutKind: 'Art',
    reason: 'Grund',
    principal: 'Hauptforderung',
    interest: 'Zinsen',
    due: 'Gefordert',
    repaidBefore: 'Zurückgezahlt vor dem Zeitraum',
    repaidInPeriod: 'Zurückgezahlt im Zeitraum',
    outstanding: 'Offen am Ende',
  },
  moneyIn: {
    total: 'Mittelzuflüsse insgesamt',
    publicTotal: 'Öffentliche Mittelzuflüsse insgesamt',
    noPrivate:
      'Private Mittel fließen bei der Förderung je Projekt nicht in den Fonds: Sie sind der Eigenanteil der Antragstellenden (Abschnitt 3).',
    privateByKind: 'Private Mittel nach Art der Geldgeber',
    privateByContributor: 'Private Mittel nach Geldgeber',
    publicByFunder: 'Öffentliche Mittel nach Mittelgeber',
    notSplit: 'noch nicht auf Mittelgeber aufgeteilt',
    byMonth: 'Zuflüsse je Monat',
    chartTitle: 'Mittelzuflüsse je Monat',
    chartDescription: (months, withPrivate) => {
      const kind = withPrivate ? 'öffentliche und private Mittelzuflüsse' : 'öffentliche Mittelzuflüsse';
      const figures =
        months.length === 0
          ? 'Im Zeitraum gingen keine Mittel ein.'
          : `${months
              .map((month) =>
                withPrivate
                  ? `${month.label}: ${month.public} öffentlich, ${month.private} privat`
                  : `${month.label}: ${month.public}`,
              )
              .join('; ')}; in den übrigen Monaten keine.`;
      return `Säulendiagramm: ${kind} je Monat. ${figures} Die Tabelle „Zuflüsse je Monat“ enthält alle Zahlen.`;
    },
  },
  cap: {
    chartTitle: 'Anteil öffentlicher Mittel an den verausgabten Mitteln',
    chartDescription: (cap, points) =>
      `Liniendiagramm: Anteil öffentlicher Mittel an den verausgabten Mitteln zu jedem Monatsende, gegen die Obergrenze von ${cap}. ${
        points.length === 0 ? 'Im Zeitraum waren keine Mittel verausgabt.' : `${points.join('; ')}.`
      } Die Tabelle darunter enthält alle Zahlen.`,
    capLine: 'Obergrenze',
    explanationPooled: (share) =>
      `Der Fonds finanziert gemeinsam: Jede Bewilligung wird aus öffentlichen und privaten Mitteln des Fonds bezahlt, und öffentliche Mittel dürfen höchstens ${share} der verausgabten Mittel ausmachen. Verausgabt ist, was bewilligt und nicht wieder freigegeben wurde, abzüglich erhaltener Rückzahlungen, jeweils seit Beginn des Fonds zum Monatsende.`,
    explanationPerProject: (share, cap) =>
      `Der Fonds fördert je Projekt: Jedes Projekt wird durch den Eigenanteil der Antragstellenden kofinanziert und darf aus öffentlichen Mitteln höchstens ${share} seiner förderfähigen Kosten erhalten${cap === null ? '' : `, höchstens ${cap}`}. Verausgabt sind die förderfähigen Kosten der bewilligten Projekte, öffentlich davon die Bewilligung abzüglich freigegebener Bindungen und Rückzahlungen, jeweils seit Beginn des Fonds zum Monatsende.`,
    headroomPooled:
      'Spielraum: öffentliche Mittel, die der Fonds noch bewilligen darf, weil private Mittel sie kofinanzieren, höchstens die verfügbaren öffentlichen Mittel.',
    headroomPerProject:
      'Spielraum: was die bewilligten Projekte innerhalb ihrer Grenze noch erhalten dürften, zusammengezählt. Das ist kein Geld, das der Fonds für neue Projekte frei hat: Das steht in Abschnitt 1 unter „Verfügbar am Ende des Zeitraums“.',
    pooled: {
      title: 'Spielraum am Ende des Zeitraums',
      privateReceived: 'Private Mittel eingegangen, seit Beginn des Fonds',
      publicReceived: 'Öffentliche Mittel eingegangen, abzüglich verfallener',
      matched: 'davon durch private Mittel kofinanziert',
      publicSpent: 'Öffentliche Mittel verausgabt',
      matchedNotSpent: 'Kofinanziert und noch nicht verausgabt',
      publicAvailable: 'Öffentliche Mittel verfügbar (Abschnitt 1)',
      headroom: 'Spielraum',
      rule: 'Kofinanziert: Bei einem Höchstanteil m deckt jeder private Euro m / (1 − m) öffentliche Euro, höchstens die eingegangenen öffentlichen Mittel. Spielraum = der kleinere der Beträge „kofinanziert und noch nicht verausgabt“ und „öffentliche Mittel verfügbar“, nicht unter null.',
    },
    projectsTitle: 'Kofinanzierung je Projekt am Ende des Zeitraums',
    projectsNote:
      'Förderfähige Kosten: die nachgewiesenen (mit * markiert), sobald der Verwendungsnachweis geprüft ist, sonst die geplanten. Eigenanteil: laut Finanzierungsplan des Zuwendungsbescheids. Öffentliche Mittel: Bewilligung abzüglich freigegebener Bindungen und Rückzahlungen. Grenze: Höchstanteil der förderfähigen Kosten, höchstens der Höchstbetrag je Projekt. Spielraum = Grenze − öffentliche Mittel, nicht unter null. Die Summen sind der letzte Stand der Tabelle oben.',
    projectsOverLimit: (titles) =>
      `Über ihrer Grenze, weil Höchstanteil oder Höchstbetrag später gesenkt wurden: ${titles.join(', ')}.`,
    noProjects: 'Am Ende des Zeitraums hat kein Projekt öffentliche Mittel erhalten.',
  },
  applications: {
    submitted: 'Im Zeitraum eingegangene Anträge',
    submittedRequested: 'Beantragte Zuschüsse beim Eingang',
    byOutcome: 'Im Zeitraum bearbeitete Anträge nach Stand am Ende des Zeitraums',
    requestedNote: 'Beantragt: wie zuletzt geändert bis zum Ende des Zeitraums.',
    earlierNote: (count, requested) =>
      `Darin ${plural(count, 'Antrag', 'Anträge')} aus der Zeit vor dem Zeitraum; beantragt zu seinem Beginn: ${requested}.`,
    amendedNote: (count, before, after) =>
      `${plural(count, 'Antrag wurde', 'Anträge wurden')} im Zeitraum geändert: beantragt vorher ${before}, danach ${after}. Deshalb weicht die Summe von den beantragten Zuschüssen beim Eingang ab.`,
  },
  decisions: {
    quorumText: (present, required, members) => `${present} von ${members} (${required})`,
    noVote: 'vertagt, ohne Abstimmung',
    empty: 'Im Zeitraum hat die Jury nicht entschieden.',
    explanation:
      'Quorum: stimmberechtigt Anwesende von allen Mitgliedern, in Klammern die für die Beschlussfähigkeit nötige Zahl. Befangene Mitglieder stimmen nicht mit und zählen nicht zum Quorum; Enthaltungen zählen nur zum Quorum.',
    attendanceTitle: 'Anwesende Mitglieder je Sitzung',
  },
  grants: {
    rule: 'Je Zeile: bewilligt = ausgezahlt + freigegeben + am Ende offen, Stand am Ende des Zeitraums. Die Summe „Bewilligt“ ist die Zeile „Bewilligt“ in Abschnitt 1.',
  },
  payouts: { totalNote: 'Die Summe ist die Zeile „Ausgezahlt“ in Abschnitt 1.' },
  openCommitments: {
    totalNote: 'Die Summe ist die Zeile „Offene Bindungen am Ende des Zeitraums“ in Abschnitt 1.',
  },
  clawbacks: {
    revocations: 'Widerrufene Bewilligungen',
    repayments: 'Rückforderungen',
    rule: 'Je Zeile: gefordert = Hauptforderung + Zinsen = zurückgezahlt vor und im Zeitraum + offen. Die Summe „im Zeitraum“ ist die Zeile „Rückzahlungen erhalten“ in Abschnitt 1, die Summe „offen“ die Zeile „Offene Rückforderungen am Ende des Zeitraums“.',
  },
  integrity: {
    proves: (position) =>
      `Was dieser Abschnitt belegt: Alle Zahlen dieses Berichts sind aus dem Ereignisprotokoll des Fonds berechnet, aus allen Einträgen bis Position ${position}. Der Ledger-Digest ist ein digitaler Fingerabdruck des ganzen Protokolls bis dorthin. Wer eine Kopie des Protokolls hat, rechnet daraus den Fingerabdruck und jede Zahl dieses Berichts selbst nach, ohne der Software oder der Verwaltung vertrauen zu müssen. Wird danach auch nur ein Eintrag bis zu dieser Position geändert, gelöscht oder eingefügt, passt der nachgerechnete Fingerabdruck nicht mehr zu dem auf diesem Bericht.`,
    limits:
      'Das Protokoll ist damit manipulationserkennbar, nicht unveränderlich: Wer die Datenbank schreiben darf, kann Einträge ändern, aber nicht so, dass der Fingerabdruck gleich bleibt. Der Nachweis trägt daher, solange dieser Bericht oder sein Fingerabdruck unabhängig von der Verwaltung des Fonds aufbewahrt wird, etwa bei den Sitzungsunterlagen des Rates. Er belegt nicht, dass die erfassten Vorgänge so stattgefunden haben: Das prüft die Rechnungsprüfung anhand von Kontoauszügen und Akten.',
    sealed: (sealedOn, position, timeStamped) =>
      `Ein Siegel deckt diesen Bericht ab: Am ${sealedOn} wurde das Protokoll bis Position ${position} mit einem Schlüssel signiert, der nicht in der Datenbank liegt${timeStamped ? ', und von einer unabhängigen Stelle mit einem Zeitstempel versehen' : ''}. Es belegt, dass das Protokoll bis dorthin damals so bestand; wer es später neu schreibt, bricht das Siegel.`,
    notSealed:
      'Noch deckt kein Siegel diese Position ab; ein späteres Siegel kann es (ledger-cli verify --seals). Bis dahin ist der Fingerabdruck auf diesem Bericht der unabhängige Nachweis.',
    sealUnknown:
      'Dieser Bericht nennt kein Siegel; ob eines seine Position abdeckt, zeigt ledger-cli verify --seals.',
    whoChecks:
      'Wer prüft: die Rechnungsprüfung oder eine andere unabhängige Prüferin, mit einem Export des Protokolls und dem Prüfwerkzeug ledger-cli, das mit dieser Software frei verfügbar ist. Der QR-Code enthält Fonds, Zeitraum, Position und Fingerabdruck, und das Siegel, falls eines den Bericht abdeckt. Mit dem Inhalt des QR-Codes in einer Datei prüft sie diesen Bericht in einem Schritt: Der Befehl unten prüft das Protokoll gegen den Fingerabdruck und rechnet den Bericht neu; dessen Zahlen müssen mit diesem Bericht übereinstimmen.',
    codeTitle: 'Prüfcode',
    codeDescription: (payload) =>
      `QR-Code mit dem Prüfcode dieses Berichts: ${payload.split('\n').join(' · ')}`,
    commands: [
      'npx ledger-cli export --format jsonl --out ledger.jsonl',
      'npx ledger-cli verify-report --code pruefcode.txt ledger.jsonl --out nachgerechnet.pdf',
    ],
    digestCovers: (events, streams) =>
      `${plural(events, 'Ereignis', 'Ereignisse')} in ${plural(streams, 'Ereignisstrom', 'Ereignisströmen')}`,
  },
  values: {
    contributorKind: {
      business: 'Gewerbe',
      'property-owner': 'Immobilieneigentum',
      'business-improvement-district': 'Immobilien- und Standortgemeinschaft',
      association: 'Verein, Verband',
      resident: 'Bürgerinnen und Bürger',
      sponsor: 'Sponsoring',
      other: 'Sonstige',
    },
    applicationStatus: {
      submitted: 'eingereicht',
      incomplete: 'unvollständig',
      eligible: 'förderfähig',
      ineligible: 'nicht förderfähig',
      'on-agenda': 'auf der Tagesordnung',
      approved: 'beschlossen',
      rejected: 'abgelehnt',
      deferred: 'vertagt',
      granted: 'bewilligt',
      'paid-in-part': 'teilweise ausgezahlt',
      paid: 'ausgezahlt',
      closed: 'abgeschlossen',
      expired: 'verfallen',
      revoked: 'widerrufen',
      'repayment-due': 'Rückzahlung fällig',
      settled: 'Rückforderung beglichen',
      withdrawn: 'zurückgezogen',
    },
    grantStatus: {
      committed: 'gebunden',
      'proof-submitted': 'Verwendungsnachweis eingereicht',
      'proof-accepted': 'Verwendungsnachweis geprüft',
      closed: 'abgeschlossen',
      expired: 'verfallen',
      revoked: 'widerrufen',
      withdrawn: 'zurückgezogen',
    },
    outcome: { approved: 'angenommen', rejected: 'abgelehnt', deferred: 'vertagt' },
    juryGroup: { 'private-actor': 'Private', administration: 'Verwaltung', politics: 'Politik' },
    payoutKind: { advance: 'Abschlag', payout: 'Auszahlung' },
    matchingModel: {
      pooled: 'gemeinsamer Topf (private Einzahlungen werden kofinanziert)',
      'per-project': 'je Projekt (Eigenanteil der Antragstellenden)',
    },
    fundingSource: {
      'urban-development-funding': 'Städtebauförderung',
      'municipal-budget': 'städtischer Haushalt',
    },
    fundStatus: { open: 'offen', closed: 'geschlossen' },
  },
  monthNames: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
};
