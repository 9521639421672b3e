// How a borrower may pay a tenant: bank transfer details and payment links. A link is
// shown only when it is https and its host is on the tenant's allow-list (the host or a
// subdomain of it), so a settings mistake cannot send borrowers to a look-alike site.

export interface BankTransfer {
  readonly bankName: string;
  readonly accountName: string;
  readonly accountNumber: string;
  /** What to write as the transfer reference (e.g. "your loan number"). */
  readonly reference?: string;
}

export interface PaymentLink {
  readonly label: string;
  readonly url: string;
}

export interface RepaymentChannels {
  readonly bankTransfer?: BankTransfer;
  readonly links: readonly PaymentLink[];
  /** Host names links may point to, e.g. ["pay.example.com"]. */
  readonly linkDomains: readonly string[];
}

export const noRepaymentChannels: RepaymentChannels = { links: [], linkDomains: [] };

/** True when the url is https and its host is an allowed domain or a subdomain of one. */
export const linkAllowed = (url: string, domains: readonly string[]): boolean => {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username !== '' || u.password !== '') return false;
  const host = u.hostname.toLowerCase();
  return domains.some((d) => {
    const dom = d.toLowerCase().replace(/^\.+|\.+$/g, '');
    return dom !== '' && (host === dom || host.endsWith(`.${dom}`));
  });
};

export const allowedLinks = (c: RepaymentChannels): readonly PaymentLink[] => c.links.filter((l) => linkAllowed(l.url, c.linkDomains));
