// Holds a socket's writes until the current tick ends or `maxBatch` PDUs are waiting,
// so a burst of PDUs (submits freed by one read, the acks of one read) leaves in a few
// writev calls rather than one syscall each — yet early PDUs still leave early, so the
// SMSC can start on them while we produce the rest (the two sides overlap).
import type { Socket } from 'node:net';

export const writeCorker = (socket: Socket, maxBatch = 8): (() => void) => {
  let corked = false;
  let held = 0;
  const uncork = (): void => {
    if (!corked) return;
    corked = false;
    held = 0;
    socket.uncork();
  };
  return () => {
    if (corked && held >= maxBatch) uncork();
    held += 1;
    if (corked) return;
    corked = true;
    socket.cork();
    process.nextTick(uncork);
  };
};
