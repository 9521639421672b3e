// Continuous (or one-shot) dispatch for every tenant of the store: one Dispatcher per
// tenant sharing one transport. `stop()` stops claiming; `run` resolves once in-flight
// sends are recorded (graceful SIGTERM).
import { Dispatcher, type DispatchCounts, type DispatcherDeps, type DispatcherOptions } from '../app/dispatch/dispatcher.js';
import type { TenantId } from '../core/model/ids.js';

export interface DispatchJobOptions extends Omit<DispatcherOptions, 'tenant'> {
  /** Only these tenants; default every tenant in the store. */
  readonly tenants?: readonly TenantId[];
  readonly once: boolean;
}

export class DispatchJob {
  #dispatchers: Dispatcher[] = [];
  #stopped = false;

  constructor(private readonly deps: DispatcherDeps, private readonly options: DispatchJobOptions) {}

  stop(): void {
    this.#stopped = true;
    for (const d of this.#dispatchers) d.stop();
  }

  async run(): Promise<Readonly<Record<string, DispatchCounts>>> {
    const tenants = this.options.tenants ?? (await this.deps.store.listTenantIds());
    const { tenants: _ignored, once, ...rest } = this.options;
    this.#dispatchers = tenants.map((tenant) => new Dispatcher(this.deps, { ...rest, tenant }));
    if (this.#stopped) for (const d of this.#dispatchers) d.stop();
    const counts = await Promise.all(this.#dispatchers.map((d) => d.run(once)));
    return Object.fromEntries(tenants.map((t, i) => [t, counts[i] as DispatchCounts]));
  }
}
