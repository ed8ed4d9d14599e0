import type { FactValue } from '../../types.js';
import { analyzeLines } from '../analyze-log.js';
import { matchLine, ruleSet } from '../rule-index.js';
import { CATALOG } from './index.js';

/**
 * One or more real-format examples per catalog rule. `lines` is the tail of a failed step;
 * the last line is the one the rule must match (unless `at` says which). `wins: false` marks
 * a supporting rule (a summary or generic line) that is expected to match but not to decide.
 */
interface Case {
  rule: string;
  lines: string[];
  at?: number;
  facts?: Record<string, FactValue>;
  wins?: boolean;
}

const CASES: Case[] = [
  // GitHub Actions platform
  {
    rule: 'actions-job-timeout',
    lines: [
      '##[error]The job running on runner GitHub Actions 3 has exceeded the maximum execution time of 360 minutes.',
    ],
    facts: { minutes: 360 },
  },
  {
    rule: 'actions-step-timeout',
    lines: ["##[error]The action 'Run integration tests' has timed out after 25 minutes."],
    facts: { minutes: 25, step: 'Run integration tests' },
  },
  {
    rule: 'actions-runner-shutdown',
    lines: [
      '##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.',
    ],
  },
  {
    rule: 'actions-runner-shutdown',
    lines: [
      '##[error]The self-hosted runner: build-03 lost communication with the server. Verify the machine is running and has a healthy network connection.',
    ],
  },
  { rule: 'actions-operation-canceled', lines: ['##[error]The operation was canceled.'] },
  {
    rule: 'actions-unable-to-resolve-action',
    lines: ['##[error]Unable to resolve action `actions/checkout@v9`, unable to find version `v9`'],
    facts: { action: 'actions/checkout@v9', version: 'v9' },
  },
  {
    rule: 'actions-unable-to-resolve-action',
    lines: ['##[error]Unable to resolve action `octo-org/missing-action@v1`, repository not found'],
    facts: { action: 'octo-org/missing-action@v1' },
  },
  {
    rule: 'actions-invalid-workflow',
    lines: ["The workflow is not valid. .github/workflows/ci.yml (Line: 14, Col: 9): Unexpected value 'run-on'"],
    facts: { file: '.github/workflows/ci.yml', line: 14, column: 9 },
  },
  {
    rule: 'actions-invalid-workflow',
    lines: [
      "##[error]The template is not valid. .github/workflows/ci.yml (Line: 22, Col: 14): Unrecognized named-value: 'secret'. Located at position 1 within expression: secret.TOKEN",
    ],
    facts: { file: '.github/workflows/ci.yml', line: 22 },
  },
  {
    rule: 'actions-missing-secret-input',
    lines: ['##[error]Input required and not supplied: github-token'],
    facts: { secret: 'github-token' },
  },
  {
    rule: 'actions-missing-secret-input',
    lines: ['Error: NPM_TOKEN environment variable is not set'],
    facts: { secret: 'NPM_TOKEN' },
  },
  {
    rule: 'actions-input-required',
    lines: ['##[error]Input required and not supplied: path'],
    facts: { input: 'path' },
  },
  {
    rule: 'actions-resource-not-accessible',
    lines: [
      'RequestError [HttpError]: Resource not accessible by integration',
      '    at /home/runner/work/_actions/x/dist/index.js:1:1',
    ],
    at: 0,
  },
  {
    rule: 'actions-api-rate-limit',
    lines: ['##[error]API rate limit exceeded for installation ID 123456.'],
    facts: { host: 'api.github.com' },
  },
  {
    rule: 'actions-disk-space-warning',
    lines: [
      'You are running out of disk space. The runner will stop working when the machine runs out of disk space. Free space left: 48 MB',
    ],
  },
  { rule: 'actions-exit-code-137', lines: ['npm test', '##[error]Process completed with exit code 137.'] },
  // System
  {
    rule: 'disk-space',
    lines: ['write /var/lib/docker/tmp/GetImageBlob123: no space left on device'],
  },
  { rule: 'disk-space', lines: ['OSError: [Errno 28] No space left on device'] },
  { rule: 'oom-killed', lines: ['c++: fatal error: Killed signal terminated program cc1plus'] },
  { rule: 'oom-killed', lines: ['fatal error: runtime: out of memory'] },
  {
    rule: 'killed-signal',
    lines: ['/home/runner/work/_temp/abc.sh: line 1:  1234 Killed                  ./gradlew test'],
  },
  {
    rule: 'ci-time-limit',
    lines: [
      'No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.',
    ],
    facts: { minutes: 10 },
  },
  {
    rule: 'ci-time-limit',
    lines: ['Build timed out (after 60 minutes). Marking the build as failed.'],
    facts: { minutes: 60 },
  },
  { rule: 'process-timed-out', lines: ['Command timed out after 600 seconds'] },
  {
    rule: 'command-not-found',
    lines: ['/home/runner/work/_temp/3a1b.sh: line 2: yarn: command not found'],
    facts: { command: 'yarn' },
  },
  { rule: 'command-not-found', lines: ['/bin/sh: 1: bc: not found'], facts: { command: 'bc' } },
  {
    rule: 'command-not-found',
    lines: ["'make' is not recognized as an internal or external command,"],
    facts: { command: 'make' },
  },
  { rule: 'command-not-found', lines: ['Error: Unable to locate executable file: pwsh.'], facts: { command: 'pwsh' } },
  {
    rule: 'command-not-found',
    lines: ['/usr/bin/env: ‘python’: No such file or directory'],
    facts: { command: 'python' },
  },
  {
    rule: 'no-rakefile',
    lines: ['rake aborted!', 'No Rakefile found (looking for: rakefile, Rakefile, rakefile.rb, Rakefile.rb)'],
    facts: { path: 'Rakefile' },
  },
  {
    rule: 'make-no-rule',
    lines: ["make: *** No rule to make target 'src/generated.c', needed by 'all'.  Stop."],
    facts: { path: 'src/generated.c' },
  },
  {
    rule: 'file-not-found',
    lines: ["FileNotFoundError: [Errno 2] No such file or directory: 'data/train.csv'"],
    facts: { path: 'data/train.csv' },
  },
  {
    rule: 'file-not-found',
    lines: ["Error: ENOENT: no such file or directory, open '/home/runner/work/app/app/dist/index.html'"],
    facts: { path: '/home/runner/work/app/app/dist/index.html' },
  },
  {
    rule: 'file-not-found',
    lines: ['bash: ./scripts/deploy.sh: No such file or directory'],
    facts: { path: './scripts/deploy.sh' },
  },
  {
    rule: 'file-not-found',
    lines: ["cp: cannot stat 'build/app.jar': No such file or directory"],
    facts: { path: 'build/app.jar' },
  },
  {
    rule: 'permission-denied',
    lines: ['/home/runner/work/_temp/x.sh: line 1: ./gradlew: Permission denied'],
    facts: { path: './gradlew' },
  },
  {
    rule: 'permission-denied',
    lines: ["Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/pkg'"],
    facts: { path: '/usr/local/lib/node_modules/pkg' },
  },
  {
    rule: 'permission-denied',
    lines: ["fatal: detected dubious ownership in repository at '/__w/app/app'"],
    facts: { path: '/__w/app/app' },
  },
  {
    rule: 'git-remote-branch-missing',
    lines: ['fatal: Remote branch feature/old not found in upstream origin'],
    facts: { branch: 'feature/old' },
  },
  // Network, rate limits, authentication
  {
    rule: 'registry-rate-limit',
    lines: ['npm ERR! 429 Too Many Requests - GET https://registry.npmjs.org/left-pad'],
  },
  {
    rule: 'dns-resolution-failed',
    lines: ["fatal: unable to access 'https://github.com/o/r.git/': Could not resolve host: github.com"],
    facts: { host: 'github.com' },
  },
  {
    rule: 'dns-resolution-failed',
    lines: [
      'npm ERR! request to https://registry.npmjs.org/x failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org',
    ],
    facts: { host: 'registry.npmjs.org' },
  },
  {
    rule: 'connection-failed',
    lines: ['curl: (7) Failed to connect to downloads.example.com port 443 after 129 ms: Connection refused'],
    facts: { host: 'downloads.example.com', port: '443' },
  },
  {
    rule: 'connection-failed',
    lines: [
      "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.",
    ],
    facts: { host: 'files.pythonhosted.org' },
  },
  {
    rule: 'http-server-error',
    lines: ['error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502'],
    facts: { status: '502' },
  },
  {
    rule: 'http-server-error',
    lines: ['ERROR: failed to do request: 503 Service Unavailable'],
    facts: { status: '503' },
  },
  {
    rule: 'git-clone-failed',
    lines: [
      "fatal: unable to access 'https://github.com/o/r.git/': Failed to connect to github.com port 443: Connection timed out",
    ],
    wins: false,
  },
  {
    rule: 'auth-failed',
    lines: ['remote: Permission to o/r.git denied to github-actions[bot].'],
    facts: { repo: 'o/r.git' },
  },
  { rule: 'auth-failed', lines: ['HttpError: Bad credentials'] },
  { rule: 'auth-failed', lines: ['npm ERR! code E401'] },
  {
    rule: 'auth-failed',
    lines: [
      'Error response from daemon: Get "https://ghcr.io/v2/": denied: requested access to the resource is denied',
    ],
  },
  // Docker
  {
    rule: 'docker-pull-rate-limit',
    lines: [
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    ],
    facts: { host: 'registry-1.docker.io' },
  },
  {
    rule: 'docker-image-not-found',
    lines: ['Error response from daemon: manifest for node:99-alpine not found: manifest unknown: manifest unknown'],
    facts: { module: 'node:99-alpine' },
  },
  {
    rule: 'docker-build-copy-missing',
    lines: [
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref abc::def: "/requirements.txt": not found',
    ],
    facts: { path: '/requirements.txt' },
  },
  {
    rule: 'docker-daemon-unavailable',
    lines: ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'],
  },
  {
    rule: 'docker-build-step-failed',
    lines: ['ERROR: failed to solve: process "/bin/sh -c make build" did not complete successfully: exit code: 2'],
    wins: false,
  },
  // Python
  {
    rule: 'python-module-not-found',
    lines: [
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 1, in <module>',
      '    import requests',
      "ModuleNotFoundError: No module named 'requests'",
    ],
    facts: { module: 'requests', manager: 'pip' },
  },
  {
    rule: 'pip-no-matching-distribution',
    lines: [
      'ERROR: Could not find a version that satisfies the requirement numpy==9.9.9 (from versions: 1.26.4, 2.0.0)',
      'ERROR: No matching distribution found for numpy==9.9.9',
    ],
    facts: { module: 'numpy', version: '9.9.9', manager: 'pip' },
  },
  {
    rule: 'pip-dependency-conflict',
    lines: [
      'ERROR: Cannot install flask==3.0.0 and werkzeug==2.0.0 because these package versions have conflicting dependencies.',
      'ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/#dealing-with-dependency-conflicts',
    ],
    facts: { manager: 'pip' },
  },
  { rule: 'pip-build-failed', lines: ['ERROR: Failed building wheel for psycopg2'], facts: { module: 'psycopg2' } },
  {
    rule: 'poetry-dependency',
    lines: [
      'pyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock [--no-update]` to fix the lock file.',
    ],
    facts: { manager: 'poetry' },
  },
  {
    rule: 'conda-packages-not-found',
    lines: [
      'PackagesNotFoundError: The following packages are not available from current channels:',
      '',
      '  - numpy=1.10.4',
      '  - python=3.4',
    ],
    at: 0,
    facts: { manager: 'conda', module: 'numpy', version: '1.10.4' },
  },
  {
    rule: 'pytest-failure-header',
    lines: [
      '=================================== FAILURES ===================================',
      '_________________________________ test_total __________________________________',
      '',
      '    def test_total():',
      '>       assert total([1, 2]) == 4',
      'E       assert 3 == 4',
      '',
      'tests/test_cart.py:12: AssertionError',
    ],
    at: 1,
    facts: { tests: ['test_total'], file: 'tests/test_cart.py', line: 12 },
  },
  {
    rule: 'pytest-summary-failed',
    lines: [
      '=========================== short test summary info ============================',
      'FAILED tests/test_cart.py::test_total - assert 3 == 4',
    ],
    facts: { tests: ['tests/test_cart.py::test_total'] },
  },
  {
    rule: 'pytest-verbose-failed',
    lines: ['tests/test_cart.py::test_total FAILED                                     [ 50%]'],
    facts: { tests: ['tests/test_cart.py::test_total'] },
  },
  {
    rule: 'pytest-counts',
    lines: ['========================= 1 failed, 11 passed in 0.52s ========================='],
    wins: false,
  },
  {
    rule: 'unittest-failure',
    lines: [
      '======================================================================',
      'FAIL: test_parse (tests.test_parser.ParserTest)',
      '----------------------------------------------------------------------',
      'Traceback (most recent call last):',
      '  File "/app/tests/test_parser.py", line 9, in test_parse',
      '    self.assertEqual(parse("1"), 2)',
      'AssertionError: 1 != 2',
    ],
    at: 1,
    facts: { tests: ['test_parse (tests.test_parser.ParserTest)'] },
  },
  { rule: 'unittest-counts', lines: ['Ran 12 tests in 0.102s', '', 'FAILED (failures=1)'], wins: false },
  {
    rule: 'python-syntax-error',
    lines: ['  File "/app/app.py", line 3', '    def broken(:', '               ^', 'SyntaxError: invalid syntax'],
    facts: { message: 'invalid syntax', file: '/app/app.py', line: 3 },
  },
  {
    rule: 'python-memory-error',
    lines: [
      'numpy.core._exceptions._ArrayMemoryError: Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64',
    ],
  },
  {
    rule: 'python-traceback',
    lines: [
      'Traceback (most recent call last):',
      '  File "/app/job.py", line 3, in <module>',
      '    run()',
      'KeyError: 42',
    ],
    at: 0,
    wins: false,
  },
  {
    rule: 'python-assertion-error',
    lines: [
      'Traceback (most recent call last):',
      '  File "check.py", line 2, in <module>',
      '    assert value == 3',
      'AssertionError',
    ],
  },
  {
    rule: 'python-lint',
    lines: ['./app/views.py:12:80: E501 line too long (88 > 79 characters)'],
    facts: { file: './app/views.py', line: 12, code: 'E501' },
  },
  {
    rule: 'python-lint',
    lines: [
      'would reformat src/app/models.py',
      'Oh no! 💥 💔 💥',
      '1 file would be reformatted, 12 files would be left unchanged.',
    ],
    at: 0,
  },
  {
    rule: 'mypy-error',
    lines: [
      'src/app/api.py:31: error: Incompatible return value type (got "int", expected "str")  [return-value]',
      'Found 1 error in 1 file (checked 12 source files)',
    ],
    at: 0,
    facts: { file: 'src/app/api.py', line: 31, code: 'return-value' },
  },
  // Node
  {
    rule: 'node-heap-out-of-memory',
    lines: [
      '<--- Last few GCs --->',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    ],
  },
  {
    rule: 'node-module-not-found',
    lines: ["Error: Cannot find module 'express'", 'Require stack:', '- /app/server.js'],
    at: 0,
    facts: { module: 'express', manager: 'npm' },
  },
  {
    rule: 'node-module-not-found',
    lines: [
      "src/index.ts(1,22): error TS2307: Cannot find module '@octokit/rest' or its corresponding type declarations.",
    ],
    facts: { module: '@octokit/rest' },
  },
  {
    rule: 'node-local-module-not-found',
    lines: ["Error: Cannot find module './dist/cli.js'"],
    facts: { path: './dist/cli.js' },
  },
  {
    rule: 'npm-eresolve',
    lines: [
      'npm ERR! code ERESOLVE',
      'npm ERR! ERESOLVE unable to resolve dependency tree',
      'npm ERR! While resolving: app@1.0.0',
      'npm ERR! Found: react@18.2.0',
      'npm ERR! Could not resolve dependency:',
      'npm ERR! peer react@"^16.8.0 || ^17.0.0" from react-old-widget@2.1.0',
    ],
    at: 0,
    facts: { manager: 'npm', module: 'react', version: '^16.8.0 || ^17.0.0' },
  },
  {
    rule: 'npm-version-not-found',
    lines: ['npm ERR! code ETARGET', 'npm ERR! notarget No matching version found for lodash@9.0.0.'],
    facts: { module: 'lodash', version: '9.0.0' },
  },
  {
    rule: 'npm-lockfile-out-of-sync',
    lines: [
      'npm ERR! `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.',
      'npm ERR! Missing: left-pad@1.3.0 from lock file',
    ],
    at: 0,
    facts: { manager: 'npm', module: 'left-pad', version: '1.3.0' },
  },
  {
    rule: 'yarn-lockfile-out-of-date',
    lines: ['error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.'],
    facts: { manager: 'yarn' },
  },
  {
    rule: 'yarn-package-not-found',
    lines: ['error Couldn\'t find package "left-padd@^1.0.0" required by "app@1.0.0" on the "npm" registry.'],
    facts: { module: 'left-padd', manager: 'yarn' },
  },
  {
    rule: 'pnpm-lockfile-out-of-date',
    lines: [
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with package.json',
    ],
    facts: { manager: 'pnpm' },
  },
  {
    rule: 'pnpm-package-not-found',
    lines: [' ERR_PNPM_NO_MATCHING_VERSION  No matching version found for vite@99.0.0'],
    facts: { module: 'vite', version: '99.0.0', manager: 'pnpm' },
  },
  {
    rule: 'node-engine-incompatible',
    lines: [
      'error vite@5.0.0: The engine "node" is incompatible with this module. Expected version "^18.0.0 || >=20.0.0". Got "16.20.2"',
    ],
    facts: { module: 'vite', version: '5.0.0' },
  },
  {
    rule: 'typescript-error',
    lines: ["src/cart.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'."],
    facts: { file: 'src/cart.ts', line: 14, column: 7, code: 'TS2322' },
  },
  {
    rule: 'typescript-error',
    lines: ["src/cart.ts:14:7 - error TS2304: Cannot find name 'totl'."],
    facts: { file: 'src/cart.ts', line: 14, code: 'TS2304' },
  },
  {
    rule: 'sass-error',
    lines: ['Error: Undefined variable: "$brand".', '        on line 12 of sass/components/button.sass'],
    facts: { file: 'sass/components/button.sass', line: 12 },
  },
  {
    rule: 'js-syntax-error',
    lines: ['SyntaxError: /app/src/index.js: Unexpected token, expected "," (12:8)'],
    facts: { file: '/app/src/index.js', line: 12 },
  },
  {
    rule: 'jest-failure',
    lines: [
      ' FAIL  src/cart.test.ts',
      '  ● Cart › applies the discount',
      '',
      '    expect(received).toBe(expected) // Object.is equality',
    ],
    at: 1,
    facts: { tests: ['Cart › applies the discount'] },
  },
  { rule: 'jest-suite-failed', lines: [' FAIL  src/cart.test.ts (5.2 s)'], facts: { file: 'src/cart.test.ts' } },
  {
    rule: 'vitest-failure',
    lines: [
      ' FAIL  src/cart.test.ts > Cart > applies the discount',
      'AssertionError: expected 100 to be 90 // Object.is equality',
    ],
    at: 0,
    facts: { tests: ['Cart > applies the discount'] },
  },
  { rule: 'js-test-counts', lines: ['Tests:       1 failed, 41 passed, 42 total'], wins: false },
  {
    rule: 'mocha-failure',
    lines: [
      '  2 passing (30ms)',
      '  1 failing',
      '',
      '  1) Parser',
      '       parses numbers:',
      '     AssertionError: expected 1 to equal 2',
    ],
    at: 3,
  },
  {
    rule: 'karma-jasmine-failure',
    lines: [
      'Chrome Headless 120.0.0.0 (Linux x86_64) CartComponent should render the total FAILED',
      "\tExpected '0' to equal '10'.",
    ],
    at: 0,
    facts: { tests: ['CartComponent should render the total'] },
  },
  {
    rule: 'eslint-problem',
    lines: ['/app/src/cart.js', "  12:7  error  'total' is assigned a value but never used  no-unused-vars"],
    facts: { line: 12, ruleName: 'no-unused-vars' },
  },
  { rule: 'eslint-summary', lines: ['✖ 3 problems (3 errors, 0 warnings)'], wins: false },
  {
    rule: 'tslint-problem',
    lines: ['ERROR: src/app.ts:12:5 - Missing semicolon'],
    facts: { file: 'src/app.ts', line: 12 },
  },
  {
    rule: 'prettier-check',
    lines: [
      '[warn] src/cart.ts',
      '[warn] Code style issues found in the above file. Run Prettier with --write to fix.',
    ],
  },
  {
    rule: 'size-limit-exceeded',
    lines: ['  Package size limit has exceeded by 2.1 kB', '  Size limit:   10 kB'],
    at: 0,
  },
  { rule: 'npm-script-failed', lines: ['npm ERR! Lifecycle script `build` failed with error:'], wins: false },
  // JVM
  {
    rule: 'jvm-compile-error',
    lines: [
      '[ERROR] /home/runner/work/app/app/src/main/java/com/acme/Cart.java:[27,22] cannot find symbol',
      '  symbol:   variable totl',
    ],
    at: 0,
    facts: {
      file: '/home/runner/work/app/app/src/main/java/com/acme/Cart.java',
      line: 27,
      column: 22,
      message: 'cannot find symbol',
    },
  },
  {
    rule: 'jvm-compile-error',
    lines: ['e: file:///home/runner/work/app/app/src/main/kotlin/Cart.kt:12:5 Unresolved reference: totl'],
    facts: { line: 12 },
  },
  {
    rule: 'maven-compiler-plugin-failed',
    lines: [
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project shop: Compilation failure',
    ],
    facts: { project: 'shop' },
  },
  {
    rule: 'maven-dependency-resolution',
    lines: [
      '[ERROR] Failed to execute goal on project shop: Could not resolve dependencies for project com.acme:shop:jar:1.0: Could not find artifact com.acme:util:jar:2.0 in central (https://repo.maven.apache.org/maven2)',
    ],
    facts: { manager: 'maven', module: 'com.acme:util', version: '2.0' },
  },
  {
    rule: 'gradle-dependency-resolution',
    lines: [
      "Execution failed for task ':app:compileJava'.",
      "> Could not resolve all files for configuration ':app:compileClasspath'.",
      '   > Could not find com.acme:util:2.0.',
    ],
    at: 1,
    facts: { manager: 'gradle', module: 'com.acme:util', version: '2.0' },
  },
  {
    rule: 'ivy-unresolved-dependency',
    lines: [
      'sbt.ResolveException: unresolved dependency: org.scala-lang#scala-compiler;2.12.9-bin-SNAPSHOT: not found',
    ],
    facts: { module: 'org.scala-lang#scala-compiler' },
  },
  {
    rule: 'maven-artifact-transfer',
    lines: [
      'Could not transfer artifact org.foo:bar:pom:1.0 from/to central (https://repo.maven.apache.org/maven2): Connection reset',
    ],
    facts: { module: 'org.foo:bar:pom:1.0' },
  },
  {
    rule: 'java-class-version',
    lines: [
      'java.lang.UnsupportedClassVersionError: com/acme/Main has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0',
    ],
    facts: { found: '61.0', expected: '55.0' },
  },
  {
    rule: 'junit-test-failed',
    lines: [
      '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.05 s <<< FAILURE! - in com.acme.CartTest',
      '[ERROR] com.acme.CartTest.appliesDiscount  Time elapsed: 0.01 s  <<< FAILURE!',
      'org.opentest4j.AssertionFailedError: expected: <90> but was: <100>',
      '\tat com.acme.CartTest.appliesDiscount(CartTest.java:21)',
    ],
    at: 1,
    facts: { tests: ['com.acme.CartTest.appliesDiscount'] },
  },
  {
    rule: 'junit-test-failed',
    lines: ['CartTest > appliesDiscount() FAILED', '    org.opentest4j.AssertionFailedError at CartTest.java:21'],
    at: 0,
    facts: { tests: ['appliesDiscount()'] },
  },
  {
    rule: 'maven-surefire-failed',
    lines: [
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.2:test (default-test) on project shop: There are test failures.',
    ],
    wins: false,
  },
  {
    rule: 'scalatest-failed',
    lines: ['[info] - applies the discount *** FAILED ***', '[info]   100 did not equal 90 (CartSpec.scala:12)'],
    at: 0,
    facts: { tests: ['applies the discount'] },
  },
  {
    rule: 'jvm-lint',
    lines: ["Execution failed for task ':app:checkstyleMain'."],
    facts: { task: ':app:checkstyleMain' },
  },
  { rule: 'jvm-lint', lines: ['[ERROR] You have 3 Checkstyle violations.'] },
  {
    rule: 'gradle-what-went-wrong',
    lines: ['* What went wrong:', "Execution failed for task ':app:test'."],
    at: 0,
    wins: false,
  },
  { rule: 'maven-build-failure', lines: ['[INFO] BUILD FAILURE'], wins: false },
  {
    rule: 'java-exception',
    lines: ['Exception in thread "main" java.lang.IllegalStateException: not configured'],
    wins: false,
  },
  // Go and Rust
  {
    rule: 'go-module-missing',
    lines: ['main.go:5:2: no required module provides package github.com/acme/util; to add it:'],
    facts: { module: 'github.com/acme/util', manager: 'go' },
  },
  {
    rule: 'go-module-missing',
    lines: ['verifying github.com/acme/util@v1.2.3: checksum mismatch'],
    facts: { module: 'github.com/acme/util', version: 'v1.2.3' },
  },
  {
    rule: 'go-lint',
    lines: ['internal/cart/cart.go:12:6: func `unused` is unused (unused)'],
    facts: { linter: 'unused', line: 12 },
  },
  {
    rule: 'go-compile-error',
    lines: ['# github.com/acme/shop/internal/cart', 'internal/cart/cart.go:27:9: undefined: totl'],
    facts: { file: 'internal/cart/cart.go', line: 27, column: 9, message: 'undefined: totl' },
  },
  {
    rule: 'go-test-failed',
    lines: ['=== RUN   TestTotal', '--- FAIL: TestTotal (0.00s)', '    cart_test.go:12: got 100, want 90'],
    at: 1,
    facts: { tests: ['TestTotal'] },
  },
  { rule: 'go-test-package-failed', lines: ['FAIL\tgithub.com/acme/shop/internal/cart\t0.012s'], wins: false },
  {
    rule: 'go-panic',
    lines: ['panic: runtime error: index out of range [3] with length 3', '', 'goroutine 1 [running]:'],
    at: 0,
  },
  {
    rule: 'cargo-dependency',
    lines: ['error: failed to select a version for the requirement `serde = "^9.0"`'],
    facts: { module: 'serde', manager: 'cargo' },
  },
  {
    rule: 'clippy-lint',
    lines: [
      'error: this `if` has identical blocks',
      '  --> src/main.rs:5:5',
      '   = note: `#[deny(clippy::if_same_then_else)]` on by default',
    ],
    facts: { lint: 'if_same_then_else' },
  },
  { rule: 'rustfmt-check', lines: ['Diff in /home/runner/work/app/app/src/main.rs at line 12:'], facts: { line: 12 } },
  {
    rule: 'rust-compile-error',
    lines: [
      'error[E0425]: cannot find value `totl` in this scope',
      '  --> src/cart.rs:27:9',
      '   |',
      '27 |         totl',
      '   |         ^^^^ help: a local variable with a similar name exists: `total`',
    ],
    at: 0,
    facts: { code: 'E0425', file: 'src/cart.rs', line: 27 },
  },
  {
    rule: 'rust-could-not-compile',
    lines: ['error: could not compile `shop` (lib) due to 1 previous error'],
    wins: false,
  },
  {
    rule: 'rust-build-script-failed',
    lines: ['error: failed to run custom build command for `openssl-sys v0.9.93`'],
    facts: { crate: 'openssl-sys v0.9.93' },
  },
  {
    rule: 'cargo-test-failed',
    lines: [
      '---- cart::tests::total stdout ----',
      "thread 'cart::tests::total' panicked at src/cart.rs:30:9:",
      'assertion `left == right` failed',
    ],
    at: 0,
    facts: { tests: ['cart::tests::total'] },
  },
  {
    rule: 'rust-panic',
    lines: ["thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:4:5"],
    wins: false,
  },
  // C and C++
  {
    rule: 'c-missing-header',
    lines: [
      'src/main.c:3:10: fatal error: openssl/ssl.h: No such file or directory',
      '    3 | #include <openssl/ssl.h>',
      'compilation terminated.',
    ],
    at: 0,
    facts: { header: 'openssl/ssl.h', file: 'src/main.c', line: 3 },
  },
  {
    rule: 'c-compile-error',
    lines: ["src/cart.cpp:27:9: error: 'totl' was not declared in this scope; did you mean 'total'?"],
    facts: { file: 'src/cart.cpp', line: 27, column: 9 },
  },
  {
    rule: 'link-error',
    lines: [
      "/usr/bin/ld: cart.o: in function `main':",
      "main.c:(.text+0x1a): undefined reference to `total'",
      'collect2: error: ld returned 1 exit status',
    ],
    at: 1,
    facts: { symbol: 'total' },
  },
  {
    rule: 'pkg-config-missing',
    lines: ["Package 'libsystemd', required by 'virtual:world', not found"],
    facts: { module: 'libsystemd' },
  },
  {
    rule: 'cmake-error',
    lines: ['CMake Error at CMakeLists.txt:12 (find_package):'],
    facts: { file: 'CMakeLists.txt', line: 12 },
  },
  {
    rule: 'configure-error',
    lines: ['configure: error: C compiler cannot create executables'],
    facts: { message: 'C compiler cannot create executables' },
  },
  { rule: 'make-error', lines: ['make: *** [Makefile:12: all] Error 2'], wins: false },
  { rule: 'gtest-failed', lines: ['[  FAILED  ] CartTest.Total (0 ms)'], facts: { tests: ['CartTest.Total'] } },
  {
    rule: 'ctest-failed',
    lines: ['The following tests FAILED:', '\t  3 - cart_test (Failed)'],
    at: 1,
    facts: { tests: ['cart_test'] },
  },
  { rule: 'catch2-failed', lines: ['/app/tests/cart.cpp:21: FAILED:', '  REQUIRE( total() == 90 )'], at: 0 },
  {
    rule: 'sanitizer-error',
    lines: [
      '==4242==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000010 at pc 0x4f1c2e bp 0x7ffc sp 0x7ffc',
    ],
    facts: { sanitizer: 'AddressSanitizer', kind: 'heap-use-after-free' },
  },
  { rule: 'segfault', lines: ['./run_tests.sh: line 3:  4242 Segmentation fault      (core dumped) ./build/tests'] },
  // Ruby and PHP
  {
    rule: 'bundler-dependency',
    lines: ["Could not find gem 'rails (~> 9.0)' in locally installed gems."],
    facts: { module: 'rails', version: '~> 9.0', manager: 'gem' },
  },
  {
    rule: 'rspec-failure',
    lines: ['Failures:', '', '  1) Cart applies the discount', '     Failure/Error: expect(cart.total).to eq(90)'],
    facts: { message: 'expect(cart.total).to eq(90)' },
  },
  {
    rule: 'rspec-failure',
    lines: ['rspec ./spec/cart_spec.rb:12 # Cart applies the discount'],
    facts: { tests: ['Cart applies the discount'] },
  },
  {
    rule: 'minitest-failure',
    lines: ['  1) Failure:', 'CartTest#test_total [test/cart_test.rb:12]:', 'Expected: 90', '  Actual: 100'],
    at: 0,
  },
  {
    rule: 'rubocop-offense',
    lines: ['app/models/cart.rb:12:5: C: [Correctable] Style/StringLiterals: Prefer single-quoted strings.'],
    facts: { file: 'app/models/cart.rb', line: 12, ruleName: 'Style/StringLiterals' },
  },
  {
    rule: 'ruby-exception',
    lines: ["app.rb:3:in `<main>': undefined local variable or method `totl' for main:Object (NameError)"],
    wins: false,
  },
  {
    rule: 'composer-dependency',
    lines: [
      'Your requirements could not be resolved to an installable set of packages.',
      '',
      '  Problem 1',
      '    - Root composer.json requires acme/util ^9.0, it could not be found in any version.',
    ],
    at: 0,
    facts: { manager: 'composer' },
  },
  {
    rule: 'phpunit-failure',
    lines: [
      'There was 1 failure:',
      '',
      '1) Tests\\CartTest::testTotal',
      'Failed asserting that 100 matches expected 90.',
    ],
    at: 2,
    facts: { tests: ['Tests\\CartTest::testTotal'] },
  },
  { rule: 'phpunit-summary', lines: ['FAILURES!', 'Tests: 12, Assertions: 30, Failures: 1.'], wins: false },
  {
    rule: 'php-run-tests-failure',
    lines: [
      '========DIFF========',
      '001+ int(1)',
      '001- int(2)',
      '========DONE========',
      'FAIL Cart total [tests/cart_total.phpt]',
    ],
    facts: { tests: ['Cart total'], file: 'tests/cart_total.phpt' },
  },
  {
    rule: 'php-fatal-error',
    lines: ["PHP Fatal error:  Uncaught Error: Class 'Cart' not found in /app/src/index.php:12"],
    facts: { file: '/app/src/index.php', line: 12 },
  },
  { rule: 'phpstan-errors', lines: [' [ERROR] Found 3 errors'] },
  // Apple and .NET
  {
    rule: 'xcodebuild-destination',
    lines: [
      'xcodebuild: error: Unable to find a destination matching the provided destination specifier:',
      '\t\t{ platform:iOS Simulator, OS:12, name:iPhone 6 }',
    ],
    at: 0,
  },
  {
    rule: 'swift-compile-error',
    lines: ["/Users/runner/work/app/app/Sources/Cart.swift:27:9: error: cannot find 'totl' in scope"],
    facts: { file: '/Users/runner/work/app/app/Sources/Cart.swift', line: 27 },
  },
  {
    rule: 'xcode-test-failure',
    lines: ["Test Case '-[ShopTests.CartTests testTotal]' failed (0.002 seconds)."],
    facts: { tests: ['ShopTests.CartTests testTotal'] },
  },
  {
    rule: 'cocoapods-dependency',
    lines: ['[!] CocoaPods could not find compatible versions for pod "Alamofire":'],
    facts: { module: 'Alamofire' },
  },
  {
    rule: 'swiftpm-dependency',
    lines: ["error: Dependencies could not be resolved because root depends on 'swift-nio' 9.0.0..<10.0.0."],
  },
  {
    rule: 'dotnet-compile-error',
    lines: [
      "/app/src/Cart.cs(27,9): error CS0103: The name 'totl' does not exist in the current context [/app/src/Shop.csproj]",
    ],
    facts: { file: '/app/src/Cart.cs', line: 27, code: 'CS0103' },
  },
  {
    rule: 'nuget-dependency',
    lines: [
      '/app/Shop.csproj : error NU1101: Unable to find package Acme.Util. No packages exist with this id in source(s): nuget.org',
    ],
    facts: { module: 'Acme.Util' },
  },
  {
    rule: 'dotnet-test-failure',
    lines: ['  Failed Shop.Tests.CartTests.Total [12 ms]', '  Error Message:', '   Assert.Equal() Failure'],
    at: 0,
    facts: { tests: ['Shop.Tests.CartTests.Total'] },
  },
  // Other languages and checkers
  {
    rule: 'elixir-compile-error',
    lines: ['== Compilation error in file lib/shop/cart.ex =='],
    facts: { file: 'lib/shop/cart.ex' },
  },
  {
    rule: 'exunit-failure',
    lines: ['  1) test applies the discount (Shop.CartTest)', '     test/shop/cart_test.exs:12'],
    at: 0,
    facts: { tests: ['applies the discount'] },
  },
  { rule: 'mix-deps', lines: ['Unchecked dependencies for environment test:', '* jason (Hex package)'], at: 0 },
  { rule: 'elixir-exception', lines: ['** (RuntimeError) cart is empty'], wins: false },
  {
    rule: 'clojure-test-failure',
    lines: ['FAIL in (total-test) (cart_test.clj:12)', 'expected: (= 90 (total cart))', '  actual: (not (= 90 100))'],
    at: 0,
    facts: { tests: ['total-test'], file: 'cart_test.clj', line: 12 },
  },
  {
    rule: 'clojure-compile-error',
    lines: ['Syntax error compiling at (shop/cart.clj:27:9).', 'Unable to resolve symbol: totl in this context'],
    at: 0,
    facts: { file: 'shop/cart.clj', line: 27 },
  },
  { rule: 'erlang-test-failure', lines: ['  Failed: 1.  Skipped: 0.  Passed: 11.'] },
  {
    rule: 'erlang-compile-error',
    lines: ["src/shop_cart.erl:27: syntax error before: ')'"],
    facts: { file: 'src/shop_cart.erl', line: 27 },
  },
  {
    rule: 'perl-module-missing',
    lines: [
      "Can't locate JSON/XS.pm in @INC (you may need to install the JSON::XS module) (@INC contains: /etc/perl) at lib/Shop.pm line 3.",
    ],
    facts: { module: 'JSON::XS' },
  },
  {
    rule: 'pester-failure',
    lines: ['  [-] Cart applies the discount 24ms', '    Expected 90, but got 100.'],
    at: 0,
    facts: { tests: ['Cart applies the discount'] },
  },
  { rule: 'r-check-error', lines: ['* checking examples ... ERROR'] },
  {
    rule: 'r-check-install-error',
    lines: ['* checking whether package ‘shop’ can be installed ... ERROR', 'Installation failed.'],
    at: 0,
  },
  {
    rule: 'luacheck',
    lines: [
      'Checking src/cart.lua                             1 warning',
      '',
      '    src/cart.lua:12:7: unused variable totl',
      '',
      'Total: 1 warning / 0 errors in 4 files',
    ],
  },
  {
    rule: 'cppcheck',
    lines: ["[src/cart.c:27]: (error) Array 'items[3]' accessed at index 3, which is out of bounds."],
    facts: { file: 'src/cart.c', line: 27 },
  },
  {
    rule: 'go-lint',
    lines: ['internal/cart/cart.go:12:1: exported function Total should have comment or be unexported'],
    facts: { file: 'internal/cart/cart.go', line: 12 },
  },
  {
    rule: 'rspec-failure',
    lines: ['An error occurred while loading ./spec/cart_spec.rb.', 'Failure/Error: require "cart"'],
    at: 0,
    facts: { file: './spec/cart_spec.rb' },
  },
  {
    rule: 'dotnet-test-failure',
    lines: ['Errors and Failures:', '1) Test Failure : Shop.Tests.CartTests.Total', '     Expected: 90'],
    at: 1,
    facts: { tests: ['Shop.Tests.CartTests.Total'] },
  },
  {
    rule: 'swiftlint',
    lines: [
      '/Users/runner/work/app/app/Sources/Cart.swift:12:1: error: Line Length Violation: Line should be 120 characters or less (line_length)',
    ],
    facts: { line: 12, ruleName: 'line_length' },
  },
  {
    rule: 'elixir-lint',
    lines: ['** (Mix) mix format failed due to --check-formatted.', 'The following files are not formatted:'],
    at: 0,
  },
  {
    rule: 'hlint',
    lines: ['src/Cart.hs:12:7-20: Warning: Use map', 'Found:', '  foldr (\\x acc -> f x : acc) []', '1 hint'],
    at: 0,
    facts: { file: 'src/Cart.hs', line: 12 },
  },
  {
    rule: 'phpcs',
    lines: [
      'FILE: src/Cart.php',
      '----------------------------------------------------------------------',
      'FOUND 2 ERRORS AFFECTING 2 LINES',
    ],
  },
  {
    rule: 'jvm-lint',
    lines: ['error file=/app/src/main/scala/Cart.scala message=File line length exceeds 120 characters line=12'],
    facts: { line: 12 },
  },
  {
    rule: 'link-checker',
    lines: ['Issues :-(', '> Links', '  1. [L012] 404 https://example.com/gone'],
    at: 2,
    facts: { status: '404', url: 'https://example.com/gone' },
  },
  { rule: 'sanitizer-error', lines: ['==4242== ERROR SUMMARY: 3 errors from 3 contexts (suppressed: 0 from 0)'] },
  {
    rule: 'generic-test-counts',
    lines: ['Tests completed in 123 milliseconds.', '10 assertions of 11 passed, 1 failed.'],
  },
  {
    rule: 'haskell-compile-error',
    lines: ['src/Cart.hs:27:9: error:', '    Variable not in scope: totl :: Int'],
    at: 0,
    facts: { file: 'src/Cart.hs', line: 27 },
  },
  {
    rule: 'cabal-stack-dependency',
    lines: ['cabal: Could not resolve dependencies:', '[__0] trying: shop-0.1.0.0 (user goal)'],
    at: 0,
  },
  { rule: 'hspec-failure', lines: ['12 examples, 1 failure'], wins: false },
  {
    rule: 'r-package-missing',
    lines: ['Error in library(dplyr) : there is no package called ‘dplyr’'],
    facts: { module: 'dplyr' },
  },
  {
    rule: 'r-check-tests',
    lines: [
      '* checking tests ...',
      '  Running ‘testthat.R’',
      ' ERROR',
      'Running the tests in ‘tests/testthat.R’ failed.',
    ],
    at: 3,
  },
  {
    rule: 'emacs-package-unavailable',
    lines: ['  signal(error ("Package `emacs-25.1\' is unavailable"))'],
    facts: { module: 'emacs-25.1' },
  },
  {
    rule: 'emacs-connection-failed',
    lines: ['  signal(error ("Could not create connection to elpa.gnu.org:443"))'],
    facts: { host: 'elpa.gnu.org' },
  },
  {
    rule: 'lua-busted-failure',
    lines: ['[  FAILED  ] spec/cart_spec.lua @ 12: Cart applies the discount'],
    facts: { tests: ['spec/cart_spec.lua @ 12: Cart applies the discount'] },
  },
  { rule: 'lua-error', lines: ["lua: src/cart.lua:12: attempt to index a nil value (local 'cart')"], wins: false },
  {
    rule: 'tap-not-ok',
    lines: ['ok 1 - parses numbers', 'not ok 2 - applies the discount'],
    facts: { tests: ['applies the discount'] },
  },
  {
    rule: 'prove-failure',
    lines: ['t/cart.t .......... Dubious, test returned 1 (wstat 256, 0x100)', 'Failed 1/12 subtests'],
    at: 0,
  },
  {
    rule: 'perlcritic',
    lines: ['Code before strictures are enabled at line 3, column 1.  See page 429 of PBP.  (Severity: 5)'],
    facts: { line: 3 },
  },
  {
    rule: 'shellcheck',
    lines: [
      'In scripts/deploy.sh line 12:',
      'rm -rf $DIR/*',
      '       ^--^ SC2086 (info): Double quote to prevent globbing and word splitting.',
    ],
    at: 0,
    facts: { file: 'scripts/deploy.sh', line: 12 },
  },
  {
    rule: 'doc-checker',
    lines: ['README.md:120:81 MD013/line-length Line length [Expected: 80; Actual: 95]'],
    facts: { file: 'README.md', line: 120 },
  },
  {
    rule: 'yamllint',
    lines: ['.github/workflows/ci.yml', '  12:81     error    line too long (95 > 80 characters)  (line-length)'],
    facts: { line: 12 },
  },
  { rule: 'latex-overfull-box', lines: ['Overfull \\hbox (19.64194pt too wide) in paragraph at lines 7256--7268'] },
  {
    rule: 'latex-error',
    lines: ['! Undefined control sequence.', 'l.12 \\totl'],
    at: 0,
    facts: { message: 'Undefined control sequence.' },
  },
  {
    rule: 'git-uncommitted-changes',
    lines: [' M dist/index.js', 'Please rebuild the bundle and commit the changes.'],
  },
  {
    rule: 'generic-test-failed',
    lines: ['Found errors in Test_popup_beval():'],
    facts: { tests: ['Test_popup_beval'] },
  },
  { rule: 'generic-test-failed', lines: ['	test72 FAILED'], facts: { tests: ['test72'] } },
  { rule: 'generic-test-counts', lines: ['failed 4 and passed 1197 tests in 6.93 seconds'] },
  { rule: 'cli-usage-error', lines: ['flag provided but not defined: -trace2_event_file'], wins: false },
  { rule: 'ci-step-failed', lines: ["Build step 'Execute shell' marked build as failure"], wins: false },
  { rule: 'generic-error-line', lines: ['Error: deployment could not be completed'], wins: false },
];

/** Command rules are tried on the failed step's command when no line rule matched. */
const COMMAND_CASES: Array<{ rule: string; command: string }> = [
  { rule: 'command-lint', command: 'npm run lint' },
  { rule: 'command-test', command: 'pytest -q tests' },
  { rule: 'command-build', command: 'make -j4' },
  { rule: 'command-install', command: 'bundle install --jobs 4' },
];

const set = ruleSet();
const byId = new Map(CATALOG.map((r) => [r.id, r]));

/** The lines as a GitHub Actions job log: timestamps, a step group, the failure marker. */
function actionsLog(lines: string[]): string[] {
  const ts = (i: number) => `2024-05-01T12:00:${String(i % 60).padStart(2, '0')}.1234567Z `;
  return [
    '##[group]Run ./ci.sh',
    './ci.sh',
    '##[endgroup]',
    ...lines,
    '##[error]Process completed with exit code 1.',
    'Post job cleanup.',
  ].map((l, i) => `${ts(i)}${l}`);
}

describe('rules catalog', () => {
  it('has a test case for every rule', () => {
    const covered = new Set([...CASES.map((c) => c.rule), ...COMMAND_CASES.map((c) => c.rule)]);
    const missing = CATALOG.map((r) => r.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  it('names only rules that exist', () => {
    for (const c of [...CASES, ...COMMAND_CASES]) expect(byId.has(c.rule)).toBe(true);
  });

  it.each(CASES.map((c, i) => [`${c.rule} #${i}`, c] as const))('%s matches its line', (_, c) => {
    const line = c.lines[c.at ?? c.lines.length - 1] as string;
    const body = line.replace(/^##\[error\]/, '');
    expect(matchLine(set, body).map((m) => m.rule.rule.id)).toContain(c.rule);
  });

  const deciding = CASES.filter((c) => c.wins !== false && byId.get(c.rule)?.category !== 'unknown');
  it.each(deciding.map((c, i) => [`${c.rule} #${i}`, c] as const))('%s decides a plain log and a job log', (_, c) => {
    const rule = byId.get(c.rule);
    for (const lines of [c.lines, actionsLog(c.lines)]) {
      const d = analyzeLines(lines);
      expect({ ruleId: d.ruleId, category: d.category }).toEqual({ ruleId: c.rule, category: rule?.category });
      if (c.facts) {
        const want = Object.fromEntries(
          Object.entries(c.facts).map(([k, v]) => [k, Array.isArray(v) ? expect.arrayContaining(v) : v]),
        );
        expect(d.facts).toEqual(expect.objectContaining(want));
      }
      expect(d.transient).toBe(rule?.transient ?? ['network', 'rate-limit', 'infrastructure'].includes(d.category));
      expect(d.lines.length).toBeGreaterThan(0);
    }
  });

  it.each(COMMAND_CASES)('$rule names the category when only the command says what failed', ({ rule, command }) => {
    const log = [
      'travis_time:start:0a1b',
      `$ ${command}`,
      'something went sideways',
      `The command "${command}" exited with 1.`,
    ];
    const d = analyzeLines(log);
    expect(d.ruleId).toBe(rule);
    expect(d.category).toBe(byId.get(rule)?.category);
  });
});
