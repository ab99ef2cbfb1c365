/**
 * What the validators of this library return: every problem found (not only the first), each
 * with the path of the offending value (`penalties[1].imprisonmentMinYears`) and a message that
 * names the field and says what is allowed, so an API can hand them to a user as they are.
 */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** `parent.key`, `parent[3]`, or just `key` at the root. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** Collects issues while a validator walks its input. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  get isEmpty(): boolean {
    return this.issues.length === 0;
  }
}
