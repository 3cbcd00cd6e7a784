// Types for gas-local, which ships none.
declare module 'gas-local' {
  interface GasLocal {
    require(folder: string, globalObject?: object, options?: { filter?: (path: string) => boolean }): Record<string, unknown>;
    globalMockDefault: Record<string, unknown>;
  }
  const gas: GasLocal;
  export = gas;
}
