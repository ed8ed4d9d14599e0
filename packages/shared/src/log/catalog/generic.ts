import type { Rule } from '../rule.js';

const r = String.raw;

/**
 * Tool-independent wording: test summaries and error lines. Low priority — they pick the
 * lines to show when nothing specific matched, and (for tests) the category.
 */
export const GENERIC_RULES: Rule[] = [
  {
    id: 'generic-test-failed',
    category: 'test-failure',
    ecosystem: 'generic',
    patterns: [
      r`^\s*Found errors in (?<test>[\w#.:<>]+)\(\):`,
      r`^\s*(?<test>[\w.:#/\-]+) FAILED\s*$`,
      r`^\s*(?:FAIL|FAILED|FAILURE|FAIL:|FAILED:|FAILURE:|FAIL!|FAILED!) +(?<test>\S.*?)\s*$`,
      r`^\s*(?:fail|failure):\s+(?<message>\S.*)$`,
      r`Flaky test failed too often`,
      r`^(?:Failures|Failed tests|Failing tests):\s*$`,
      r`^\s*(?:Test|Spec) (?:failed|failure): (?<test>.+)`,
      r`^\s*(?:✗|✘|×) (?<test>\S.*?)\s*$`,
    ],
    exclude: [r`^\s*FAIL(?:ED|URE)?[:!]?\s+(?:\d+|to |with |Build|build|\(|-)`, r`problems? \(`, r`BUILD FAILED`],
    priority: 46,
    summary: 'Tests failed: {tests}',
    context: { after: 10, while: r`^\s|^\t` },
  },
  {
    id: 'generic-test-counts',
    category: 'test-failure',
    ecosystem: 'generic',
    patterns: [
      r`\b(?<count>[1-9]\d*) (?:tests?|specs?|examples?|assertions?|checks?|cases?) (?:have |has )?(?:failed|failing|failure|failures)\b`,
      r`\b(?<count>[1-9]\d*) (?:failed|failing|failure|failures)(?:,|\.(?:\s|$)| and| out of|\s*$| tests?| \()`,
      r`\b(?:Failures|Errors): [1-9]\d*\b`,
      r`\bfailed (?<count>[1-9]\d*) and passed \d+ tests?`,
      r`\b(?<count>[1-9]\d*) out of \d+ tests failed`,
      r`\bRan \d+ tests?, \d+ results? as expected, (?<count>[1-9]\d*) unexpected`,
      r`\bFailed: (?<count>[1-9]\d*)\b`,
      r`\b(?:Some|One or more) tests? (?:have )?failed`,
      r`\btests? (?:run )?failed\b`,
      r`\bunit tests failed\b`,
    ],
    exclude: [r`\b0 (?:failed|failures?|failing)\b`, r`\bcompil`, r`\bwarning`],
    flags: 'i',
    priority: 40,
    context: { after: 0 },
  },
  {
    id: 'cli-usage-error',
    category: 'unknown',
    ecosystem: 'generic',
    patterns: [
      r`flag provided but not defined: (?<flag>\S+)`,
      r`(?:unknown|unrecognized|invalid|illegal) (?:command[- ]line )?(?:option|argument|flag|switch)s?[: ]+['"\x60‘]?(?<flag>-{0,2}[\w-]+)`,
      r`Illegal switch '(?<flag>[^']+)'`,
    ],
    priority: 34,
    context: { before: 1, beforeWhile: r`^\+ `, after: 0 },
  },
  {
    id: 'ci-step-failed',
    category: 'unknown',
    ecosystem: 'generic',
    patterns: [r`^Build step '.+' marked build as failure`, r`^ERROR: Step ['‘’?].+['‘’?] failed`],
    priority: 5,
    context: { after: 0 },
  },
  {
    id: 'generic-error-line',
    category: 'unknown',
    ecosystem: 'generic',
    patterns: [
      r`^\s*(?:\[\s*)?(?:ERROR|FATAL|CRITICAL|Error|Fatal|error|fatal|ERR!)(?:\s*\])?(?:[:!]|\s+-)\s*\S`,
      r`^\s*(?:E|F)/\S+:? .*\b(?:Error|Exception)\b`,
      r`\b(?:[A-Z]\w*)?(?:Error|Exception)(?:: |$)`,
      r`(?:^|\s)(?:failed|FAILED|Failed) (?:with|to|because|due to)\b`,
      r`\b(?:not found|No such file or directory|Permission denied|cannot|could not|unable to)\b`,
      r`\b(?:exit code|exit status) [1-9]\d*\b`,
    ],
    exclude: [
      r`^Process completed with exit code`,
      r`^\s*(?:warning|WARNING|Warning|WARN|warn|info|INFO|Info|debug|DEBUG)\b`,
      r`\b0 errors?\b`,
      r`\bskipp(?:ed|ing)\b`,
    ],
    priority: 10,
    context: { after: 2 },
  },
];

/** Weak hints from the command that failed (`The command "npm run lint" exited with 1.`, `Run pytest`). */
export const COMMAND_RULES: Rule[] = [
  {
    id: 'command-lint',
    category: 'lint',
    ecosystem: 'generic',
    target: 'command',
    patterns: [
      r`\b(?:lint|linter|eslint|tslint|stylelint|standard|xo|rubocop|flake8|pylint|ruff|black|isort|mypy|prettier|checkstyle|spotless|ktlint|detekt|golangci-lint|gofmt|go vet|staticcheck|clippy|rustfmt|fmt|format|shellcheck|perlcritic|credo|phpstan|psalm|phpcs|markdownlint|remark|vale|codespell|style|check-\w+|awesome_bot|mimaReportBinaryIssues)\b`,
      r`(?<!make )\bcheck(?:\.exs|\.sh|\.py|\.js)?\b`,
    ],
    priority: 32,
  },
  {
    id: 'command-test',
    category: 'test-failure',
    ecosystem: 'generic',
    target: 'command',
    patterns: [
      r`\b(?:tests?|specs?|pytest|py\.test|nosetests|unittest|tox|nox|jest|vitest|mocha|karma|ava|jasmine|rspec|minitest|phpunit|ctest|prove|busted|make check|run_tests|runtests|testAll|e2e)\b`,
      r`\b(?:go|cargo|mvn|gradlew?|sbt|dotnet|mix|stack|cabal|swift|npm|yarn|pnpm) (?:\S+ )*test\b`,
    ],
    priority: 30,
  },
  {
    id: 'command-build',
    category: 'compile-error',
    ecosystem: 'generic',
    target: 'command',
    patterns: [
      r`\b(?:build|compile|make|cmake|ninja|tsc|javac|gcc|clang|xcodebuild|msbuild|latexmk|pdflatex|xelatex|webpack|rollup|vite build|next build|assemble|package)\b`,
    ],
    priority: 26,
  },
  {
    id: 'command-install',
    category: 'dependency',
    ecosystem: 'generic',
    target: 'command',
    patterns: [
      r`\b(?:install|npm ci|bundle|pip|poetry|conda|composer|go mod|go get|pod|carthage|restore|dependencies|deps|setup-\w+)\b`,
    ],
    priority: 24,
  },
];
