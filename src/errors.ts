// Errors meant for the user: printed as one line, never as a stack trace.
export class EscaladeError extends Error {
  constructor(
    message: string,
    /** Process exit status when this error ends a command. */
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'EscaladeError';
  }
}

/** The one-line message of any thrown value. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
