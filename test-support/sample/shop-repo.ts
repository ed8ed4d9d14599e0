// The sample repository the end-to-end tests and the demo use: a small Python service whose CI
// fails because a module is not in requirements.txt.
import type { GitHubEmulator } from '../github-emulator/index.js';
import { jobLog } from './job-log.js';

export const SHOP = 'octo-org/shop';

export const CI_WORKFLOW = `# Runs the tests on every push and pull request.
name: CI

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch: # lets auto-heal verify a fix on its branch

permissions:
  contents: read

jobs:
  test:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      # Dependencies come from requirements.txt only.
      - name: Install dependencies
        run: pip install -r requirements.txt
      - name: Run tests
        run: pytest -q
`;

export const SHOP_FILES: Record<string, string> = {
  '.github/workflows/ci.yml': CI_WORKFLOW,
  'requirements.txt': '# Runtime dependencies\nflask==3.0.3\npytest==8.3.3\n',
  'shop/__init__.py': '',
  'shop/prices.py':
    'import requests\n\n\ndef fetch_rate(currency):\n    return requests.get(f"https://rates.example/{currency}").json()["rate"]\n',
  'tests/test_prices.py':
    'from shop.prices import fetch_rate\n\n\ndef test_rate_is_positive(monkeypatch):\n    assert fetch_rate\n',
  'README.md': '# shop\n',
};

export const MISSING_MODULE_STEPS = [
  {
    name: 'Run actions/checkout@v4',
    output: ['Syncing repository: octo-org/shop', 'HEAD is now at 1a2b3c4 Add rate lookup'],
  },
  {
    name: 'Run actions/setup-python@v5',
    output: ['Installed versions', 'Successfully set up CPython (3.12.7)'],
  },
  {
    name: 'Install dependencies',
    script: 'pip install -r requirements.txt',
    output: [
      'Collecting flask==3.0.3 (from -r requirements.txt (line 2))',
      '  Downloading flask-3.0.3-py3-none-any.whl.metadata (3.2 kB)',
      'Collecting pytest==8.3.3 (from -r requirements.txt (line 3))',
      'Successfully installed blinker-1.9.0 click-8.1.7 flask-3.0.3 iniconfig-2.0.0 pytest-8.3.3',
    ],
  },
  {
    name: 'Run tests',
    script: 'pytest -q',
    output: [
      '==================================== ERRORS ====================================',
      '____________________ ERROR collecting tests/test_prices.py _____________________',
      "ImportError while importing test module '/home/runner/work/shop/shop/tests/test_prices.py'.",
      'Hint: make sure your test modules/packages have valid Python names.',
      'Traceback:',
      '/opt/hostedtoolcache/Python/3.12.7/x64/lib/python3.12/importlib/__init__.py:90: in import_module',
      '    return _bootstrap._gcd_import(name[level:], package, level)',
      'tests/test_prices.py:1: in <module>',
      '    from shop.prices import fetch_rate',
      'shop/prices.py:1: in <module>',
      '    import requests',
      "E   ModuleNotFoundError: No module named 'requests'",
      '=========================== short test summary info ============================',
      'ERROR tests/test_prices.py',
      '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!!',
      '1 error in 0.21s',
    ],
    exitCode: 2,
  },
];

/** Seeds the shop repository with its CI workflow and one failed run; returns the run id. */
export function seedShop(gh: GitHubEmulator, log = jobLog(MISSING_MODULE_STEPS)): number {
  gh.seed.repo({ fullName: SHOP, files: SHOP_FILES, message: 'Add rate lookup' });
  gh.seed.workflow(SHOP, { path: '.github/workflows/ci.yml' });
  return seedFailedRun(gh, log).id;
}

/** One more failed CI run of the shop (a new run id), with the given job log. */
export function seedFailedRun(gh: GitHubEmulator, log = jobLog(MISSING_MODULE_STEPS), branch?: string) {
  return gh.seed.run(SHOP, {
    workflow: 'ci.yml',
    event: 'push',
    ...(branch ? { headBranch: branch } : {}),
    jobs: [
      {
        name: 'test',
        steps: [
          { name: 'Set up job', conclusion: 'success' },
          ...MISSING_MODULE_STEPS.map((s) => ({
            name: s.name,
            conclusion: s.exitCode ? ('failure' as const) : ('success' as const),
          })),
          { name: 'Complete job', conclusion: 'success' },
        ],
        log,
      },
    ],
  });
}
