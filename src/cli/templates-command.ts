// `tact templates lint`: lints templates (Tact's default set, or JSON from stdin) against a
// tenant's settings, renders each with example values and prints encoding, segments and
// cost. Exit 1 when any template has a finding or does not render; 2 on invalid input.
// `tact templates save` / `list` keep a tenant's own templates (templates-store-verbs.ts).
import { failure, type TactFailure } from '../core/errors.js';
import { defaultTemplates } from '../core/messages/default-templates.js';
import { lintTemplate, type LintFinding } from '../core/messages/lint-template.js';
import { formatMoney, type MessageVars } from '../core/messages/message-vars.js';
import { parseTemplate } from '../core/messages/parse-template.js';
import { renderMessage } from '../core/messages/render-message.js';
import { messageLocales, type MessageLocale, type Template, type TenantMessaging } from '../core/messages/template.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { runTemplatesList, runTemplatesSave, type TemplatesStoreDeps } from './templates-store-verbs.js';

const help = `Usage: tact templates lint [-] [options]
       tact templates save FILE [--db URL] [--tenant ID]
       tact templates list [--db URL] [--tenant ID]

save: stores a JSON array of templates ({key, audience, channel, locale, body}; id and
version may be omitted) as the tenant's next versions, after linting each against the
tenant's messaging settings (\`tact tenant messaging set\`). One finding and nothing
is saved (exit 2, findings printed). FILE "-" reads standard input.
list: the tenant's newest active version of each template. --tenant defaults to
TACT_TENANT, else "default".

Lints message templates and shows what each costs. Without "-", checks Tact's default
set; with "-", reads a JSON array of templates from standard input.
Each template is also rendered with example values (a short name, 1,234.50 overdue,
a 3-instalment plan) to report its encoding, characters, segments and cost.

Options:
  --locale zh-CN|en        only templates in this locale
  --brand TEXT             signature, 2–12 characters (default 示例 for zh-CN, Example for en)
  --third-party-brand TEXT neutral signature for messages to contacts (default: --brand)
  --allow HOST[,HOST…]     link allow-list; *.domain allows subdomains (default portal.example.cn)
  --price N                price of one segment in minor units (default 5)
  --currency CODE          ISO 4217 code of the price (default CNY)

Exit: 0 every template is clean, 1 a finding or a render failure, 2 invalid input.
`;

interface Options {
  readonly stdin: boolean;
  readonly locale?: MessageLocale;
  /** The tenant for a template's locale (the default brand is per locale). */
  readonly tenant: (locale: MessageLocale) => TenantMessaging;
}

const parseArgs = (args: readonly string[]): Options | TactFailure => {
  const bad = (path: string): TactFailure => failure('TACT_ERR_CLI_BAD_ARGUMENT', { path });
  const [verb, ...rest] = args;
  if (verb !== 'lint') return bad(verb ?? 'lint');
  const values = new Map<string, string>();
  let stdin = false;
  for (let i = 0; i < rest.length; i += 1) {
    const a = rest[i]!;
    if (a === '-') stdin = true;
    else if (['--locale', '--brand', '--third-party-brand', '--allow', '--price', '--currency'].includes(a) && rest[i + 1] !== undefined) values.set(a, rest[++i]!);
    else return bad(a);
  }
  const locale = values.get('--locale');
  if (locale !== undefined && !(messageLocales as readonly string[]).includes(locale)) return bad('--locale');
  const price = Number(values.get('--price') ?? '5');
  if (!Number.isSafeInteger(price) || price < 0) return bad('--price');
  const currency = values.get('--currency') ?? 'CNY';
  if (formatMoney({ minor: 0, currency }, 'en') === undefined) return bad('--currency');
  const brand = values.get('--brand');
  const thirdPartyBrand = values.get('--third-party-brand');
  const linkAllowList = (values.get('--allow') ?? 'portal.example.cn').split(',').filter((h) => h !== '');
  const tenant = (l: MessageLocale): TenantMessaging => ({
    brand: brand ?? (l === 'zh-CN' ? '示例' : 'Example'),
    ...(thirdPartyBrand === undefined ? {} : { thirdPartyBrand }),
    locale: l,
    linkAllowList,
    pricePerSegmentMinor: price,
    currency,
  });
  return { stdin, tenant, ...(locale === undefined ? {} : { locale: locale as MessageLocale }) };
};

// Example values: realistic lengths, no real person.
const exampleVars = (locale: MessageLocale, tenant: TenantMessaging): MessageVars => {
  const host = (tenant.linkAllowList[0] ?? 'portal.example.cn').replace(/^\*\./, 'www.');
  const currency = locale === 'zh-CN' ? 'CNY' : 'USD';
  return {
    borrowerName: locale === 'zh-CN' ? '王小明' : 'Sam Lee',
    contactName: locale === 'zh-CN' ? '李女士' : 'Alex',
    amountOverdue: { minor: 123_450, currency },
    dueDate: '2026-03-08',
    planOptions: [{ installments: 3, installmentMinor: 41_150, currency }],
    hotline: locale === 'zh-CN' ? '400-800-1234' : '800-555-0100',
    portalUrl: host,
  };
};

const readTemplates = async (io: CliIo): Promise<readonly Template[] | readonly TactFailure[]> => {
  let json: unknown;
  try {
    json = JSON.parse(await io.readStdin());
  } catch {
    return [failure('TACT_ERR_MESSAGE_BAD_TEMPLATE', { path: '$', message: 'Standard input is not JSON' })];
  }
  if (!Array.isArray(json)) return [failure('TACT_ERR_MESSAGE_BAD_TEMPLATE', { path: '$', message: 'Expected a JSON array of templates' })];
  const parsed = json.map((t, i) => parseTemplate(t, `$[${i}]`));
  const failures = parsed.flatMap((p) => (p.ok ? [] : p.error));
  return failures.length > 0 ? failures : parsed.flatMap((p) => (p.ok ? [p.value] : []));
};

const describeFinding = (f: LintFinding): string => `    ${f.rule} [${f.span.start}:${f.span.end}] ${JSON.stringify(f.span.text)}: ${f.message}\n`;

const run = async (args: readonly string[], io: CliIo): Promise<ExitCode> => {
  const options = parseArgs(args);
  if ('code' in options) {
    printFailures(io, [options]);
    return 2;
  }
  const loaded = options.stdin ? await readTemplates(io) : defaultTemplates;
  if (loaded.some((t) => 'code' in t)) {
    printFailures(io, loaded as readonly TactFailure[]);
    return 2;
  }
  const templates = (loaded as readonly Template[]).filter((t) => options.locale === undefined || t.locale === options.locale);
  let bad = 0;
  for (const t of templates) {
    const tenant = options.tenant(t.locale);
    const findings = lintTemplate(t, tenant);
    const rendered = findings.length === 0 ? renderMessage(t, exampleVars(t.locale, tenant), tenant, '00000000') : undefined;
    if (rendered?.ok === true) {
      const r = rendered.value;
      const cost = formatMoney({ minor: r.costMinor, currency: r.currency }, t.locale) ?? `${r.costMinor}`;
      io.stdout(`ok    ${t.id}  ${r.encoding ?? 'email'}  ${r.characters} chars  ${r.segments} segment${r.segments === 1 ? '' : 's'}  ${cost}\n`);
      continue;
    }
    bad += 1;
    io.stdout(`FAIL  ${t.id}\n`);
    for (const f of findings) io.stdout(describeFinding(f));
    if (rendered !== undefined && !rendered.ok) for (const f of rendered.error) io.stdout(`    ${f.code} ${f.path ?? ''}: ${f.message}\n`);
  }
  io.stdout(`${templates.length} templates, ${bad} with findings\n`);
  return bad === 0 ? 0 : 1;
};

export const createTemplatesCommand = (deps: TemplatesStoreDeps): Command => ({
  name: 'templates',
  summary: "Lint message templates, show their SMS segments and cost; save and list a tenant's own",
  help,
  run: (args, io) => {
    if (args[0] === 'save') return runTemplatesSave(deps, args.slice(1), io);
    if (args[0] === 'list') return runTemplatesList(deps, args.slice(1), io);
    return run(args, io);
  },
});
