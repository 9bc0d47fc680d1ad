/**
 * Worker threads running the project's TypeScript modules. A worker thread does not inherit the TypeScript loader
 * the build runs under, so its first code registers that loader, then imports the module. Runs a thread.
 */
import { Worker } from 'node:worker_threads';

/** Starts a worker thread running the TypeScript module at `entry`, which reads `workerData`. */
export function startTypeScriptWorker(entry: URL, workerData: unknown): Worker {
  const loader = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}
