/**
 * Layer rules of the production code, checked by `npm run lint` (ADR 0016): the domain is pure; the web
 * application reaches the pure domain only, never a store; libraries never import applications; an
 * adapter's internals stay in its folder; no two folders import each other, directly or through others.
 * Specifications and testing helpers are left out here; `.dependency-cruiser.tests.cjs` checks the
 * domain's.
 */
const SPECS_AND_TESTING = '(\\.(spec|int-spec|e2e-spec|property\\.spec)\\.tsx?$|/testing/)';

/**
 * Folder cycles that are known and not yet broken. Each is allowed only from the folders named, so any
 * other cycle fails. Remove an entry once its cycle is gone.
 * - domain: grants ↔ revocation (a grant's decisions demand repayments; a revocation updates the grant),
 *   left until the domain folders are reorganised;
 * - event store: seals ↔ postgres (the sealing lock loads the PostgreSQL lock, which implements its interface);
 * - API: common/http ↔ common/problems ↔ common/validation (the body reader, the problem filter and the
 *   validation pipe refer to one another inside `common`);
 * - web application: money ↔ i18n (money formatting takes the language; the i18n provider formats money).
 */
const KNOWN_FOLDER_CYCLES = [
  '^libs/domain/src/fund/(grants|revocation)$',
  '^libs/event-store/src/(seals|postgres)$',
  '^apps/ledger-api/src/common/(http|problems|validation)$',
  '^apps/ledger-web/src/(money|i18n)$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain’s production code imports nothing but decimal.js: no framework, no I/O.',
      severity: 'error',
      from: { path: '^libs/domain/src/', pathNot: SPECS_AND_TESTING },
      to: { pathNot: ['^libs/domain/src/', '^node_modules/decimal\\.js/'] },
    },
    {
      name: 'web-application-never-reaches-a-store',
      comment: 'A web application under apps/ may use the pure domain, never a store or another library.',
      severity: 'error',
      from: { path: '^apps/ledger-web/' },
      to: {
        path: [
          '^libs/(?!domain/)',
          '^node_modules/(better-sqlite3|pg|@eventstore)/',
          '^apps/(?!ledger-web/)',
        ],
      },
    },
    {
      name: 'libraries-never-import-applications',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'adapter-internals-stay-in-their-folder',
      comment:
        'Outside an event-store adapter, only the library’s entry points and the factories that choose an ' +
        'adapter reach into it; storage helpers shared with other stores live in libs/event-store/src/storage.',
      severity: 'error',
      from: {
        pathNot: [
          '^libs/event-store/src/(sqlite|postgres|eventstoredb)/',
          '^libs/event-store/src/(index|create-event-store)\\.ts$',
          '^libs/event-store/src/seals/sealing-lock\\.ts$',
        ],
      },
      to: { path: '^libs/event-store/src/(sqlite|postgres|eventstoredb)/' },
    },
    {
      name: 'adapters-stay-apart',
      comment: 'An adapter never reaches into another adapter.',
      severity: 'error',
      from: { path: '^libs/event-store/src/(sqlite|postgres|eventstoredb)/' },
      to: {
        path: '^libs/event-store/src/(sqlite|postgres|eventstoredb)/',
        pathNot: '^libs/event-store/src/$1/',
      },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Two folders that import each other, directly or through others, are one module in disguise.',
      severity: 'error',
      scope: 'folder',
      from: { pathNot: KNOWN_FOLDER_CYCLES },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-file-cycles',
      comment: 'Imports of types only are left out: they vanish when compiled and cannot loop at run time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)(dist|node_modules|coverage|data)/', SPECS_AND_TESTING] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
