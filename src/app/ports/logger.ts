// Structured logging. Adapters redact personal data (names, numbers, e-mail addresses,
// message text) whatever the caller passes; callers still should pass ids, not data.
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(fields: LogFields, message: string): void;
  info(fields: LogFields, message: string): void;
  warn(fields: LogFields, message: string): void;
  error(fields: LogFields, message: string): void;
  child(bindings: LogFields): Logger;
}
