// `tact templates save FILE` and `tact templates list`: the tenant's own templates in
// the database. Save is all or nothing: one lint finding and nothing is written (exit 2).
import { readInputJson } from './read-input.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { saveTemplate } from '../app/templates/save-template.js';
import { failure, type TactFailure } from '../core/errors.js';
import { parseTemplate } from '../core/messages/parse-template.js';
import { tenantId, type TenantId } from '../core/model/ids.js';
import type { CliIo } from './cli-io.js';
import type { ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

export interface TemplatesStoreDeps {
  readonly openStore: OpenStore;
}

interface Parsed {
  readonly tenant: TenantId;
  readonly positional: readonly string[];
}

/** `--tenant ID` (default TACT_TENANT, else "default") and the remaining positionals. */
export const parseTenantArgs = (args: readonly string[], io: CliIo): Parsed | TactFailure => {
  const rest = withoutDbOption(args);
  const positional: string[] = [];
  let tenant = io.env['TACT_TENANT'] ?? 'default';
  for (let i = 0; i < rest.length; i += 1) {
    const a = rest[i]!;
    if (a === '--tenant') {
      const v = rest[++i];
      if (v === undefined || v === '') return failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--tenant' });
      tenant = v;
    } else if (a.startsWith('--')) return failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a });
    else positional.push(a);
  }
  return { tenant: tenantId(tenant), positional };
};


export const runTemplatesSave = async (deps: TemplatesStoreDeps, args: readonly string[], io: CliIo): Promise<ExitCode> => {
  const parsed = parseTenantArgs(args, io);
  if ('code' in parsed || parsed.positional.length !== 1) {
    printFailures(io, ['code' in parsed ? parsed : failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: parsed.positional[1] ?? 'FILE' })]);
    return 2;
  }
  const read = await readInputJson(io, parsed.positional[0]!, failure('TACT_ERR_MESSAGE_BAD_TEMPLATE', { path: '$', message: 'The file is not JSON' }));
  if (!read.ok) {
    printFailures(io, read.error);
    return 2;
  }
  const json = read.value;
  if (!Array.isArray(json)) {
    printFailures(io, [failure('TACT_ERR_MESSAGE_BAD_TEMPLATE', { path: '$', message: 'Expected a JSON array of templates' })]);
    return 2;
  }
  // The file may omit id and version: the store assigns the version, the id follows the key.
  const results = json.map((t: unknown, i) =>
    parseTemplate(typeof t === 'object' && t !== null ? { id: 'new', version: 1, ...t } : t, `$[${i}]`),
  );
  const bad = results.flatMap((r) => (r.ok ? [] : r.error));
  if (bad.length > 0) {
    printFailures(io, bad);
    return 2;
  }
  const templates = results.flatMap((r) => (r.ok ? [r.value] : []));
  return withStore(deps.openStore, args, io, async (handle) => {
    await handle.assertMigrated();
    const store = handle.store;
    const saved = await saveTemplate(store, parsed.tenant, templates, 'cli:templates');
    if (saved.ok) {
      for (const t of saved.value) io.stdout(`saved ${t.id} version ${t.version}\n`);
      io.stdout(`${saved.value.length} template(s) saved\n`);
      return 0;
    }
    const refusal = saved.error;
    if (refusal.code !== 'TACT_ERR_MESSAGE_LINT_FAILED') {
      printFailures(io, [refusal.failure]);
      return 2;
    }
    for (const t of refusal.templates) {
      io.stdout(`FAIL  $[${t.index}] ${t.id}\n`);
      for (const f of t.findings) io.stdout(`    ${f.rule} [${f.span.start}:${f.span.end}] ${JSON.stringify(f.span.text)}: ${f.message}\n`);
    }
    printFailures(io, [failure('TACT_ERR_MESSAGE_LINT_FAILED', { path: `${refusal.templates.length} template(s); nothing saved` })]);
    return 2;
  });
};

export const runTemplatesList = async (deps: TemplatesStoreDeps, args: readonly string[], io: CliIo): Promise<ExitCode> => {
  const parsed = parseTenantArgs(args, io);
  if ('code' in parsed || parsed.positional.length > 0) {
    printFailures(io, ['code' in parsed ? parsed : failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: parsed.positional[0] ?? '' })]);
    return 2;
  }
  return withStore(deps.openStore, args, io, async (handle) => {
    await handle.assertMigrated();
    const store = handle.store;
    if ((await store.getTenant(parsed.tenant)) === undefined) {
      printFailures(io, [failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: '--tenant' })]);
      return 2;
    }
    const active = await store.activeTemplates(parsed.tenant);
    for (const t of active) io.stdout(`${t.id}  version ${t.version}  ${new Date(t.createdAt).toISOString()}  ${t.createdBy}\n`);
    io.stdout(`${active.length} active tenant template(s); other keys use Tact's default set\n`);
    return 0;
  });
};
