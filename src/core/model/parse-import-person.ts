// The people of an import row: the borrower (with e-mail, address region and zones) and
// up to 5 contacts. Each number becomes E.164 and yields the zones it points to.
import type { ImportedContact, ImportedPerson, Locale } from './import-record.js';
import { contactRoles } from './import-record.js';
import { contactColumn, contactFields, maxContacts } from './import-columns.js';
import { maxIdLength, type FieldReader } from './import-fields.js';
import { deriveTimeZones, isKnownZone } from './derive-time-zones.js';
import type { CountryCode, ParsedPhone } from './parse-phone.js';
import { parsePhone } from './parse-phone.js';
import { isKnownRegion, regionTimeZones } from './region-time-zones.js';

export interface PersonContext {
  readonly defaultRegion: CountryCode;
  readonly defaultTimeZone: string;
}

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const readPhone = (r: FieldReader, column: string, region: CountryCode): ParsedPhone | undefined => {
  const text = r.text(column, true);
  if (text === '') return undefined;
  const p = parsePhone(text, region);
  if (p.ok) return p.value;
  r.report(p.error === 'foreign_without_plus' ? 'TACT_ERR_IMPORT_FOREIGN_PHONE_WITHOUT_PLUS' : 'TACT_ERR_IMPORT_BAD_PHONE', column);
  return undefined;
};

const readZones = (r: FieldReader, column: string): readonly string[] => {
  const text = r.text(column, false);
  if (text === '') return [];
  const zones = text.split(';').map((z) => z.trim()).filter((z) => z !== '');
  const bad = zones.filter((z) => !isKnownZone(z));
  if (bad.length > 0) r.report('TACT_ERR_IMPORT_UNKNOWN_ZONE', column);
  return zones.filter(isKnownZone);
};

const readRegion = (r: FieldReader, column: string): readonly string[] => {
  const text = r.text(column, false).toUpperCase();
  if (text === '') return [];
  if (!isKnownRegion(text)) {
    r.report('TACT_ERR_IMPORT_BAD_REGION', column);
    return [];
  }
  return regionTimeZones(text) ?? [];
};

export const readBorrower = (r: FieldReader, ctx: PersonContext, locale: Locale): ImportedPerson | undefined => {
  const externalId = r.text('borrower_external_id', false, maxIdLength);
  const name = r.text('borrower_name', true);
  const phone = readPhone(r, 'borrower_phone', ctx.defaultRegion);
  const mail = r.text('borrower_email', false);
  if (mail !== '' && !email.test(mail)) r.report('TACT_ERR_IMPORT_BAD_EMAIL', 'borrower_email');
  const region = readRegion(r, 'borrower_address_region');
  const explicit = readZones(r, 'borrower_timezone');
  if (phone === undefined || name === '') return undefined;
  return {
    ...(externalId === '' ? {} : { externalId }),
    name,
    phoneE164: phone.e164,
    ...(mail === '' ? {} : { email: mail }),
    timeZones: deriveTimeZones({ explicit, region, phone, defaultTimeZone: ctx.defaultTimeZone }),
    locale,
  };
};

// Column names per contact, built once: contactColumns[n - 1].phone === 'contact<n>_phone'.
const contactColumns = Array.from({ length: maxContacts }, (_, i) => ({
  name: contactColumn(i + 1, 'name'),
  phone: contactColumn(i + 1, 'phone'),
  role: contactColumn(i + 1, 'role'),
  relationship: contactColumn(i + 1, 'relationship'),
}));

const isContactRole = (s: string): s is ImportedContact['role'] => (contactRoles as readonly string[]).includes(s);

/** Contacts 1–5 in column order; a contact with every field empty is no contact. */
export const readContacts = (
  r: FieldReader,
  ctx: PersonContext,
  locale: Locale,
  borrowerPhone: string | undefined,
): ImportedContact[] => {
  const contacts: ImportedContact[] = [];
  // One number, one person per account: a contact repeating another's number is a mistake.
  const taken = new Set<string>(borrowerPhone === undefined ? [] : [borrowerPhone]);
  for (const cols of contactColumns) {
    // Plain loops and flags (the same reads in the same order as before), not every/filter/includes: this runs for every row.
    let absent = true;
    for (const f of contactFields) if (r.raw(cols[f]) !== undefined) absent = false;
    if (absent) continue; // no such columns
    const nameGiven = r.text(cols.name, false) !== '';
    const phoneGiven = r.text(cols.phone, false) !== '';
    const roleGiven = r.text(cols.role, false) !== '';
    const relationshipGiven = r.text(cols.relationship, false) !== '';
    if (!nameGiven && !phoneGiven && !roleGiven && !relationshipGiven) continue;
    if (!nameGiven) r.report('TACT_ERR_IMPORT_INCOMPLETE_CONTACT', cols.name);
    if (!phoneGiven) r.report('TACT_ERR_IMPORT_INCOMPLETE_CONTACT', cols.phone);
    if (!roleGiven) r.report('TACT_ERR_IMPORT_INCOMPLETE_CONTACT', cols.role);
    const name = r.text(cols.name, false);
    const role = r.text(cols.role, false).toLowerCase();
    const relationship = r.text(cols.relationship, false);
    if (role !== '' && !isContactRole(role)) r.report('TACT_ERR_IMPORT_BAD_ROLE', cols.role);
    const phone = phoneGiven ? readPhone(r, cols.phone, ctx.defaultRegion) : undefined;
    if (phone !== undefined && taken.has(phone.e164)) {
      r.report('TACT_ERR_IMPORT_REPEATED_PHONE', cols.phone);
      continue;
    }
    if (phone !== undefined) taken.add(phone.e164);
    if (phone === undefined || name === '' || !isContactRole(role)) continue;
    contacts.push({
      name,
      phoneE164: phone.e164,
      timeZones: deriveTimeZones({ explicit: [], region: [], phone, defaultTimeZone: ctx.defaultTimeZone }),
      locale,
      role,
      ...(relationship === '' ? {} : { relationship }),
    });
  }
  return contacts;
};
