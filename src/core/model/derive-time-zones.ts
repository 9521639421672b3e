// Which zones a person may be in. Every source of information counts (Reg F asks for
// convenience in every zone the collector knows or should know the consumer may be in):
// zones named by the lender, the address region, and the number's country or NANP area
// code. Only when none says anything does the tenant's default zone apply.
import { IANAZone } from 'luxon';
import { nanpTimeZones } from './nanp-time-zones.js';
import type { ParsedPhone } from './parse-phone.js';
import { regionTimeZones } from './region-time-zones.js';

/** Zones the number points to; [] for non-geographic numbers and countries not in the tables. */
export const phoneTimeZones = (phone: ParsedPhone): readonly string[] => {
  if (phone.callingCode === '1' && (phone.country === 'US' || phone.country === 'CA' || phone.country === undefined)) {
    const byArea = nanpTimeZones(phone.nationalNumber.slice(0, 3));
    if (byArea.length > 0) return byArea;
  }
  return phone.country === undefined ? [] : (regionTimeZones(phone.country) ?? []);
};

// Zone validity is asked of Intl through luxon, which is costly; names repeat, so remember.
const known = new Map<string, boolean>();
export const isKnownZone = (name: string): boolean => {
  let v = known.get(name);
  if (v === undefined) {
    v = IANAZone.isValidZone(name) && name.includes('/');
    known.set(name, v);
  }
  return v;
};

/** Union of every source, in a stable order, never empty. */
export const deriveTimeZones = (sources: {
  readonly explicit: readonly string[];
  readonly region: readonly string[];
  readonly phone: ParsedPhone | undefined;
  readonly defaultTimeZone: string;
}): readonly string[] => {
  // A few zones at most: an array and includes() keep the first-seen order of a Set at a
  // fraction of its cost (this runs for every person of every imported row).
  const zones: string[] = [];
  const add = (list: readonly string[]): void => {
    for (const z of list) if (!zones.includes(z)) zones.push(z);
  };
  add(sources.explicit);
  add(sources.region);
  if (sources.phone !== undefined) add(phoneTimeZones(sources.phone));
  return zones.length === 0 ? [sources.defaultTimeZone] : zones;
};
