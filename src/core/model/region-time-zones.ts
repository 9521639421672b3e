// ISO 3166 region → IANA zone(s), for deriving a person's zones from their number's
// country or their address. Countries are listed only when one zone rule covers them
// (or, for a few large markets, every zone they span); a country not listed here yields
// [] and the tenant's default zone applies. Subdivisions: US states and Canadian
// provinces (ISO 3166-2), from the same federal/provincial boundaries as
// nanp-time-zones.ts; states split by a zone line list both.
const countries: Readonly<Record<string, readonly string[]>> = {
  CN: ['Asia/Shanghai'], HK: ['Asia/Hong_Kong'], MO: ['Asia/Macau'], TW: ['Asia/Taipei'], SG: ['Asia/Singapore'],
  JP: ['Asia/Tokyo'], KR: ['Asia/Seoul'], PH: ['Asia/Manila'], TH: ['Asia/Bangkok'], VN: ['Asia/Ho_Chi_Minh'],
  MY: ['Asia/Kuala_Lumpur'], IN: ['Asia/Kolkata'], PK: ['Asia/Karachi'], BD: ['Asia/Dhaka'], AE: ['Asia/Dubai'],
  GB: ['Europe/London'], IE: ['Europe/Dublin'], DE: ['Europe/Berlin'], FR: ['Europe/Paris'], IT: ['Europe/Rome'],
  NL: ['Europe/Amsterdam'], BE: ['Europe/Brussels'], CH: ['Europe/Zurich'], AT: ['Europe/Vienna'],
  SE: ['Europe/Stockholm'], NO: ['Europe/Oslo'], DK: ['Europe/Copenhagen'], FI: ['Europe/Helsinki'],
  PL: ['Europe/Warsaw'], NZ: ['Pacific/Auckland'], NG: ['Africa/Lagos'], KE: ['Africa/Nairobi'],
  ZA: ['Africa/Johannesburg'], EG: ['Africa/Cairo'],
  // NANP countries other than US/CA: one zone each.
  PR: ['America/Puerto_Rico'], VI: ['America/St_Thomas'], GU: ['Pacific/Guam'], MP: ['Pacific/Saipan'],
  AS: ['Pacific/Pago_Pago'], JM: ['America/Jamaica'], BS: ['America/Nassau'], BB: ['America/Barbados'],
  BM: ['Atlantic/Bermuda'], KY: ['America/Cayman'], DO: ['America/Santo_Domingo'], TT: ['America/Port_of_Spain'],
  AG: ['America/Antigua'], AI: ['America/Anguilla'], VG: ['America/Tortola'], DM: ['America/Dominica'],
  GD: ['America/Grenada'], MS: ['America/Montserrat'], KN: ['America/St_Kitts'], LC: ['America/St_Lucia'],
  VC: ['America/St_Vincent'], TC: ['America/Grand_Turk'], SX: ['America/Lower_Princes'],
  // Countries spanning several zones: every zone of the populated mainland.
  US: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles'],
  CA: ['America/St_Johns', 'America/Halifax', 'America/Toronto', 'America/Winnipeg', 'America/Regina',
    'America/Edmonton', 'America/Vancouver'],
};

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';
const subdivisions: Readonly<Record<string, readonly string[]>> = {
  'US-AL': [CT], 'US-AK': ['America/Anchorage', 'America/Adak'], 'US-AZ': ['America/Phoenix', MT], 'US-AR': [CT],
  'US-CA': [PT], 'US-CO': [MT], 'US-CT': [ET], 'US-DE': [ET], 'US-DC': [ET], 'US-FL': [ET, CT], 'US-GA': [ET],
  'US-HI': ['Pacific/Honolulu'], 'US-ID': [MT, PT], 'US-IL': [CT], 'US-IN': [ET, CT], 'US-IA': [CT],
  'US-KS': [CT, MT], 'US-KY': [ET, CT], 'US-LA': [CT], 'US-ME': [ET], 'US-MD': [ET], 'US-MA': [ET],
  'US-MI': [ET, CT], 'US-MN': [CT], 'US-MS': [CT], 'US-MO': [CT], 'US-MT': [MT], 'US-NE': [CT, MT],
  'US-NV': [PT, MT], 'US-NH': [ET], 'US-NJ': [ET], 'US-NM': [MT], 'US-NY': [ET], 'US-NC': [ET],
  'US-ND': [CT, MT], 'US-OH': [ET], 'US-OK': [CT], 'US-OR': [PT, MT], 'US-PA': [ET], 'US-RI': [ET],
  'US-SC': [ET], 'US-SD': [CT, MT], 'US-TN': [CT, ET], 'US-TX': [CT, MT], 'US-UT': [MT], 'US-VT': [ET],
  'US-VA': [ET], 'US-WA': [PT], 'US-WV': [ET], 'US-WI': [CT], 'US-WY': [MT],
  'US-PR': ['America/Puerto_Rico'], 'US-GU': ['Pacific/Guam'], 'US-VI': ['America/St_Thomas'],
  'CA-AB': ['America/Edmonton'], 'CA-BC': ['America/Vancouver', 'America/Edmonton'], 'CA-MB': ['America/Winnipeg'],
  'CA-NB': ['America/Halifax'], 'CA-NL': ['America/St_Johns', 'America/Halifax'], 'CA-NS': ['America/Halifax'],
  'CA-NT': ['America/Edmonton'], 'CA-NU': ['America/Toronto', 'America/Winnipeg', 'America/Edmonton'],
  'CA-ON': ['America/Toronto', 'America/Winnipeg'], 'CA-PE': ['America/Halifax'], 'CA-QC': ['America/Toronto'],
  'CA-SK': ['America/Regina'], 'CA-YT': ['America/Whitehorse'],
};

/** Zones of a region: `CN`, `US-CA`, …; [] when the country is known to Tact but spans zones it does not list. */
export const regionTimeZones = (region: string): readonly string[] | undefined =>
  subdivisions[region] ?? countries[region];

/** Whether a region code is in Tact's tables (an unknown code is an input error, not a guess). */
export const isKnownRegion = (region: string): boolean => region in subdivisions || region in countries;
