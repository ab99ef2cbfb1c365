import { testEngines, TestEngine } from './test-engines';

/**
 * Declares the same suite once per database engine, named `[sqlite] …` and `[postgres] …`, so the
 * output says which engine each result is for.
 */
export function describeEachEngine(title: string, suite: (engine: TestEngine) => void): void {
  for (const engine of testEngines()) {
    describe(`[${engine}] ${title}`, () => suite(engine));
  }
}
