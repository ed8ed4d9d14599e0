// The example workflows are copied by users as they are: each must be valid for GitHub's own
// parser and ask for no more permissions than it needs.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { validateWorkflow } from '../actions/auto-heal/src/validate/index.js';

const files = [
  ...readdirSync('examples/workflows').map((f) => `examples/workflows/${f}`),
  ...readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`),
].filter((f) => /\.ya?ml$/.test(f));

test.each(files)('%s is a valid workflow with least-privilege permissions', async (path) => {
  const text = readFileSync(path, 'utf8');
  const result = await validateWorkflow(`.github/workflows/${path.split('/').pop()}`, text);
  expect(result.errors).toEqual([]);
  const workflow = parse(text) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown }> };
  // Top-level permissions are set (an empty map is the least), never write-all.
  expect(workflow.permissions).toBeDefined();
  expect(JSON.stringify(workflow)).not.toMatch(/write-all/);
  if (typeof workflow.permissions === 'object' && workflow.permissions !== null) {
    for (const [scope, access] of Object.entries(workflow.permissions)) {
      // Writes belong on the jobs that need them.
      if (Object.keys(workflow.jobs).length > 1) expect([scope, access]).toEqual([scope, 'read']);
    }
  }
});
