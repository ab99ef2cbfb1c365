/** Where commands write: results to stdout, problems to stderr (so scripts can pipe results). */
export interface CliOutput {
  info(line: string): void;
  error(line: string): void;
}

export const consoleOutput: CliOutput = {
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};
