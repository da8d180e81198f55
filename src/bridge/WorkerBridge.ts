/**
 * Owns one worker's lifecycle: creates it on first use, wraps it with comlink, and restarts it
 * after a crash or a hard abort. `terminate()` is the hard stop for work that cannot be
 * interrupted cooperatively; the next call starts a fresh worker.
 */
import * as Comlink from 'comlink';
import './errors';

export class WorkerBridge<Api> {
  private worker: Worker | null = null;
  private remote: Comlink.Remote<Api> | null = null;
  private readonly onCrashHandlers = new Set<(message: string) => void>();

  /** `create` must contain the literal `new Worker(new URL(...), { type: 'module' })` so Vite bundles it. */
  constructor(private readonly create: () => Worker) {}

  /** The comlink proxy, starting the worker if needed. */
  api(): Comlink.Remote<Api> {
    if (this.remote === null) {
      const worker = this.create();
      worker.addEventListener('error', (ev) => {
        const message = ev.message || 'the worker stopped unexpectedly';
        this.reset();
        for (const h of this.onCrashHandlers) h(message);
      });
      this.worker = worker;
      this.remote = Comlink.wrap<Api>(worker);
    }
    return this.remote;
  }

  /** Called with a description when the worker dies; it is restarted on the next call. */
  onCrash(handler: (message: string) => void): () => void {
    this.onCrashHandlers.add(handler);
    return () => this.onCrashHandlers.delete(handler);
  }

  /** Hard abort: kills whatever the worker is doing. Pending calls never settle. */
  terminate(): void {
    this.worker?.terminate();
    this.reset();
  }

  get running(): boolean {
    return this.worker !== null;
  }

  private reset(): void {
    this.remote?.[Comlink.releaseProxy]?.();
    this.worker = null;
    this.remote = null;
  }
}
