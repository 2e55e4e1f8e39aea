/**
 * The domain's specifications and testing helpers may add fast-check (and Node's own modules, which the
 * layer specification reads files with), and nothing else (ADR 0016).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-tests-use-only-test-tools',
      severity: 'error',
      from: { path: '^libs/domain/src/' },
      to: {
        pathNot: ['^libs/domain/src/', '^node_modules/(decimal\\.js|fast-check|@fast-check)/'],
        dependencyTypesNot: ['core'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
