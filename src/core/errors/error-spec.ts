// One entry of the error registry. `message` says what went wrong, `hint` what to do
// about it; neither may carry personal data (numbers, names, amounts).
export interface ErrorSpec {
  readonly message: string;
  readonly hint: string;
  readonly retryable: boolean;
}

export type ErrorTable = Readonly<Record<`TACT_ERR_${string}`, ErrorSpec>>;
