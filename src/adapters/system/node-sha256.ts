import { createHash } from 'node:crypto';

/** Hex SHA-256 of UTF-8 text (the audit chain's hash). */
export const nodeSha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
