// The benchmarks' seeded PRNG is the simulator's (src/core/simulate/prng.ts).
export { Prng } from '../../src/core/simulate/prng.js';
