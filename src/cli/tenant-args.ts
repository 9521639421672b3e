// The tenant (`--tenant ID`, else TACT_TENANT, else "default") and the positional
// arguments of a sub-command, skipping the values of the options in `valued`.
import { tenantId, type TenantId } from '../core/model/ids.js';

export const tenantAndPositional = (
  more: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  valued: readonly string[],
): { readonly tenant: TenantId; readonly positional: readonly string[] } => {
  const tenantAt = more.indexOf('--tenant');
  const tenant = tenantId(tenantAt >= 0 ? (more[tenantAt + 1] ?? 'default') : (env['TACT_TENANT'] ?? 'default'));
  const skip = new Set(['--tenant', ...valued]);
  const positional = more.filter((a, i) => !a.startsWith('--') && (i === 0 || !skip.has(more[i - 1]!)));
  return { tenant, positional };
};
