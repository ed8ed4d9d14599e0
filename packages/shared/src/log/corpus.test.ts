import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeLog } from './analyze-log.js';

/**
 * The accuracy targets on the labelled corpus of real CI failure logs (shipped next to the
 * repository as ../shared/corpus, in CI too). Mean per-log recall and precision use the
 * corpus scorer's definition: a line counts within 2 lines of a labelled one.
 */
const corpus = join(import.meta.dirname, '../../../../../shared/corpus');
const labels = join(corpus, 'labels.jsonl');
const present = existsSync(labels);
if (!present) console.warn(`skipping the corpus test: ${labels} is not there`);

interface Case {
  id: string;
  log: string;
  category: string;
  failure_lines: number[];
}

(present ? describe : describe.skip)('the labelled corpus', () => {
  it('meets the accuracy targets', async () => {
    const cases = readFileSync(labels, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Case);
    let correct = 0;
    let recall = 0;
    let precision = 0;
    let withLines = 0;
    const near = (a: number, list: number[]) => list.some((b) => Math.abs(a - b) <= 2);
    for (const c of cases) {
      const d = await analyzeLog(readFileSync(join(corpus, c.log)));
      if (d.category === c.category) correct++;
      const predicted = d.lines.map((l) => l.n);
      const gold = c.failure_lines;
      recall += gold.length ? gold.filter((g) => near(g, predicted)).length / gold.length : 0;
      if (predicted.length) {
        precision += predicted.filter((p) => near(p, gold)).length / predicted.length;
        withLines++;
      }
    }
    const result = {
      accuracy: correct / cases.length,
      recall: recall / cases.length,
      precision: precision / withLines,
    };
    console.log(`corpus: ${JSON.stringify(result)}`);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.85);
    expect(result.precision).toBeGreaterThanOrEqual(0.6);
  }, 120_000);
});
