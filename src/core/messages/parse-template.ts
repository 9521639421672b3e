// Validates a template arriving from outside (CLI, API, a JSON file) at the edge.
import { failure, type TactFailure } from '../errors.js';
import { err, ok, type Result } from '../result.js';
import { audiences, messageChannels, messageLocales, type Template } from './template.js';

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export const parseTemplate = (input: unknown, path = '$'): Result<Template, readonly TactFailure[]> => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return err([failure('TACT_ERR_MESSAGE_BAD_TEMPLATE', { path })]);
  const o = input as Record<string, unknown>;
  const bad = (field: string): TactFailure => failure('TACT_ERR_MESSAGE_BAD_TEMPLATE', { path: `${path}.${field}` });
  const failures = [
    ...(nonEmpty(o['id']) ? [] : [bad('id')]),
    ...(nonEmpty(o['key']) ? [] : [bad('key')]),
    ...(isOneOf(audiences, o['audience']) ? [] : [bad('audience')]),
    ...(isOneOf(messageChannels, o['channel']) ? [] : [bad('channel')]),
    ...(isOneOf(messageLocales, o['locale']) ? [] : [bad('locale')]),
    ...(typeof o['body'] === 'string' ? [] : [bad('body')]),
    ...(Number.isSafeInteger(o['version']) && (o['version'] as number) >= 1 ? [] : [bad('version')]),
  ];
  if (failures.length > 0) return err(failures);
  return ok({
    id: o['id'] as string,
    key: o['key'] as string,
    audience: o['audience'] as Template['audience'],
    channel: o['channel'] as Template['channel'],
    locale: o['locale'] as Template['locale'],
    body: o['body'] as string,
    version: o['version'] as number,
  });
};
