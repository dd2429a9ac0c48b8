// An error a user can act on: what went wrong, and what to do about it. The
// CLI prints both lines; runs store both; the API (later) returns both.
export class ActionableError extends Error {
  constructor(message: string, readonly fix: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  override toString() {
    return `${this.message}\n  → ${this.fix}`;
  }
}
