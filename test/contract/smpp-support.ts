// Helpers for the SMPP contract tests.
export const waitFor = async (check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};
