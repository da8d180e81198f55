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
  private readonly onStartHandlers = new Set<(api: Comlink.Remote<Api>) => void>();

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
      const remote = Comlink.wrap<Api>(worker);
      this.remote = remote;
      // Messages are handled in order, so what these send arrives before the caller's call.
      for (const h of this.onStartHandlers) h(remote);
    }
    return this.remote;
  }

  /**
   * Called with the proxy whenever a worker starts (first use, after a crash or `terminate`), to
   * hand it settings it keeps (the classroom word filter), so a restarted worker is never
   * without them. Called at once when the worker is already running.
   */
  onStart(handler: (api: Comlink.Remote<Api>) => void): () => void {
    this.onStartHandlers.add(handler);
    if (this.remote) handler(this.remote);
    return () => this.onStartHandlers.delete(handler);
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
