// Dependency direction (STYLE.md): main → {http, jobs, cli} → app → core,
// adapters → app/ports → core. Only main/ imports adapters/. Core is pure.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core has no I/O: it imports nothing outside src/core, no node: modules, no I/O packages.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        pathNot: ['^src/core/', '^node_modules/(luxon|chinese-days|libphonenumber-js)/', '^node_modules/@types/luxon/'],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-main-imports-adapters',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/main/', '^src/adapters/'] },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'app-does-not-import-edges',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(http|jobs|cli|main|adapters)/' },
    },
    {
      name: 'adapters-only-see-ports-and-core',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(http|jobs|cli|main)/' },
    },
    {
      name: 'edges-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/(http|jobs|cli)/' },
      to: { path: '^src/main/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
