// `tact payments` with its adapters: the store from --db / TACT_DB.
import { createPaymentsCommand } from '../cli/payments-command.js';
import { openStore } from './open-store.js';

export const paymentsCommand = createPaymentsCommand({ openStore });
