// Ids in the UUIDv7 layout (time-ordered, random tail) behind the Ids port.
import type { Clock } from '../../app/ports/clock.js';
import type { Ids } from '../../app/ports/ids.js';
import { timeOrderedId } from './time-ordered-id.js';

export const systemIds = (clock: Clock): Ids => ({ next: () => timeOrderedId(clock.now()) });
