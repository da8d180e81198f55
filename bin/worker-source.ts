/** Running TypeScript modules on Node worker threads (for bin/ and bench/). */
import { fileURLToPath } from 'node:url';

const bundles = new Map<string, Promise<{ source: string | URL; eval: boolean }>>();

/**
 * Code for a worker thread running the TypeScript module `entry`. Node 20 does not hand the tsx
 * loader the parent runs under to worker threads. Preferred: bundle the module once with esbuild
 * (installed with tsx) into one plain module, so a thread costs about 8 MB instead of the 30 MB of
 * a tsx loader per thread (issue 3's 150 MB budget). Fallback: a two-line bootstrap that registers
 * tsx in the thread and imports the TypeScript file.
 */
export function workerSource(entry: URL): Promise<{ source: string | URL; eval: boolean }> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = (async () => {
      try {
        const esbuild = await import('esbuild');
        const out = await esbuild.build({
          entryPoints: [fileURLToPath(entry)],
          bundle: true,
          write: false,
          format: 'esm',
          platform: 'node',
          target: 'node20',
          logLevel: 'silent',
          // Never inline the bundler or the loader into a worker.
          external: ['esbuild', 'tsx'],
        });
        const code = Buffer.from(out.outputFiles[0].contents).toString('base64');
        return { source: new URL(`data:text/javascript;base64,${code}`), eval: false };
      } catch {
        const tsxApi = import.meta.resolve('tsx/esm/api');
        const source = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
        return { source, eval: true };
      }
    })();
    bundles.set(entry.href, bundle);
  }
  return bundle;
}
