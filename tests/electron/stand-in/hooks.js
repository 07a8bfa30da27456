// Node module hooks for the built-bundle test: `electron` resolves to the
// stand-in, and the bundle's other packages (zod, better-sqlite3...), which
// electron-vite leaves outside the bundle, resolve from the project even
// when the bundle was built in a temporary folder.
const STAND_IN = new URL('./electron.js', import.meta.url).href;
const PROJECT = new URL('../../../package.json', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true };
  try {
    return await next(specifier, context);
  } catch (error) {
    const bare = !/^(node:|\.|\/|file:)/.test(specifier);
    if (!bare || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return next(specifier, { ...context, parentURL: PROJECT });
  }
}
