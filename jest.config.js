/**
 * Three jest projects: unit specs beside the code, integration specs against real stores,
 * and end-to-end specs against the running service.
 */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = {
  '^@fund-ledger/(domain|event-store|projections|reporting|config)$': '<rootDir>/libs/$1/src',
  '^@fund-ledger/(domain|event-store|projections|reporting|config)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // jose 6 ships only ES modules; swc turns them into CommonJS for jest on Node 20.
  transform: { '^.+\\.ts$': swcTransform, '/node_modules/jose/.+\\.js$': swcTransform },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
