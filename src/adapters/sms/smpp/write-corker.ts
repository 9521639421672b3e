// Holds a socket's writes until the current tick ends, so the PDUs written in one tick
// (a burst of submits, the acks of one TCP read) leave in one writev, not one syscall each.
import type { Socket } from 'node:net';

export const writeCorker = (socket: Socket): (() => void) => {
  let corked = false;
  const uncork = (): void => {
    corked = false;
    socket.uncork();
  };
  return () => {
    if (corked) return;
    corked = true;
    socket.cork();
    process.nextTick(uncork);
  };
};
