/**
 * Loaded with `node --import` before a command-line entry point, so that Node runs the project's
 * TypeScript as it is, with no compiler at start: Node strips the types itself, this lets the source's
 * extensionless relative imports (`'../lib/source/problems'`, as Astro and Vite resolve them) find their
 * `.ts` file, and Node's compile cache keeps the compiled code of every module between runs.
 */
import { enableCompileCache, registerHooks } from 'node:module';

enableCompileCache();

const relative = /^\.{1,2}\//;
const hasExtension = /\.[cm]?[jt]sx?$|\.json$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const own = context.parentURL !== undefined && !context.parentURL.includes('/node_modules/');
    if (own && relative.test(specifier) && !hasExtension.test(specifier)) return nextResolve(`${specifier}.ts`, context);
    return nextResolve(specifier, context);
  },
});
