import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** A TypeORM logger that counts the SQL statements sent, for N+1 tests. */
export class StatementCounter extends AbstractLogger {
  statements: string[] = [];

  override logQuery(query: string): void {
    this.statements.push(query);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Only queries are of interest; they arrive through logQuery.
  }

  reset(): void {
    this.statements = [];
  }

  /** Statements that read or write data (not transaction control). */
  get dataStatements(): string[] {
    return this.statements.filter((s) => /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(s));
  }
}
