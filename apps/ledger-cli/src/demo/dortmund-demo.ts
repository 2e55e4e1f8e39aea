/**
 * Fills a running fund-ledger service, through its HTTP API, with a realistic city-centre fund
 * modelled on the Dortmund City-Fonds: 90,000 EUR of city money a year, at most 50 % of a project's
 * eligible costs and at most 10,000 EUR per project, a jury of 11 (private actors, administration,
 * politics) with a quorum of 6, and a dozen applications taken through the whole process: votes, a
 * conflict of interest, a rejection, a deferral, grants, advances, proofs of use, payouts and one
 * clawback with interest. Names are invented; the figures follow the fund's published first decisions.
 *
 *   npm run demo                       against http://127.0.0.1:$PORT (the service's PORT, default 3000)
 *   LEDGER_URL=http://host:port npm run demo
 *
 * The story is recorded with its own dates, as a fund's office would type it in afterwards: the
 * meeting of 12 March is dated 12 March, grant notices, proofs of use and the revocation carry the
 * dates of their letters, payments their value dates.
 *
 * Tokens are signed with the same secret the service verifies with (JWT_SECRET, or the local secret
 * file beside the data), found through the same settings as `ledger-cli token`. Every request carries a
 * fixed Idempotency-Key derived from the fund id and the step, so running the demo twice against the
 * same store replays the first answers and records nothing twice.
 */
import { loadSettings, resolveJwtVerificationKey, type Role } from '@fund-ledger/config';
import { signDevelopmentToken } from '@fund-ledger/config/development-token';
import { interestStatement, Money } from '@fund-ledger/domain';

export const DEFAULT_LEDGER_URL = 'http://127.0.0.1:3000';

/** Where the service listens: LEDGER_URL, else the local service on its PORT, else port 3000. */
export function demoBaseUrl(env: NodeJS.ProcessEnv): string {
  const url = env['LEDGER_URL'];
  if (url !== undefined && url !== '') return url;
  const port = env['PORT'];
  return port !== undefined && /^\d{1,5}$/.test(port) ? `http://127.0.0.1:${port}` : DEFAULT_LEDGER_URL;
}
export const DEFAULT_DEMO_FUND_ID = 'dortmund-city-fonds';
const TOKEN_LIFETIME_SECONDS = 2 * 3600;
const REQUEST_TIMEOUT_MS = 30_000;

export type TokenMinter = (role: Role, subject: string) => Promise<string>;

export interface DemoOptions {
  readonly baseUrl: string;
  readonly mintToken: TokenMinter;
  /** The issuer of the tokens `mintToken` signs (JWT_ISSUER), recorded with every jury appointment. */
  readonly issuer?: string;
  /** Where progress lines go, one call per line. */
  readonly log: (line: string) => void;
  readonly fundId?: string;
  /** The day the demo pretends it is; value dates and meetings fall on or before it. Default: now. */
  readonly today?: Date;
}

export interface DemoSummary {
  readonly fundId: string;
  /** The pooled fund of the city's announcement, played beside the City-Fonds. */
  readonly pooledFundId: string;
  readonly requests: number;
  readonly applications: number;
  readonly grants: number;
  readonly payouts: number;
}

// The fund and its people

/** The jury: each member is a person with an account (`subject`) who alone votes as that member. */
const JURY: readonly {
  memberId: string;
  subject: string;
  name: string;
  group: 'private-actor' | 'administration' | 'politics';
}[] = [
  {
    memberId: 'member-01',
    subject: 'p.krueger',
    name: 'Petra Krüger (City retail association)',
    group: 'private-actor',
  },
  {
    memberId: 'member-02',
    subject: 'm.demir',
    name: 'Murat Demir (Cityring Dortmund)',
    group: 'private-actor',
  },
  {
    memberId: 'member-03',
    subject: 'a.yilmaz',
    name: 'Aylin Yilmaz (property owners)',
    group: 'private-actor',
  },
  {
    memberId: 'member-04',
    subject: 'j.hoffmann',
    name: 'Jens Hoffmann (hospitality)',
    group: 'private-actor',
  },
  {
    memberId: 'member-05',
    subject: 's.wolter',
    name: 'Sabine Wolter (residents of the Brückstraße quarter)',
    group: 'private-actor',
  },
  {
    memberId: 'member-06',
    subject: 'l.brandt',
    name: 'Dr. Lena Brandt (city-centre management)',
    group: 'administration',
  },
  {
    memberId: 'member-07',
    subject: 't.becker',
    name: 'Thomas Becker (urban planning office)',
    group: 'administration',
  },
  {
    memberId: 'member-08',
    subject: 'n.schulz',
    name: 'Nadine Schulz (economic development)',
    group: 'administration',
  },
  {
    memberId: 'member-09',
    subject: 'k.richter',
    name: 'Klaus Richter (district council Innenstadt-West)',
    group: 'politics',
  },
  {
    memberId: 'member-10',
    subject: 'm.okafor',
    name: 'Miriam Okafor (district council Innenstadt-Ost)',
    group: 'politics',
  },
  {
    memberId: 'member-11',
    subject: 's.lange',
    name: 'Stefan Lange (district council Innenstadt-Nord)',
    group: 'politics',
  },
];

type ApplicantKind =
  'business' | 'property-owner' | 'association' | 'resident' | 'social-institution' | 'club';
type MeasureKind =
  | 'street-furniture'
  | 'lighting'
  | 'planting'
  | 'signage'
  | 'art-in-public-space'
  | 'event'
  | 'marketing'
  | 'workshop';

interface DemoApplication {
  readonly applicationId: string;
  readonly applicant: { readonly name: string; readonly kind: ApplicantKind };
  readonly title: string;
  readonly description: string;
  readonly measure: { readonly type: 'investive' | 'non-investive'; readonly kind: MeasureKind };
  readonly eligibleCosts: string;
  readonly ownContribution: string;
  readonly requestedGrant: string;
  readonly area: string;
}

function application(
  applicationId: string,
  applicant: DemoApplication['applicant'],
  title: string,
  description: string,
  measure: DemoApplication['measure'],
  costs: { eligible: string; own: string; requested: string; area: string },
): DemoApplication {
  return {
    applicationId,
    applicant,
    title,
    description,
    measure,
    eligibleCosts: costs.eligible,
    ownContribution: costs.own,
    requestedGrant: costs.requested,
    area: costs.area,
  };
}

const INVESTIVE = 'investive' as const;
const NON_INVESTIVE = 'non-investive' as const;

const APPLICATIONS = {
  pianos: application(
    'pianos-in-public-space',
    { name: 'Klavierfreunde Dortmund e.V.', kind: 'association' },
    'Pianos in public space',
    'Three painted pianos on Westenhellweg and Alter Markt, free to play from May to September.',
    { type: INVESTIVE, kind: 'art-in-public-space' },
    { eligible: '4200.00', own: '3200.00', requested: '1000.00', area: 'Westenhellweg / Alter Markt' },
  ),
  lightBanner: application(
    'neighbourhood-light-banner',
    { name: 'Nachbarschaft Brückstraßenviertel e.V.', kind: 'association' },
    'Neighbourhood light banner',
    'An illuminated banner across Brückstraße naming the quarter, lit from dusk to midnight.',
    { type: INVESTIVE, kind: 'lighting' },
    { eligible: '2600.00', own: '1300.00', requested: '1300.00', area: 'Brückstraße' },
  ),
  winterLighting: application(
    'winter-lighting',
    { name: 'Interessengemeinschaft Westenhellweg', kind: 'business' },
    'Winter lighting',
    'Festive lighting for the side streets of Westenhellweg from late November to early January.',
    { type: INVESTIVE, kind: 'lighting' },
    { eligible: '11000.00', own: '5500.00', requested: '5500.00', area: 'Westenhellweg side streets' },
  ),
  streetCampaign: application(
    'street-campaign',
    { name: 'Cityring Dortmund e.V.', kind: 'association' },
    'Street campaign "Mein Dortmund"',
    'Posters, street actions and a city-centre map by local artists; not every cost is eligible, so the own contribution is higher.',
    { type: NON_INVESTIVE, kind: 'marketing' },
    { eligible: '16800.00', own: '12600.00', requested: '8400.00', area: 'City centre' },
  ),
  flowerBoxes: application(
    'flower-boxes-kampstrasse',
    { name: 'Eigentümergemeinschaft Kampstraße', kind: 'property-owner' },
    'Flower boxes on Kampstraße',
    'Twenty large planters with seasonal planting, maintained by the owners for five years.',
    { type: INVESTIVE, kind: 'planting' },
    { eligible: '6000.00', own: '3000.00', requested: '3000.00', area: 'Kampstraße' },
  ),
  benches: application(
    'benches-alter-markt',
    { name: 'Cityring Dortmund e.V.', kind: 'association' },
    'Benches on Alter Markt',
    'Eight benches with backrests and armrests around the market fountain.',
    { type: INVESTIVE, kind: 'street-furniture' },
    { eligible: '9800.00', own: '4900.00', requested: '4900.00', area: 'Alter Markt' },
  ),
  shopWindowArt: application(
    'shop-window-art',
    { name: 'Immobilien Hellweg GmbH', kind: 'property-owner' },
    'Art in empty shop windows',
    'Art installations in the windows of vacant shops owned by the applicant.',
    { type: INVESTIVE, kind: 'art-in-public-space' },
    { eligible: '7000.00', own: '3500.00', requested: '3500.00', area: 'Ostenhellweg' },
  ),
  wayfinding: application(
    'wayfinding-kulturmeile',
    { name: 'Kulturmeile Dortmund e.V.', kind: 'association' },
    'Wayfinding signs for the culture mile',
    'Twelve signposts between the main station, the U-Tower and the Konzerthaus.',
    { type: INVESTIVE, kind: 'signage' },
    { eligible: '14000.00', own: '7000.00', requested: '7000.00', area: 'Kulturmeile' },
  ),
  lightWorkshop: application(
    'lantern-workshop',
    { name: 'Jugendtreff Nordstadt gGmbH', kind: 'social-institution' },
    'Lantern workshop for children',
    'Children build lanterns for the winter walk through the city centre.',
    { type: NON_INVESTIVE, kind: 'workshop' },
    { eligible: '2400.00', own: '1200.00', requested: '1200.00', area: 'Reinoldikirchplatz' },
  ),
  streetMusic: application(
    'street-music-festival',
    { name: 'Musikverein Innenstadt 1912 e.V.', kind: 'club' },
    'Street music festival',
    'Two days of street music on six small stages in the pedestrian zone.',
    { type: NON_INVESTIVE, kind: 'event' },
    { eligible: '18000.00', own: '9000.00', requested: '9000.00', area: 'Pedestrian zone' },
  ),
  bikeRacks: application(
    'bike-racks-ostenhellweg',
    { name: 'Anwohnerinitiative Ostenhellweg', kind: 'resident' },
    'Bike racks on Ostenhellweg',
    'Fifteen bike stands near the shops.',
    { type: INVESTIVE, kind: 'street-furniture' },
    { eligible: '3800.00', own: '1900.00', requested: '1900.00', area: 'Ostenhellweg' },
  ),
  popUpPark: application(
    'pop-up-park-hansaplatz',
    { name: 'Grünes Dortmund e.V.', kind: 'association' },
    'Pop-up park on Hansaplatz',
    'A summer park with raised beds and seating on part of Hansaplatz.',
    { type: INVESTIVE, kind: 'planting' },
    { eligible: '8000.00', own: '4000.00', requested: '4000.00', area: 'Hansaplatz' },
  ),
} as const;

/** The pooled fund's jury: private actors and administration, as the city announced. */
const POOLED_FUND_JURY = JURY.filter((member) => memberIds(1, 2, 3, 6, 7).includes(member.memberId));

const POOLED_FUND_APPLICATIONS = {
  seating: application(
    'seating-islands-friedensplatz',
    { name: 'Cityring Dortmund e.V.', kind: 'association' },
    'Seating islands on Friedensplatz',
    'Four planted seating islands around the square, maintained by the association.',
    { type: INVESTIVE, kind: 'street-furniture' },
    { eligible: '8000.00', own: '2000.00', requested: '6000.00', area: 'Friedensplatz' },
  ),
  summerLights: application(
    'summer-lights-kleppingstrasse',
    { name: 'Händler an der Kleppingstraße', kind: 'business' },
    'Summer lights on Kleppingstraße',
    'Light chains across Kleppingstraße for the summer evenings.',
    { type: INVESTIVE, kind: 'lighting' },
    { eligible: '5000.00', own: '1000.00', requested: '4000.00', area: 'Kleppingstraße' },
  ),
} as const;

// The HTTP client

interface CommandAnswer {
  readonly id: string;
  readonly events: readonly { readonly type: string; readonly position: number }[];
  readonly position: number;
}

/** A refusal from the service, with its problem details. */
export class DemoRequestError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
    request: string,
  ) {
    super(`${request} answered ${status}: ${describeProblem(problem)}`);
    this.name = 'DemoRequestError';
  }
}

function describeProblem(problem: unknown): string {
  if (typeof problem !== 'object' || problem === null) return String(problem);
  const detail = Reflect.get(problem, 'detail');
  const code = Reflect.get(problem, 'code');
  return [typeof code === 'string' ? code : undefined, typeof detail === 'string' ? detail : undefined]
    .filter((part) => part !== undefined)
    .join(': ');
}

class LedgerClient {
  private requestCount = 0;
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    private readonly options: DemoOptions,
    readonly fundId: string,
  ) {}

  get requests(): number {
    return this.requestCount;
  }

  /** Runs one command; `step` names it uniquely within the demo and becomes its Idempotency-Key. */
  async command(
    actor: DemoActor,
    path: string,
    body: object | undefined,
    step: string,
  ): Promise<CommandAnswer> {
    const headers = { 'Idempotency-Key': `demo:${this.fundId}:${step}`, 'Content-Type': 'application/json' };
    return (await this.send('POST', path, actor, headers, body)) as CommandAnswer;
  }

  async query(actor: DemoActor, path: string): Promise<unknown> {
    return this.send('GET', path, actor, {}, undefined);
  }

  private async send(
    method: string,
    path: string,
    actor: DemoActor,
    headers: Record<string, string>,
    body: object | undefined,
  ): Promise<unknown> {
    this.requestCount += 1;
    const response = await fetch(new URL(path, this.options.baseUrl), {
      method,
      headers: { ...headers, Authorization: `Bearer ${await this.tokenOf(actor)}` },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const answer: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw new DemoRequestError(response.status, answer, `${method} ${path}`);
    return answer;
  }

  private tokenOf(actor: DemoActor): Promise<string> {
    const cacheKey = `${actor.role}:${actor.subject}`;
    const cached = this.tokens.get(cacheKey);
    if (cached !== undefined) return cached;
    const minted = this.options.mintToken(actor.role, actor.subject);
    this.tokens.set(cacheKey, minted);
    return minted;
  }
}

interface DemoActor {
  readonly role: Role;
  readonly subject: string;
}

const FUND_MANAGER: DemoActor = { role: 'fund-manager', subject: 'citymanagement-dortmund' };
const TREASURER: DemoActor = { role: 'treasurer', subject: 'stadtkasse-dortmund' };

/** The person appointed as the member: their token names only them; the fund's jury knows their seat. */
function juror(memberId: string): DemoActor {
  const member = JURY.find((candidate) => candidate.memberId === memberId);
  if (member === undefined) throw new Error(`The demo jury has no member ${memberId}`);
  return { role: 'jury-member', subject: member.subject };
}

// Dates: the demo plays in the current year, never in the future

class DemoCalendar {
  readonly year: number;
  private readonly today: string;

  constructor(today: Date) {
    this.year = today.getUTCFullYear();
    this.today = today.toISOString().slice(0, 10);
  }

  /** The given day of this year, or today if that day has not come yet. */
  day(month: number, dayOfMonth: number): string {
    const date = `${this.year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    return date < this.today ? date : this.today;
  }
}

// The story

type VoteChoice = 'yes' | 'no' | 'abstain';

interface Meeting {
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly presentMemberIds: readonly string[];
}

interface Decision {
  readonly application: DemoApplication;
  readonly votes: Readonly<Record<string, VoteChoice>>;
  readonly approvedAmount: string;
  /** Members who declare a conflict of interest before the vote. */
  readonly recused?: readonly { readonly memberId: string; readonly reason: string }[];
}

class DemoStory {
  private payoutCount = 0;
  private grantCount = 0;

  constructor(
    private readonly client: LedgerClient,
    private readonly calendar: DemoCalendar,
    private readonly log: (line: string) => void,
    /** Recorded with each appointment when tokens carry an issuer. */
    private readonly issuer: string | undefined,
  ) {}

  private get fund(): string {
    return `/funds/${this.client.fundId}`;
  }

  async run(): Promise<Omit<DemoSummary, 'pooledFundId'>> {
    await this.openFund();
    await this.receivePublicMoney();
    await this.appointJury();
    await this.takeApplications();
    await this.holdFirstMeeting();
    await this.holdSecondMeeting();
    await this.issueGrants();
    await this.accountForGrants();
    await this.clawBackLightBanner();
    return {
      fundId: this.client.fundId,
      requests: this.client.requests,
      applications: Object.keys(APPLICATIONS).length,
      grants: this.grantCount,
      payouts: this.payoutCount,
    };
  }

  private async openFund(): Promise<void> {
    await this.client.command(
      FUND_MANAGER,
      '/funds',
      {
        fundId: this.client.fundId,
        name: 'City-Fonds Dortmund',
        area: 'Dortmund city centre',
        settings: {
          fundingSource: 'municipal-budget',
          matchingModel: 'per-project',
          publicFunders: [{ funderId: 'stadt-dortmund', name: 'Stadt Dortmund', share: '1' }],
          publicShareMax: '0.50',
          perProjectPublicCap: '10000.00',
          publicMoneyInvestiveOnly: false,
          yearEndPolicy: 'carry-over',
          // The demo tells the fund's first years as they were run then, payouts booked directly and the
          // jurors voting with their own accounts; a city switches four eyes and minutes on in the settings.
          jury: { quorum: { kind: 'minimum-present', count: 6 }, majority: 'simple' },
          fourEyesPayments: false,
          juryVoting: 'members-vote',
        },
      },
      'open-fund',
    );
    this.log(
      `Opened fund ${this.client.fundId}: per-project matching, at most 50 % of costs and 10,000 EUR per project.`,
    );
  }

  private async receivePublicMoney(): Promise<void> {
    const year = this.calendar.year;
    await this.client.command(
      TREASURER,
      `${this.fund}/budgets/${year}`,
      { publicBudget: '90000.00' },
      'budget',
    );
    for (const [index, month] of [1, 7].entries()) {
      await this.client.command(
        TREASURER,
        `${this.fund}/contributions/public`,
        {
          contributionId: `city-budget-${year}-${index + 1}`,
          amount: '45000.00',
          valueDate: this.calendar.day(month, 15),
          reference: `Haushalt ${year}, Produkt 15.01, Rate ${index + 1}`,
        },
        `public-contribution-${index + 1}`,
      );
    }
    this.log(`Set the ${year} budget to 90,000.00 EUR and received it from the city in two instalments.`);
  }

  private async appointJury(): Promise<void> {
    for (const member of JURY) {
      await this.client.command(
        FUND_MANAGER,
        `${this.fund}/jury/members`,
        { ...member, ...(this.issuer !== undefined ? { issuer: this.issuer } : {}) },
        `appoint-${member.memberId}`,
      );
    }
    this.log(`Appointed a jury of ${JURY.length}: private actors, administration and politics; quorum 6.`);
  }

  private async takeApplications(): Promise<void> {
    for (const submitted of Object.values(APPLICATIONS)) {
      await this.client.command(
        FUND_MANAGER,
        `${this.fund}/applications`,
        submitted,
        `submit-${submitted.applicationId}`,
      );
    }
    await this.completeBikeRacks();
    await this.withdrawPopUpPark();
    for (const eligible of Object.values(APPLICATIONS)) {
      if (eligible === APPLICATIONS.popUpPark) continue;
      await this.client.command(
        FUND_MANAGER,
        `${this.applicationPath(eligible)}/eligibility`,
        undefined,
        `eligible-${eligible.applicationId}`,
      );
    }
    this.log(
      `Took ${Object.keys(APPLICATIONS).length} applications; one was incomplete and amended, one withdrawn.`,
    );
  }

  private async completeBikeRacks(): Promise<void> {
    const path = this.applicationPath(APPLICATIONS.bikeRacks);
    await this.client.command(
      FUND_MANAGER,
      `${path}/incomplete`,
      { reason: 'The cost plan lacks a quote for the bike stands.' },
      'incomplete-bike-racks',
    );
    const { applicationId: _applicationId, ...details } = APPLICATIONS.bikeRacks;
    await this.client.command(
      FUND_MANAGER,
      `${path}/amendments`,
      { ...details, eligibleCosts: '4200.00', ownContribution: '2100.00', requestedGrant: '2100.00' },
      'amend-bike-racks',
    );
  }

  private async withdrawPopUpPark(): Promise<void> {
    await this.client.command(
      FUND_MANAGER,
      `${this.applicationPath(APPLICATIONS.popUpPark)}/withdrawal`,
      { reason: 'The association received funding from a state programme instead.' },
      'withdraw-pop-up-park',
    );
  }

  private async holdFirstMeeting(): Promise<void> {
    const meeting: Meeting = {
      meetingId: `jury-${this.calendar.year}-03`,
      meetingDate: this.calendar.day(3, 12),
      presentMemberIds: memberIds(1, 2, 3, 4, 6, 7, 8, 9, 10),
    };
    await this.decide(meeting, {
      application: APPLICATIONS.pianos,
      votes: allVote(meeting, 'yes'),
      approvedAmount: '1000.00',
    });
    await this.decide(meeting, {
      application: APPLICATIONS.lightBanner,
      votes: allVote(meeting, 'yes', { 'member-09': 'abstain' }),
      approvedAmount: '1300.00',
    });
    await this.decide(meeting, {
      application: APPLICATIONS.winterLighting,
      votes: allVote(meeting, 'yes', { 'member-03': 'no' }),
      approvedAmount: '5500.00',
    });
    await this.decide(meeting, {
      application: APPLICATIONS.streetCampaign,
      votes: allVote(meeting, 'yes', { 'member-07': 'abstain', 'member-10': 'no' }),
      approvedAmount: '8400.00',
    });
    await this.decide(meeting, {
      application: APPLICATIONS.shopWindowArt,
      votes: allVote(meeting, 'no', { 'member-03': 'yes', 'member-04': 'yes', 'member-08': 'abstain' }),
      approvedAmount: '3500.00',
    });
    this.log(
      `Jury meeting ${meeting.meetingDate}: pianos, light banner, winter lighting and street campaign approved; art in empty shop windows rejected (it would mainly profit one property owner).`,
    );
  }

  private async holdSecondMeeting(): Promise<void> {
    const meeting: Meeting = {
      meetingId: `jury-${this.calendar.year}-06`,
      meetingDate: this.calendar.day(6, 18),
      presentMemberIds: memberIds(1, 2, 3, 5, 6, 7, 8, 9, 10, 11),
    };
    await this.decide(meeting, {
      application: APPLICATIONS.benches,
      recused: [{ memberId: 'member-02', reason: 'I chair Cityring Dortmund e.V., the applicant.' }],
      votes: allVote(meeting, 'yes', { 'member-02': null, 'member-11': 'no' }),
      approvedAmount: '4900.00',
    });
    for (const approved of [
      APPLICATIONS.flowerBoxes,
      APPLICATIONS.wayfinding,
      APPLICATIONS.lightWorkshop,
      APPLICATIONS.bikeRacks,
    ]) {
      await this.decide(meeting, {
        application: approved,
        votes: allVote(meeting, 'yes'),
        approvedAmount: approved === APPLICATIONS.bikeRacks ? '2100.00' : approved.requestedGrant,
      });
    }
    await this.deferStreetMusic(meeting);
    this.log(
      `Jury meeting ${meeting.meetingDate}: benches approved with member-02 recused (conflict of interest); flower boxes, wayfinding signs, lantern workshop and bike racks approved; street music festival deferred.`,
    );
  }

  private async decide(meeting: Meeting, decision: Decision): Promise<void> {
    const path = this.applicationPath(decision.application);
    const id = decision.application.applicationId;
    await this.client.command(
      FUND_MANAGER,
      `${path}/agenda`,
      {
        decisionId: `${meeting.meetingId}-${id}`,
        meetingId: meeting.meetingId,
        meetingDate: meeting.meetingDate,
      },
      `agenda-${id}`,
    );
    await this.client.command(
      FUND_MANAGER,
      `${path}/attendance`,
      { presentMemberIds: meeting.presentMemberIds },
      `attendance-${id}`,
    );
    for (const recusal of decision.recused ?? []) {
      await this.client.command(
        juror(recusal.memberId),
        `${path}/conflicts`,
        { reason: recusal.reason },
        `conflict-${id}-${recusal.memberId}`,
      );
    }
    for (const [memberId, vote] of Object.entries(decision.votes)) {
      await this.client.command(juror(memberId), `${path}/votes`, { vote }, `vote-${id}-${memberId}`);
    }
    await this.client.command(
      FUND_MANAGER,
      `${path}/vote-closing`,
      { approvedAmount: decision.approvedAmount, meetingDate: meeting.meetingDate },
      `close-vote-${id}`,
    );
  }

  private async deferStreetMusic(meeting: Meeting): Promise<void> {
    const path = this.applicationPath(APPLICATIONS.streetMusic);
    await this.client.command(
      FUND_MANAGER,
      `${path}/agenda`,
      {
        decisionId: `${meeting.meetingId}-street-music`,
        meetingId: meeting.meetingId,
        meetingDate: meeting.meetingDate,
      },
      'agenda-street-music-festival',
    );
    await this.client.command(
      FUND_MANAGER,
      `${path}/deferral`,
      {
        reason: 'The jury asks for a second quote for the stages and a safety concept.',
        meetingDate: meeting.meetingDate,
      },
      'defer-street-music-festival',
    );
  }

  private async issueGrants(): Promise<void> {
    // The city dates its notices a week after each meeting.
    const afterMarch = this.calendar.day(3, 20);
    const afterJune = this.calendar.day(6, 25);
    const granted: readonly [DemoApplication, string, string][] = [
      [APPLICATIONS.pianos, '1000.00', afterMarch],
      [APPLICATIONS.lightBanner, '1300.00', afterMarch],
      [APPLICATIONS.winterLighting, '5500.00', afterMarch],
      [APPLICATIONS.streetCampaign, '8400.00', afterMarch],
      [APPLICATIONS.benches, '4900.00', afterJune],
      [APPLICATIONS.flowerBoxes, '3000.00', afterJune],
      [APPLICATIONS.wayfinding, '7000.00', afterJune],
      [APPLICATIONS.lightWorkshop, '1200.00', afterJune],
      [APPLICATIONS.bikeRacks, '2100.00', afterJune],
    ];
    for (const [approved, amount, noticeDate] of granted) {
      await this.client.command(
        FUND_MANAGER,
        `${this.fund}/grants`,
        { grantId: grantIdOf(approved), applicationId: approved.applicationId, amount, noticeDate },
        `grant-${approved.applicationId}`,
      );
      this.grantCount += 1;
    }
    this.log(`Issued ${granted.length} grant notices committing 34,400.00 EUR of public money.`);
  }

  private async accountForGrants(): Promise<void> {
    await this.reimburse(APPLICATIONS.pianos, {
      reported: '4150.00',
      proven: '4150.00',
      payouts: ['1000.00'],
    });
    await this.reimburse(APPLICATIONS.winterLighting, {
      reported: '10800.00',
      proven: '10800.00',
      payouts: ['5400.00'],
    });
    await this.reimburse(APPLICATIONS.streetCampaign, {
      reported: '17350.00',
      proven: '16800.00',
      payouts: ['4200.00', '4200.00'],
    });
    await this.reimburse(APPLICATIONS.lightWorkshop, {
      reported: '2400.00',
      proven: '2400.00',
      payouts: ['1200.00'],
    });
    await this.payAdvance(APPLICATIONS.benches, '2000.00', this.calendar.day(8, 1));
    this.log(
      'Paid by reimbursement after proof of use: pianos, winter lighting (recalculated to 5,400.00 EUR on proven costs of 10,800.00 EUR), street campaign (two payouts), lantern workshop; all four closed. Paid a 2,000.00 EUR advance for the benches.',
    );
  }

  private async reimburse(
    approved: DemoApplication,
    proof: { readonly reported: string; readonly proven: string; readonly payouts: readonly string[] },
  ): Promise<void> {
    const path = this.grantPath(approved);
    const id = approved.applicationId;
    await this.client.command(
      FUND_MANAGER,
      `${path}/proofs-of-use`,
      { reportedCosts: proof.reported, reference: `VN-${id}`, receivedDate: this.calendar.day(9, 1) },
      `proof-${id}`,
    );
    await this.client.command(
      FUND_MANAGER,
      `${path}/proof-acceptance`,
      { provenEligibleCosts: proof.proven },
      `accept-proof-${id}`,
    );
    for (const [index, amount] of proof.payouts.entries()) {
      await this.client.command(
        TREASURER,
        `${path}/payouts`,
        { payoutId: `payout-${id}-${index + 1}`, amount, valueDate: this.calendar.day(9, 10 + index) },
        `payout-${id}-${index + 1}`,
      );
      this.payoutCount += 1;
    }
    await this.client.command(FUND_MANAGER, `${path}/closing`, undefined, `close-grant-${id}`);
  }

  private async payAdvance(approved: DemoApplication, amount: string, valueDate: string): Promise<void> {
    await this.client.command(
      TREASURER,
      `${this.grantPath(approved)}/advances`,
      { payoutId: `advance-${approved.applicationId}`, amount, valueDate },
      `advance-${approved.applicationId}`,
    );
    this.payoutCount += 1;
  }

  /** The light banner was paid in advance and never put up: the grant is revoked and repaid with interest. */
  private async clawBackLightBanner(): Promise<void> {
    const approved = APPLICATIONS.lightBanner;
    await this.payAdvance(approved, '1300.00', this.calendar.day(4, 2));
    await this.client.command(
      FUND_MANAGER,
      `${this.grantPath(approved)}/revocation`,
      {
        reason: 'The banner was never put up; the advance was used for other purposes.',
        repaymentPrincipal: '1300.00',
        voidFrom: this.calendar.day(4, 2),
        fixedInterestRatePercentPerYear: '5.12',
        noticeDate: this.calendar.day(6, 2),
      },
      'revoke-light-banner',
    );
    const owed = await this.demandedRepayment(approved);
    await this.client.command(
      TREASURER,
      `${this.grantPath(approved)}/repayments`,
      { repaymentId: 'repayment-light-banner', amount: owed, valueDate: this.calendar.day(6, 2) },
      'repayment-light-banner',
    );
    this.log(
      `Revoked the light banner grant (never put up) and received the repayment of ${withThousandsSeparators(owed)} EUR the same day: 1,300.00 EUR plus the notice's fixed 5.12 % from the advance to the notice.`,
    );
  }

  /** The whole amount demanded (principal and interest), which the recipient repays in one transfer. */
  private async demandedRepayment(approved: DemoApplication): Promise<string> {
    const fund = (await this.client.query(FUND_MANAGER, this.fund)) as {
      grants: { grantId: string; repayment: { due: { amount: string } } | null }[];
    };
    const grant = fund.grants.find((candidate) => candidate.grantId === grantIdOf(approved));
    if (grant?.repayment === null || grant?.repayment === undefined) {
      throw new Error(`The service shows no repayment demanded on ${grantIdOf(approved)}`);
    }
    return grant.repayment.due.amount;
  }

  private applicationPath(subject: DemoApplication): string {
    return `${this.fund}/applications/${subject.applicationId}`;
  }

  private grantPath(subject: DemoApplication): string {
    return `${this.fund}/grants/${grantIdOf(subject)}`;
  }
}

/**
 * The fund the city announced: managed by the city-centre management, "fed half by public and half by
 * private money", a jury of private actors and administration deciding. Pooled: the private half is paid
 * into the fund and matches the city's half euro for euro. Its first year is played in the year before
 * the demo's, so that the year can be closed: money in, two grants decided, one paid and closed, one
 * paid in advance, revoked and repaid in two instalments until settled, and the year closed.
 */
class PooledFundStory {
  constructor(
    private readonly client: LedgerClient,
    private readonly calendar: DemoCalendar,
    private readonly log: (line: string) => void,
    private readonly issuer: string | undefined,
  ) {}

  private get fund(): string {
    return `/funds/${this.client.fundId}`;
  }

  private get firstYear(): number {
    return this.calendar.year - 1;
  }

  async run(): Promise<void> {
    await this.open();
    await this.receiveBothHalves();
    await this.decide();
    await this.payAndClose();
    await this.revokeAndSettle();
    await this.client.command(
      TREASURER,
      `${this.fund}/fiscal-years/${this.firstYear}/closing`,
      undefined,
      'close-first-year',
    );
    this.log(
      `Closed the fiscal year ${this.firstYear} of ${this.client.fundId}; its available money carries over.`,
    );
  }

  private async open(): Promise<void> {
    await this.client.command(
      FUND_MANAGER,
      '/funds',
      {
        fundId: this.client.fundId,
        name: 'Verfügungsfonds Citymanagement Dortmund',
        area: 'Dortmund city centre',
        settings: {
          fundingSource: 'municipal-budget',
          matchingModel: 'pooled',
          publicFunders: [{ funderId: 'stadt-dortmund', name: 'Stadt Dortmund', share: '1' }],
          publicShareMax: '0.50',
          perProjectPublicCap: '10000.00',
          publicMoneyInvestiveOnly: false,
          yearEndPolicy: 'carry-over',
          // Told as it was run, like the City-Fonds: payouts booked directly, jurors voting themselves.
          fourEyesPayments: false,
          juryVoting: 'members-vote',
        },
      },
      'open-fund',
    );
    for (const member of POOLED_FUND_JURY) {
      await this.client.command(
        FUND_MANAGER,
        `${this.fund}/jury/members`,
        { ...member, ...(this.issuer !== undefined ? { issuer: this.issuer } : {}) },
        `appoint-${member.memberId}`,
      );
    }
    this.log(
      `Opened fund ${this.client.fundId}: pooled, fed half by public and half by private money, with a jury of ${POOLED_FUND_JURY.length} private actors and administration.`,
    );
  }

  private async receiveBothHalves(): Promise<void> {
    const year = this.firstYear;
    await this.client.command(
      TREASURER,
      `${this.fund}/budgets/${year}`,
      { publicBudget: '20000.00' },
      'budget',
    );
    const privateMoney = [
      {
        contributionId: `cityring-${year}`,
        name: 'Cityring Dortmund e.V.',
        kind: 'association',
        amount: '12000.00',
      },
      {
        contributionId: `retailers-${year}`,
        name: 'Händler am Westenhellweg',
        kind: 'business',
        amount: '8000.00',
      },
    ];
    for (const [index, money] of privateMoney.entries()) {
      await this.client.command(
        TREASURER,
        `${this.fund}/contributions/private`,
        {
          contributionId: money.contributionId,
          contributor: { name: money.name, kind: money.kind },
          amount: money.amount,
          valueDate: `${year}-0${index + 3}-01`,
          reference: `Beitrag ${year}`,
        },
        `private-${money.contributionId}`,
      );
    }
    await this.client.command(
      TREASURER,
      `${this.fund}/contributions/public`,
      {
        contributionId: `city-${year}`,
        amount: '20000.00',
        valueDate: `${year}-04-15`,
        reference: `Haushalt ${year}`,
      },
      'public-contribution',
    );
    this.log(`Received 20,000.00 EUR from private actors and 20,000.00 EUR from the city in ${year}.`);
  }

  private async decide(): Promise<void> {
    const meeting = { meetingId: 'pooled-meeting-1', meetingDate: `${this.firstYear}-05-20` };
    const present = POOLED_FUND_JURY.map((member) => member.memberId);
    for (const project of Object.values(POOLED_FUND_APPLICATIONS)) {
      const path = `${this.fund}/applications/${project.applicationId}`;
      const id = project.applicationId;
      await this.client.command(FUND_MANAGER, `${this.fund}/applications`, project, `submit-${id}`);
      await this.client.command(FUND_MANAGER, `${path}/eligibility`, undefined, `eligible-${id}`);
      await this.client.command(
        FUND_MANAGER,
        `${path}/agenda`,
        { decisionId: `${meeting.meetingId}-${id}`, ...meeting },
        `agenda-${id}`,
      );
      await this.client.command(
        FUND_MANAGER,
        `${path}/attendance`,
        { presentMemberIds: present },
        `attendance-${id}`,
      );
      for (const memberId of present) {
        await this.client.command(
          juror(memberId),
          `${path}/votes`,
          { vote: 'yes' },
          `vote-${id}-${memberId}`,
        );
      }
      await this.client.command(
        FUND_MANAGER,
        `${path}/vote-closing`,
        { approvedAmount: project.requestedGrant, meetingDate: meeting.meetingDate },
        `close-vote-${id}`,
      );
      await this.client.command(
        FUND_MANAGER,
        `${this.fund}/grants`,
        {
          grantId: grantIdOf(project),
          applicationId: id,
          amount: project.requestedGrant,
          noticeDate: `${this.firstYear}-06-01`,
        },
        `grant-${id}`,
      );
    }
    this.log('The jury approved seating islands and summer lights; each grant is paid half from each pot.');
  }

  private async payAndClose(): Promise<void> {
    const project = POOLED_FUND_APPLICATIONS.seating;
    const path = `${this.fund}/grants/${grantIdOf(project)}`;
    await this.client.command(
      FUND_MANAGER,
      `${path}/proofs-of-use`,
      {
        reportedCosts: project.eligibleCosts,
        reference: `VN-${project.applicationId}`,
        receivedDate: `${this.firstYear}-09-01`,
      },
      'proof-seating',
    );
    await this.client.command(
      FUND_MANAGER,
      `${path}/proof-acceptance`,
      { provenEligibleCosts: project.eligibleCosts },
      'accept-proof-seating',
    );
    await this.client.command(
      TREASURER,
      `${path}/payouts`,
      { payoutId: 'payout-seating', amount: project.requestedGrant, valueDate: `${this.firstYear}-09-10` },
      'payout-seating',
    );
    await this.client.command(FUND_MANAGER, `${path}/closing`, undefined, 'close-grant-seating');
    this.log('Paid the seating islands after proof of use and closed the grant.');
  }

  private async revokeAndSettle(): Promise<void> {
    const project = POOLED_FUND_APPLICATIONS.summerLights;
    const path = `${this.fund}/grants/${grantIdOf(project)}`;
    await this.client.command(
      TREASURER,
      `${path}/advances`,
      { payoutId: 'advance-summer-lights', amount: '2000.00', valueDate: `${this.firstYear}-07-01` },
      'advance-summer-lights',
    );
    await this.client.command(
      FUND_MANAGER,
      `${path}/revocation`,
      {
        reason: 'The lights were not put up; the advance is demanded back.',
        repaymentPrincipal: '2000.00',
        voidFrom: `${this.firstYear}-07-01`,
        noticeDate: `${this.firstYear}-08-01`,
        fixedInterestRatePercentPerYear: POOLED_FUND_INTEREST_RATE,
      },
      'revoke-summer-lights',
    );
    // The recipient pays 1,000.00 EUR on the notice's day and the rest two months later; the rest owes
    // interest since the notice, which the service demands on receipt and the recipient then pays too.
    // The amounts follow the statement the notice sends, so a second run sends the same requests.
    const notice = `${this.firstYear}-08-01`;
    const later = `${this.firstYear}-10-01`;
    const toNotice = interestAtNoticeRate('2000.00', `${this.firstYear}-07-01`, notice);
    const rest = new Money('1000.00').plus(toNotice).toFixed(2);
    const sinceNotice = interestAtNoticeRate(rest, notice, later);
    await this.repay(path, 'repayment-summer-lights-1', '1000.00', notice);
    await this.repay(path, 'repayment-summer-lights-2', rest, later);
    await this.repay(path, 'repayment-summer-lights-3', sinceNotice, later);
    this.log(
      `Revoked the summer lights grant after a 2,000.00 EUR advance, with ${POOLED_FUND_INTEREST_RATE} % interest from the advance as the notice fixed it: received 1,000.00 EUR on the notice's day, ${withThousandsSeparators(rest)} EUR two months later and the ${sinceNotice} EUR of interest since the notice: settled, half to each pot.`,
    );
  }

  private async repay(path: string, repaymentId: string, amount: string, valueDate: string): Promise<void> {
    await this.client.command(
      TREASURER,
      `${path}/repayments`,
      { repaymentId, amount, valueDate },
      repaymentId,
    );
  }
}

/** The pooled fund's revocation notice names a fixed rate, so the demo plays in any year. */
const POOLED_FUND_INTEREST_RATE = '6';

/** Interest at the notice's fixed rate, actual/365, as the service computes it. */
function interestAtNoticeRate(principal: string, from: string, until: string): string {
  return interestStatement({
    principal,
    from,
    until,
    terms: { kind: 'fixed', ratePercentPerYear: POOLED_FUND_INTEREST_RATE },
    dayCount: 'actual/365',
  }).interest;
}

/** "1311.12" as "1,311.12", the way the other lines write amounts. */
function withThousandsSeparators(amount: string): string {
  return amount.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function grantIdOf(subject: DemoApplication): string {
  return `grant-${subject.applicationId}`;
}

function memberIds(...numbers: number[]): string[] {
  return numbers.map((number) => `member-${String(number).padStart(2, '0')}`);
}

/** Every present member votes `usual`, except the listed ones (null: does not vote). */
function allVote(
  meeting: Meeting,
  usual: VoteChoice,
  exceptions: Readonly<Record<string, VoteChoice | null>> = {},
): Record<string, VoteChoice> {
  const votes: Record<string, VoteChoice> = {};
  for (const memberId of meeting.presentMemberIds) {
    const vote = memberId in exceptions ? exceptions[memberId] : usual;
    if (vote !== null && vote !== undefined) votes[memberId] = vote;
  }
  return votes;
}

// Entry points

/** Fills the service with the demo fund; returns what it did. Refusals surface as `DemoRequestError`. */
export async function runDemo(options: DemoOptions): Promise<DemoSummary> {
  const client = new LedgerClient(options, options.fundId ?? DEFAULT_DEMO_FUND_ID);
  const calendar = new DemoCalendar(options.today ?? new Date());
  const story = new DemoStory(client, calendar, options.log, options.issuer);
  const summary = await story.run();
  const pooledClient = new LedgerClient(options, pooledFundIdOf(client.fundId));
  await new PooledFundStory(pooledClient, calendar, options.log, options.issuer).run();
  return {
    ...summary,
    pooledFundId: pooledClient.fundId,
    requests: summary.requests + pooledClient.requests,
  };
}

/** The pooled fund's id beside the City-Fonds'. */
export function pooledFundIdOf(fundId: string): string {
  return `${fundId}-pooled`;
}

/** Signs tokens the way `ledger-cli token` does: HS256 with the secret the service's settings resolve to. */
export function localTokenMinter(env: NodeJS.ProcessEnv): TokenMinter {
  const settings = loadSettings(env);
  const key = resolveJwtVerificationKey(settings);
  if (key.kind !== 'secret') {
    throw new Error(
      'The demo signs its own tokens, which needs JWT_SECRET or the local secret; JWKS_URL is set instead',
    );
  }
  return (role, subject) =>
    signDevelopmentToken({
      secret: key.secret,
      subject,
      role,
      lifetimeSeconds: TOKEN_LIFETIME_SECONDS,
      ...(settings.jwt.issuer !== undefined ? { issuer: settings.jwt.issuer } : {}),
      ...(settings.jwt.audience !== undefined ? { audience: settings.jwt.audience } : {}),
    });
}

/** What to look at once the demo has run, as lines to print. */
export function whatToLookAt(baseUrl: string, fundId: string): string[] {
  const url = (path: string) => new URL(path, baseUrl).toString();
  return [
    'What to look at now (every request needs a token: npx ledger-cli token --role auditor --sub you):',
    `  The fund as its decider sees it:  curl -H "Authorization: Bearer $TOKEN" ${url(`/funds/${fundId}`)}`,
    `  Balances per pot and funder:      ${url(`/funds/${fundId}/balances`)}`,
    `  Application board with tallies:   ${url(`/funds/${fundId}/board`)}`,
    `  Trial balance of the ledger:      ${url(`/funds/${fundId}/ledger/trial-balance`)}`,
    `  Audit trail:                      ${url(`/funds/${fundId}/audit-trail`)}`,
    `  API documentation (no token):     ${url('/docs')}`,
    '  Verify the hash chains offline:   npx ledger-cli verify',
  ];
}

async function main(): Promise<void> {
  const baseUrl = demoBaseUrl(process.env);
  const fundId = process.env['DEMO_FUND_ID'] ?? DEFAULT_DEMO_FUND_ID;
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(`Filling ${baseUrl} with the demo fund ${fundId} ...`);
  const issuer = loadSettings(process.env).jwt.issuer;
  const summary = await runDemo({
    baseUrl,
    fundId,
    mintToken: localTokenMinter(process.env),
    ...(issuer !== undefined ? { issuer } : {}),
    log: print,
  });
  print(
    `Done: ${summary.requests} requests, ${summary.applications} applications, ${summary.grants} grants, ${summary.payouts} payments.`,
  );
  for (const line of whatToLookAt(baseUrl, fundId)) print(line);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const hint =
      error instanceof TypeError
        ? ` (is the service running at ${demoBaseUrl(process.env)}? start it with npm start)`
        : '';
    process.stderr.write(`The demo stopped: ${message}${hint}\n`);
    process.exitCode = 1;
  });
}
