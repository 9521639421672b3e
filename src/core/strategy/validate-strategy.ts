// parse + lint: the one entry point for a strategy from outside (CLI, API, store).
import type { TactFailure } from '../errors.js';
import type { OverrideValue } from '../model/decision-request.js';
import { err, ok, type Result } from '../result.js';
import { lintStrategy } from './lint-strategy.js';
import { parseStrategy } from './parse-strategy.js';
import type { Strategy } from './strategy.js';

export const validateStrategy = (input: unknown, overrides: Readonly<Record<string, OverrideValue>> = {}): Result<Strategy, readonly TactFailure[]> => {
  const parsed = parseStrategy(input);
  if (!parsed.ok) return parsed;
  const findings = lintStrategy(parsed.value, overrides);
  return findings.length > 0 ? err(findings) : ok(parsed.value);
};
