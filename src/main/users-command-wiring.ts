// `tact users` with its adapters: argon2id hashing and node:crypto passwords.
import { randomBytes } from 'node:crypto';
import { createArgon2PasswordHasher } from '../adapters/system/argon2-password-hasher.js';
import { createUsersCommand } from '../cli/users-command.js';
import { openStore } from './open-store.js';

export const usersCommand = createUsersCommand({
  openStore,
  hasher: createArgon2PasswordHasher(),
  generatePassword: () => randomBytes(18).toString('base64url'),
});
