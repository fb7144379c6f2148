/**
 * The layering rules of docs/ARCHITECTURE.md, checked by `npm run lint`
 * (dependency-cruiser): a break fails the lint and so `npm test`.
 */
export default {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import circle ties modules so that neither can be read, tested or moved alone.",
      from: {},
      to: { circular: true },
    },
    {
      name: "engine-stays-below",
      severity: "error",
      comment:
        "The engine is the bottom layer: the server, the viewer and the scripts use it, never the reverse.",
      from: { path: "^engine/" },
      to: { path: "^(server|viewer|scripts|bin)/" },
    },
    {
      name: "server-internals-stay-inside",
      severity: "error",
      comment:
        "Outside server/, only its entry points are used: app.ts (buildApp), server.ts (listen) and levels.ts (the stored analyses of the server on Neo4j). Services, plugins and routes are the server's own.",
      from: { pathNot: "^server/" },
      to: { path: "^server/", pathNot: "^server/(app|server|levels)\\.ts$|^server/schemas/" },
    },
    {
      name: "viewer-runs-without-the-server",
      severity: "error",
      comment:
        "The viewer's code talks to the server over HTTP only. It may take the API's types from server/schemas (type-only imports, erased from the bundle); its tests may start the server through server/app.ts.",
      from: { path: "^viewer/src/" },
      to: { path: "^server/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "api-schemas-as-types-only",
      severity: "error",
      comment:
        "server/schemas is the API's contract; outside the server it is read for its types only.",
      from: { pathNot: "^server/" },
      to: { path: "^server/schemas/", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: {
      path: "^(node_modules|dist|data|bench-results|test-artifacts|scripts/neo4j/target|\\.venv-ftm)/",
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".json"],
    },
  },
};
