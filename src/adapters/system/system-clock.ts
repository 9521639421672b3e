// The wall clock behind the Clock port (epoch ms, UTC).
import type { Clock } from '../../app/ports/clock.js';

export const systemClock: Clock = { now: () => Date.now() };
