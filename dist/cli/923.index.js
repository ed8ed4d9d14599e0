export const id = 923;
export const ids = [923];
export const modules = {

/***/ 2923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOG_READ_CHUNK: () => (/* binding */ LOG_READ_CHUNK),
  analyze: () => (/* binding */ analyze),
  diagnoseInput: () => (/* binding */ diagnoseInput),
  parseStepNumber: () => (/* binding */ parseStepNumber),
  render: () => (/* binding */ render)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/shared/src/errors.ts
var errors = __webpack_require__(9680);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/actions.ts
const r = String.raw;
/** The GitHub Actions platform: time limits, cancellation, runners, workflow files, tokens. */
const ACTIONS_RULES = [
    {
        id: 'actions-job-timeout',
        category: 'timeout',
        ecosystem: 'actions',
        patterns: [
            r `The job running on runner .* has exceeded the maximum execution time of (?<minutes>\d+) minutes`,
            r `The job has exceeded the maximum execution time of (?<minutes>\d+)m`,
        ],
        priority: 97,
        summary: 'The job exceeded its time limit of {minutes} minutes',
        context: { after: 0 },
    },
    {
        id: 'actions-step-timeout',
        category: 'timeout',
        ecosystem: 'actions',
        patterns: [r `The action '(?<step>.+)' has timed out after (?<minutes>\d+) minutes`],
        priority: 96,
        summary: "Step '{step}' exceeded its timeout-minutes of {minutes}",
        context: { after: 0 },
    },
    {
        id: 'actions-runner-shutdown',
        category: 'infrastructure',
        ecosystem: 'actions',
        patterns: [
            r `The runner has received a shutdown signal`,
            r `runner: .* lost communication with the server`,
            r `The (?:self-)?hosted runner: .* lost communication`,
            r `lost communication with the server\. Verify the machine is running`,
            r `The job was not acquired by Runner of type hosted even after multiple attempts`,
            r `The hosted runner encountered an error while running your job`,
            r `Runner .* did not connect to the server`,
        ],
        priority: 92,
        summary: 'The runner was lost or shut down; re-running the job usually helps',
        context: { after: 1 },
    },
    {
        id: 'actions-operation-canceled',
        category: 'infrastructure',
        ecosystem: 'actions',
        patterns: [r `^The operation was canceled\.?$`, r `^The run was canceled by @`],
        priority: 45,
        summary: 'The job was canceled',
        context: { after: 0 },
    },
    {
        id: 'actions-unable-to-resolve-action',
        category: 'workflow-config',
        ecosystem: 'actions',
        patterns: [
            r `Unable to resolve action [\x60'"](?<action>[^\x60'"]+)[\x60'"], (?:unable to find version [\x60'"](?<version>[^\x60'"]+)[\x60'"]|repository not found)`,
            r `Unable to resolve action [\x60'"]?(?<action>[^\x60'",\s]+)`,
            r `An action could not be found at the URI '(?<url>[^']+)'`,
            r `Can't find 'action\.ya?ml', 'action\.ya?ml' or 'Dockerfile' (?:under|for action) '(?<path>[^']+)'`,
        ],
        priority: 94,
        summary: 'Action {action} could not be resolved',
        context: { after: 1 },
    },
    {
        id: 'actions-invalid-workflow',
        category: 'workflow-config',
        ecosystem: 'actions',
        patterns: [
            r `Invalid workflow file: (?<file>\S+?)(?:#L(?<line>\d+))?$`,
            r `The workflow is not valid\. (?<file>\S+) \(Line: (?<line>\d+), Col: (?<column>\d+)\): (?<message>.+)`,
            r `^(?<file>\.github/workflows/\S+) \(Line: (?<line>\d+), Col: (?<column>\d+)\): (?<message>.+)`,
            r `The template is not valid\. (?<file>[^\s(]+)? ?\(Line: (?<line>\d+), Col: (?<column>\d+)\): (?<message>.+)`,
            r `The template is not valid\. (?<message>.+)`,
            r `Unrecognized named-value: '(?<name>[^']+)'`,
            r `Unexpected value '(?<name>[^']+)'`,
        ],
        priority: 93,
        summary: 'Invalid workflow: {message}',
        context: { after: 3, while: r `^\s*\S` },
    },
    {
        id: 'actions-missing-secret-input',
        category: 'permission',
        ecosystem: 'actions',
        patterns: [
            r `Input required and not supplied: (?<secret>[\w-]*(?:token|password|secret|key|credentials?)[\w-]*)`,
            r `Parameter token or opts\.auth is required`,
            r `(?:The )?(?<secret>[A-Z][A-Z0-9_]*(?:TOKEN|SECRET|PASSWORD|KEY))(?: environment variable)? (?:is not set|is missing|is required|must be set)`,
        ],
        priority: 86,
        summary: 'A secret or token is missing: {secret}',
        context: { after: 1 },
    },
    {
        id: 'actions-input-required',
        category: 'workflow-config',
        ecosystem: 'actions',
        patterns: [r `Input required and not supplied: (?<input>[\w-]+)`],
        priority: 84,
        summary: "Required input '{input}' is not set",
        context: { after: 0 },
    },
    {
        id: 'actions-resource-not-accessible',
        category: 'permission',
        ecosystem: 'actions',
        patterns: [r `Resource not accessible by integration`, r `Resource not accessible by personal access token`],
        priority: 90,
        summary: 'The workflow token lacks a permission (Resource not accessible by integration)',
        context: { before: 1, after: 2 },
    },
    {
        id: 'actions-api-rate-limit',
        category: 'rate-limit',
        ecosystem: 'actions',
        patterns: [
            r `API rate limit exceeded for (?:installation ID |user ID )?(?<subject>\S+)`,
            r `You have exceeded a secondary rate limit`,
            r `You have triggered an abuse detection mechanism`,
            r `secondary rate limit`,
        ],
        flags: 'i',
        priority: 92,
        facts: { host: 'api.github.com' },
        summary: 'GitHub API rate limit exceeded',
        context: { after: 1 },
    },
    {
        id: 'actions-disk-space-warning',
        category: 'disk-space',
        ecosystem: 'actions',
        patterns: [
            r `You are running out of disk space\. The runner will stop working when the machine runs out of disk space`,
        ],
        priority: 60,
        summary: 'The runner is running out of disk space',
        context: { after: 0 },
    },
    {
        id: 'actions-exit-code-137',
        category: 'out-of-memory',
        ecosystem: 'actions',
        patterns: [r `^Process completed with exit code 137\.?$`],
        priority: 45,
        summary: 'The process was killed (exit code 137), usually because the runner ran out of memory',
        context: { after: 0 },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/apple-dotnet.ts
const apple_dotnet_r = String.raw;
/** Swift, Xcode (xcodebuild, xcpretty), CocoaPods, SwiftPM; .NET (dotnet, MSBuild, NuGet). */
const APPLE_DOTNET_RULES = [
    {
        id: 'xcodebuild-destination',
        category: 'workflow-config',
        ecosystem: 'swift',
        patterns: [
            apple_dotnet_r `xcodebuild: error: Unable to find a destination matching the provided destination specifier`,
            apple_dotnet_r `xcodebuild: error: The project named ".*" does not contain a scheme named "(?<scheme>[^"]+)"`,
            apple_dotnet_r `xcodebuild: error: '(?<path>[^']+)' does not exist`,
            apple_dotnet_r `xcode-select: error: tool 'xcodebuild' requires Xcode`,
        ],
        priority: 86,
        summary: 'xcodebuild cannot use the configured destination or scheme',
        context: { after: 4, while: apple_dotnet_r `^\s|^\t` },
    },
    {
        id: 'swiftlint',
        category: 'lint',
        ecosystem: 'swift',
        patterns: [
            apple_dotnet_r `^(?<file>\S+\.swift):(?<line>\d+)(?::(?<column>\d+))?: (?:error|warning): (?<message>.+ Violation: .+) \((?<ruleName>\w+)\)$`,
            apple_dotnet_r `^Done linting! Found \d+ violations?, [1-9]\d* serious`,
        ],
        priority: 82,
        summary: 'SwiftLint: {file}:{line} {message}',
        context: { after: 0 },
    },
    {
        id: 'swift-compile-error',
        category: 'compile-error',
        ecosystem: 'swift',
        patterns: [
            apple_dotnet_r `❌\s+(?<file>/[^\s:]+\.(?:swift|m|mm|h|c|cpp|metal|xib|storyboard)):(?<line>\d+):(?<column>\d+): (?<message>.+)$`,
            apple_dotnet_r `(?<file>/[^\s:]+\.(?:swift|m|mm|h|c|cpp|metal|xib|storyboard)):(?<line>\d+):(?<column>\d+): error: (?<message>.+)$`,
            apple_dotnet_r `^(?:❌\s+)?error: (?<message>Build input file cannot be found: .+)`,
            apple_dotnet_r `^\*\* (?:BUILD|ARCHIVE) FAILED \*\*`,
            apple_dotnet_r `^error: (?<message>.+) \(in target '(?<target>[^']+)' from project`,
        ],
        exclude: [apple_dotnet_r `: warning: `, apple_dotnet_r `: note: `],
        priority: 78,
        summary: 'Swift/Xcode build error: {file}:{line} {message}',
        context: { after: 6, while: apple_dotnet_r `^(?:\s|\S*\s*\^|\s*~)` },
    },
    {
        id: 'xcode-test-failure',
        category: 'test-failure',
        ecosystem: 'swift',
        patterns: [
            apple_dotnet_r `^\s*(?:✗|❌|✖)\s+(?<test>\w[^,]*), (?<message>.+)`,
            apple_dotnet_r `^(?<file>/\S+\.swift):(?<line>\d+): error: -\[(?<test>[^\]]+)\] : (?<message>.+)`,
            apple_dotnet_r `^Test Case '-\[(?<test>[^\]]+)\]' failed`,
            apple_dotnet_r `^\*\* TEST FAILED \*\*`,
            apple_dotnet_r `^\s*Executed \d+ tests?, with (?<count>[1-9]\d*) failures?`,
            apple_dotnet_r `^Testing failed:`,
            apple_dotnet_r `Test Suite '.*' failed at`,
            apple_dotnet_r `expected to (?:eventually )?(?:be|equal|match|contain|beNil|throw) .*, got `,
        ],
        priority: 72,
        summary: 'Xcode tests failed: {tests}',
        context: { before: 2, after: 12, while: apple_dotnet_r `^(?:\s|\t|\x60{3})` },
    },
    {
        id: 'cocoapods-dependency',
        category: 'dependency',
        ecosystem: 'swift',
        patterns: [
            apple_dotnet_r `CocoaPods could not find compatible versions for pod "(?<module>[^"]+)"`,
            apple_dotnet_r `None of your spec sources contain a spec satisfying the dependency: \x60(?<module>[^\x60(\s]+)(?: \((?<version>[^)]+)\))?\x60`,
            apple_dotnet_r `\[!\] Unable to find a specification for \x60(?<module>[^\x60\s]+)`,
            apple_dotnet_r `The sandbox is not in sync with the Podfile\.lock`,
        ],
        priority: 84,
        summary: "CocoaPods cannot resolve '{module}'",
        context: { before: 2, after: 12, while: apple_dotnet_r `^(?:\s|\S.*:$|In Podfile|You have either|\* |Note:)` },
    },
    {
        id: 'swiftpm-dependency',
        category: 'dependency',
        ecosystem: 'swift',
        patterns: [
            apple_dotnet_r `error: Dependencies could not be resolved because`,
            apple_dotnet_r `error: the package at '(?<path>[^']+)' cannot be accessed`,
        ],
        priority: 82,
        context: { after: 4 },
    },
    {
        id: 'dotnet-compile-error',
        category: 'compile-error',
        ecosystem: 'dotnet',
        patterns: [
            apple_dotnet_r `(?<file>[^\s(]+\.(?:cs|vb|fs|xaml|razor))\((?<line>\d+),(?<column>\d+)\): error (?<code>(?:CS|BC|FS|XC|RZ)\d{4}): (?<message>.+?)(?: \[[^\]]+\])?$`,
            apple_dotnet_r `error MSB\d{4}: (?<message>.+)`,
        ],
        priority: 80,
        summary: '.NET build error {code}: {message}',
        context: { after: 0 },
    },
    {
        id: 'nuget-dependency',
        category: 'dependency',
        ecosystem: 'dotnet',
        patterns: [
            apple_dotnet_r `error NU1101: Unable to find package (?<module>[\w\-]+(?:\.[\w\-]+)*)`,
            apple_dotnet_r `error NU1102: Unable to find package (?<module>[\w.\-]+) with version \((?<version>[^)]+)\)`,
            apple_dotnet_r `error NU1(?:10[3-9]|20\d|60\d|00\d): (?<message>.+)`,
            apple_dotnet_r `error NU1004: .*lock file`,
        ],
        priority: 84,
        summary: "NuGet cannot restore '{module}'",
        context: { after: 2 },
    },
    {
        id: 'dotnet-test-failure',
        category: 'test-failure',
        ecosystem: 'dotnet',
        patterns: [
            apple_dotnet_r `^\s*Failed (?<test>[\w.+<>\[\]()", ]+?) \[\d+(?:\.\d+)? ?m?s\]`,
            apple_dotnet_r `^Failed!\s+- Failed:\s+(?<count>\d+)`,
            apple_dotnet_r `^\s*\d+\) Test (?:Failure|Error) : (?<test>[\w.+<>]+)`,
            apple_dotnet_r `^Errors and Failures:\s*$`,
            apple_dotnet_r `^Test Run Failed\.`,
        ],
        priority: 74,
        summary: '.NET tests failed: {tests}',
        context: { after: 20, while: apple_dotnet_r `^\s{2,}`, until: apple_dotnet_r `^\s*(?:Passed|Failed|Skipped) \S` },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/docker.ts
const docker_r = String.raw;
/** docker build (classic builder and BuildKit), docker pull/push, the daemon. */
const DOCKER_RULES = [
    {
        id: 'docker-pull-rate-limit',
        category: 'rate-limit',
        ecosystem: 'docker',
        patterns: [docker_r `toomanyrequests: You have reached your (?:unauthenticated )?pull rate limit`],
        facts: { host: 'registry-1.docker.io' },
        priority: 95,
        summary: 'Docker Hub pull rate limit reached',
        context: { before: 1, after: 1 },
    },
    {
        id: 'docker-image-not-found',
        category: 'dependency',
        ecosystem: 'docker',
        patterns: [
            docker_r `manifest for (?<module>\S+?) not found`,
            docker_r `manifest unknown(?:: manifest unknown)?`,
            docker_r `pull access denied for (?<module>[\w.\-/:]+), repository does not exist or may require 'docker login'`,
            docker_r `failed to resolve source metadata for (?<module>\S+?): .*not found`,
            docker_r `(?<module>[\w.\-/]+:[\w.\-]+): not found$`,
        ],
        priority: 84,
        summary: 'Docker image {module} does not exist or is not accessible',
        context: { before: 1, after: 1 },
    },
    {
        id: 'docker-build-copy-missing',
        category: 'file-not-found',
        ecosystem: 'docker',
        patterns: [
            docker_r `COPY failed: (?:file not found in build context or excluded by \.dockerignore: )?stat (?<path>\S+): file does not exist`,
            docker_r `COPY failed: (?:forbidden path outside the build context|no source files were specified)`,
            docker_r `failed to compute cache key: .*"(?<path>[^"]+)" not found`,
            docker_r `failed to (?:calculate checksum of ref|compute cache key)[^:]*: .*"(?<path>[^"]+)": not found`,
            docker_r `unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat (?<path>\S+): no such file`,
            docker_r `failed to read dockerfile: open (?<path>\S+): no such file or directory`,
        ],
        priority: 86,
        summary: 'docker build: {path} not found',
        context: { before: 1, after: 1 },
    },
    {
        id: 'docker-daemon-unavailable',
        category: 'infrastructure',
        ecosystem: 'docker',
        patterns: [
            docker_r `Cannot connect to the Docker daemon at`,
            docker_r `Is the docker daemon running\?`,
            docker_r `error during connect: .*docker`,
        ],
        priority: 82,
        summary: 'The Docker daemon is not available',
        context: { after: 1 },
    },
    {
        id: 'docker-build-step-failed',
        category: 'unknown',
        ecosystem: 'docker',
        patterns: [
            docker_r `The command '(?<command>.+)' returned a non-zero code: (?<code>\d+)`,
            docker_r `(?:ERROR: )?failed to solve: process "(?<command>.+)" did not complete successfully: exit code: (?<code>\d+)`,
            docker_r `executor failed running \[(?<command>.+)\]: exit code: (?<code>\d+)`,
            docker_r `^ERROR: failed to solve: (?<message>.+)`,
            docker_r `^Error: buildx failed with: (?<message>.+)`,
        ],
        priority: 16,
        context: { after: 0 },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/generic.ts
const generic_r = String.raw;
/**
 * Tool-independent wording: test summaries and error lines. Low priority — they pick the
 * lines to show when nothing specific matched, and (for tests) the category.
 */
const GENERIC_RULES = [
    {
        id: 'generic-test-failed',
        category: 'test-failure',
        ecosystem: 'generic',
        patterns: [
            generic_r `^\s*Found errors in (?<test>[\w#.:<>]+)\(\):`,
            generic_r `^\s*(?<test>[\w.:#/\-]+) FAILED\s*$`,
            generic_r `^\s*(?:FAIL|FAILED|FAILURE|FAIL:|FAILED:|FAILURE:|FAIL!|FAILED!) +(?<test>\S.*?)\s*$`,
            generic_r `^\s*(?:fail|failure):\s+(?<message>\S.*)$`,
            generic_r `Flaky test failed too often`,
            generic_r `^(?:Failures|Failed tests|Failing tests):\s*$`,
            generic_r `^\s*(?:Test|Spec) (?:failed|failure): (?<test>.+)`,
            generic_r `^\s*(?:✗|✘|×) (?<test>\S.*?)\s*$`,
        ],
        exclude: [generic_r `^\s*FAIL(?:ED|URE)?[:!]?\s+(?:\d+|to |with |Build|build|\(|-)`, generic_r `problems? \(`, generic_r `BUILD FAILED`],
        priority: 46,
        summary: 'Tests failed: {tests}',
        context: { after: 10, while: generic_r `^\s|^\t` },
    },
    {
        id: 'generic-test-counts',
        category: 'test-failure',
        ecosystem: 'generic',
        patterns: [
            generic_r `\b(?<count>[1-9]\d*) (?:tests?|specs?|examples?|assertions?|checks?|cases?) (?:have |has )?(?:failed|failing|failure|failures)\b`,
            generic_r `\b(?<count>[1-9]\d*) (?:failed|failing|failure|failures)(?:,|\.(?:\s|$)| and| out of|\s*$| tests?| \()`,
            generic_r `\b(?:Failures|Errors): [1-9]\d*\b`,
            generic_r `\bfailed (?<count>[1-9]\d*) and passed \d+ tests?`,
            generic_r `\b(?<count>[1-9]\d*) out of \d+ tests failed`,
            generic_r `\bRan \d+ tests?, \d+ results? as expected, (?<count>[1-9]\d*) unexpected`,
            generic_r `\bFailed: (?<count>[1-9]\d*)\b`,
            generic_r `\b(?:Some|One or more) tests? (?:have )?failed`,
            generic_r `\btests? (?:run )?failed\b`,
            generic_r `\bunit tests failed\b`,
        ],
        exclude: [generic_r `\b0 (?:failed|failures?|failing)\b`, generic_r `\bcompil`, generic_r `\bwarning`],
        flags: 'i',
        priority: 40,
        context: { after: 0 },
    },
    {
        id: 'cli-usage-error',
        category: 'unknown',
        ecosystem: 'generic',
        patterns: [
            generic_r `flag provided but not defined: (?<flag>\S+)`,
            generic_r `(?:unknown|unrecognized|invalid|illegal) (?:command[- ]line )?(?:option|argument|flag|switch)s?[: ]+['"\x60‘]?(?<flag>-{0,2}[\w-]+)`,
            generic_r `Illegal switch '(?<flag>[^']+)'`,
        ],
        priority: 34,
        context: { before: 1, beforeWhile: generic_r `^\+ `, after: 0 },
    },
    {
        id: 'ci-step-failed',
        category: 'unknown',
        ecosystem: 'generic',
        patterns: [generic_r `^Build step '.+' marked build as failure`, generic_r `^ERROR: Step ['‘’?].+['‘’?] failed`],
        priority: 5,
        context: { after: 0 },
    },
    {
        id: 'generic-error-line',
        category: 'unknown',
        ecosystem: 'generic',
        patterns: [
            generic_r `^\s*(?:\[\s*)?(?:ERROR|FATAL|CRITICAL|Error|Fatal|error|fatal|ERR!)(?:\s*\])?(?:[:!]|\s+-)\s*\S`,
            generic_r `^\s*(?:E|F)/\S+:? .*\b(?:Error|Exception)\b`,
            generic_r `\b(?:[A-Z]\w*)?(?:Error|Exception)(?:: |$)`,
            generic_r `(?:^|\s)(?:failed|FAILED|Failed) (?:with|to|because|due to)\b`,
            generic_r `\b(?:not found|No such file or directory|Permission denied|cannot|could not|unable to)\b`,
            generic_r `\b(?:exit code|exit status) [1-9]\d*\b`,
        ],
        exclude: [
            generic_r `^Process completed with exit code`,
            generic_r `^\s*(?:warning|WARNING|Warning|WARN|warn|info|INFO|Info|debug|DEBUG)\b`,
            generic_r `\b0 errors?\b`,
            generic_r `\bskipp(?:ed|ing)\b`,
        ],
        priority: 10,
        context: { after: 2 },
    },
];
/** Weak hints from the command that failed (`The command "npm run lint" exited with 1.`, `Run pytest`). */
const COMMAND_RULES = [
    {
        id: 'command-lint',
        category: 'lint',
        ecosystem: 'generic',
        target: 'command',
        patterns: [
            generic_r `\b(?:lint|linter|eslint|tslint|stylelint|standard|xo|rubocop|flake8|pylint|ruff|black|isort|mypy|prettier|checkstyle|spotless|ktlint|detekt|golangci-lint|gofmt|go vet|staticcheck|clippy|rustfmt|fmt|format|shellcheck|perlcritic|credo|phpstan|psalm|phpcs|markdownlint|remark|vale|codespell|style|check-\w+|awesome_bot|mimaReportBinaryIssues)\b`,
            generic_r `(?<!make )\bcheck(?:\.exs|\.sh|\.py|\.js)?\b`,
        ],
        priority: 32,
    },
    {
        id: 'command-test',
        category: 'test-failure',
        ecosystem: 'generic',
        target: 'command',
        patterns: [
            generic_r `\b(?:tests?|specs?|pytest|py\.test|nosetests|unittest|tox|nox|jest|vitest|mocha|karma|ava|jasmine|rspec|minitest|phpunit|ctest|prove|busted|make check|run_tests|runtests|testAll|e2e)\b`,
            generic_r `\b(?:go|cargo|mvn|gradlew?|sbt|dotnet|mix|stack|cabal|swift|npm|yarn|pnpm) (?:\S+ )*test\b`,
        ],
        priority: 30,
    },
    {
        id: 'command-build',
        category: 'compile-error',
        ecosystem: 'generic',
        target: 'command',
        patterns: [
            generic_r `\b(?:build|compile|make|cmake|ninja|tsc|javac|gcc|clang|xcodebuild|msbuild|latexmk|pdflatex|xelatex|webpack|rollup|vite build|next build|assemble|package)\b`,
        ],
        priority: 26,
    },
    {
        id: 'command-install',
        category: 'dependency',
        ecosystem: 'generic',
        target: 'command',
        patterns: [
            generic_r `\b(?:install|npm ci|bundle|pip|poetry|conda|composer|go mod|go get|pod|carthage|restore|dependencies|deps|setup-\w+)\b`,
        ],
        priority: 24,
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/go-rust.ts
const go_rust_r = String.raw;
/** go build / go test / go mod / golangci-lint, and cargo / rustc / clippy / rustfmt. */
const GO_RUST_RULES = [
    {
        id: 'go-module-missing',
        category: 'dependency',
        ecosystem: 'go',
        patterns: [
            go_rust_r `no required module provides package (?<module>[\w.\-/]+)`,
            go_rust_r `cannot find package "(?<module>[^"]+)" in any of`,
            go_rust_r `missing go\.sum entry for module providing package (?<module>[\w.\-/]+)`,
            go_rust_r `missing go\.sum entry (?:for go\.mod file )?for module (?<module>[\w.\-/]+)`,
            go_rust_r `go: (?<module>[\w.\-/]+)@(?<version>\S+): (?:unknown revision|invalid version|verifying module)`,
            go_rust_r `go: (?<module>[\w.\-/]+)@(?<version>\S+): reading \S+: (?:404 Not Found|410 Gone)`,
            go_rust_r `verifying (?<module>[\w.\-/]+)@(?<version>\S+)(?:/go\.mod)?: checksum mismatch`,
            go_rust_r `go: updates to go\.mod needed`,
            go_rust_r `go\.mod file indicates go (?<version>[\d.]+), but maximum (?:supported )?version is`,
            go_rust_r `module (?<module>[\w.\-/]+)@(?<version>\S+) found, but does not contain package`,
        ],
        facts: { manager: 'go' },
        priority: 84,
        summary: 'Go module problem: {module}',
        context: { after: 3 },
    },
    {
        id: 'go-lint',
        category: 'lint',
        ecosystem: 'go',
        patterns: [
            go_rust_r `^(?<file>[^\s:]+\.go):(?<line>\d+):(?<column>\d+): (?<message>.+) \((?<linter>[\w-]+)\)$`,
            go_rust_r `^level=error msg="\[linters?`,
            go_rust_r `^(?<file>[^\s:]+\.go):(?<line>\d+):(?<column>\d+): (?<message>(?:exported \S+ \S+ should|comment on exported|error strings should not|receiver name \S+ should|should replace|should omit|should not use|func \S+ is unused|\S+ is unused|ineffectual assignment to|Error return value of \S+ is not checked).*)`,
        ],
        priority: 79,
        summary: 'Go lint: {file}:{line} {message}',
        context: { after: 3, while: go_rust_r `^\s|^\t` },
    },
    {
        id: 'go-compile-error',
        category: 'compile-error',
        ecosystem: 'go',
        patterns: [go_rust_r `^(?:\.\/)?(?<file>[^\s:]+\.go):(?<line>\d+):(?:(?<column>\d+):)? (?<message>.+)`],
        exclude: [go_rust_r `^\S+_test\.go:\d+: `, go_rust_r `\.go:\d+:(?:\d+:)? +(?:Error Trace|Error|Messages|Test):`],
        priority: 78,
        summary: 'Go build error: {file}:{line} {message}',
        context: { before: 1, beforeWhile: go_rust_r `^# `, after: 4, while: go_rust_r `^\s|^\t|^\S+\.go:\d+` },
    },
    {
        id: 'go-test-failed',
        category: 'test-failure',
        ecosystem: 'go',
        patterns: [go_rust_r `^\s*--- FAIL: (?<test>\S+)`],
        priority: 77,
        summary: 'go test: {tests} failed',
        context: {
            after: 60,
            while: go_rust_r `^(?:\s|\t)`,
            until: go_rust_r `^\s*--- (?:FAIL|PASS|SKIP):|^=== (?:RUN|CONT|PAUSE)|^(?:FAIL|ok|PASS)\b`,
        },
    },
    {
        id: 'go-test-package-failed',
        category: 'test-failure',
        ecosystem: 'go',
        patterns: [
            go_rust_r `^FAIL\t(?<package>[\w.\-/]+)\t[\d.]+s$`,
            go_rust_r `^FAIL {1,4}(?<package>[\w.\-]+/[\w.\-/]+)\s+[\d.]+s$`,
            go_rust_r `^FAIL\s+(?<package>[\w.\-/]+) \[(?:build failed|setup failed)\]`,
        ],
        priority: 52,
        context: { after: 0 },
    },
    {
        id: 'go-panic',
        category: 'test-failure',
        ecosystem: 'go',
        patterns: [go_rust_r `^panic: (?<message>.+)`, go_rust_r `^fatal error: all goroutines are asleep - deadlock!`],
        exclude: [go_rust_r `runtime: out of memory`],
        priority: 60,
        summary: 'Go panic: {message}',
        context: { after: 20, while: go_rust_r `^(?:\s|\t|goroutine |\[signal|[\w./\-]+(?:\(.*\))?$|\S+\.go:\d+)` },
    },
    {
        id: 'cargo-dependency',
        category: 'dependency',
        ecosystem: 'rust',
        patterns: [
            go_rust_r `error: failed to select a version for (?:the requirement )?\x60(?<module>[\w\-]+)`,
            go_rust_r `error: no matching package named \x60(?<module>[\w\-]+)\x60 found`,
            go_rust_r `error: failed to get \x60(?<module>[\w\-]+)\x60 as a dependency`,
            go_rust_r `the lock file .* needs to be updated but --locked was passed`,
            go_rust_r `error: failed to load source for dependency \x60(?<module>[\w\-]+)\x60`,
            go_rust_r `error: package \x60(?<module>[\w\-]+) v(?<version>[\w.\-]+)\x60 cannot be built because it requires rustc`,
        ],
        facts: { manager: 'cargo' },
        priority: 84,
        summary: "Cargo cannot resolve '{module}'",
        context: { after: 6, while: go_rust_r `^(?:\s|\t|Caused by:|required by|versions that meet|location searched|perhaps)` },
    },
    {
        id: 'clippy-lint',
        category: 'lint',
        ecosystem: 'rust',
        patterns: [
            go_rust_r `^\s*= note: \x60#\[deny\(clippy::(?<lint>[\w_]+)\)\]\x60`,
            go_rust_r `^\s*= help: for further information visit https://rust-lang\.github\.io/rust-clippy/\S*#(?<lint>[\w_]+)`,
            go_rust_r `^\s*= note: \x60-D clippy::(?<lint>[\w_]+)\x60`,
            go_rust_r `^error: could not compile \x60(?<crate>[^\x60]+)\x60.*due to \d+ previous errors?.*clippy`,
        ],
        priority: 88,
        summary: 'Clippy: {lint}',
        context: { before: 12, beforeWhile: go_rust_r `^(?:error|\s|\d+\s*\||\s*\||\s*= )`, after: 1 },
    },
    {
        id: 'rustfmt-check',
        category: 'lint',
        ecosystem: 'rust',
        patterns: [go_rust_r `^Diff in (?<file>\S+?)(?: at line | at |:)(?<line>\d+)`],
        priority: 78,
        summary: 'rustfmt: {file} is not formatted',
        context: { after: 20, while: go_rust_r `^[ +\-]|^\s` },
    },
    {
        id: 'rust-compile-error',
        category: 'compile-error',
        ecosystem: 'rust',
        patterns: [
            go_rust_r `^error\[(?<code>E\d{4})\]: (?<message>.+)`,
            go_rust_r `^error: (?<message>(?!could not compile|aborting due|build failed|test failed|Recipe|process didn't exit|failed to run custom build)(?!.*\(exit (?:status|code)).+)`,
        ],
        exclude: [go_rust_r `^error: (?:failed to select|no matching package|failed to get|failed to load source|package \x60)`],
        priority: 80,
        summary: 'Rust compile error: {message}',
        context: {
            after: 40,
            while: go_rust_r `^(?:\s|\d+\s*\||\s*\||\s*= |\.\.\.)`,
            facts: [go_rust_r `^\s*--> (?<file>[^:\s]+):(?<line>\d+):(?<column>\d+)`],
        },
    },
    {
        id: 'rust-could-not-compile',
        category: 'compile-error',
        ecosystem: 'rust',
        patterns: [
            go_rust_r `^error: could not compile \x60(?<crate>[^\x60]+)\x60`,
            go_rust_r `^error: aborting due to (?:\d+ )?previous errors?`,
        ],
        priority: 50,
        context: { after: 0 },
    },
    {
        id: 'rust-build-script-failed',
        category: 'compile-error',
        ecosystem: 'rust',
        patterns: [go_rust_r `^error: failed to run custom build command for \x60(?<crate>[^\x60]+)\x60`],
        priority: 66,
        summary: 'The build script of {crate} failed',
        context: { after: 6, while: go_rust_r `^(?:\s|Caused by:|\S)`, until: go_rust_r `^(?:warning|error)(?:\[|:)` },
    },
    {
        id: 'cargo-test-failed',
        category: 'test-failure',
        ecosystem: 'rust',
        patterns: [
            go_rust_r `^---- (?<test>\S+) stdout ----$`,
            go_rust_r `^test (?<test>\S+) \.\.\. FAILED$`,
            go_rust_r `^thread '(?<test>[^']+)' panicked at`,
            go_rust_r `^test result: FAILED\.`,
            go_rust_r `^error: test failed, to rerun pass`,
        ],
        exclude: [go_rust_r `^thread 'main' panicked`],
        priority: 76,
        summary: 'cargo test: {tests} failed',
        context: { after: 30, while: '.', until: go_rust_r `^(?:---- \S+ stdout ----|failures:|test result:|\s*$)` },
    },
    {
        id: 'rust-panic',
        category: 'unknown',
        ecosystem: 'rust',
        patterns: [go_rust_r `^thread '(?<thread>[^']+)' panicked at '?(?<message>.+)`],
        priority: 40,
        context: { after: 30, while: go_rust_r `^(?:\s+\d+:|\s+at |note: |stack backtrace:)` },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/jvm.ts
const jvm_r = String.raw;
const JVM_SOURCE = jvm_r `(?:java|kt|kts|scala|groovy)`;
/** Maven, Gradle, javac, kotlinc, scalac/sbt, JUnit/surefire, ScalaTest, checkstyle and friends. */
const JVM_RULES = [
    {
        id: 'jvm-compile-error',
        category: 'compile-error',
        ecosystem: 'java',
        patterns: [
            jvm_r `^\[ERROR\] (?<file>\S+\.${JVM_SOURCE}):\[(?<line>\d+),(?<column>\d+)\] (?:error: )?(?<message>.+)`,
            jvm_r `^(?<file>\S+\.java):(?<line>\d+): error: (?<message>.+)`,
            jvm_r `^e: file://(?<file>\S+?\.kts?):(?<line>\d+):(?<column>\d+) (?<message>.+)`,
            jvm_r `^e: (?<file>/\S+?\.kts?): \((?<line>\d+), (?<column>\d+)\): (?<message>.+)`,
            jvm_r `^\[error\] (?<file>\S+\.(?:scala|java)):(?<line>\d+):(?:(?<column>\d+):)? (?<message>.+)`,
            jvm_r `^\[ERROR\] COMPILATION ERROR`,
            jvm_r `Compilation failed; see the compiler error output for details`,
            jvm_r `Compilation error\. See log for more details`,
            jvm_r `\((?:[\w\-/ ]+ / )?(?:[\w\-]+ / )?(?:Compile|Test)? ?/? ?compileIncremental\) (?:Compilation failed|[\w.]*CompileFailed)`,
            jvm_r `\(\S*compile:compileIncremental\) Compilation failed`,
            jvm_r `class file has wrong version (?<found>[\d.]+), should be (?<expected>[\d.]+)`,
        ],
        exclude: [jvm_r `^\[ERROR\] \S+\.java:\[\d+,\d+\] \S+ (?:in|is) \S+ has been deprecated`],
        priority: 82,
        summary: 'Compile error: {file}:{line} {message}',
        context: {
            after: 8,
            while: jvm_r `^(?:\s|\[(?:ERROR|error)\]\s{2,}|\[(?:ERROR|error)\]\s+\^|\[error\] \s|symbol:|location:)`,
            until: jvm_r `^\[(?:ERROR|error)\] (?:\S+\.\w+:\[?\d+|\d+ errors?|-> \[Help|Failed to execute|To see the full|Re-run Maven)`,
        },
    },
    {
        id: 'maven-compiler-plugin-failed',
        category: 'compile-error',
        ecosystem: 'java',
        patterns: [
            jvm_r `Failed to execute goal org\.apache\.maven\.plugins:maven-compiler-plugin:\S+:(?:testCompile|compile) \([^)]*\) on project (?<project>\S+?):`,
            jvm_r `Execution failed for task '(?<task>:?(?:[\w\-]+:)*compile\w*(?:Java|Kotlin|Scala|Groovy))'`,
            jvm_r `^\[error\] .*scala\.reflect\.internal\.\w+Error`,
            jvm_r `^\[error\] (?:one|two|three|four|\d+) errors? found$`,
        ],
        priority: 66,
        summary: 'Compilation failed in {project}',
        context: { after: 14, while: jvm_r `^(?:\[ERROR\]|>|\s)` },
    },
    {
        id: 'maven-dependency-resolution',
        category: 'dependency',
        ecosystem: 'java',
        patterns: [
            jvm_r `Could not resolve dependencies for project (?<project>\S+?): (?:Could not find artifact |Failed to collect dependencies at |The following artifacts could not be resolved: |Could not transfer artifact )?(?<module>[\w.\-]+:[\w.\-]+)(?::[\w\-]+)*?(?::(?<version>\d[\w.\-]*))?`,
            jvm_r `Could not find artifact (?<module>[\w.\-]+:[\w.\-]+)(?::[\w\-]+)*?:(?<version>\d[\w.\-]*|[\w.\-]*SNAPSHOT)`,
            jvm_r `Plugin (?<module>[\w.\-]+:[\w.\-]+)(?::(?<version>[\w.\-]+))? or one of its dependencies could not be resolved`,
            jvm_r `Non-resolvable (?:parent POM|import POM)`,
            jvm_r `Failure to find (?<module>[\w.\-]+:[\w.\-]+)(?::[\w\-]+)*?:(?<version>[\w.\-]+) in`,
            jvm_r `The POM for (?<module>[\w.\-]+:[\w.\-]+):\w+:(?<version>[\w.\-]+) is missing, no dependency information available`,
            jvm_r `Unresolveable build extension`,
        ],
        facts: { manager: 'maven' },
        priority: 84,
        summary: 'Maven cannot resolve {module}',
        context: { after: 3, while: jvm_r `^(?:\[ERROR\] \s|\s)` },
    },
    {
        id: 'gradle-dependency-resolution',
        category: 'dependency',
        ecosystem: 'java',
        patterns: [
            jvm_r `Could not resolve all (?:files|dependencies|artifacts|task dependencies) for configuration '(?<configuration>[^']+)'`,
            jvm_r `^\s*> Could not find (?<module>[\w.\-]+:[\w.\-]+):(?<version>[\w.\-+]+)\.`,
            jvm_r `^\s*> Could not resolve (?<module>[\w.\-]+:[\w.\-]+):(?<version>[\w.\-+]+)\.`,
            jvm_r `Could not resolve plugin artifact '(?<module>[^']+)'`,
            jvm_r `Plugin \[id: '(?<module>[^']+)'(?:, version: '(?<version>[^']+)')?\] was not found`,
        ],
        facts: { manager: 'gradle' },
        priority: 84,
        summary: 'Gradle cannot resolve {module}',
        context: {
            after: 8,
            while: jvm_r `^\s*(?:>|Required by:|Searched in|\s)`,
            facts: [jvm_r `> Could not (?:find|resolve) (?<module>[\w.\-]+:[\w.\-]+):(?<version>[\w.\-+]+)\.`],
        },
    },
    {
        id: 'ivy-unresolved-dependency',
        category: 'dependency',
        ecosystem: 'java',
        patterns: [
            jvm_r `unresolved dependency: (?<module>[\w.\-]+[#:][\w.\-]+);(?<version>[\w.\-]+): not found`,
            jvm_r `sbt\.(?:librarymanagement\.)?ResolveException: (?:unresolved dependency|Error downloading) (?<module>[\w.\-]+:[\w.\-]+)(?::(?<version>[\w.\-]+))?`,
            jvm_r `Could not find (?:artifact|dependency) (?<module>[\w.\-]+:[\w.\-]+):(?:jar:)?(?<version>[\w.\-]+) in`,
        ],
        priority: 82,
        summary: 'Cannot resolve {module}',
        context: { after: 4, while: jvm_r `^(?:\s|\t|\[error\]\s)` },
    },
    {
        id: 'maven-artifact-transfer',
        category: 'network',
        ecosystem: 'java',
        patterns: [
            jvm_r `Could not transfer artifact (?<module>\S+) from/to (?<repository>\S+) \((?<url>[^)]+)\): (?<reason>.*(?:timed out|Connection|connect|reset|refused|Remote host|handshake|50\d|unknown host|Name or service).*)`,
        ],
        priority: 72,
        summary: 'Download of {module} failed: {reason}',
        context: { after: 2 },
    },
    {
        id: 'java-class-version',
        category: 'dependency',
        ecosystem: 'java',
        patterns: [
            jvm_r `UnsupportedClassVersionError: (?<class>\S+) has been compiled by a more recent version of the Java Runtime \(class file version (?<found>[\d.]+)\), this version of the Java Runtime only recognizes class file versions up to (?<expected>[\d.]+)`,
            jvm_r `UnsupportedClassVersionError: (?<class>\S+) : Unsupported major\.minor version (?<found>[\d.]+)`,
        ],
        priority: 79,
        summary: '{class} needs a newer Java runtime',
        context: { before: 2, after: 30, while: jvm_r `^\s+at |^\s` },
    },
    {
        id: 'junit-test-failed',
        category: 'test-failure',
        ecosystem: 'java',
        patterns: [
            jvm_r `^\[ERROR\] (?<test>[\w.$]+[.#][\w$]+(?:\[[^\]]*\])?)(?:\([\w.$]*\))?\s+Time elapsed: .*<<< (?:FAILURE|ERROR)!`,
            jvm_r `^(?<test>[\w.$]+[.#][\w$]+)(?:\([\w.$]*\))?\s+Time elapsed: .*<<< (?:FAILURE|ERROR)!`,
            jvm_r `^(?<class>[\w.$]+) > (?<test>.+) FAILED$`,
            jvm_r `^Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+, Time elapsed: .* <<< FAILURE!(?: - in (?<class>\S+))?`,
            jvm_r `^\[ERROR\] Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+, Time elapsed: .* <<< (?:FAILURE|ERROR)!`,
            jvm_r `^\[ERROR\] (?:Failures|Errors):\s*$`,
            jvm_r `^\[ERROR\]\s+(?<test>[\w$]+\.[\w$]+(?::\d+)?)(?:\s|$)`,
            jvm_r `^Failed tests?:\s+(?<test>\S+)`,
            jvm_r `^Tests in error:\s*$`,
        ],
        exclude: [
            jvm_r `^\[ERROR\]\s+(?:Tests run|Failed to execute|To see|Re-run|For more|Please refer|\[Help|BUILD|ERROR|Crashed tests)`,
        ],
        priority: 76,
        summary: 'JUnit: {tests} failed',
        context: {
            after: 150,
            while: jvm_r `^(?:\s|\t|[\w.$]+(?:Error|Exception|Failure|Failed)\b|org\.opentest4j|junit\.|java\.lang\.|Caused by:|\[ERROR\]\s{2,}|\[ERROR\]\s+[\w$]+\.[\w$]+)`,
            until: jvm_r `^\[(?:INFO|WARNING)\]|^Running |^Tests run:`,
        },
    },
    {
        id: 'maven-surefire-failed',
        category: 'test-failure',
        ecosystem: 'java',
        patterns: [
            jvm_r `Failed to execute goal org\.apache\.maven\.plugins:maven-(?:surefire|failsafe)-plugin:\S+:(?:test|integration-test|verify)`,
            jvm_r `There (?:are|were) test failures`,
            jvm_r `There were failing tests\. See the report at`,
            jvm_r `Execution failed for task '(?<task>:?(?:[\w\-]+:)*(?:test|\w*Test|check|connectedCheck|\w*UnitTest))'`,
            jvm_r `^\[ERROR\] Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+$`,
        ],
        priority: 58,
        summary: 'Tests failed',
        context: { after: 2, while: jvm_r `^(?:\s|>)` },
    },
    {
        id: 'scalatest-failed',
        category: 'test-failure',
        ecosystem: 'java',
        patterns: [
            jvm_r `^(?:\[info\] )?\s*- (?<test>.+?) \*\*\* FAILED \*\*\*`,
            jvm_r `^\[error\] Failed tests:`,
            jvm_r `^\[error\] (?:\(.*\) )?sbt\.TestsFailedException: Tests unsuccessful`,
            jvm_r `^\[error\] \d+ of \d+ test tasks failed:`,
            jvm_r `^\[error\] Failed: Total \d+, Failed (?<count>\d+)`,
            jvm_r `^!!\s+\d+ - (?<test>\S+)\s+\[(?:compilation failed|output differs|non-zero exit code|test failed)\]`,
        ],
        priority: 74,
        summary: 'Scala tests failed: {tests}',
        context: {
            after: 24,
            while: jvm_r `^(?:\[info\]\s{2,}|\[error\]\s|\[error\]\s+-|\s|\t|java\.lang|sbt\.|#{5} |[\w.$]+(?:Error|Exception)\b)`,
        },
    },
    {
        id: 'jvm-lint',
        category: 'lint',
        ecosystem: 'java',
        patterns: [
            jvm_r `Execution failed for task '(?<task>:?(?:[\w\-]+:)*\w*(?:checkstyle|Checkstyle|spotless|Spotless|pmd|Pmd|spotbugs|Spotbugs|SpotBugs|ktlint|Ktlint|detekt|Detekt|lint|Lint|apiCheck|japicmp|animalsniffer|AnimalSniffer|license|License|rat|Rat)\w*)'`,
            jvm_r `Failed to execute goal \S*(?:checkstyle|spotless|pmd|spotbugs|findbugs|license|apache-rat|animal-sniffer|japicmp|revapi|enforcer|fmt|formatter|sortpom|forbiddenapis)\S*:`,
            jvm_r `^\[ERROR\] (?<file>\S+\.(?:java|kt|scala|xml)):(?:\[)?(?<line>\d+)(?:[,:](?<column>\d+))?\]?: (?<message>.+) \[(?<ruleName>\w+)\]$`,
            jvm_r `You have \d+ Checkstyle violations?`,
            jvm_r `There (?:is|are) \d+ errors? reported by Checkstyle`,
            jvm_r `Unable to create Root Module: config`,
            jvm_r `^\[error\] .* (?:does not have a correspondent in|is different in|has a different (?:result|signature)) (?:current|other) version`,
            jvm_r `^\[error\] (?:\(.*\) )?.*mimaReportBinaryIssues`,
            jvm_r `mimaReportBinaryIssues`,
            jvm_r `Binary compatibility check failed|[1-9]\d* potential binary incompatibilit`,
            jvm_r `The following files had format violations`,
            jvm_r `violations? (?:found|detected)`,
            jvm_r `^(?:\[error\] )?error file=(?<file>\S+) message=(?<message>.+?)(?: line=(?<line>\d+)(?: column=\d+)?)?$`,
        ],
        priority: 77,
        summary: 'Static check failed: {task}',
        context: { after: 8, while: jvm_r `^(?:\s|>|\[error\]\s+(?:filter with|\*))` },
    },
    {
        id: 'gradle-what-went-wrong',
        category: 'unknown',
        ecosystem: 'java',
        patterns: [jvm_r `^\* What went wrong:`, jvm_r `^FAILURE: Build failed with an exception\.`],
        priority: 20,
        context: { after: 12, while: '.', until: jvm_r `^\* Try:|^\* Exception is:` },
    },
    {
        id: 'maven-build-failure',
        category: 'unknown',
        ecosystem: 'java',
        patterns: [jvm_r `^\[ERROR\] Failed to execute goal (?<goal>\S+)`, jvm_r `^\[INFO\] BUILD FAILURE`],
        priority: 18,
        context: { after: 14, while: jvm_r `^\[ERROR\]` },
    },
    {
        id: 'java-exception',
        category: 'unknown',
        ecosystem: 'java',
        patterns: [
            jvm_r `^Exception in thread "[^"]+" (?<exception>[\w.$]+)(?::\s*(?<message>.*))?`,
            jvm_r `^(?:Caused by: )?(?<exception>(?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error))(?::\s*(?<message>.*))?$`,
        ],
        priority: 24,
        context: { after: 30, while: jvm_r `^(?:\s+at |\s+\.\.\. \d+ more|Caused by:|\t)` },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/native.ts
const native_r = String.raw;
/** C and C++ toolchains (gcc, clang, ld, make, CMake, autoconf), their test runners and sanitizers. */
const NATIVE_RULES = [
    {
        id: 'c-missing-header',
        category: 'compile-error',
        ecosystem: 'c-cpp',
        patterns: [
            native_r `^(?<file>[^\s:]+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|cu)):(?<line>\d+):(?:(?<column>\d+):)? fatal error: (?<header>[^\s:]+): No such file or directory`,
            native_r `^(?<file>[^\s:]+):(?<line>\d+):(?:(?<column>\d+):)? fatal error: '(?<header>[^']+)' file not found`,
        ],
        priority: 84,
        summary: 'Header {header} not found (included from {file}:{line})',
        context: {
            before: 3,
            beforeWhile: native_r `^(?:In file included from|\s+from )`,
            after: 4,
            while: native_r `^(?:\s|compilation terminated)`,
        },
    },
    {
        id: 'c-compile-error',
        category: 'compile-error',
        ecosystem: 'c-cpp',
        patterns: [
            native_r `^(?<file>[^\s:]+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|cu|ino|pyx|f90|f)):(?<line>\d+):(?:(?<column>\d+):)? (?:fatal )?error: (?<message>.+)`,
            native_r `^(?<file>[A-Za-z]:\\[^:(]+|[^\s:(]+)\((?<line>\d+)(?:,(?<column>\d+))?\): (?:fatal )?error (?<code>C\d{4}): (?<message>.+)`,
        ],
        priority: 80,
        summary: 'Compile error: {file}:{line} {message}',
        context: {
            before: 4,
            beforeWhile: native_r `^(?:In file included from|\s+from |[^\s:]+: In (?:function|member function|instantiation|constructor)|[^\s:]+:\d+:\d+:\s+required from)`,
            after: 6,
            while: native_r `^(?:\s|\d+ \||[^\s:]+:\d+:\d+: note:)`,
        },
    },
    {
        id: 'link-error',
        category: 'compile-error',
        ecosystem: 'c-cpp',
        patterns: [
            native_r `undefined reference to [\x60'](?<symbol>[^']+)'`,
            native_r `^(?:/usr/bin/)?ld(?:\.\w+)?: (?:cannot find|error:) (?<message>.+)`,
            native_r `collect2: error: ld returned \d+ exit status`,
            native_r `clang(?:\+\+)?: error: linker command failed`,
            native_r `ld: symbol\(s\) not found for architecture`,
            native_r `Undefined symbols for architecture`,
            native_r `error LNK\d{4}: (?<message>.+)`,
        ],
        priority: 74,
        summary: 'Link error: {symbol}',
        context: {
            before: 3,
            beforeWhile: native_r `^(?:\s|/usr/bin/ld|ld:|\S+\.o:|\S+:\(|\S+: In function)`,
            after: 3,
            while: native_r `^\s|^collect2|^clang`,
        },
    },
    {
        id: 'pkg-config-missing',
        category: 'dependency',
        ecosystem: 'c-cpp',
        patterns: [
            native_r `Package '?(?<module>[\w.+\-]+)'?,? required by '[^']*', not found`,
            native_r `No package '(?<module>[\w.+\-]+)' found`,
            native_r `Could NOT find (?<module>[\w.+\-]+)`,
            native_r `Could not find a package configuration file provided by "(?<module>[^"]+)"`,
            native_r `error while loading shared libraries: (?<module>[^:]+): cannot open shared object file`,
            native_r `configure: error: Package requirements \((?<module>[^)]+)\) were not met`,
            native_r `configure: error: (?:[Ll]ibrary |[Hh]eader )?(?<module>[\w.+\-]+) (?:library |headers? )?(?:not found|is required|are required)`,
        ],
        priority: 80,
        summary: 'A system library is missing: {module}',
        context: { after: 4 },
    },
    {
        id: 'cmake-error',
        category: 'compile-error',
        ecosystem: 'c-cpp',
        patterns: [native_r `^CMake Error(?: at (?<file>[^:\s]+):(?<line>\d+))?`],
        priority: 66,
        summary: 'CMake error at {file}:{line}',
        context: { after: 12, while: native_r `^(?:\s|\S.*:$)`, until: native_r `^-- ` },
    },
    {
        id: 'configure-error',
        category: 'compile-error',
        ecosystem: 'c-cpp',
        patterns: [native_r `^configure: error: (?<message>.+)`],
        priority: 64,
        summary: 'configure failed: {message}',
        context: {
            before: 2,
            beforeWhile: native_r `^configure: error|^checking `,
            after: 2,
            while: native_r `^(?:See \x60config\.log|configure: error)`,
        },
    },
    {
        id: 'make-error',
        category: 'unknown',
        ecosystem: 'c-cpp',
        patterns: [
            native_r `^(?:g?make|mingw32-make|ninja)(?:\[\d+\])?: \*\*\* (?:\[(?<target>[^\]]+)\] )?Error (?<code>\d+)`,
            native_r `^ninja: build stopped: subcommand failed`,
        ],
        priority: 12,
        context: { after: 0 },
    },
    {
        id: 'cppcheck',
        category: 'lint',
        ecosystem: 'c-cpp',
        patterns: [
            native_r `^\[(?<file>[^\]:]+):(?<line>\d+)\]: \((?:error|warning|style|performance|portability)\) (?<message>.+)`,
        ],
        priority: 74,
        summary: 'cppcheck: {file}:{line} {message}',
        context: { after: 0 },
    },
    {
        id: 'gtest-failed',
        category: 'test-failure',
        ecosystem: 'c-cpp',
        patterns: [native_r `^\[\s+FAILED\s+\] (?<test>[\w/.:<>]+(?:, where .*)?)(?: \(\d+ ms\))?$`],
        exclude: [native_r `^\[\s+FAILED\s+\] \d+ tests?, listed below`],
        priority: 76,
        summary: 'GoogleTest: {tests} failed',
        context: { before: 8, beforeWhile: native_r `^(?!\[\s+(?:RUN|OK)\s+\])\S|^\s`, after: 0 },
    },
    {
        id: 'ctest-failed',
        category: 'test-failure',
        ecosystem: 'c-cpp',
        patterns: [
            native_r `^The following tests FAILED:`,
            native_r `^\s+\d+ - (?<test>\S+) \((?:Failed|SEGFAULT|Timeout|Subprocess aborted|Exception|Child aborted|OTHER_FAULT|Not Run)\)`,
            native_r `^\d+% tests passed, (?<count>\d+) tests? failed out of \d+`,
        ],
        priority: 70,
        summary: 'CTest: {tests} failed',
        context: { after: 20, while: native_r `^\s+\d+ - ` },
    },
    {
        id: 'catch2-failed',
        category: 'test-failure',
        ecosystem: 'c-cpp',
        patterns: [native_r `^(?<file>[^\s:]+):(?<line>\d+): FAILED:$`, native_r `^test cases?: .*\| (?<count>\d+) failed`],
        priority: 74,
        context: { after: 10, while: native_r `^\s|^with expansion:` },
    },
    {
        id: 'sanitizer-error',
        category: 'test-failure',
        ecosystem: 'c-cpp',
        patterns: [
            native_r `ERROR: (?<sanitizer>AddressSanitizer|LeakSanitizer|ThreadSanitizer|MemorySanitizer|UndefinedBehaviorSanitizer): (?<kind>[\w\-]+)`,
            native_r `WARNING: ThreadSanitizer: (?<kind>[\w\- ]+)`,
            native_r `:\d+:\d+: runtime error: (?<message>.+)`,
            native_r `==\d+== (?:Invalid (?:read|write)|Conditional jump|\d+ bytes in \d+ blocks are definitely lost)`,
            native_r `==\d+== ERROR SUMMARY: [1-9]\d* errors? from`,
        ],
        priority: 72,
        summary: '{sanitizer}: {kind}',
        context: {
            before: 2,
            after: 120,
            while: native_r `^(?:=+\s|={2,}\d+={2,}|\s|#\d+ |SUMMARY:|Shadow|  |Address |\S+ is located|freed by|previously allocated|READ of|WRITE of|=)`,
        },
    },
    {
        id: 'segfault',
        category: 'test-failure',
        ecosystem: 'c-cpp',
        patterns: [native_r `Segmentation fault(?: \(core dumped\))?`, native_r `SIGSEGV`, native_r `signal 11\b`],
        priority: 40,
        summary: 'A process crashed with a segmentation fault',
        context: { before: 1, after: 2 },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/network.ts
const network_r = String.raw;
/** Network failures, rate limits and authentication, whatever tool reports them. */
const NETWORK_RULES = [
    {
        id: 'registry-rate-limit',
        category: 'rate-limit',
        ecosystem: 'generic',
        patterns: [
            network_r `toomanyrequests: (?:You have reached your (?:unauthenticated )?pull rate limit|Rate exceeded|too many requests)`,
            network_r `(?<status>429) Too Many Requests`,
            network_r `rate limit (?:exceeded|reached)`,
            network_r `Rate limit exceeded`,
            network_r `exceeded (?:the|your) (?:API )?rate limit`,
        ],
        flags: 'i',
        priority: 88,
        summary: 'Rate limited by a remote service',
        context: { after: 1 },
    },
    {
        id: 'dns-resolution-failed',
        category: 'network',
        ecosystem: 'generic',
        patterns: [
            network_r `Could not resolve host:? '?(?<host>[\w.\-]+)`,
            network_r `getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.\-]+)`,
            network_r `Temporary failure in name resolution`,
            network_r `Name or service not known`,
            network_r `nodename nor servname provided`,
            network_r `no such host`,
            network_r `Could not resolve '(?<host>[\w.\-]+)'`,
            network_r `Failed to resolve '(?<host>[\w.\-]+)'`,
            network_r `UnknownHostException: (?<host>[\w.\-]+)`,
        ],
        priority: 82,
        summary: 'Could not resolve {host}',
        context: { after: 2 },
    },
    {
        id: 'connection-failed',
        category: 'network',
        ecosystem: 'generic',
        patterns: [
            network_r `Failed to connect to (?<host>[\w.\-]+)(?: port (?<port>\d+))?`,
            network_r `(?:connect |read |dial tcp )?(?:ECONNRESET|ETIMEDOUT|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH)\b`,
            network_r `Connection (?:reset by peer|timed out|refused)`,
            network_r `Network is unreachable`,
            network_r `(?:TLS|SSL) handshake (?:timeout|failed)`,
            network_r `net/http: (?:TLS handshake timeout|request canceled)`,
            network_r `i/o timeout`,
            network_r `(?:ReadTimeoutError|ConnectTimeoutError|MaxRetryError): HTTPSConnectionPool\(host='(?<host>[^']+)'`,
            network_r `Read timed out`,
            network_r `Max retries exceeded with url: (?<url>\S+)`,
            network_r `NewConnectionError`,
            network_r `SSL(?:_ERROR_SYSCALL| connect error|Error)`,
            network_r `no certificate subject alternative name matches`,
            network_r `certificate verify failed`,
            network_r `unable to get local issuer certificate`,
            network_r `Could not create connection to (?<host>[\w.\-]+)(?::(?<port>\d+))?`,
            network_r `Could not create connection to %s`,
            network_r `the remote end hung up unexpectedly`,
            network_r `early EOF`,
            network_r `RPC failed; (?:curl|HTTP) \d+`,
            network_r `unexpected disconnect while reading sideband packet`,
            network_r `Connection closed by remote host`,
            network_r `socket hang up`,
            network_r `ERR_SOCKET_TIMEOUT`,
            network_r `npm ERR! network`,
            network_r `Error cloning remote repo '(?<remote>[^']+)'`,
            network_r `Could not fetch URL (?<url>\S+?): There was a problem`,
        ],
        exclude: [network_r `(?:localhost|127\.0\.0\.1|0\.0\.0\.0|::1)`],
        // Above file-not-found (a failed download explains the missing file that follows), below test-failure markers.
        priority: 70,
        summary: 'Network connection to {host} failed',
        context: { after: 4 },
    },
    {
        id: 'http-server-error',
        category: 'network',
        ecosystem: 'generic',
        patterns: [
            network_r `\b(?<status>50[0234]) (?:Service Unavailable|Bad Gateway|Gateway Time-?out|Internal Server Error)`,
            network_r `The requested URL returned error: (?<status>5\d\d)`,
            network_r `(?:status code|HTTP status|HTTP error|HTTP Error|response code)[: ]+(?<status>5\d\d)\b`,
            network_r `server responded with (?<status>5\d\d)`,
        ],
        // A 5xx from a remote host explains the test or checkout that failed on it.
        priority: 82,
        summary: 'A remote server failed (HTTP {status})',
        context: { after: 4 },
    },
    {
        id: 'git-clone-failed',
        category: 'network',
        ecosystem: 'generic',
        patterns: [
            network_r `fatal: unable to access '(?<url>[^']+)': (?!The requested URL returned error: 40[13])`,
            network_r `Failed to connect to github\.com`,
            network_r `The command "(?:eval )?git (?:clone|fetch)[^"]*" failed(?: \d+ times)?`,
        ],
        priority: 64,
        summary: 'git could not reach {url}',
        context: { before: 2, after: 2 },
    },
    {
        id: 'auth-failed',
        category: 'permission',
        ecosystem: 'generic',
        patterns: [
            network_r `Bad credentials`,
            network_r `remote: Permission to (?<repo>\S+) denied to (?<user>\S+)`,
            network_r `fatal: could not read (?:Username|Password) for '(?<url>[^']+)'`,
            network_r `fatal: Authentication failed for '(?<url>[^']+)'`,
            network_r `The requested URL returned error: 40[13]`,
            network_r `\b(?<status>401) (?:Unauthorized|Unauthenticated)`,
            network_r `unauthorized: (?:authentication required|incorrect username or password)`,
            network_r `denied: (?:requested access to the resource is denied|permission_denied)`,
            network_r `Cannot perform an interactive login from a non TTY device`,
            network_r `Permission denied \(publickey`,
            network_r `Host key verification failed`,
            network_r `npm ERR! code E40[13]`,
            network_r `npm error code E40[13]`,
            network_r `ERR_PNPM_FETCH_40[13]`,
            network_r `Must authenticate to access`,
            network_r `Requires authentication`,
            network_r `HttpError: (?:Not Found|Forbidden)`,
        ],
        priority: 80,
        summary: 'Authentication or authorisation failed',
        context: { after: 2 },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/node.ts
const node_r = String.raw;
const NPM = node_r `npm (?:ERR!|error)`;
/** npm, yarn, pnpm, Node.js, TypeScript, jest, vitest, mocha, karma/jasmine, eslint, prettier. */
const NODE_RULES = [
    {
        id: 'node-heap-out-of-memory',
        category: 'out-of-memory',
        ecosystem: 'node',
        patterns: [node_r `JavaScript heap out of memory`, node_r `FATAL ERROR: .*Allocation failed`],
        priority: 95,
        summary: 'Node.js ran out of heap memory',
        context: { before: 3, after: 2 },
    },
    {
        id: 'node-module-not-found',
        category: 'dependency',
        ecosystem: 'node',
        patterns: [
            node_r `Cannot find module '(?<module>(?:@[\w.\-]+/)?[\w.\-]+)(?:/[^']*)?'(?! or its corresponding type)`,
            node_r `Cannot find package '(?<module>(?:@[\w.\-]+/)?[\w.\-]+)(?:/[^']*)?' imported from`,
            node_r `Module not found: (?:Error: )?Can't resolve '(?<module>(?:@[\w.\-]+/)?[\w.\-]+)(?:/[^']*)?'`,
            node_r `Cannot find module '(?<module>(?:@[\w.\-]+/)?[\w.\-]+)(?:/[^']*)?' or its corresponding type declarations`,
            node_r `Could not resolve "(?<module>(?:@[\w.\-]+/)?[\w.\-]+)(?:/[^"]*)?"`,
            node_r `ERR_MODULE_NOT_FOUND.*'(?<module>(?:@[\w.\-]+/)?[\w.\-]+)'`,
        ],
        exclude: [node_r `'(?:node:|\.|/|[A-Za-z]:\\)`],
        facts: { manager: 'npm' },
        priority: 82,
        summary: "Node module '{module}' is not installed",
        context: { after: 3, while: node_r `^(?:\s|Require stack:|- )` },
    },
    {
        id: 'node-local-module-not-found',
        category: 'file-not-found',
        ecosystem: 'node',
        patterns: [
            node_r `Cannot find module '(?<path>(?:\.{1,2}/|/|[A-Za-z]:\\)[^']+)'`,
            node_r `Module not found: (?:Error: )?Can't resolve '(?<path>\.{1,2}/[^']+)'`,
        ],
        priority: 76,
        summary: 'Module file {path} does not exist',
        context: { after: 3, while: node_r `^(?:\s|Require stack:|- )` },
    },
    {
        id: 'npm-eresolve',
        category: 'dependency',
        ecosystem: 'node',
        patterns: [node_r `${NPM} code ERESOLVE`, node_r `ERESOLVE (?:unable to resolve dependency tree|could not resolve)`],
        facts: { manager: 'npm' },
        priority: 87,
        summary: 'npm cannot resolve the dependency tree (ERESOLVE)',
        context: {
            after: 20,
            while: node_r `^npm (?:ERR!|error)`,
            facts: [
                node_r `^npm (?:ERR!|error) (?:peer|peerOptional|dev)? ?(?<module>@?[^@\s"]+)@"(?<version>[^"]+)" from`,
                node_r `^npm (?:ERR!|error) Found: (?<module>@?[^@\s]+)@(?<version>\S+)`,
            ],
        },
    },
    {
        id: 'npm-version-not-found',
        category: 'dependency',
        ecosystem: 'node',
        patterns: [
            node_r `${NPM} code ETARGET`,
            node_r `${NPM} notarget No matching version found for (?<module>@?[^@\s]+)@(?<version>\S+?)\.?$`,
            node_r `${NPM} 404 +'(?<module>@?[^@'\s]+)@(?<version>[^']+)' is not in (?:the npm|this) registry`,
            node_r `${NPM} 404 Not Found - GET https?://\S+?/(?<module>@?[^/\s]+(?:%2[fF][^/\s]+)?) - Not found`,
            node_r `${NPM} code E404`,
        ],
        facts: { manager: 'npm' },
        priority: 86,
        summary: "npm cannot find package '{module}'",
        context: {
            after: 6,
            while: node_r `^npm (?:ERR!|error)`,
            facts: [
                node_r `No matching version found for (?<module>@?[^@\s]+)@(?<version>\S+?)\.?$`,
                node_r `'(?<module>@?[^@'\s]+)@(?<version>[^']+)' is not in`,
            ],
        },
    },
    {
        id: 'npm-lockfile-out-of-sync',
        category: 'dependency',
        ecosystem: 'node',
        patterns: [
            node_r `(?:\x60npm ci\x60|cipm|npm ci) can only install (?:packages )?when your package\.json and package-lock\.json`,
            node_r `The \x60npm ci\x60 command can only install with an existing package-lock\.json`,
            node_r `Missing: (?<module>@?[^@\s]+)@(?<version>\S+) from lock file`,
            node_r `Invalid: lock file's (?<module>@?[^@\s]+)@(?<version>\S+) does not satisfy`,
        ],
        facts: { manager: 'npm', lockfile: 'package-lock.json' },
        priority: 88,
        summary: 'package-lock.json is out of sync with package.json',
        context: {
            after: 12,
            while: node_r `^npm (?:ERR!|error)`,
            facts: [
                node_r `Missing: (?<module>@?[^@\s]+)@(?<version>\S+) from lock file`,
                node_r `Invalid: lock file's (?<module>@?[^@\s]+)@(?<version>\S+)`,
            ],
        },
    },
    {
        id: 'yarn-lockfile-out-of-date',
        category: 'dependency',
        ecosystem: 'node',
        patterns: [
            node_r `Your lockfile needs to be updated, but yarn was run with \x60--frozen-lockfile\x60`,
            node_r `The lockfile would have been (?:modified|created) by this install, which is explicitly forbidden`,
        ],
        facts: { manager: 'yarn', lockfile: 'yarn.lock' },
        priority: 88,
        summary: 'yarn.lock is out of date with package.json',
        context: { after: 1 },
    },
    {
        id: 'yarn-package-not-found',
        category: 'dependency',
        ecosystem: 'node',
        patterns: [
            node_r `error Couldn't find package "(?<module>@?[^@"]+)(?:@(?<version>[^"]+))?"`,
            node_r `error An unexpected error occurred: "https?://registry\.(?:yarnpkg\.com|npmjs\.org)/(?<module>@?[^":]+?)(?:/-/[^":]+)?: (?:Not found|Request failed \\"404)`,
            node_r `error Couldn't find any versions for "(?<module>[^"]+)" that matches "(?<version>[^"]+)"`,
            node_r `YN0001: .*?(?<module>@?[\w.\-/]+)@npm:(?<version>\S+?): (?:No candidates found|Package not found)`,
            node_r `YN0035: .*?(?<module>@?[\w.\-/]+)@npm:(?<version>\S+?): (?:No candidates found|Package not found)`,
        ],
        facts: { manager: 'yarn' },
        priority: 86,
        summary: "yarn cannot find package '{module}'",
        context: { after: 2 },
    },
    {
        id: 'pnpm-lockfile-out-of-date',
        category: 'dependency',
        ecosystem: 'node',
        patterns: [
            node_r `ERR_PNPM_OUTDATED_LOCKFILE`,
            node_r `Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up to date`,
            node_r `ERR_PNPM_LOCKFILE_CONFIG_MISMATCH`,
        ],
        facts: { manager: 'pnpm', lockfile: 'pnpm-lock.yaml' },
        priority: 88,
        summary: 'pnpm-lock.yaml is out of date with package.json',
        context: { after: 4 },
    },
    {
        id: 'pnpm-package-not-found',
        category: 'dependency',
        ecosystem: 'node',
        patterns: [
            node_r `ERR_PNPM_NO_MATCHING_VERSION.*No matching version found for (?<module>@?[^@\s]+)@(?<version>\S+)`,
            node_r `ERR_PNPM_FETCH_404.*GET https?://\S+?/(?<module>@?[^/\s:]+(?:%2[fF][^/\s:]+)?): Not Found`,
            node_r `ERR_PNPM_(?:NO_MATCHING_VERSION|FETCH_404|PEER_DEP_ISSUES|NO_VERSIONS)`,
        ],
        facts: { manager: 'pnpm' },
        priority: 86,
        summary: "pnpm cannot resolve package '{module}'",
        context: { after: 4 },
    },
    {
        id: 'node-engine-incompatible',
        category: 'dependency',
        ecosystem: 'node',
        patterns: [
            node_r `error (?<module>@?[^@\s]+)@(?<version>\S+): The engine "node" is incompatible with this module`,
            node_r `${NPM} (?:code )?EBADENGINE`,
            node_r `Unsupported engine for (?<module>@?[^@\s]+)@(?<version>\S+):`,
        ],
        facts: { manager: 'npm' },
        priority: 78,
        summary: "'{module}' does not support this Node.js version",
        context: { after: 3 },
    },
    {
        id: 'typescript-error',
        category: 'compile-error',
        ecosystem: 'node',
        patterns: [
            node_r `^(?<file>[^\s(]+\.(?:ts|tsx|mts|cts|vue))\((?<line>\d+),(?<column>\d+)\): error (?<code>TS\d+): (?<message>.+)`,
            node_r `^(?<file>[^\s:]+\.(?:ts|tsx|mts|cts|vue)):(?<line>\d+):(?<column>\d+) - error (?<code>TS\d+): (?<message>.+)`,
            node_r `^(?:.* )?error (?<code>TS\d{4}): (?<message>.+)`,
            node_r `TSError: ⨯ Unable to compile TypeScript`,
        ],
        priority: 80,
        summary: 'TypeScript: {file}:{line} {message}',
        context: { after: 30, while: node_r `^(?:\s|\d+\s|[^\s(]+\.tsx? \(\d+,\d+\): )` },
    },
    {
        id: 'sass-error',
        category: 'compile-error',
        ecosystem: 'node',
        patterns: [
            node_r `^\s+on line (?<line>\d+)(?::\d+)? of (?<file>\S+\.(?:s[ac]ss|css))`,
            node_r `^\s*(?<file>\S+\.s[ac]ss) (?<line>\d+):(?<column>\d+)\s+(?:root stylesheet|@import|@use|@forward)`,
        ],
        priority: 78,
        summary: 'Sass error in {file}:{line}',
        context: {
            before: 8,
            beforeWhile: node_r `^(?:Error|SassError): |^\s+(?:\d+\s*)?[│|╵╷]`,
            after: 4,
            while: node_r `^\s+(?:from line \d+ of|on line|\d* [│|╵╷]|\S+\.s[ac]ss \d+:\d+)`,
        },
    },
    {
        id: 'js-syntax-error',
        category: 'compile-error',
        ecosystem: 'node',
        patterns: [
            node_r `SyntaxError: (?<file>[^\s:]+\.\w+): (?<message>.+?) \((?<line>\d+):(?<column>\d+)\)`,
            node_r `^SyntaxError: (?<message>.+)`,
            node_r `Module build failed`,
            node_r `Build failed with \d+ errors?`,
        ],
        exclude: [node_r `Unexpected (?:token|end) .* JSON`, node_r `JSON\.parse`],
        priority: 66,
        summary: 'JavaScript syntax error: {message}',
        context: { after: 12, while: '.', until: node_r `^\s*$` },
    },
    {
        id: 'jest-failure',
        category: 'test-failure',
        ecosystem: 'node',
        patterns: [node_r `^\s*● (?<test>(?!Test suite failed to run)\S.*?)\s*$`],
        exclude: [node_r `^\s*● (?:Console|Deprecation|Validation)`],
        priority: 75,
        summary: 'jest: {tests} failed',
        context: {
            after: 120,
            while: '.',
            until: node_r `^\s*(?:● |PASS\s|FAIL\s|Test Suites:|Tests:|Summary of all failing tests)`,
        },
    },
    {
        id: 'jest-suite-failed',
        category: 'test-failure',
        ecosystem: 'node',
        patterns: [node_r `^\s*FAIL {1,2}(?<file>\S+\.(?:[cm]?[jt]sx?|vue|coffee|svelte))\b`, node_r `^\s*● Test suite failed to run`],
        priority: 72,
        summary: 'jest: test suite {file} failed',
        context: { after: 60, while: '.', until: node_r `^\s*(?:● |PASS\s|FAIL\s|Test Suites:|Tests:)` },
    },
    {
        id: 'vitest-failure',
        category: 'test-failure',
        ecosystem: 'node',
        patterns: [
            node_r `^\s*(?:FAIL |× |✗ |❯ )\s*(?<file>\S+\.(?:[cm]?[jt]sx?|vue|svelte))\s+>\s+(?<test>.+?)\s*$`,
            node_r `^\s*(?:× |✗ )\s*(?<test>\S.*?)(?:\s+\d+ms)?$`,
        ],
        exclude: [node_r `problems? \(`, node_r `\d+ (?:errors?|warnings?)`],
        priority: 74,
        summary: 'vitest: {tests} failed',
        context: { after: 30, while: '.', until: node_r `^\s*(?:FAIL\s|❯\s|⎯{3,}|Test Files)` },
    },
    {
        id: 'js-test-counts',
        category: 'test-failure',
        ecosystem: 'node',
        patterns: [
            node_r `^Tests:\s+(?<count>\d+) failed`,
            node_r `^Test Suites:\s+(?<count>\d+) failed`,
            node_r `^\s*Test Files\s+(?<count>\d+) failed`,
            node_r `^\s*(?<count>\d+) failing$`,
            node_r `Executed \d+ of \d+ \((?<count>\d+) FAILED\)`,
            node_r `^\s*(?<count>\d+) tests? failed`,
        ],
        priority: 54,
        context: { after: 0 },
    },
    {
        id: 'mocha-failure',
        category: 'test-failure',
        ecosystem: 'node',
        patterns: [node_r `^\s{2,}\d+\) (?:(?<test>\S.*?):?)?\s*$`],
        exclude: [node_r `^\s+\d+\) (?:Failure|Error):?\s*$`],
        priority: 66,
        summary: 'mocha: {tests} failed',
        // Details are indented deeper than the spec listing (which also shows `1) name`).
        context: { after: 40, while: node_r `^\s{5,}\S`, until: node_r `^\s*(?:\d+\) |․|✓|✔|\d+ (?:passing|failing|pending))` },
    },
    {
        id: 'karma-jasmine-failure',
        category: 'test-failure',
        ecosystem: 'node',
        patterns: [
            node_r `^(?:(?:Headless)?Chrome|Firefox|Safari|IE|Edge|PhantomJS|Electron|Opera|Mobile Safari|Chrome Mobile)[^)]*\) (?<test>.+?) FAILED$`,
        ],
        priority: 73,
        summary: 'Browser tests failed: {tests}',
        context: { after: 80, while: node_r `^(?:\s|\t)` },
    },
    {
        id: 'eslint-problem',
        category: 'lint',
        ecosystem: 'node',
        patterns: [
            node_r `^\s+(?<line>\d+):(?<column>\d+)\s+error\s+(?<message>.+?)\s{2,}(?<ruleName>[@\w\-/]+)$`,
            node_r `^(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+): (?<message>.+) \[Error/(?<ruleName>[@\w\-/]+)\]$`,
            node_r `^\s*(?<file>[^\s:]+\.(?:[cm]?[jt]sx?|vue|coffee|css|scss|less|svelte)):(?<line>\d+)(?::(?<column>\d+))?:? (?<message>.+) \((?<ruleName>[@\w\-]+(?:/[\w\-]+)*)\)$`,
            node_r `^\s+(?<line>\d+):(?<column>\d+)\s+✖\s+(?<message>.+?)\s{2,}(?<ruleName>[\w\-/]+)$`,
        ],
        priority: 74,
        summary: 'Lint error: {message}',
        context: { after: 0 },
    },
    {
        id: 'eslint-summary',
        category: 'lint',
        ecosystem: 'node',
        patterns: [node_r `^✖ (?<count>\d+) problems? \(\d+ errors?`],
        priority: 60,
        context: { after: 1 },
    },
    {
        id: 'tslint-problem',
        category: 'lint',
        ecosystem: 'node',
        patterns: [
            node_r `^ERROR: (?:\((?<ruleName>[\w-]+)\) )?(?<file>[^\s\[:]+)\[(?<line>\d+), (?<column>\d+)\]: (?<message>.+)`,
            node_r `^ERROR: (?<file>[^\s\[:]+):(?<line>\d+):(?<column>\d+) - (?<message>.+)`,
        ],
        priority: 74,
        summary: 'Lint error: {file}:{line} {message}',
        context: { after: 0 },
    },
    {
        id: 'prettier-check',
        category: 'lint',
        ecosystem: 'node',
        patterns: [
            node_r `Code style issues (?:found|were found) in (?:the above file|\d+ files?)`,
            node_r `Forgot to run Prettier\?`,
            node_r `^\[warn\] (?<file>\S+\.\w+)$`,
        ],
        priority: 72,
        summary: 'Prettier formatting check failed',
        context: { after: 0 },
    },
    {
        id: 'size-limit-exceeded',
        category: 'test-failure',
        ecosystem: 'node',
        patterns: [node_r `(?:Package size|Size|Total size|Running time) limit has exceeded by`],
        priority: 74,
        summary: 'A bundle size limit was exceeded',
        context: { after: 4, while: node_r `^\s+\S` },
    },
    {
        id: 'npm-script-failed',
        category: 'unknown',
        ecosystem: 'node',
        patterns: [
            node_r `${NPM} code ELIFECYCLE`,
            node_r `${NPM} Test failed\.`,
            node_r `${NPM} Lifecycle script \x60(?<script>[\w:\-.]+)\x60 failed`,
            node_r `${NPM} (?<package>\S+) (?<script>[\w:\-.]+): \x60(?<command>[^\x60]+)\x60`,
            node_r `^error Command failed with exit code \d+\.`,
            node_r `ELIFECYCLE\s+(?:Test|Command) failed`,
        ],
        priority: 14,
        context: { after: 0 },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/other-languages.ts
const other_languages_r = String.raw;
/** Elixir, Haskell, R, Emacs Lisp, Lua, Perl, LaTeX, TAP, shellcheck, Markdown and documentation checkers. */
const OTHER_LANGUAGE_RULES = [
    {
        id: 'elixir-compile-error',
        category: 'compile-error',
        ecosystem: 'elixir',
        patterns: [
            other_languages_r `^== Compilation error in file (?<file>\S+) ==`,
            other_languages_r `^\*\* \((?<exception>CompileError|SyntaxError|TokenMissingError|KeyError|UndefinedFunctionError)\) (?<file>[^\s:]+\.exs?):(?<line>\d+)(?::\d+)?: (?<message>.+)`,
        ],
        priority: 64,
        summary: 'Elixir compile error: {file}:{line} {message}',
        context: { after: 10, while: other_languages_r `^\s|^\t|^\*\* ` },
    },
    {
        id: 'exunit-failure',
        category: 'test-failure',
        ecosystem: 'elixir',
        patterns: [
            other_languages_r `^\s+\d+\) test (?<test>.+) \((?<module>[\w.]+)\)$`,
            other_languages_r `^\s*(?<count>\d+) (?:doctests?, )?(?:\d+ properties, )?(?:\d+ doctests?, )?\d* ?tests?, [1-9]\d* failures?`,
        ],
        priority: 74,
        summary: 'ExUnit: {tests} failed',
        context: { after: 30, while: other_languages_r `^\s{2,}|^\s*$`, until: other_languages_r `^\s+\d+\) test ` },
    },
    {
        id: 'mix-deps',
        category: 'dependency',
        ecosystem: 'elixir',
        patterns: [
            other_languages_r `Unchecked dependencies for environment`,
            other_languages_r `Failed to use "(?<module>[\w\-]+)" \(versions? (?<version>[^)]+)\)`,
            other_languages_r `the dependency (?<module>\w+) .* does not match the requirement`,
        ],
        priority: 82,
        context: { after: 6, while: other_languages_r `^\s|^\* ` },
    },
    {
        id: 'elixir-lint',
        category: 'lint',
        ecosystem: 'elixir',
        patterns: [
            other_languages_r `mix format failed due to --check-formatted`,
            other_languages_r `found \d+ (?:consistency|code readability|refactoring|warnings?|software design).*(?:issues?|opportunities)`,
            other_languages_r `done \(warnings were emitted\)`,
        ],
        priority: 72,
        summary: 'Elixir static check failed',
        context: { before: 6, beforeWhile: other_languages_r `^\s|^\S+\.exs?:\d+|^┃`, after: 4 },
    },
    {
        id: 'elixir-exception',
        category: 'unknown',
        ecosystem: 'elixir',
        patterns: [other_languages_r `^\*\* \((?<exception>[\w.]+)\) (?<message>.+)`],
        priority: 30,
        context: { after: 20, while: other_languages_r `^\s{2,}(?:\(\w+\) |\S+\.exs?:\d+|lib/|test/|\S+:\d+:)` },
    },
    {
        id: 'clojure-test-failure',
        category: 'test-failure',
        ecosystem: 'clojure',
        patterns: [other_languages_r `^(?:FAIL|ERROR) in \((?<test>[^)]+)\) \((?<file>[^:)]+):(?<line>\d+)\)`, other_languages_r `^Tests failed\.$`],
        priority: 75,
        summary: 'clojure.test: {tests} failed',
        context: {
            after: 12,
            while: other_languages_r `^(?:\s|expected:|  actual:|actual:|\S.*\S)$`,
            until: other_languages_r `^(?:FAIL|ERROR) in \(|^Ran \d+ tests`,
        },
    },
    {
        id: 'clojure-compile-error',
        category: 'compile-error',
        ecosystem: 'clojure',
        patterns: [
            other_languages_r `Syntax error (?:compiling|macroexpanding|reading source) (?:\S+ )?at \((?<file>[^:)]+):(?<line>\d+):(?<column>\d+)\)`,
            other_languages_r `compiling:\((?<file>[^:)]+):(?<line>\d+):(?<column>\d+)\)`,
        ],
        priority: 74,
        summary: 'Clojure compile error at {file}:{line}',
        context: { after: 4, while: other_languages_r `^\s|^\S+Exception` },
    },
    {
        id: 'erlang-test-failure',
        category: 'test-failure',
        ecosystem: 'erlang',
        patterns: [
            other_languages_r `\bFailed: [1-9]\d*\.\s+Skipped: \d+\.\s+Passed: \d+\.`,
            other_languages_r `TEST COMPLETE, \d+ ok, [1-9]\d* failed`,
            other_languages_r `^\s*(?<test>\w+:\w+(?:_test)?\/\d+[^:]*)\.\.\.\*failed\*`,
            other_languages_r `^%%% (?<test>\S+) ==> .*(?:failed|error)`,
        ],
        priority: 72,
        summary: 'Erlang tests failed',
        context: { before: 2, after: 12, while: other_languages_r `^\s|^\*\*` },
    },
    {
        id: 'erlang-compile-error',
        category: 'compile-error',
        ecosystem: 'erlang',
        patterns: [other_languages_r `^(?<file>[^\s:]+\.[eh]rl):(?<line>\d+):(?:(?<column>\d+):)? (?<message>(?!Warning:).+)`],
        priority: 76,
        summary: 'Erlang compile error: {file}:{line} {message}',
        context: { after: 3, while: other_languages_r `^\s` },
    },
    {
        id: 'perl-module-missing',
        category: 'dependency',
        ecosystem: 'perl',
        patterns: [other_languages_r `Can't locate (?<path>\S+\.pm) in @INC(?: \(you may need to install the (?<module>[\w:]+) module\))?`],
        priority: 82,
        summary: 'Perl module {module} is not installed',
        context: { after: 2 },
    },
    {
        id: 'pester-failure',
        category: 'test-failure',
        ecosystem: 'powershell',
        patterns: [
            other_languages_r `^\s*\[-\] (?<test>.+?)(?: \d+(?:\.\d+)?m?s(?: \(\d+m?s\|\d+m?s\))?)?$`,
            other_languages_r `Tests Passed: \d+,\s+Failed: [1-9]\d*`,
        ],
        priority: 74,
        summary: 'Pester: {tests} failed',
        context: { after: 10, while: other_languages_r `^\s{2,}\S`, until: other_languages_r `^\s*\[[-+!?]\] ` },
    },
    {
        id: 'r-check-error',
        category: 'test-failure',
        ecosystem: 'r',
        patterns: [
            other_languages_r `^\* checking (?:tests|examples|re-building of vignette outputs|running R code from vignettes) \.\.\.(?: \S+)* ERROR$`,
        ],
        priority: 68,
        summary: 'R CMD check: tests or examples failed',
        context: {
            after: 30,
            while: other_languages_r `^\s|^Running|^Error|^Execution halted|^Calls:|^Last \d+ lines`,
            until: other_languages_r `^\* (?:checking|DONE)`,
        },
    },
    {
        id: 'r-check-install-error',
        category: 'compile-error',
        ecosystem: 'r',
        patterns: [
            other_languages_r `^\* checking whether package .* can be installed \.\.\. ERROR$`,
            other_languages_r `^ERROR: compilation failed for package`,
        ],
        priority: 66,
        summary: 'R CMD check: the package does not install',
        context: { after: 12, while: other_languages_r `^\s|^Installation failed|^See ` },
    },
    {
        id: 'luacheck',
        category: 'lint',
        ecosystem: 'lua',
        patterns: [
            other_languages_r `^Total: \d+ warnings? / \d+ errors? in \d+ files?`,
            other_languages_r `^\s+(?<file>\S+\.lua):(?<line>\d+):(?<column>\d+): (?<message>.+)`,
        ],
        exclude: [other_languages_r `^Total: 0 warnings / 0 errors`],
        priority: 72,
        summary: 'luacheck found problems',
        context: { before: 20, beforeWhile: other_languages_r `^\s+\S+\.lua:\d+:\d+: |^Checking \S+ +\d+ (?:warning|error)`, after: 0 },
    },
    {
        id: 'haskell-compile-error',
        category: 'compile-error',
        ecosystem: 'haskell',
        patterns: [other_languages_r `^(?<file>[^\s:]+\.(?:hs|lhs|hsc)):(?<line>\d+):(?<column>\d+)(?:-\d+)?: (?:fatal )?error:`],
        priority: 80,
        summary: 'GHC error at {file}:{line}',
        context: { after: 20, while: other_languages_r `^\s` },
    },
    {
        id: 'hlint',
        category: 'lint',
        ecosystem: 'haskell',
        patterns: [
            other_languages_r `^(?<file>[^\s:]+\.hs):(?<line>\d+):(?<column>\d+)(?:-\d+)?: (?:Warning|Suggestion|Error): (?<message>.+)`,
            other_languages_r `^[1-9]\d* hints?$`,
        ],
        priority: 82,
        summary: 'HLint: {file}:{line} {message}',
        context: { after: 6, while: other_languages_r `^(?:Found|Perhaps|Why not|Note|  )` },
    },
    {
        id: 'cabal-stack-dependency',
        category: 'dependency',
        ecosystem: 'haskell',
        patterns: [
            other_languages_r `cabal: Could not resolve dependencies:`,
            other_languages_r `Error: While constructing the build plan`,
            other_languages_r `In the dependencies for (?<module>[\w\-]+)-[\d.]+:`,
        ],
        priority: 82,
        context: { after: 12, while: other_languages_r `^\s|^\[` },
    },
    {
        id: 'hspec-failure',
        category: 'test-failure',
        ecosystem: 'haskell',
        patterns: [other_languages_r `^\s*(?<count>\d+) examples?, [1-9]\d* failures?`],
        priority: 60,
        context: { after: 0 },
    },
    {
        id: 'r-package-missing',
        category: 'dependency',
        ecosystem: 'r',
        patterns: [
            other_languages_r `there is no package called [‘'"](?<module>[^’'"]+)[’'"]`,
            other_languages_r `Package required but not available: [‘'"](?<module>[^’'"]+)[’'"]`,
            other_languages_r `Packages? required (?:and|but) not available: [‘'"](?<module>[^’'"]+)[’'"]`,
            other_languages_r `dependenc(?:y|ies) [‘'"](?<module>[^’'"]+)[’'"] (?:is|are) not available`,
            other_languages_r `package [‘'"](?<module>[^’'"]+)[’'"] is not available`,
        ],
        priority: 80,
        summary: "R package '{module}' is not installed",
        context: { after: 2 },
    },
    {
        id: 'r-check-tests',
        category: 'test-failure',
        ecosystem: 'r',
        patterns: [
            other_languages_r `^\s*Running ‘(?<file>[^’]+)’(?: \[[^\]]*\])?$`,
            other_languages_r `^\s*Running '(?<file>[^']+\.R)'(?: \[[^\]]*\])?$`,
            other_languages_r `^Running the tests in [‘'](?<file>[^’']+)[’'] failed\.`,
            other_languages_r `^\s*\d+\. (?:Failure|Error)(?: \(at [^)]+\))?: (?<test>.+?)(?: \(@[^)]+\))?\s*$`,
            other_languages_r `testthat unit tests failed`,
            other_languages_r `^Running examples in [‘'](?<file>[^’']+)[’'] failed`,
            other_languages_r `^\s*\[ (?:OK|FAIL): \d+ \| .*FAILED: [1-9]`,
        ],
        priority: 70,
        summary: 'R tests failed: {tests}',
        context: {
            after: 30,
            while: other_languages_r `^\s|^ERROR$|^Last \d+ lines|^Running|^Error|^Calls:|^Execution halted|^The error most likely|^>`,
            until: other_languages_r `^\* (?:checking|DONE)`,
        },
    },
    {
        id: 'emacs-package-unavailable',
        category: 'dependency',
        ecosystem: 'emacs',
        patterns: [
            other_languages_r `Package [\x60‘'](?<module>[^'’]+)['’] is unavailable`,
            other_languages_r `No version of (?<module>[\w\-]+) >= \S+ is available`,
            other_languages_r `Package (?<module>[\w\-]+) is not available`,
        ],
        priority: 80,
        summary: "Emacs package '{module}' is unavailable",
        context: { before: 2, beforeWhile: other_languages_r `^\s*(?:Debugger entered|\s)`, after: 40, while: other_languages_r `^\s` },
    },
    {
        id: 'emacs-connection-failed',
        category: 'network',
        ecosystem: 'emacs',
        patterns: [
            other_languages_r `Could not create connection to (?<host>[\w.\-]+):(?<port>\d+)`,
            other_languages_r `error in process filter: .*Connection`,
        ],
        priority: 84,
        summary: 'Could not connect to {host}',
        context: { before: 2, beforeWhile: other_languages_r `^\s*(?:Debugger entered|\s)`, after: 40, while: other_languages_r `^\s` },
    },
    {
        id: 'lua-busted-failure',
        category: 'test-failure',
        ecosystem: 'lua',
        patterns: [
            other_languages_r `^\[\s+(?:FAILED|ERROR)\s+\] (?<test>\S+\.lua @ \d+: .*)`,
            other_languages_r `^\d+ successes? / [1-9]\d* failures?`,
            other_languages_r `^(?:Failure|Error) → (?<test>.+)`,
        ],
        priority: 72,
        summary: 'busted: {tests}',
        context: {
            after: 30,
            while: other_languages_r `^\s|^\t|^\S+\.lua:\d+:|^stack traceback`,
            until: other_languages_r `^\[\s+(?:OK|RUN|FAILED|ERROR)\s+\]`,
        },
    },
    {
        id: 'lua-error',
        category: 'unknown',
        ecosystem: 'lua',
        patterns: [other_languages_r `^(?:lua\S*: )?(?<file>[^\s:]+\.lua):(?<line>\d+): (?<message>.+)`, other_languages_r `^\s*stack traceback:`],
        priority: 22,
        context: { after: 30, while: other_languages_r `^\s|^\t|^\[C\]` },
    },
    {
        id: 'tap-not-ok',
        category: 'test-failure',
        ecosystem: 'generic',
        patterns: [other_languages_r `^\s*not ok \d+ (?:- )?(?<test>.+?)(?:\s+#.*)?$`],
        exclude: [other_languages_r `#\s*(?:TODO|SKIP)\b`],
        priority: 76,
        summary: 'TAP: {tests} failed',
        context: {
            before: 40,
            beforeWhile: other_languages_r `^(?!(?:\s*ok \d+|\s*not ok \d+))`,
            after: 8,
            while: other_languages_r `^\s{2,}|^\s*(?:---|\.\.\.)`,
        },
    },
    {
        id: 'prove-failure',
        category: 'test-failure',
        ecosystem: 'generic',
        patterns: [
            other_languages_r `^(?:\[[\d:]+\] )?(?<test>\S+\.(?:t|sh|pl))\s*\.{2,}\s*(?:Dubious|Failed \d+/\d+)`,
            other_languages_r `Dubious, test returned \d+`,
            other_languages_r `^Failed (?<count>\d+)/\d+ (?:subtests|test programs)`,
            other_languages_r `^(?<test>\S+\.(?:t|sh|pl))\s+\(Wstat: \d+`,
        ],
        priority: 72,
        summary: 'Test scripts failed: {tests}',
        context: {
            before: 1,
            beforeWhile: other_languages_r `^(?:\[[\d:]+\] )?\S+\.(?:t|sh|pl)\s*\.{2,}\s*$`,
            after: 3,
            while: other_languages_r `^(?:Failed|\s+Failed tests?:|\s)`,
        },
    },
    {
        id: 'perlcritic',
        category: 'lint',
        ecosystem: 'perl',
        patterns: [other_languages_r `at line (?<line>\d+), column (?<column>\d+)\.\s+(?:See page \d+ of PBP|.*)\.?\s+\(Severity: \d\)`],
        priority: 74,
        summary: 'Perl::Critic: {message}',
        context: { before: 1, beforeWhile: other_languages_r `^Having more than one|is deprecated at`, after: 0 },
    },
    {
        id: 'shellcheck',
        category: 'lint',
        ecosystem: 'shell',
        patterns: [
            other_languages_r `\bSC(?<code>\d{4})(?: \(\w+\))?: `,
            other_languages_r `^In (?<file>\S+) line (?<line>\d+):$`,
            other_languages_r `^(?<file>\S+):(?<line>\d+):(?<column>\d+): (?:error|warning|note|style): .* \[SC(?<code>\d{4})\]`,
        ],
        priority: 74,
        summary: 'shellcheck: {file}:{line}',
        context: { after: 4, while: other_languages_r `^\s|^\^` },
    },
    {
        id: 'doc-checker',
        category: 'lint',
        ecosystem: 'generic',
        patterns: [
            other_languages_r `^(?<file>[^\s:]+\.(?:md|markdown|rst|adoc|txt|tex|html|ya?ml|json|toml)):(?<line>\d+)(?::(?<column>\d+))?:? ?(?<message>.*\S.*)$`,
            other_languages_r `^(?<file>[^\s:]+\.md):(?<line>\d+)(?::\d+)? (?<code>MD\d{3})`,
        ],
        exclude: [other_languages_r `:\d+:\d*:? *(?:Warning|warning)\b`, other_languages_r `^\S+\.(?:json|ya?ml|toml):\d+: (?:error|Error) `],
        priority: 68,
        summary: 'Document check: {file}:{line} {message}',
        context: { after: 0 },
    },
    {
        id: 'yamllint',
        category: 'lint',
        ecosystem: 'generic',
        patterns: [other_languages_r `^\s+(?<line>\d+):(?<column>\d+)\s+error\s+(?<message>.+?)\s+\((?<ruleName>[\w-]+)\)$`],
        priority: 72,
        context: { after: 0 },
    },
    {
        id: 'latex-overfull-box',
        category: 'lint',
        ecosystem: 'latex',
        patterns: [other_languages_r `^Overfull \\[hv]box \((?<amount>[\d.]+pt) too (?:wide|high)\)`],
        priority: 44,
        summary: 'LaTeX overfull box',
        context: { after: 0 },
    },
    {
        id: 'latex-error',
        category: 'compile-error',
        ecosystem: 'latex',
        patterns: [
            other_languages_r `^! (?:LaTeX Error: )?(?<message>.+)`,
            other_languages_r `LaTeX Warning: There were undefined references`,
            other_languages_r `LaTeX Warning: Reference [\x60'](?<ref>[^']+)' on page \d+ undefined`,
            other_languages_r `^(?<file>[^\s:]+\.tex):(?<line>\d+): (?<message>.+)`,
        ],
        priority: 62,
        summary: 'LaTeX error: {message}',
        context: { after: 4, while: other_languages_r `^l\.\d+|^\s` },
    },
    {
        id: 'link-checker',
        category: 'lint',
        ecosystem: 'generic',
        patterns: [
            other_languages_r `^Issues :-\($`,
            other_languages_r `^\s*\d+\. \[L\d+\] (?<status>\d{3}|[A-Za-z]+) (?<url>https?://\S+)`,
            other_languages_r `^\[✖\] (?<url>https?://\S+) → Status: (?<status>\d+)`,
        ],
        priority: 70,
        summary: 'Broken links found',
        context: { after: 20, while: other_languages_r `^\s*(?:\d+\. \[L\d+\]|>|- )` },
    },
    {
        id: 'git-uncommitted-changes',
        category: 'lint',
        ecosystem: 'generic',
        patterns: [
            other_languages_r `(?:rebuild|regenerate|re-?run|run) .{0,80}\band commit (?:the |these |your )?(?:changes|results?|files?|output)`,
            other_languages_r `(?:generated|built) files? (?:are|is) (?:out of date|not up to date)`,
            other_languages_r `(?:uncommitted|unexpected) changes (?:detected|found|after)`,
            other_languages_r `git diff --exit-code`,
        ],
        flags: 'i',
        priority: 70,
        summary: 'Generated files are not committed',
        context: {
            before: 8,
            beforeWhile: other_languages_r `^\s*(?:M|A|D|\?\?|modified:|deleted:|new file:)\s+\S`,
            after: 3,
            while: other_languages_r `^\S`,
        },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/python.ts
const python_r = String.raw;
/** pip, poetry, conda, pytest, unittest/nose, Python tracebacks and linters. */
const PYTHON_RULES = [
    {
        id: 'python-module-not-found',
        category: 'dependency',
        ecosystem: 'python',
        patterns: [
            python_r `ModuleNotFoundError: No module named '(?<module>[\w.]+)'`,
            python_r `ImportError: No module named '?(?<module>[\w.]+)'?`,
            python_r `ImportError: cannot import name '?(?<name>\w+)'? from '?(?<module>[\w.]+)'?`,
        ],
        facts: { manager: 'pip' },
        // Below the test-failure markers: an import error inside a failing test's output is reported as that test's failure.
        priority: 76,
        summary: "Python module '{module}' is not installed",
        context: { before: 3, beforeWhile: python_r `^\s+(?:File "|\S)`, after: 1 },
    },
    {
        id: 'pip-no-matching-distribution',
        category: 'dependency',
        ecosystem: 'python',
        patterns: [
            python_r `Could not find a version that satisfies the requirement (?<module>[A-Za-z0-9][\w.\-]*)(?:\[[\w,\-]+\])?(?:\s*(?:===?|~=|>=|<=|!=|<|>)\s*(?<version>[\w.*+\-]+))?`,
            python_r `No matching distribution found for (?<module>[A-Za-z0-9][\w.\-]*)(?:\[[\w,\-]+\])?(?:\s*(?:===?|~=|>=|<=|!=|<|>)\s*(?<version>[\w.*+\-]+))?`,
        ],
        // `(from versions: none)` after the index could not be reached: the network failed, not the requirement.
        causedBy: ['network'],
        facts: { manager: 'pip' },
        priority: 86,
        summary: "pip cannot find a version of '{module}' that satisfies the requirement",
        context: { after: 2 },
    },
    {
        id: 'pip-dependency-conflict',
        category: 'dependency',
        ecosystem: 'python',
        patterns: [
            python_r `ResolutionImpossible`,
            python_r `Cannot install (?<module>[\w.\-]+)(?:==\S+)? (?:and .* )?because these package versions have conflicting dependencies`,
            python_r `^(?<module>[\w.\-]+) [\w.]+ has requirement (?<requirement>\S+), but you(?:'ll| will) have`,
            python_r `pkg_resources\.DistributionNotFound: The '(?<module>[\w.\-]+)(?<version>[^']*)' distribution was not found`,
            python_r `pkg_resources\.(?:ContextualVersionConflict|VersionConflict): \((?<module>[\w.\-]+) `,
            python_r `THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE`,
            python_r `Requirement\.parse\('(?<module>[\w.\-]+)(?<version>[^']*)'\)`,
        ],
        facts: { manager: 'pip' },
        priority: 82,
        summary: 'Python dependencies conflict',
        context: { before: 1, after: 6 },
    },
    {
        id: 'pip-build-failed',
        category: 'dependency',
        ecosystem: 'python',
        patterns: [
            python_r `ERROR: Failed building wheel for (?<module>[\w.\-]+)`,
            python_r `Failed to build (?<module>[\w.\-]+)`,
            python_r `ERROR: Could not build wheels for (?<module>[\w.\-]+)`,
            python_r `Command "python setup\.py egg_info" failed with error code`,
        ],
        facts: { manager: 'pip' },
        priority: 68,
        summary: "The Python package '{module}' failed to build",
        context: { after: 2 },
    },
    {
        id: 'poetry-dependency',
        category: 'dependency',
        ecosystem: 'python',
        patterns: [
            python_r `SolverProblemError`,
            python_r `poetry\.lock is not consistent with pyproject\.toml`,
            python_r `pyproject\.toml changed significantly since poetry\.lock was last generated`,
            python_r `The lock file is not up to date with the latest changes in pyproject\.toml`,
            python_r `Because (?:\S+ depends on )?(?<module>[\w.\-]+) \([^)]*\) (?:depends on|which) .*version solving failed`,
        ],
        facts: { manager: 'poetry' },
        priority: 84,
        summary: 'Poetry cannot resolve the dependencies or the lock file is out of date',
        context: { before: 2, after: 6, while: '.' },
    },
    {
        id: 'conda-packages-not-found',
        category: 'dependency',
        ecosystem: 'python',
        patterns: [
            python_r `PackagesNotFoundError: The following packages are (?:not available from current channels|missing from the target environment)`,
            python_r `ResolvePackageNotFound:`,
            python_r `UnsatisfiableError: The following specifications were found`,
            python_r `LibMambaUnsatisfiableError`,
            python_r `nothing provides (?:requested )?(?<module>[\w.\-]+)`,
        ],
        facts: { manager: 'conda' },
        priority: 86,
        summary: 'conda cannot find or resolve packages',
        context: {
            after: 30,
            while: python_r `^(?:\s+- |\s*$)`,
            facts: [python_r `^\s+- (?<module>[A-Za-z][\w.\-]*)(?:[=<>]+(?<version>[\w.*]+))?\s*$`],
        },
    },
    {
        id: 'pytest-failure-header',
        category: 'test-failure',
        ecosystem: 'python',
        patterns: [python_r `^_{3,} (?<test>\S(?:.*\S)?) _{3,}$`],
        exclude: [python_r `^_+ (?:ERROR collecting|Captured|Warning summary)`],
        priority: 77,
        summary: 'pytest: {tests} failed',
        context: {
            after: 120,
            while: '.',
            until: python_r `^(?:_{3,} \S.* _{3,}|={5,}|-{5,} (?:Captured|generated))`,
            facts: [python_r `^(?<file>[\w./\\-]+\.py):(?<line>\d+): (?<exception>\w+)$`],
        },
    },
    {
        id: 'pytest-summary-failed',
        category: 'test-failure',
        ecosystem: 'python',
        patterns: [python_r `^(?:FAILED|ERROR) (?<test>[\w./\\-]+\.py::\S+)(?: - (?<message>.*))?$`],
        priority: 76,
        summary: 'pytest: {tests} failed',
        context: { after: 0 },
    },
    {
        id: 'pytest-verbose-failed',
        category: 'test-failure',
        ecosystem: 'python',
        // pytest -v: `tests/test_x.py::test_y FAILED    [ 50%]`
        patterns: [python_r `^(?<test>[\w./\\-]+\.py::\S+) (?:FAILED|ERROR) +\[`],
        priority: 72,
        summary: 'pytest: {tests} failed',
        context: { after: 0 },
    },
    {
        id: 'pytest-counts',
        category: 'test-failure',
        ecosystem: 'python',
        patterns: [python_r `^=+ (?:.*, )?(?<count>\d+) (?:failed|error|errors)\b.* in [\d.]+s`],
        priority: 52,
        summary: 'pytest: {count} failed',
        context: { after: 0 },
    },
    {
        id: 'unittest-failure',
        category: 'test-failure',
        ecosystem: 'python',
        patterns: [python_r `^(?:FAIL|ERROR): (?<test>\w[\w.]*(?: \([\w.]+\))?)\s*$`],
        exclude: [python_r `^ERROR: (?:Could not|No matching|Cannot|Failed|InvocationError|Command|Invalid)`],
        priority: 77,
        summary: 'unittest: {tests} failed',
        context: { after: 80, while: '.', until: python_r `^(?:={20,}|Ran \d+ tests? in )` },
    },
    {
        id: 'unittest-counts',
        category: 'test-failure',
        ecosystem: 'python',
        patterns: [python_r `^FAILED \((?:failures|errors)=(?<count>\d+)`],
        priority: 52,
        context: { after: 0 },
    },
    {
        id: 'python-syntax-error',
        category: 'compile-error',
        ecosystem: 'python',
        patterns: [python_r `^\s*(?<exception>SyntaxError|IndentationError|TabError): (?<message>.+)`],
        exclude: [
            python_r `SyntaxError: (?:Unexpected token|Unexpected end of JSON|JSON\.parse)`,
            python_r `SyntaxError: \S+\.(?:[cm]?[jt]sx?|vue|coffee|svelte): `,
        ],
        priority: 70,
        summary: 'Python syntax error: {message}',
        context: { before: 4, beforeWhile: python_r `^\s`, after: 0, facts: [python_r `File "(?<file>[^"]+)", line (?<line>\d+)`] },
    },
    {
        id: 'python-memory-error',
        category: 'out-of-memory',
        ecosystem: 'python',
        patterns: [
            python_r `^MemoryError\b`,
            python_r `numpy\.core\._exceptions\._ArrayMemoryError`,
            python_r `Unable to allocate [\d.]+ [KMGT]iB for an array`,
        ],
        priority: 88,
        summary: 'Python ran out of memory',
        context: { before: 3, beforeWhile: python_r `^\s`, after: 0 },
    },
    {
        id: 'python-traceback',
        category: 'unknown',
        ecosystem: 'python',
        patterns: [python_r `^\s*Traceback \(most recent call last\):`],
        priority: 28,
        context: {
            after: 80,
            while: python_r `^(?:\s|During handling|The above exception|Traceback|(?:[\w.]+\.)?[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Warning)\b)`,
        },
    },
    {
        id: 'python-assertion-error',
        category: 'test-failure',
        ecosystem: 'python',
        patterns: [python_r `^\s*AssertionError(?::|$)`],
        priority: 48,
        context: { before: 3, beforeWhile: python_r `^\s`, after: 4 },
    },
    {
        id: 'python-lint',
        category: 'lint',
        ecosystem: 'python',
        patterns: [
            python_r `^(?<file>[^\s:]+\.py):(?<line>\d+):(?<column>\d+): (?<code>[A-Z]{1,3}\d{2,4}) (?<message>.+)`,
            python_r `^(?<file>[^\s:]+\.py):(?<line>\d+):(?<column>\d+): (?<code>[CRWEFI]\d{4}): (?<message>.+)`,
            python_r `^would reformat (?<file>\S+)`,
            python_r `^Oh no! .* \d+ files? would be reformatted`,
            python_r `^ERROR: (?<file>\S+) Imports are incorrectly sorted`,
            python_r `^Your code has been rated at`,
        ],
        priority: 74,
        summary: 'Python lint: {file}:{line} {message}',
        context: { after: 0 },
    },
    {
        id: 'mypy-error',
        category: 'lint',
        ecosystem: 'python',
        patterns: [
            python_r `^(?<file>[^\s:]+\.pyi?):(?<line>\d+):(?:(?<column>\d+):)? error: (?<message>.+?)(?:  \[(?<code>[\w-]+)\])?$`,
        ],
        priority: 73,
        summary: 'mypy: {file}:{line} {message}',
        context: { after: 0 },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/ruby-php.ts
const ruby_php_r = String.raw;
/** Bundler, RSpec, Minitest, RuboCop; Composer, PHPUnit, PHP, PHPStan, php run-tests. */
const RUBY_PHP_RULES = [
    {
        id: 'bundler-dependency',
        category: 'dependency',
        ecosystem: 'ruby',
        patterns: [
            ruby_php_r `Could not find gem '(?<module>[^'\s(]+)(?: \((?<version>[^)]+)\))?'`,
            ruby_php_r `Bundler could not find compatible versions for gem "(?<module>[^"]+)"`,
            ruby_php_r `Could not find (?<module>[\w\-]+)-(?<version>\d[\w.]*) in (?:any of the sources|locally installed gems)`,
            ruby_php_r `Your bundle is locked to (?<module>[\w\-]+) \((?<version>[^)]+)\)`,
            ruby_php_r `You are trying to install in deployment mode after changing\s*your Gemfile`,
            ruby_php_r `The gemspecs for path gems changed`,
            ruby_php_r `cannot load such file -- (?<module>[\w/\-]+) \(LoadError\)`,
            ruby_php_r `Gem::(?:MissingSpecError|LoadError|ConflictError|MissingSpecVersionError)`,
            ruby_php_r `(?<module>[\w\-]+) requires Ruby version (?<version>[^.]+)\.`,
        ],
        facts: { manager: 'gem' },
        priority: 82,
        summary: "Ruby gem problem: '{module}'",
        context: { after: 4 },
    },
    {
        id: 'rspec-failure',
        category: 'test-failure',
        ecosystem: 'ruby',
        patterns: [
            ruby_php_r `^rspec (?<file>\./\S+?):(?<line>\d+) # (?<test>.+)`,
            ruby_php_r `^\s*(?<count>\d+) examples?, [1-9]\d* failures?`,
            ruby_php_r `^\s*\d+ runs?, \d+ assertions?, (?:[1-9]\d* failures?, \d+ errors?|\d+ failures?, [1-9]\d* errors?)`,
            ruby_php_r `^\s+Failure/Error: (?<message>.+)`,
            ruby_php_r `^An error occurred while loading (?<file>\S+?)\.?$`,
        ],
        priority: 70,
        summary: 'Ruby tests failed: {tests}',
        context: { before: 1, beforeWhile: ruby_php_r `^\s+\d+\) `, after: 12, while: ruby_php_r `^\s{3,}\S`, until: ruby_php_r `^\s+#\s` },
    },
    {
        id: 'minitest-failure',
        category: 'test-failure',
        ecosystem: 'ruby',
        patterns: [ruby_php_r `^\s*\d+\) (?:Failure|Error):\s*$`],
        priority: 70,
        summary: 'Ruby tests failed',
        context: {
            after: 40,
            while: '.',
            until: ruby_php_r `^\s*(?:\d+\) (?:Failure|Error):|Finished in |rspec \./|Failed examples:)`,
        },
    },
    {
        id: 'rubocop-offense',
        category: 'lint',
        ecosystem: 'ruby',
        patterns: [
            ruby_php_r `^(?<file>[^\s:]+\.(?:rb|rake|gemspec|ru)):(?<line>\d+):(?<column>\d+): (?<severity>[CWEF]): (?:\[Correctable\] )?(?<ruleName>[\w/]+): (?<message>.+)`,
            ruby_php_r `^\d+ files? inspected, (?<count>[1-9]\d*) offenses? detected`,
        ],
        priority: 74,
        summary: 'RuboCop: {file}:{line} {message}',
        context: { after: 2, while: ruby_php_r `^\s|^\^` },
    },
    {
        id: 'ruby-exception',
        category: 'unknown',
        ecosystem: 'ruby',
        patterns: [
            ruby_php_r `^(?<file>[^\s:]+\.rb):(?<line>\d+):in [\x60'](?<method>[^']+)': (?<message>.+) \((?<exception>[\w:]+)\)$`,
            ruby_php_r `^rake aborted!$`,
        ],
        priority: 26,
        context: { after: 10, while: ruby_php_r `^\s*(?:from |\S+\.rb:\d+:in |/\S+:\d+:in |Tasks: |\(See full trace)` },
    },
    {
        id: 'composer-dependency',
        category: 'dependency',
        ecosystem: 'php',
        patterns: [
            ruby_php_r `Your requirements could not be resolved to an installable set of packages`,
            ruby_php_r `The requested package (?<module>[\w.\-]+/[\w.\-]+)(?:[ :](?<version>\S+))? (?:could not be found|exists as)`,
            ruby_php_r `requires (?<module>[\w.\-]+/[\w.\-]+) (?<version>\S+)(?: ->|, it) (?:could not be found|found .* but (?:it )?does not match)`,
            ruby_php_r `The lock file is not up to date with the latest changes in composer\.json`,
            ruby_php_r `Warning: The lock file is not up to date`,
            ruby_php_r `Required package "(?<module>[\w.\-]+/[\w.\-]+)" is not present in the lock file`,
        ],
        facts: { manager: 'composer' },
        priority: 84,
        summary: 'Composer cannot install {module}',
        context: { after: 12, while: ruby_php_r `^\s|^Problem \d+` },
    },
    {
        id: 'phpunit-failure',
        category: 'test-failure',
        ecosystem: 'php',
        patterns: [ruby_php_r `^\d+\) (?<test>[\w\\]+::\w+)(?: with data set .*)?$`],
        priority: 76,
        summary: 'PHPUnit: {tests} failed',
        context: { after: 60, while: '.', until: ruby_php_r `^(?:\d+\) [\w\\]+::|FAILURES!|There (?:was|were) \d+|Tests: \d+)` },
    },
    {
        id: 'phpunit-summary',
        category: 'test-failure',
        ecosystem: 'php',
        patterns: [
            ruby_php_r `^There (?:was|were) \d+ (?:failures?|errors?):$`,
            ruby_php_r `^FAILURES!$`,
            ruby_php_r `^Tests: \d+, Assertions: \d+, (?:Errors: \d+, )?(?:Failures|Errors): \d+`,
        ],
        priority: 56,
        context: { after: 0 },
    },
    {
        id: 'php-run-tests-failure',
        category: 'test-failure',
        ecosystem: 'php',
        patterns: [ruby_php_r `^FAIL (?<test>.+?) ?\[(?<file>[^\]]+\.phpt)\]`],
        priority: 76,
        summary: 'PHP test failed: {tests}',
        context: { before: 60, beforeWhile: ruby_php_r `^(?!TEST \d+/\d+|PASS |SKIP |FAIL )`, after: 0 },
    },
    {
        id: 'php-fatal-error',
        category: 'compile-error',
        ecosystem: 'php',
        patterns: [
            ruby_php_r `PHP (?:Fatal|Parse) error: +(?<message>.+?) in (?<file>\S+?)(?: on line |:)(?<line>\d+)`,
            ruby_php_r `^(?:Fatal|Parse) error: +(?<message>.+?) in (?<file>\S+?)(?: on line |:)(?<line>\d+)`,
        ],
        priority: 72,
        summary: 'PHP error: {message}',
        context: { after: 6, while: ruby_php_r `^(?:\s|#\d+ |Stack trace:|PHP\s+\d+\.)` },
    },
    {
        id: 'phpcs',
        category: 'lint',
        ecosystem: 'php',
        patterns: [ruby_php_r `^FOUND \d+ ERRORS?(?: AND \d+ WARNINGS?)? AFFECTING \d+ LINES?`, ruby_php_r `^FILE: (?<file>\S+\.php)$`],
        priority: 72,
        summary: 'PHP_CodeSniffer found errors',
        context: { after: 30, while: ruby_php_r `^\s*(?:-{5,}|\d+ \| (?:ERROR|WARNING)|\|)` },
    },
    {
        id: 'phpstan-errors',
        category: 'lint',
        ecosystem: 'php',
        patterns: [ruby_php_r `^\s*\[ERROR\] Found \d+ errors?`, ruby_php_r `Ignored error pattern .* was not matched in reported errors`],
        priority: 70,
        summary: 'PHPStan found errors',
        context: {
            before: 2,
            beforeWhile: ruby_php_r `^\s*(?:-+|Error|Line)`,
            after: 20,
            while: ruby_php_r `^\s+\S|^\s*-{3,}`,
            until: ruby_php_r `^\s*\[(?:ERROR|OK)\]`,
        },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/system.ts
const system_r = String.raw;
/** Shell, operating system and CI-service messages that do not belong to one language. */
const SYSTEM_RULES = [
    {
        id: 'disk-space',
        category: 'disk-space',
        ecosystem: 'generic',
        patterns: [
            system_r `No space left on device`,
            system_r `ENOSPC: no space left`,
            system_r `There is not enough space on the disk`,
            system_r `not enough free disk space`,
            system_r `write error: No space left`,
            system_r `Disk quota exceeded`,
        ],
        flags: 'i',
        priority: 95,
        summary: 'The machine ran out of disk space',
        context: { after: 3 },
    },
    {
        id: 'oom-killed',
        category: 'out-of-memory',
        ecosystem: 'generic',
        patterns: [
            system_r `Out of memory: Kill(?:ed)? process`,
            system_r `oom-kill(?:er)?`,
            system_r `Cannot allocate memory`,
            system_r `fatal error: runtime: out of memory`,
            system_r `memory allocation of \d+ bytes failed`,
            system_r `virtual memory exhausted`,
            system_r `c(?:c1plus|\+\+|c): fatal error: Killed signal terminated program`,
            system_r `The build container was killed.*memory`,
            system_r `exit code 137.*(?:OOM|memory)`,
            system_r `Container killed .* memory`,
            system_r `std::bad_alloc`,
        ],
        priority: 93,
        summary: 'The process ran out of memory',
        context: { after: 2 },
    },
    {
        id: 'killed-signal',
        category: 'out-of-memory',
        ecosystem: 'generic',
        patterns: [
            system_r `^(?:.*: )?Killed$`,
            system_r `^Killed\s+\S`,
            system_r `\b\d+ Killed {2,}\S`,
            system_r `signal: killed$`,
            system_r `Error 137\b`,
            system_r `(?:exit code|exit status|exited with code|exited with status) 137\b`,
        ],
        priority: 42,
        summary: 'The process was killed (SIGKILL), usually by the out-of-memory killer',
        context: { after: 0 },
    },
    {
        id: 'ci-time-limit',
        category: 'timeout',
        ecosystem: 'generic',
        patterns: [
            system_r `No output has been received in the last (?<minutes>\d+)m\d*s?, this potentially indicates a stalled build`,
            system_r `The job exceeded the maximum time limit for jobs, and has been terminated`,
            system_r `Build timed out \(after (?<minutes>\d+) minutes?\)`,
            system_r `execution took longer than (?<duration>[\w ]+) seconds`,
            system_r `Job failed: execution took longer than`,
            system_r `Timeout of (?<minutes>\d+) minutes? (?:exceeded|reached)`,
            system_r `Build exceeded maximum time`,
            system_r `Your build has exceeded the maximum`,
            system_r `exceeded the maximum execution time`,
        ],
        priority: 94,
        summary: 'The job hit the CI time limit',
        context: { after: 2 },
    },
    {
        id: 'process-timed-out',
        category: 'timeout',
        ecosystem: 'generic',
        patterns: [
            system_r `\bprocess timed out\b`,
            system_r `^timeout: (?:the monitored command dumped core|sending signal)`,
            system_r `Command timed out after`,
        ],
        flags: 'i',
        priority: 62,
        summary: 'A command timed out',
        context: { before: 1, after: 4, while: '.' },
    },
    {
        id: 'command-not-found',
        category: 'missing-command',
        ecosystem: 'shell',
        patterns: [
            system_r `^(?:.*?: )?(?:line \d+: )?(?<command>[\w.+\-/]+): (?:command )?not found$`,
            system_r `^(?:.*?: )?\d+: (?<command>[\w.+\-/]+): not found$`,
            system_r `command not found: (?<command>[\w.+\-/]+)`,
            system_r `'(?<command>[\w.+\-]+)' is not recognized as an internal or external command`,
            system_r `The term '(?<command>[\w.+\-]+)' is not recognized as (?:the )?name of a cmdlet`,
            system_r `The program '(?<command>[\w.+\-]+)' is currently not installed`,
            system_r `^(?:/usr/bin/)?env: [‘'"]?(?<command>[\w.+\-]+)[’'"]?: No such file or directory`,
            system_r `exec: "(?<command>[\w.+\-]+)": executable file not found in \$PATH`,
            system_r `Unable to locate executable file: (?<command>[\w+\-]+(?:\.[\w+\-]+)*)`,
            system_r `spawn (?<command>[\w.+\-]+) ENOENT`,
            system_r `(?<command>[\w.+\-]+): No such file or directory \(os error 2\)`,
            system_r `linker [\x60'](?<command>[\w.+\-]+)[\x60'] not found`,
        ],
        exclude: [system_r `npm ERR! 404`, system_r `\.(?:txt|json|ya?ml|js|ts|py|rb|md|h|c|cpp|java|lock)[:'"]`],
        priority: 85,
        summary: "Command '{command}' is not installed or not on PATH",
        context: { after: 1 },
    },
    {
        id: 'no-rakefile',
        category: 'file-not-found',
        ecosystem: 'ruby',
        patterns: [system_r `No Rakefile found \(looking for: `],
        priority: 88,
        facts: { path: 'Rakefile' },
        summary: 'rake found no Rakefile',
        context: { before: 1, beforeWhile: system_r `^rake aborted!`, after: 3, while: system_r `^(?:\S+:\d+:in |\(See full trace)` },
    },
    {
        id: 'make-no-rule',
        category: 'file-not-found',
        ecosystem: 'c-cpp',
        patterns: [
            system_r `make(?:\[\d+\])?: \*\*\* No rule to make target [\x60'‘](?<path>[^'’]+)['’](?:, needed by [\x60'‘](?<target>[^'’]+)['’])?`,
        ],
        priority: 80,
        summary: 'make has no rule for {path}',
        context: { after: 0 },
    },
    {
        id: 'file-not-found',
        category: 'file-not-found',
        ecosystem: 'generic',
        patterns: [
            system_r `(?:FileNotFoundError|IOError): \[Errno 2\] No such file or directory: '(?<path>[^']+)'`,
            system_r `can't open file '(?<path>[^']+)': \[Errno 2\] No such file or directory`,
            system_r `ENOENT: no such file or directory, (?:open|stat|lstat|scandir|access|chdir|copyfile|rename) '(?<path>[^']+)'`,
            system_r `java\.io\.FileNotFoundException: (?<path>\S+) \((?:No such file or directory|The system cannot find)`,
            system_r `No such file or directory @ rb_sysopen - (?<path>\S+)`,
            system_r `(?:open|stat|lstat|chdir) (?<path>\S+): no such file or directory`,
            system_r `Could not find (?:a part of the path|file) '(?<path>[^']+)'`,
            system_r `^(?:cp|mv|cat|ls|rm|cd|chmod|source|\.|bash|sh|tar|unzip|ln): (?:cannot (?:stat|access|open) )?[\x60'‘"]?(?<path>[^'’":]+)['’"]?: No such file or directory`,
            system_r `^(?:.*?: )?(?:line \d+: )?(?<path>[\w.~\-]*/[\w./~\-]+|[\w.~\-]+\.\w{1,6}): No such file or directory$`,
            system_r `error: pathspec '(?<path>[^']+)' did not match any file`,
            system_r `The system cannot find the (?:file|path) specified`,
            system_r `No such file or directory: '(?<path>[^']+)'`,
            system_r `^(?:ERROR|Error|error): (?:File|Path|Directory) (?:not found|does not exist): (?<path>\S+)`,
            system_r `^(?<path>\S+): (?:file|directory) not found$`,
            system_r `Error: ENOENT`,
            system_r `Os \{ code: 2, kind: NotFound`,
        ],
        exclude: [system_r `^\s*(?:Warning|warning|WARN)\b`, system_r `fatal error: \S+: No such file`],
        priority: 69,
        summary: 'File not found: {path}',
        context: { after: 2 },
    },
    {
        id: 'permission-denied',
        category: 'permission',
        ecosystem: 'generic',
        patterns: [
            system_r `^(?:.*?: )?(?:line \d+: )?(?<path>[\w.~\-]*/?[\w./~\-]+): Permission denied$`,
            system_r `EACCES: permission denied, (?:open|mkdir|access|scandir|unlink|rename|symlink) '(?<path>[^']+)'`,
            system_r `PermissionError: \[Errno 13\] Permission denied: '(?<path>[^']+)'`,
            system_r `java\.nio\.file\.AccessDeniedException: (?<path>\S+)`,
            system_r `Access to the path '(?<path>[^']+)' is denied`,
            system_r `fatal: (?:unsafe repository|detected dubious ownership in repository at) \(?'(?<path>[^']+)'`,
        ],
        priority: 70,
        summary: 'Permission denied: {path}',
        context: { after: 4, while: system_r `^(?:\s|To add an exception|git config|\S+: Exiting)` },
    },
    {
        id: 'git-remote-branch-missing',
        category: 'infrastructure',
        ecosystem: 'generic',
        patterns: [
            system_r `fatal: Remote branch (?<branch>\S+) not found in upstream origin`,
            system_r `fatal: couldn't find remote ref (?<branch>\S+)`,
        ],
        priority: 78,
        summary: 'The branch {branch} no longer exists on the remote',
        context: { before: 2, after: 3, while: '.' },
    },
];

;// CONCATENATED MODULE: ./packages/shared/src/log/catalog/index.ts













/** The built-in rules. Order does not matter: priority decides between matches. */
const catalog_CATALOG = Object.freeze([
    ...ACTIONS_RULES,
    ...SYSTEM_RULES,
    ...NETWORK_RULES,
    ...DOCKER_RULES,
    ...PYTHON_RULES,
    ...NODE_RULES,
    ...JVM_RULES,
    ...GO_RUST_RULES,
    ...NATIVE_RULES,
    ...RUBY_PHP_RULES,
    ...APPLE_DOTNET_RULES,
    ...OTHER_LANGUAGE_RULES,
    ...GENERIC_RULES,
    ...COMMAND_RULES,
]);

;// CONCATENATED MODULE: ./packages/shared/src/log/failure-lines.ts
/** Most lines a diagnosis shows. */
const MAX_LINES = 400;
/** Blocks this close (in lines) are one cluster; the lines between them are shown too. */
const CLUSTER_GAP = 8;
/** Stack frames of Java/JS/C#/Python/Ruby/Go/Rust, shown in full after an error (up to MAX_FRAMES). */
const STACK_FRAME = /^(?:\s+at |\s+\.\.\. \d+ (?:more|common frames omitted)|Caused by: |\s*Suppressed: |\s+File "[^"]+", line \d+|\s+from \S+:\d+:in |\s*#\d+ +0x[0-9a-f]+ |\s+\S+\.go:\d+ |\s+\d+: +(?:0x[0-9a-f]+ - )?\S|stack backtrace:)/;
const MAX_FRAMES = 150;
function isBlank(line) {
    return line === undefined || line.body.trim() === '';
}
/** The hit line and its neighbours that belong to it, by the rule's context. */
function block(hit, lines, limit) {
    const r = hit.rule;
    const lo = limit?.start ?? 1;
    const hi = limit?.end ?? Number.MAX_SAFE_INTEGER;
    const out = [];
    let taken = 0;
    for (let n = hit.n - 1; taken < r.before && n >= lo; n--) {
        const line = lines.get(n);
        if (line === undefined)
            break;
        if (isBlank(line)) {
            if (r.beforeWhile)
                continue;
            break;
        }
        if (r.beforeWhile && !r.beforeWhile.test(line.body))
            break;
        out.push(n);
        taken++;
    }
    out.reverse();
    out.push(hit.n);
    let blanks = 0;
    let frames = 0;
    taken = 0;
    for (let n = hit.n + 1; taken < r.after && n <= hi; n++) {
        const line = lines.get(n);
        if (line === undefined)
            break;
        if (isBlank(line)) {
            if (++blanks >= 2)
                break;
            continue;
        }
        if (line.level === 'group' || line.level === 'endgroup')
            break;
        if (r.until?.test(line.body))
            break;
        const frame = STACK_FRAME.test(line.body);
        if (!frame && !r.while.test(line.body))
            break;
        blanks = 0;
        out.push(n);
        // A stack trace belongs to the error above it, however deep it is.
        if (!frame || ++frames > MAX_FRAMES)
            taken++;
    }
    return out;
}
/**
 * The lines to show: each picked hit's block, blocks close together merged into clusters
 * (with the lines between), the best hit's cluster first, then the others in log order,
 * at most MAX_LINES.
 */
function selectLines(best, picked, hits, lines) {
    const blocks = picked
        .map((h) => ({ hit: h, ns: block(h, lines, h.section) }))
        .sort((a, b) => a.ns[0] - b.ns[0]);
    const clusters = [];
    for (const { hit, ns } of blocks) {
        const cur = clusters[clusters.length - 1];
        const first = ns[0];
        if (cur && first - cur.last <= CLUSTER_GAP + 1) {
            for (let n = cur.last + 1; n < first; n++)
                if (!isBlank(lines.get(n)))
                    cur.ns.push(n);
            for (const n of ns)
                if (n > cur.last)
                    cur.ns.push(n);
            cur.last = Math.max(cur.last, ns[ns.length - 1]);
            cur.score = Math.max(cur.score, hit.score);
            cur.hasBest ||= hit === best;
        }
        else {
            clusters.push({ ns: [...ns], score: hit.score, last: ns[ns.length - 1], hasBest: hit === best });
        }
    }
    // What directly follows the best cluster in its step (the tool's failure summary, the step's
    // failure marker) belongs to it, unless another category's hit says otherwise.
    const main = clusters.find((c) => c.hasBest);
    if (main) {
        const category = best.rule.rule.category;
        const trailing = hits
            .filter((h) => h.section === best.section &&
            h.n > main.last &&
            (h.rule.rule.category === 'unknown' || h.rule.rule.category === category))
            .sort((a, b) => a.n - b.n);
        for (const h of trailing) {
            if (h.n <= main.last)
                continue;
            if (h.n - main.last > CLUSTER_GAP + 1)
                break;
            for (let n = main.last + 1; n < h.n; n++)
                if (!isBlank(lines.get(n)))
                    main.ns.push(n);
            for (const n of block(h, lines, h.section))
                if (n > main.last)
                    main.ns.push(n);
            main.last = Math.max(main.last, main.ns[main.ns.length - 1]);
        }
    }
    // The best hit's cluster first, then the others in log order (the first failure is often the cause).
    const ordered = [...clusters].sort((a, b) => Number(b === main) - Number(a === main) || a.ns[0] - b.ns[0]);
    const out = new Set();
    for (const c of ordered) {
        let ns = c.ns;
        const room = MAX_LINES - out.size;
        if (ns.length > room && c === main) {
            // Too long: show the part around the best hit, mostly what follows it.
            const at = Math.max(0, ns.indexOf(best.n));
            const from = Math.max(0, Math.min(at - Math.floor(room / 5), ns.length - room));
            ns = ns.slice(from, from + room);
        }
        for (const n of ns) {
            if (out.size >= MAX_LINES)
                break;
            out.add(n);
        }
        if (out.size >= MAX_LINES)
            break;
    }
    return [...out].sort((a, b) => a - b);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/shared/src/log/fingerprint.ts

/**
 * Same failure → same fingerprint, across runs, commits and days: what varies between
 * runs (timestamps, durations, ids, hashes, temporary paths, workspace roots, ports,
 * addresses, line numbers, counts) is normalised away before hashing.
 */
const REPLACEMENTS = [
    // ISO and common log timestamps, clock times.
    [/\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>'],
    [/\b\d{1,2}:\d\d:\d\d(?:[.,]\d+)?\b/g, '<time>'],
    // UUIDs, long hex (commit SHAs, digests, object ids), memory addresses.
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>'],
    [/\b0x[0-9a-f]+\b/gi, '<addr>'],
    [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b/gi, '<hash>'],
    [/sha\d+:[0-9a-f]+/gi, '<hash>'],
    // Temporary directories and per-run workspace roots.
    [/(?:\/private)?\/var\/folders\/[^\s'"`:)]+/g, '<tmp>'],
    [/\/tmp\/[^\s'"`:)]+/g, '<tmp>'],
    [/[A-Za-z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp\\[^\s'"`:)]+/g, '<tmp>'],
    [/\/home\/runner\/work\/_temp\/[^\s'"`:)]+/g, '<tmp>'],
    [/\/home\/runner\/work\/[^/\s]+\/[^/\s]+/g, '<ws>'],
    [/[A-Za-z]:\\a\\[^\\\s]+\\[^\\\s]+/g, '<ws>'],
    [/\/Users\/runner\/work\/[^/\s]+\/[^/\s]+/g, '<ws>'],
    [/\/home\/travis\/build\/[^/\s]+\/[^/\s]+/g, '<ws>'],
    [/\/Users\/travis\/build\/[^/\s]+\/[^/\s]+/g, '<ws>'],
    [/\/builds\/[^/\s]+\/[^/\s]+/g, '<ws>'],
    [/\/github\/workspace/g, '<ws>'],
    // Durations such as 12ms, 3.4 s, (0.02s), 1m30s.
    [/\b\d+(?:\.\d+)?\s?(?:ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)\b/gi, '<dur>'],
    // Everything else numeric: run ids, ports, pids, line/column numbers, counts.
    [/\d+(?:\.\d+)*/g, '<n>'],
];
/** Normalises one line of text for fingerprinting. */
function normalizeForFingerprint(text) {
    let s = text;
    for (const [re, by] of REPLACEMENTS)
        s = s.replace(re, by);
    return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
/** Facts that identify a failure; line and column numbers move with unrelated edits. */
const VOLATILE_FACTS = new Set(['line', 'column', 'minutes', 'exitCode', 'count']);
/**
 * Hex sha256 (first 24 chars) of the rule id, the identifying facts and the first failure lines, all normalised.
 */
function fingerprint(ruleId, facts, lines) {
    const keyFacts = Object.keys(facts)
        .filter((k) => !VOLATILE_FACTS.has(k))
        .sort()
        .map((k) => {
        const v = facts[k];
        const value = Array.isArray(v) ? [...v].map(normalizeForFingerprint).sort().join(',') : String(v);
        return `${k}=${normalizeForFingerprint(value)}`;
    });
    const firstLines = lines
        .map(normalizeForFingerprint)
        .filter((l) => l.length > 0)
        .slice(0, 3);
    const material = [ruleId, ...keyFacts, '--', ...firstLines].join('\n');
    return (0,external_node_crypto_.createHash)('sha256').update(material).digest('hex').slice(0, 24);
}

;// CONCATENATED MODULE: ./packages/shared/src/types.ts
/**
 * The core data types. Plain, serialisable data: the same in the actions, the CLI and the tests.
 */
const CATEGORIES = [
    'dependency',
    'missing-command',
    'file-not-found',
    'timeout',
    'workflow-config',
    'test-failure',
    'compile-error',
    'lint',
    'out-of-memory',
    'disk-space',
    'network',
    'rate-limit',
    'permission',
    'infrastructure',
    'unknown',
];

;// CONCATENATED MODULE: ./packages/shared/src/log/regex-anchors.ts

/**
 * Required literals of a regular expression: a set of strings such that every match
 * contains at least one of them (compared case-insensitively). The streaming scanner
 * looks for the union over all rules in one pass, so a line no rule can match is
 * counted and skipped without running the rules; deriving the set from the patterns
 * keeps the prefilter sound when rules are added.
 */
/** Shorter literals (in UTF-8 bytes) would let most lines through the prefilter. */
const MIN_ANCHOR_LENGTH = 3;
class Parser {
    src;
    i = 0;
    constructor(src) {
        this.src = src;
    }
    parse() {
        const alt = this.alternation();
        return alt;
    }
    alternation() {
        const branches = [this.sequence()];
        while (this.src[this.i] === '|') {
            this.i++;
            branches.push(this.sequence());
        }
        return branches;
    }
    sequence() {
        const seq = [];
        while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
            const atom = this.atom();
            seq.push(this.quantified(atom));
        }
        return seq;
    }
    quantified(atom) {
        const s = this.src;
        const c = s[this.i];
        let min;
        if (c === '*' || c === '?')
            min = 0;
        else if (c === '+')
            min = 1;
        else if (c === '{') {
            const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.i));
            if (m) {
                min = Number(m[1]);
                this.i += m[0].length - 1;
            }
        }
        if (min === undefined)
            return atom;
        this.i++;
        if (s[this.i] === '?')
            this.i++;
        return { kind: 'repeat', node: atom, min };
    }
    atom() {
        const s = this.src;
        const c = s[this.i++];
        if (c === '(') {
            let look = false;
            if (s[this.i] === '?') {
                const rest = s.slice(this.i, this.i + 3);
                if (rest.startsWith('?:'))
                    this.i += 2;
                else if (rest.startsWith('?=') || rest.startsWith('?!')) {
                    this.i += 2;
                    look = true;
                }
                else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
                    this.i += 3;
                    look = true;
                }
                else if (rest.startsWith('?<')) {
                    const close = s.indexOf('>', this.i);
                    this.i = close < 0 ? s.length : close + 1;
                }
            }
            const alt = this.alternation();
            if (s[this.i] === ')')
                this.i++;
            return { kind: 'group', alt, look };
        }
        if (c === '[') {
            // Skip the class; `]` right after `[` or `[^` is a literal in JS only with `\`, so a plain scan works.
            while (this.i < s.length && s[this.i] !== ']') {
                if (s[this.i] === '\\')
                    this.i++;
                this.i++;
            }
            this.i++;
            return { kind: 'other' };
        }
        if (c === '\\') {
            const e = s[this.i++] ?? '';
            const control = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
            if (control[e])
                return { kind: 'char', ch: control[e] };
            if (/[dDwWsSbB0-9]/.test(e))
                return { kind: 'other' };
            if (e === 'x') {
                this.i += 2;
                return { kind: 'other' };
            }
            if (e === 'u') {
                if (s[this.i] === '{')
                    this.i = s.indexOf('}', this.i) + 1 || s.length;
                else
                    this.i += 4;
                return { kind: 'other' };
            }
            if (e === 'k' || e === 'p' || e === 'P') {
                const close = s.indexOf(e === 'k' ? '>' : '}', this.i);
                this.i = close < 0 ? s.length : close + 1;
                return { kind: 'other' };
            }
            if (e === 'c') {
                this.i++;
                return { kind: 'other' };
            }
            return { kind: 'char', ch: e };
        }
        if (c === '.' || c === '^' || c === '$')
            return { kind: 'other' };
        return { kind: 'char', ch: c };
    }
}
/** Candidate sets for a sequence: each set alone is valid (every match contains one of its literals). */
/** Inlines unquantified single-branch groups, so literal runs continue across `(?:x)` and `(?<name>x)`. */
function flatten(seq) {
    const out = [];
    for (const node of seq) {
        if (node.kind === 'group' && !node.look && node.alt.length === 1)
            out.push(...flatten(node.alt[0]));
        else
            out.push(node);
    }
    return out;
}
/** The strings a group can match when every branch is plain text, else null. */
function literalBranches(node) {
    if (node.kind !== 'group' || node.look)
        return null;
    const out = [];
    for (const branch of node.alt) {
        let text = '';
        for (const n of flatten(branch)) {
            if (n.kind !== 'char')
                return null;
            text += n.ch;
        }
        out.push(text);
    }
    return out;
}
/** Most strings a run may stand for: `(?:a|b)(?:c|d)` is {ac, ad, bc, bd}. */
const MAX_RUN_VARIANTS = 16;
/**
 * Candidate sets for a sequence: each set alone is valid (every match contains one of its
 * literals). A literal run continues through groups of plain-text branches, so
 * `npm (?:ERR!|error) code` gives {"npm err! code", "npm error code"}.
 */
function sequenceOptions(sequence) {
    const seq = flatten(sequence);
    const options = [];
    let run = [''];
    const flush = () => {
        const set = run.filter((r) => r.length > 0);
        if (set.length === run.length && set.length)
            options.push([...new Set(set.map((r) => r.toLowerCase()))]);
        run = [''];
    };
    for (const node of seq) {
        if (node.kind === 'char') {
            run = run.map((r) => r + node.ch);
            continue;
        }
        if (node.kind === 'repeat' && node.node.kind === 'char' && node.min >= 1) {
            // x{3,} contributes "xxx"; what follows is preceded by at least one x.
            const ch = node.node.ch;
            run = run.map((r) => r + ch.repeat(Math.min(node.min, 8)));
            flush();
            run = [ch];
            continue;
        }
        const branches = literalBranches(node);
        if (branches && run.length * branches.length <= MAX_RUN_VARIANTS && !branches.includes('')) {
            run = run.flatMap((r) => branches.map((b) => r + b));
            continue;
        }
        flush();
        const inner = node.kind === 'repeat' ? (node.min >= 1 ? node.node : undefined) : node;
        if (inner?.kind === 'group' && !inner.look) {
            const set = alternationSet(inner.alt);
            if (set)
                options.push(set);
        }
    }
    flush();
    return options;
}
/** UTF-8 length: the scanner matches literals against raw bytes. */
function byteLength(s) {
    return external_node_buffer_.Buffer.byteLength(s, 'utf8');
}
/**
 * Lines of passing CI output (installs, builds, test runs). A literal found in them would
 * make the scanner stop on ordinary lines, so literals that are not are preferred.
 */
const ORDINARY_OUTPUT = [
    '[INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.532 s - in com.example.FooTest',
    '[INFO] --- maven-surefire-plugin:3.0.0:test (default-test) @ app ---',
    '[INFO] BUILD SUCCESS',
    'Downloaded from central: https://repo.maven.apache.org/maven2/org/foo/bar/1.0/bar-1.0.pom (2.1 kB at 45 kB/s)',
    '> Task :app:compileJava',
    'BUILD SUCCESSFUL in 12s',
    'added 123 packages, and audited 456 packages in 5s',
    'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
    ' PASS  src/foo.test.ts (5.2 s)',
    '  ✓ renders the page without crashing (23 ms)',
    'webpack 5.88.0 compiled successfully in 1234 ms',
    'Collecting requests==2.31.0',
    '  Downloading requests-2.31.0-py3-none-any.whl (62 kB)',
    'Requirement already satisfied: six in /usr/lib/python3/dist-packages (1.16.0)',
    'Successfully installed requests-2.31.0',
    'tests/test_api.py::test_get_user PASSED                                  [ 12%]',
    'tests/unit/test_models.py::TestUser::test_save_user PASSED               [ 40%]',
    '==== 12 passed, 1 skipped in 1.23s ====',
    'Ran 12 tests in 0.532s',
    '=== RUN   TestParse/case_1',
    '--- PASS: TestParse (0.00s)',
    'ok  \tgithub.com/example/project/pkg\t0.012s',
    'go: downloading github.com/foo/bar v1.2.3',
    '   Compiling serde v1.0.190',
    '    Finished dev [unoptimized + debuginfo] target(s) in 12.34s',
    '     Running unittests src/lib.rs (target/debug/deps/foo-0123abcd)',
    'test tests::parses_input ... ok',
    'test result: ok. 5 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
    'Fetching gem metadata from https://rubygems.org/.........',
    'Bundle complete! 12 Gemfile dependencies, 80 gems now installed.',
    'Finished in 1.23 seconds (files took 0.5 seconds to load)',
    '12 examples, 0 failures',
    'PHPUnit 9.5.0 by Sebastian Bergmann and contributors.',
    'OK (12 tests, 34 assertions)',
    'Time: 00:01.234, Memory: 10.00 MB',
    'Reading package lists... Done',
    'Get:1 http://archive.ubuntu.com/ubuntu jammy InRelease [270 kB]',
    'Setting up libfoo1:amd64 (1.2.3-1) ...',
    'Processing triggers for man-db (2.10.2-1) ...',
    'gcc -O2 -Wall -c src/main.c -o build/main.o',
    "make[1]: Entering directory '/home/runner/work/project/project/src'",
    '[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune origin +refs/heads/*:refs/remotes/origin/*',
    'Receiving objects: 100% (123/123), 45.67 KiB | 1.23 MiB/s, done.',
    'Cache restored from key: Linux-node-0123456789abcdef',
    'shell: /usr/bin/bash -e {0}',
    '  JAVA_HOME: /opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/17.0.9-9/x64',
    "info: syncing channel updates for 'stable-x86_64-unknown-linux-gnu'",
    'src/app/main.ts: 0 errors, 0 warnings',
    '  12 passing (2s)',
    '[info] Compiling 12 Scala sources to /home/runner/work/project/project/target/scala-2.13/classes ...',
    '[info] - parses the input in the expected format',
].map((l) => l.toLowerCase());
/**
 * How many unrelated lines a set would let through: much more for each line of ordinary
 * output a literal occurs in, and more the shorter it is. Infinity when a literal is too short.
 */
function cost(set) {
    if (set.length === 0)
        return Number.POSITIVE_INFINITY;
    let total = 0;
    for (const lit of set) {
        const len = byteLength(lit);
        if (len < MIN_ANCHOR_LENGTH)
            return Number.POSITIVE_INFINITY;
        total += 1000 / (len * len);
        for (const line of ORDINARY_OUTPUT)
            if (line.includes(lit))
                total += 1000;
    }
    return total;
}
function best(options) {
    let top = null;
    let topCost = Number.POSITIVE_INFINITY;
    for (const o of options) {
        const c = cost(o);
        if (c < topCost) {
            top = o;
            topCost = c;
        }
    }
    return top;
}
function alternationSet(alt) {
    const union = [];
    for (const branch of alt) {
        const b = best(sequenceOptions(branch));
        if (!b)
            return null;
        union.push(...b);
    }
    return union;
}
/** The literals (lower case, in full) one of which every match of `source` contains, or null when none is long enough. */
function patternLiterals(source) {
    let alt;
    try {
        alt = new Parser(source).parse();
    }
    catch {
        return null;
    }
    const set = alternationSet(alt);
    return set ? [...new Set(set)] : null;
}
/** Whether one of the literals is common in ordinary passing output (in two or more sample lines), so it cannot single out failures. */
function isOrdinary(literals) {
    return literals.some((lit) => ORDINARY_OUTPUT.filter((line) => line.includes(lit)).length >= 2);
}

;// CONCATENATED MODULE: ./packages/shared/src/log/rule.ts


class RuleError extends Error {
    name = 'RuleError';
}
const TRANSIENT_CATEGORIES = new Set(['network', 'rate-limit', 'infrastructure']);
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_KEYS = new Set([
    'id',
    'category',
    'ecosystem',
    'patterns',
    'flags',
    'exclude',
    'facts',
    'priority',
    'transient',
    'summary',
    'context',
    'target',
    'causedBy',
]);
const CONTEXT_KEYS = new Set(['before', 'beforeWhile', 'after', 'while', 'until', 'facts']);
/** Indented continuation or a stack frame: what usually follows an error line. */
const DEFAULT_CONTINUATION = '^(?:\\s+\\S|at |Caused by:|\\.\\.\\. \\d+ more)';
const DEFAULT_PRIORITY = 50;
function where(index, id) {
    return typeof id === 'string' && id ? `rule ${index + 1} (${id})` : `rule ${index + 1}`;
}
function compileRegex(source, flags, what) {
    try {
        return new RegExp(source, flags);
    }
    catch (error) {
        throw new RuleError(`${what}: invalid regular expression /${source}/: ${error.message}`);
    }
}
function stringList(value, what, required) {
    if (value === undefined && !required)
        return [];
    if (!Array.isArray(value) || (required && value.length === 0)) {
        throw new RuleError(`${what} must be a${required ? ' non-empty' : 'n'} list of regular expressions`);
    }
    return value.map((v, i) => {
        if (typeof v !== 'string' || v === '')
            throw new RuleError(`${what}[${i}] must be a non-empty string`);
        return v;
    });
}
function nonNegativeInt(value, what) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 500) {
        throw new RuleError(`${what} must be an integer from 0 to 500`);
    }
    return value;
}
/**
 * Checks untrusted rule data (e.g. parsed from YAML) and returns typed rules.
 * Throws a RuleError naming the rule and the field that is wrong.
 */
function loadRules(data) {
    if (!Array.isArray(data))
        throw new RuleError('rules must be a list');
    const seen = new Set();
    const rules = data.map((raw, index) => {
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            throw new RuleError(`${where(index, undefined)} must be a mapping`);
        }
        const r = raw;
        const at = where(index, r.id);
        for (const key of Object.keys(r)) {
            if (!KNOWN_KEYS.has(key))
                throw new RuleError(`${at}: unknown field '${key}'`);
        }
        if (typeof r.id !== 'string' || !ID_PATTERN.test(r.id)) {
            throw new RuleError(`${at}: id must be kebab-case (letters, digits, '-'), got ${JSON.stringify(r.id)}`);
        }
        if (seen.has(r.id))
            throw new RuleError(`${at}: duplicate id '${r.id}'`);
        seen.add(r.id);
        if (typeof r.category !== 'string' || !CATEGORIES.includes(r.category)) {
            throw new RuleError(`${at}: unknown category ${JSON.stringify(r.category)}; expected one of ${CATEGORIES.join(', ')}`);
        }
        const ecosystem = r.ecosystem ?? 'generic';
        if (typeof ecosystem !== 'string' || !ecosystem)
            throw new RuleError(`${at}: ecosystem must be a string`);
        const flags = r.flags ?? '';
        if (typeof flags !== 'string' || !/^i?$/.test(flags))
            throw new RuleError(`${at}: flags may only be '' or 'i'`);
        const patterns = stringList(r.patterns, `${at}: patterns`, true);
        const exclude = stringList(r.exclude, `${at}: exclude`, false);
        for (const [i, p] of patterns.entries())
            compileRegex(p, flags, `${at}: patterns[${i}]`);
        for (const [i, p] of exclude.entries())
            compileRegex(p, flags, `${at}: exclude[${i}]`);
        if (r.priority !== undefined && (typeof r.priority !== 'number' || !Number.isFinite(r.priority))) {
            throw new RuleError(`${at}: priority must be a number`);
        }
        if (r.transient !== undefined && typeof r.transient !== 'boolean') {
            throw new RuleError(`${at}: transient must be true or false`);
        }
        if (r.summary !== undefined && typeof r.summary !== 'string')
            throw new RuleError(`${at}: summary must be a string`);
        if (r.target !== undefined && r.target !== 'line' && r.target !== 'command') {
            throw new RuleError(`${at}: target must be 'line' or 'command'`);
        }
        if (r.causedBy !== undefined &&
            (!Array.isArray(r.causedBy) || r.causedBy.some((c) => !CATEGORIES.includes(c)))) {
            throw new RuleError(`${at}: causedBy must be a list of categories (${CATEGORIES.join(', ')})`);
        }
        let facts;
        if (r.facts !== undefined) {
            if (r.facts === null || typeof r.facts !== 'object' || Array.isArray(r.facts)) {
                throw new RuleError(`${at}: facts must be a mapping of names to values`);
            }
            facts = {};
            for (const [k, v] of Object.entries(r.facts)) {
                const ok = typeof v === 'string' ||
                    typeof v === 'number' ||
                    typeof v === 'boolean' ||
                    (Array.isArray(v) && v.every((x) => typeof x === 'string'));
                if (!ok)
                    throw new RuleError(`${at}: facts.${k} must be a string, number, boolean or list of strings`);
                facts[k] = v;
            }
        }
        let context;
        if (r.context !== undefined) {
            if (r.context === null || typeof r.context !== 'object' || Array.isArray(r.context)) {
                throw new RuleError(`${at}: context must be a mapping`);
            }
            const c = r.context;
            for (const key of Object.keys(c)) {
                if (!CONTEXT_KEYS.has(key))
                    throw new RuleError(`${at}: unknown field 'context.${key}'`);
            }
            context = {};
            const before = nonNegativeInt(c.before, `${at}: context.before`);
            const after = nonNegativeInt(c.after, `${at}: context.after`);
            if (before !== undefined)
                context.before = before;
            if (after !== undefined)
                context.after = after;
            for (const key of ['beforeWhile', 'while', 'until']) {
                const v = c[key];
                if (v === undefined)
                    continue;
                if (typeof v !== 'string' || !v)
                    throw new RuleError(`${at}: context.${key} must be a regular expression`);
                compileRegex(v, flags, `${at}: context.${key}`);
                context[key] = v;
            }
            const cf = stringList(c.facts, `${at}: context.facts`, false);
            for (const [i, p] of cf.entries())
                compileRegex(p, flags, `${at}: context.facts[${i}]`);
            if (cf.length)
                context.facts = cf;
        }
        const rule = { id: r.id, category: r.category, ecosystem, patterns };
        if (flags)
            rule.flags = flags;
        if (exclude.length)
            rule.exclude = exclude;
        if (facts)
            rule.facts = facts;
        if (r.priority !== undefined)
            rule.priority = r.priority;
        if (r.transient !== undefined)
            rule.transient = r.transient;
        if (r.summary !== undefined)
            rule.summary = r.summary;
        if (context)
            rule.context = context;
        if (r.target !== undefined)
            rule.target = r.target;
        if (r.causedBy !== undefined)
            rule.causedBy = r.causedBy;
        return rule;
    });
    return rules;
}
/** Compiles validated rules. Throws RuleError for a bad regular expression. */
function compileRules(rules) {
    return rules.map((rule, index) => {
        const at = where(index, rule.id);
        const flags = rule.flags ?? '';
        const ctx = rule.context ?? {};
        const compiled = {
            rule,
            index,
            priority: rule.priority ?? DEFAULT_PRIORITY,
            transient: rule.transient ?? TRANSIENT_CATEGORIES.has(rule.category),
            patterns: rule.patterns.map((p, i) => compileRegex(p, flags, `${at}: patterns[${i}]`)),
            exclude: (rule.exclude ?? []).map((p, i) => compileRegex(p, flags, `${at}: exclude[${i}]`)),
            before: ctx.before ?? 0,
            after: ctx.after ?? 6,
            while: compileRegex(ctx.while ?? DEFAULT_CONTINUATION, flags, `${at}: context.while`),
            contextFacts: (ctx.facts ?? []).map((p, i) => compileRegex(p, flags, `${at}: context.facts[${i}]`)),
            literals: rule.patterns.map((p) => (rule.target === 'command' ? null : patternLiterals(p))),
        };
        if (ctx.beforeWhile)
            compiled.beforeWhile = compileRegex(ctx.beforeWhile, flags, `${at}: context.beforeWhile`);
        if (ctx.until)
            compiled.until = compileRegex(ctx.until, flags, `${at}: context.until`);
        return compiled;
    });
}

;// CONCATENATED MODULE: ./packages/shared/src/log/literal-automaton.ts

/** Flags in the low bits of a table entry: a triggering literal ended, a newline, any literal ended. */
const ACCEPT = 1;
const NEWLINE = 2;
const ANY = 4;
const FLAGS = ACCEPT | NEWLINE;
const ALL_FLAGS = ACCEPT | NEWLINE | ANY;
/**
 * An Aho–Corasick automaton over bytes that finds, in one pass, the lines containing any of
 * a set of literals (ASCII case-insensitive). It is the scanner's prefilter: one table lookup
 * per byte, whatever the number of literals, where a regular-expression alternation of a
 * few hundred literals cannot skip ahead and slows down with every literal added.
 */
class LiteralAutomaton {
    /** next[state * 256 + byte] = following state * 256, plus the ACCEPT / NEWLINE flags. */
    next;
    /** Literal ids ending at each state (its own and those reached by failure links), as CSR arrays. */
    outputStart;
    outputIds;
    states;
    /** [start, end, line index] of each line holding a triggering literal, from the last findTriggerLines. */
    found = [];
    foundSecond = [];
    /** `triggers[i]` false: literal i is reported by literalsIn but does not make scanLines stop. */
    constructor(literals, triggers) {
        const gotos = [new Map()];
        const out = [false];
        const trigger = [false];
        const ends = [[]];
        for (const [id, literal] of literals.entries()) {
            const bytes = external_node_buffer_.Buffer.from(literal.toLowerCase(), 'utf8');
            if (bytes.length === 0)
                continue;
            let s = 0;
            for (const b of bytes) {
                const map = gotos[s];
                let n = map.get(b);
                if (n === undefined) {
                    n = gotos.length;
                    gotos.push(new Map());
                    out.push(false);
                    trigger.push(false);
                    ends.push([]);
                    map.set(b, n);
                }
                s = n;
            }
            out[s] = true;
            if (triggers?.[id] ?? true)
                trigger[s] = true;
            ends[s].push(id);
        }
        const states = gotos.length;
        const delta = new Uint32Array(states * 256);
        const fail = new Int32Array(states);
        const queue = [];
        for (let b = 0; b < 256; b++) {
            const n = gotos[0].get(b);
            delta[b] = n ?? 0;
            if (n !== undefined)
                queue.push(n);
        }
        for (let head = 0; head < queue.length; head++) {
            const s = queue[head];
            const f = fail[s];
            if (out[f])
                out[s] = true;
            if (trigger[f])
                trigger[s] = true;
            // BFS order: the failure state's outputs and row are complete before this state's.
            for (const id of ends[f])
                ends[s].push(id);
            delta.copyWithin(s * 256, f * 256, f * 256 + 256);
            for (const [b, n] of gotos[s]) {
                fail[n] = delta[f * 256 + b];
                delta[s * 256 + b] = n;
                queue.push(n);
            }
        }
        // Fold ASCII case into the table and pre-multiply the targets by 256; the low bits of an
        // entry say what happened, so the hot loop tests one value per byte: ACCEPT when a literal
        // ends there, NEWLINE on '\n' (which also returns to the start: no match spans lines).
        const next = new Uint32Array(states * 256);
        for (let s = 0; s < states; s++) {
            for (let b = 0; b < 256; b++) {
                const folded = b >= 65 && b <= 90 ? b + 32 : b;
                const target = delta[s * 256 + folded];
                next[s * 256 + b] = target * 256 + (trigger[target] ? ACCEPT : 0) + (out[target] ? ANY : 0);
            }
            next[s * 256 + 10] = NEWLINE;
        }
        this.next = next;
        this.outputStart = new Int32Array(states + 1);
        let total = 0;
        for (let s = 0; s < states; s++) {
            this.outputStart[s] = total;
            total += ends[s].length;
        }
        this.outputStart[states] = total;
        this.outputIds = new Int32Array(total);
        for (let s = 0, k = 0; s < states; s++)
            for (const id of ends[s])
                this.outputIds[k++] = id;
        this.states = states;
    }
    /**
     * Scans `buf[from..to)` (whole lines) and calls `onHit(lineStart, lineEnd, lineIndex)` for
     * each line holding a triggering literal, where lineIndex counts newlines from `from`.
     * When onHit returns k > 0, lines holding any literal are reported for the next k lines
     * (and `widen` lines at the start of the range). Returns the number of newlines seen.
     */
    scanLines(buf, from, to, onHit, widen = 0) {
        const newlines = this.findTriggerLines(buf, from, to);
        const found = this.found;
        let k = 0;
        let pos = from;
        let line = 0;
        let widenUntil = widen;
        while (pos < to) {
            let start;
            let end;
            if (line < widenUntil) {
                // Watching: every line holding any literal counts; walk line by line.
                start = pos;
                end = buf.indexOf(10, pos);
                if (end < 0 || end > to)
                    end = to;
                while (k < found.length && found[k] < end)
                    k += 3;
                if (!this.holdsLiteral(buf, start, end)) {
                    if (end >= to)
                        break;
                    pos = end + 1;
                    line++;
                    continue;
                }
            }
            else {
                if (k >= found.length)
                    break;
                start = found[k];
                end = found[k + 1];
                line = found[k + 2];
                k += 3;
            }
            const more = onHit(start, end, line);
            if (more > 0 && line + 1 + more > widenUntil)
                widenUntil = line + 1 + more;
            if (end >= to)
                break;
            pos = end + 1;
            line++;
        }
        return newlines;
    }
    /**
     * Fills `found` with the lines of `buf[from..to)` holding a triggering literal; returns the
     * number of newlines. The range is cut in two at a line start (no literal spans lines) and
     * both halves are scanned in one loop: each byte's table lookup depends on the previous one,
     * and two independent chains of lookups let the CPU overlap them (about 1.5× the speed of one).
     */
    findTriggerLines(buf, from, to) {
        const next = this.next;
        const first = this.found;
        const second = this.foundSecond;
        first.length = 0;
        second.length = 0;
        let mid = to - from >= 4096 ? buf.indexOf(10, from + ((to - from) >> 1)) + 1 : to;
        if (mid <= from || mid > to)
            mid = to;
        let i = from;
        let j = mid;
        let si = 0;
        let sj = 0;
        let lineI = 0;
        let lineJ = 0;
        let startI = from;
        let startJ = mid;
        while (i < mid && j < to) {
            si = next[(si & ~ALL_FLAGS) + buf[i]];
            sj = next[(sj & ~ALL_FLAGS) + buf[j]];
            if (((si | sj) & FLAGS) !== 0) {
                if ((si & NEWLINE) !== 0) {
                    lineI++;
                    startI = i + 1;
                }
                else if ((si & ACCEPT) !== 0) {
                    // The first half ends after a newline, so its lines end before `mid`.
                    const end = buf.indexOf(10, i);
                    first.push(startI, end, lineI);
                    lineI++;
                    i = end;
                    startI = end + 1;
                    si = 0;
                }
                if ((sj & NEWLINE) !== 0) {
                    lineJ++;
                    startJ = j + 1;
                }
                else if ((sj & ACCEPT) !== 0) {
                    let end = buf.indexOf(10, j);
                    if (end < 0 || end > to)
                        end = to;
                    second.push(startJ, end, lineJ);
                    if (end >= to) {
                        // An unterminated last line: the second half is done (j reaches `to` below).
                        j = to - 1;
                        sj = 0;
                    }
                    else {
                        lineJ++;
                        startJ = end + 1;
                        j = end;
                        sj = 0;
                    }
                }
            }
            i++;
            j++;
        }
        lineI = this.scanRest(buf, i, mid, si, startI, lineI, first);
        lineJ = this.scanRest(buf, j, to, sj, startJ, lineJ, second);
        for (let k = 0; k < second.length; k += 3) {
            first.push(second[k], second[k + 1], second[k + 2] + lineI);
        }
        return lineI + lineJ;
    }
    /** One chain of findTriggerLines to the end of its half; returns its newline count. */
    scanRest(buf, from, to, state, lineStart, lines, out) {
        const next = this.next;
        let s = state;
        let start = lineStart;
        let n = lines;
        for (let i = from; i < to; i++) {
            s = next[(s & ~ALL_FLAGS) + buf[i]];
            if ((s & FLAGS) === 0)
                continue;
            if ((s & NEWLINE) !== 0) {
                n++;
                start = i + 1;
                continue;
            }
            let end = buf.indexOf(10, i);
            if (end < 0 || end > to)
                end = to;
            out.push(start, end, n);
            if (end >= to)
                return n;
            n++;
            i = end;
            start = end + 1;
            s = 0;
        }
        return n;
    }
    /** Whether `buf[start..end)` (one line) holds any literal, triggering or not. */
    holdsLiteral(buf, start, end) {
        const next = this.next;
        let s = 0;
        for (let i = start; i < end; i++) {
            s = next[(s & ~ALL_FLAGS) + buf[i]];
            if ((s & ANY) !== 0)
                return true;
        }
        return false;
    }
    /** Ids (indexes into the constructor's list) of the literals `text` contains, each once. */
    literalsIn(text) {
        const found = [];
        const next = this.next;
        let ascii = true;
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        const bytes = ascii ? undefined : external_node_buffer_.Buffer.from(text, 'utf8');
        const length = bytes ? bytes.length : text.length;
        let state = 0;
        for (let i = 0; i < length; i++) {
            state = next[(state & ~ALL_FLAGS) + (bytes ? bytes[i] : text.charCodeAt(i))];
            if ((state & ANY) === 0)
                continue;
            const s = state >>> 8;
            const end = this.outputStart[s + 1];
            for (let k = this.outputStart[s]; k < end; k++) {
                const id = this.outputIds[k];
                if (!found.includes(id))
                    found.push(id);
            }
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./packages/shared/src/log/steps.ts
/** Literals every marker line contains; the scanner's prefilter must let these lines through. */
const MARKER_LITERALS = [
    '##[',
    'travis_time:start',
    'exited with',
    'post job cleanup',
    'cleaning up orphan processes',
    'marked build as failure',
    'job failed',
];
const ACTIONS_EXIT = /^Process completed with exit code (\d+)/;
const TRAVIS_EXIT = /^The command "([\s\S]*)" exited with (\d+)\.\s*$/;
const TRAVIS_FAILED = /^The command "([\s\S]*)" failed(?: and exited with (\d+))?/;
// The last line of a multi-line Travis command: `fi" exited with 1.`
const TRAVIS_EXIT_TAIL = /" exited with (\d+)\.\s*$/;
const JENKINS_FAILED = /^Build step '(.+)' marked build as failure/;
const GITLAB_FAILED = /^ERROR: Job failed: (.*)/;
function stepMarker(line) {
    const { body, level } = line;
    if (level === 'group')
        return body.startsWith('Run ') ? { kind: 'start', title: body } : undefined;
    if (level === 'error') {
        const m = ACTIONS_EXIT.exec(body);
        if (m) {
            const exitCode = Number(m[1]);
            return { kind: 'end', failed: exitCode !== 0, exitCode };
        }
        return { kind: 'error' };
    }
    if (level)
        return undefined;
    const c = body.charCodeAt(0);
    if (c === 80 /* P */ && body.startsWith('Post job cleanup'))
        return { kind: 'start', title: 'Post job cleanup' };
    if (c === 67 /* C */ && body.startsWith('Cleaning up orphan processes'))
        return { kind: 'start', title: 'Complete job' };
    if (c === 116 /* t */ && body.startsWith('travis_time:start'))
        return { kind: 'start' };
    if (c === 84 /* T */) {
        let m = TRAVIS_EXIT.exec(body);
        if (m) {
            const exitCode = Number(m[2]);
            return { kind: 'end', failed: exitCode !== 0, exitCode, command: m[1] };
        }
        m = TRAVIS_FAILED.exec(body);
        if (m) {
            const end = { kind: 'end', failed: true, command: m[1] };
            if (m[2])
                end.exitCode = Number(m[2]);
            return end;
        }
    }
    if (c === 66 /* B */) {
        const m = JENKINS_FAILED.exec(body);
        if (m)
            return { kind: 'end', failed: true, command: m[1] };
    }
    if (c === 69 /* E */) {
        const m = GITLAB_FAILED.exec(body);
        if (m)
            return { kind: 'end', failed: true, command: m[1] };
    }
    const tail = TRAVIS_EXIT_TAIL.exec(body);
    if (tail && !body.includes('The command "')) {
        const exitCode = Number(tail[1]);
        return { kind: 'end', failed: exitCode !== 0, exitCode, command: body.slice(0, tail.index) };
    }
    return undefined;
}
/** Builds sections from markers as lines stream by. */
class StepTracker {
    sections = [];
    current = { index: 1, start: 1, end: 0, failed: false, succeeded: false };
    /** Feeds the marker found on line n (the caller only calls this for marker lines). */
    mark(n, marker) {
        const cur = this.current;
        if (marker.kind === 'error') {
            cur.failed = true;
            cur.failedAt ??= n;
            return;
        }
        if (marker.kind === 'start') {
            this.open(n, marker.title);
            return;
        }
        cur.end = n;
        if (marker.command !== undefined) {
            cur.command = marker.command;
            cur.title ??= marker.command;
        }
        if (marker.exitCode !== undefined)
            cur.exitCode = marker.exitCode;
        if (marker.failed) {
            cur.failed = true;
            cur.failedAt = n;
        }
        else if (!cur.failed)
            cur.succeeded = true;
        this.open(n + 1, undefined);
    }
    open(start, title) {
        this.current.end = start - 1;
        this.push(this.current);
        const next = { index: 0, start, end: start - 1, failed: false, succeeded: false };
        if (title !== undefined)
            next.title = title;
        this.current = next;
    }
    /** Empty sections (between an end marker and the next start) are dropped. */
    push(section) {
        if (section.end < section.start)
            return;
        section.index = this.sections.length + 1;
        this.sections.push(section);
    }
    /** Closes the last section at the log's last line. */
    finish(totalLines) {
        this.current.end = totalLines;
        this.push(this.current);
        this.current = { index: 0, start: totalLines + 1, end: totalLines, failed: false, succeeded: false };
        if (this.sections.length === 0) {
            this.sections.push({ index: 1, start: 1, end: Math.max(totalLines, 0), failed: false, succeeded: false });
        }
        return this.sections;
    }
}
/** Normalises a step name for matching: `Run npm test` and `npm test` are the same step. */
function stepKey(name) {
    return name
        .trim()
        .replace(/^Run\s+/, '')
        .replace(/\s+/g, ' ')
        .toLowerCase();
}
/** The sections a step name or number selects (empty when none matches). */
function selectSections(sections, step, stepNumber) {
    if (step) {
        const key = stepKey(step);
        const exact = sections.filter((s) => s.title !== undefined && stepKey(s.title) === key);
        if (exact.length)
            return exact;
        const prefix = sections.filter((s) => s.title !== undefined && key.length >= 3 && stepKey(s.title).startsWith(key));
        if (prefix.length)
            return prefix;
    }
    if (stepNumber !== undefined) {
        const s = sections.find((x) => x.index === stepNumber);
        if (s)
            return [s];
    }
    return [];
}

;// CONCATENATED MODULE: ./packages/shared/src/log/rule-index.ts





const cache = new WeakMap();
/** The rule set for `rules` (the catalog by default), built once per list. */
function rule_index_ruleSet(rules = catalog_CATALOG) {
    const have = cache.get(rules);
    if (have)
        return have;
    const compiled = compileRules(rules);
    const ids = new Map();
    const triggers = [];
    const byLiteral = [];
    const unanchored = [];
    const idOf = (literal, trigger) => {
        let id = ids.get(literal);
        if (id === undefined) {
            id = ids.size;
            ids.set(literal, id);
            byLiteral.push([]);
            triggers.push(false);
        }
        if (trigger)
            triggers[id] = true;
        return id;
    };
    for (const lit of MARKER_LITERALS)
        idOf(lit.toLowerCase(), true);
    for (const rule of compiled) {
        if (rule.rule.target === 'command')
            continue;
        for (const [pattern, literals] of rule.literals.entries()) {
            if (!literals) {
                unanchored.push({ rule, pattern });
                continue;
            }
            // Generic rules (category unknown), and patterns whose literal also occurs in ordinary
            // output, only matter near a failure, which the scanner keeps anyway: they do not make it stop.
            const trigger = rule.rule.category !== 'unknown' && !isOrdinary(literals);
            for (const lit of literals)
                byLiteral[idOf(lit, trigger)].push({ rule, pattern });
        }
    }
    const set = {
        rules: compiled,
        commandRules: compiled.filter((r) => r.rule.target === 'command'),
        automaton: new LiteralAutomaton([...ids.keys()], triggers),
        byLiteral,
        unanchored,
    };
    cache.set(rules, set);
    return set;
}
function groupsOf(m) {
    const out = {};
    if (m.groups)
        for (const [k, v] of Object.entries(m.groups))
            if (v !== undefined && v !== '')
                out[k] = v;
    return out;
}
/**
 * The rules matching one line (its text without workflow-command prefix), each with the named
 * groups of its first matching pattern. `only` limits the rules tried (and with it, the work);
 * `anchoredOnly` skips the patterns without a literal.
 */
function matchLine(set, text, only, anchoredOnly = false) {
    const refs = anchoredOnly ? [] : set.unanchored.filter((r) => !only || only(r.rule));
    for (const id of set.automaton.literalsIn(text)) {
        for (const ref of set.byLiteral[id])
            if (!only || only(ref.rule))
                refs.push(ref);
    }
    if (refs.length === 0)
        return [];
    refs.sort((a, b) => a.rule.index - b.rule.index || a.pattern - b.pattern);
    const out = [];
    let done;
    let last;
    for (const ref of refs) {
        const { rule, pattern } = ref;
        // Sorted: a rule's refs are adjacent, and a pattern listed under two literals appears twice in a row.
        if (rule === done || (last && last.rule === rule && last.pattern === pattern))
            continue;
        last = ref;
        const m = rule.patterns[pattern].exec(text);
        if (!m)
            continue;
        done = rule;
        if (rule.exclude.some((x) => x.test(text)))
            continue;
        out.push({ rule, groups: groupsOf(m) });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/shared/src/log/classify.ts





/** Generic rules below this priority only show lines when they win. */
const GENERIC_PRIORITY = 45;
/** Hits of other rules of the winning category join when they score at least this close. */
const JOIN_MARGIN = 20;
const FAILED_SECTION_BONUS = 15;
const OTHER_SECTION_PENALTY = 25;
const SUCCEEDED_SECTION_PENALTY = 45;
const NUMERIC_FACTS = new Set(['line', 'column', 'minutes', 'exitCode', 'count']);
const MAX_TESTS = 50;
/** How far (in lines) before a hit a `causedBy` hit may be. */
const CAUSE_LINES = 50;
const MAX_SUMMARY = 300;
/** `##[error]` lines no rule explains still say what failed, better than a generic error line. */
const ERROR_ANNOTATION = compileRules([
    {
        id: 'actions-error-annotation',
        category: 'unknown',
        ecosystem: 'actions',
        patterns: ['\\S'],
        priority: 22,
        context: { after: 0 },
    },
])[0];
const ANNOTATION_BONUS = 8;
/** The further a hit is before the point of failure, the less likely it is the cause: up to this many points… */
const DISTANCE_MAX_PENALTY = 10;
/** …one point per this many lines. */
const DISTANCE_LINES_PER_POINT = 100;
const EXIT_CODE_LINE = /^Process completed with exit code \d+/;
function sectionOf(sections, n) {
    let lo = 0;
    let hi = sections.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = sections[mid];
        if (n < s.start)
            hi = mid - 1;
        else if (n > s.end)
            lo = mid + 1;
        else
            return s;
    }
    return undefined;
}
function toFactValue(name, value) {
    if (NUMERIC_FACTS.has(name) && /^\d+$/.test(value))
        return Number(value);
    return value.trim();
}
/** Fills `{fact}` placeholders; undefined when a fact is missing, so the caller falls back. */
function fillTemplate(template, facts) {
    let missing = false;
    const out = template.replace(/\{(\w+)\}/g, (_, k) => {
        const v = facts[k];
        if (v === undefined) {
            missing = true;
            return '';
        }
        return Array.isArray(v) ? v.join(', ') : String(v);
    });
    return missing ? undefined : out;
}
const CATEGORY_LABEL = {
    dependency: 'Dependency problem',
    'missing-command': 'Command not found',
    'file-not-found': 'File not found',
    timeout: 'Timed out',
    'workflow-config': 'Workflow configuration error',
    'test-failure': 'Test failure',
    'compile-error': 'Compile error',
    lint: 'Lint or format check failed',
    'out-of-memory': 'Out of memory',
    'disk-space': 'Out of disk space',
    network: 'Network error',
    'rate-limit': 'Rate limited',
    permission: 'Permission or authentication error',
    infrastructure: 'CI infrastructure problem',
    unknown: 'Unclassified failure',
};
function truncate(s, max) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
/** Runs the rules over the kept lines in scope and scores each hit by where it is. */
function scoreHits(scan, set, chosen) {
    const { lines, sections } = scan;
    const failed = sections.filter((s) => s.failed);
    const inScope = (n) => chosen.length === 0 || chosen.some((s) => n >= s.start && n <= s.end);
    // Where the log says it failed: the last failure marker in scope, else the end of the log.
    const markers = (chosen.length ? chosen : failed).map((s) => s.failedAt ?? s.end);
    const failurePoint = markers.length ? Math.max(...markers) : scan.totalLines;
    const hits = [];
    for (const [n, line] of lines) {
        if (line.level !== undefined && line.level !== 'error')
            continue;
        if (!inScope(n))
            continue;
        const text = line.body;
        if (text.length === 0)
            continue;
        const section = sectionOf(sections, n);
        let adjust = 0;
        if (chosen.length === 0 && failed.length > 0) {
            if (section?.failed)
                adjust += FAILED_SECTION_BONUS;
            else if (section?.succeeded)
                adjust -= SUCCEEDED_SECTION_PENALTY;
            else
                adjust -= OTHER_SECTION_PENALTY;
        }
        if (n <= failurePoint)
            adjust -= Math.min(DISTANCE_MAX_PENALTY, (failurePoint - n) / DISTANCE_LINES_PER_POINT);
        const annotation = line.level === 'error' && !EXIT_CODE_LINE.test(text);
        if (annotation)
            adjust += ANNOTATION_BONUS;
        let matched = false;
        for (const { rule, groups } of matchLine(set, text)) {
            matched = true;
            hits.push({ rule, n, groups, score: rule.priority + adjust, section });
        }
        if (annotation && !matched) {
            hits.push({ rule: ERROR_ANNOTATION, n, groups: {}, score: ERROR_ANNOTATION.priority + adjust, section });
        }
    }
    return hits;
}
/** What the failed step ran (`npm run lint`, `pytest`): a weak signal for the category. */
function commandHint(set, focus) {
    let hint;
    for (const s of focus) {
        const command = s.command ?? s.title;
        if (!command)
            continue;
        for (const rule of set.commandRules) {
            const m = rule.patterns.map((re) => re.exec(command)).find((x) => x);
            if (m && (!hint || rule.priority > hint.rule.priority))
                hint = { rule, groups: { ...m.groups } };
        }
    }
    return hint;
}
/** The winning rule's hits in every failed step (a retried command fails the same way each time) and close runners-up of its category in its step. */
function pickHits(best, hits) {
    const category = best.rule.rule.category;
    const bestFailed = best.section?.failed === true;
    return hits.filter((h) => {
        if (h.rule === best.rule)
            return h.section === best.section || (bestFailed && h.section?.failed === true);
        if (h.section !== best.section || category === 'unknown' || h.rule.rule.category !== category)
            return false;
        if (h.rule.priority < GENERIC_PRIORITY && h.rule.rule.ecosystem === 'generic')
            return false;
        return h.score >= best.score - JOIN_MARGIN;
    });
}
/** Facts: the deciding hit's groups, then the other picked hits', then its rule's context facts, then its constant facts. */
function collectFacts(reason, picked, category, shown, lines) {
    const facts = {};
    const tests = [];
    for (const h of [reason, ...picked.filter((p) => p !== reason)]) {
        for (const [k, v] of Object.entries(h.groups)) {
            if (k === 'test' || k === 'tests') {
                const t = v.trim();
                if (t && !tests.includes(t) && tests.length < MAX_TESTS)
                    tests.push(t);
            }
            else if (facts[k] === undefined && h.rule.rule.category === category)
                facts[k] = toFactValue(k, v);
        }
    }
    for (const re of reason.rule.contextFacts) {
        for (const n of shown) {
            const m = re.exec(lines.get(n).body);
            if (!m?.groups)
                continue;
            let added = false;
            for (const [k, v] of Object.entries(m.groups)) {
                if (v !== undefined && v !== '' && facts[k] === undefined) {
                    facts[k] = toFactValue(k, v);
                    added = true;
                }
            }
            if (added)
                break;
        }
    }
    if (tests.length)
        facts.tests = tests;
    return { ...reason.rule.rule.facts, ...facts };
}
/**
 * The step sections to look at: the named step; else the numbered one, if it failed or
 * nothing did (skipped steps are not in the log, so numbers can point at the wrong step);
 * else none, meaning the whole log.
 */
function chooseSections(sections, options) {
    const named = selectSections(sections, options.step);
    if (named.length)
        return named;
    const numbered = selectSections(sections, undefined, options.stepNumber);
    if (numbered.some((s) => s.failed) || !sections.some((s) => s.failed))
        return numbered;
    return [];
}
function classify_classify(scan, set, options = {}) {
    const { lines, sections } = scan;
    const chosen = chooseSections(sections, options);
    options.onSections?.(chosen, sections);
    const focus = chosen.length ? chosen : sections.filter((s) => s.failed);
    const hits = scoreHits(scan, set, chosen);
    const hint = commandHint(set, focus);
    const best = hits.reduce((a, h) => (!a || h.score > a.score || (h.score === a.score && h.n > a.n) ? h : a), undefined);
    let winner = best?.rule;
    let category = best?.rule.rule.category ?? 'unknown';
    const picked = best ? pickHits(best, hits) : [];
    let shown = best ? selectLines(best, picked, hits, lines) : [];
    // Nothing specific matched: the failed step's command may still say what kind of step it was.
    if (category === 'unknown' && hint) {
        winner = hint.rule;
        category = hint.rule.rule.category;
    }
    // A test that failed because a remote host did not answer is a network failure: a network
    // hit within the failing test's report decides. A rule may also name the categories that,
    // shortly before its hit, are its cause (`causedBy`).
    let reason = best;
    if (best && winner === best.rule) {
        const visible = new Set(shown);
        const causes = best.rule.rule.causedBy ?? [];
        const explains = (h) => h.section === best.section &&
            ((category === 'test-failure' &&
                (h.rule.rule.category === 'network' || h.rule.rule.category === 'rate-limit') &&
                visible.has(h.n)) ||
                (causes.includes(h.rule.rule.category) && h.n < best.n && best.n - h.n <= CAUSE_LINES));
        const cause = hits.find(explains);
        if (cause) {
            reason = cause;
            winner = cause.rule;
            category = cause.rule.rule.category;
            if (!visible.has(cause.n))
                shown = [...new Set([...selectLines(cause, [cause], [], lines), ...shown])].sort((a, b) => a - b);
        }
    }
    // The first of the winning rule's hits in its step speaks for it: a compiler's first error is the one to fix.
    if (reason === best && best) {
        reason = picked.find((h) => h.rule === best.rule && h.section === best.section && h.n <= best.n) ?? best;
    }
    let facts = {};
    if (reason && winner === reason.rule)
        facts = collectFacts(reason, picked, category, shown, lines);
    else if (winner && hint) {
        for (const [k, v] of Object.entries(hint.groups))
            facts[k] = toFactValue(k, v);
        facts = { ...winner.rule.facts, ...facts };
    }
    const outLines = shown.map((n) => ({ n, text: lines.get(n).text }));
    const ruleId = category === 'unknown' || !winner ? 'unknown' : winner.rule.id;
    const firstText = outLines[0]?.text.trim() ?? '';
    const template = category !== 'unknown' ? winner?.rule.summary : undefined;
    const filled = template ? fillTemplate(template, facts) : undefined;
    const summary = truncate(filled ?? (firstText ? `${CATEGORY_LABEL[category]}: ${firstText}` : CATEGORY_LABEL[category]), MAX_SUMMARY);
    return {
        category,
        ruleId,
        summary,
        lines: outLines,
        facts,
        ecosystem: pickEcosystem(winner, picked, hits, hint?.rule),
        fingerprint: fingerprint(ruleId, facts, outLines.map((l) => l.text)),
        transient: category !== 'unknown' && winner ? winner.transient : false,
        confidence: confidenceOf(category, reason, winner, focus.length > 0),
    };
}
function pickEcosystem(winner, picked, hits, command) {
    const own = (r) => (r && r.rule.ecosystem !== 'generic' ? r.rule.ecosystem : undefined);
    const fromWinner = own(winner);
    if (fromWinner)
        return fromWinner;
    for (const list of [picked, hits]) {
        const counts = new Map();
        for (const h of list) {
            const e = own(h.rule);
            if (e)
                counts.set(e, (counts.get(e) ?? 0) + 1);
        }
        const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
        if (top)
            return top[0];
    }
    return own(command) ?? 'unknown';
}
function confidenceOf(category, best, winner, hasFailedStep) {
    if (category === 'unknown' || !winner)
        return best ? 0.15 : 0.05;
    if (!best || winner !== best.rule)
        return 0.35;
    let c = 0.3 + Math.min(winner.priority, 100) / 160;
    if (hasFailedStep && best.section?.failed)
        c += 0.05;
    return Math.round(Math.min(c, 0.95) * 100) / 100;
}

;// CONCATENATED MODULE: ./packages/shared/src/log/clean-line.ts
/**
 * One raw log line → what a reader sees: without the GitHub Actions timestamp prefix,
 * ANSI escape sequences, byte-order mark and carriage returns. Workflow commands
 * (`##[error]`, `##[warning]`, `##[group]`, …) are split off as the line's level.
 */
// 2024-05-01T12:00:00.1234567Z (GitHub Actions job logs put this before every line).
const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// CSI (colours, cursor moves), OSC (titles, hyperlinks), charset selection and two-byte escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape codes are what we strip
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[()*+][ -~]|[@-Z\\-_])/g;
const WORKFLOW_COMMAND = /^##\[(error|warning|notice|group|endgroup|command|debug)\]/;
/** Removes the timestamp prefix, escape codes, BOM and carriage returns. */
function stripLine(raw) {
    let s = raw;
    if (s.charCodeAt(0) === 0xfeff)
        s = s.slice(1);
    if (s.length > 20 && s.charCodeAt(4) === 45 /* - */ && s.charCodeAt(10) === 84 /* T */)
        s = s.replace(TIMESTAMP, '');
    if (s.includes('\u001b'))
        s = s.replace(ANSI, '');
    if (s.includes('\r')) {
        // A progress bar rewrites the line with \r: the terminal shows the last non-empty segment.
        const parts = s.split('\r').filter((p) => p.length > 0);
        s = parts.length ? parts[parts.length - 1] : '';
    }
    return s;
}
function cleanLine(raw) {
    const text = stripLine(raw);
    if (text.charCodeAt(0) === 35 /* # */) {
        const m = WORKFLOW_COMMAND.exec(text);
        if (m)
            return { text, body: text.slice(m[0].length), level: m[1] };
    }
    return { text, body: text, level: undefined };
}

;// CONCATENATED MODULE: ./packages/shared/src/log/log-scanner.ts



const DEFAULT_LIMITS = {
    maxLineBytes: 64 * 1024,
    maxKeptBytes: 2048,
    before: 0,
    after: 0,
    maxBefore: 150,
    maxAfter: 300,
    tail: 150,
    maxKept: 60_000,
    maxKeptChars: 24 * 1024 * 1024,
    minBlockBytes: 256 * 1024,
};
const log_scanner_NEWLINE = 10;
const NEWLINE_BYTE = external_node_buffer_.Buffer.from([log_scanner_NEWLINE]);
class LogScanner {
    limits;
    automaton;
    contextFor;
    steps = new StepTracker();
    kept = new Map();
    /** Kept line numbers in insertion order, for evicting the oldest; `head` is the first live entry. */
    order = [];
    head = 0;
    keptChars = 0;
    /** Lines completed so far; the next line is lineCount + 1. */
    lineCount = 0;
    carry = [];
    carryBytes = 0;
    carryTruncated = false;
    truncatedLines = 0;
    pending = [];
    pendingBytes = 0;
    /** The last `tail` lines already scanned, each ending in '\n', for context before a hit (a view of prevStore). */
    prev = external_node_buffer_.Buffer.alloc(0);
    prevStore = external_node_buffer_.Buffer.alloc(0);
    /** Working buffer for the block being scanned. */
    work = external_node_buffer_.Buffer.alloc(0);
    /** Lines at the start of the next block still to keep as after-context. */
    pendingAfter = 0;
    /** Last line (number) to watch for generic literals, and how many of those are left for the next block. */
    watchUntil = 0;
    watchLeft = 0;
    /**
     * `automaton` flags candidate lines; `contextFor` says which of them to keep and with how
     * much context (e.g. a test failure header keeps its whole report).
     */
    constructor(automaton, limits = {}, contextFor) {
        this.limits = { ...DEFAULT_LIMITS, ...limits };
        this.automaton = automaton;
        this.contextFor = contextFor;
    }
    push(chunk) {
        if (chunk.length === 0)
            return;
        const buf = external_node_buffer_.Buffer.isBuffer(chunk) ? chunk : external_node_buffer_.Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const first = buf.indexOf(log_scanner_NEWLINE);
        if (first < 0) {
            this.addCarry(buf);
            return;
        }
        this.addCarry(buf.subarray(0, first));
        this.pendLine();
        const last = buf.lastIndexOf(log_scanner_NEWLINE);
        if (last > first)
            this.pend(buf.subarray(first + 1, last + 1));
        this.addCarry(buf.subarray(last + 1));
        if (this.pendingBytes >= this.limits.minBlockBytes)
            this.flush();
    }
    end() {
        if (this.carryBytes > 0 || this.carryTruncated)
            this.pendLine();
        this.flush();
        // The end of the log is where a failure usually shows; keep it whatever the prefilter said.
        this.keepBefore(this.prev, this.prev.length, this.lineCount + 1, this.limits.tail, false);
        const sections = this.steps.finish(this.lineCount);
        const lines = new Map([...this.kept.entries()].sort((a, b) => a[0] - b[0]));
        return { totalLines: this.lineCount, lines, sections, truncatedLines: this.truncatedLines };
    }
    addCarry(bytes) {
        if (bytes.length === 0 || this.carryTruncated)
            return;
        const room = this.limits.maxLineBytes - this.carryBytes;
        if (bytes.length > room) {
            if (room > 0)
                this.carry.push(bytes.subarray(0, room));
            this.carryBytes += Math.max(room, 0);
            this.carryTruncated = true;
            return;
        }
        this.carry.push(bytes);
        this.carryBytes += bytes.length;
    }
    /** Moves the completed partial line to the pending block. */
    pendLine() {
        if (this.carryTruncated)
            this.truncatedLines++;
        this.carry.push(NEWLINE_BYTE);
        const line = external_node_buffer_.Buffer.concat(this.carry);
        this.carry = [];
        this.carryBytes = 0;
        this.carryTruncated = false;
        this.pend(line);
    }
    pend(bytes) {
        this.pending.push(bytes);
        this.pendingBytes += bytes.length;
    }
    flush() {
        if (this.pendingBytes === 0)
            return;
        // The previous block's last lines (for context) followed by the new lines, copied into a
        // buffer reused from block to block: allocating one per block lets garbage pile up
        // outside the heap faster than the collector frees it.
        const size = this.prev.length + this.pendingBytes;
        if (this.work.length < size)
            this.work = external_node_buffer_.Buffer.allocUnsafe(Math.max(size, this.work.length * 2));
        this.prev.copy(this.work, 0);
        let at = this.prev.length;
        for (const part of this.pending)
            at += part.copy(this.work, at);
        const text = this.work.subarray(0, size);
        const from = this.prev.length;
        this.pending = [];
        this.pendingBytes = 0;
        const firstLine = this.lineCount + 1;
        if (this.pendingAfter > 0)
            this.pendingAfter = this.keepAfter(text, from, firstLine, this.pendingAfter);
        const newlines = this.automaton.scanLines(text, from, text.length, (start, end, index) => this.hit(text, start, end, firstLine + index), this.watchLeft);
        this.watchLeft = Math.max(0, this.watchUntil - (this.lineCount + newlines));
        this.lineCount += newlines;
        const tail = lastLinesStart(text, this.limits.tail, 256 * 1024);
        if (this.prevStore.length < text.length - tail)
            this.prevStore = external_node_buffer_.Buffer.allocUnsafe(text.length - tail);
        const kept = text.copy(this.prevStore, 0, tail);
        this.prev = this.prevStore.subarray(0, kept);
    }
    /** Returns for how many following lines to watch for generic literals too. */
    hit(text, start, eol, n) {
        const line = this.decode(text, start, eol);
        const marker = stepMarker(line);
        if (marker) {
            this.store(n, line);
            this.steps.mark(n, marker);
            // Failure markers close the output of what failed: keep what came before them.
            if (marker.kind === 'error' || (marker.kind === 'end' && marker.failed)) {
                this.keepBefore(text, start, n, this.limits.tail, false);
            }
        }
        const want = this.contextFor?.(line);
        const before = Math.min(want?.before ?? this.limits.before, this.limits.maxBefore);
        const after = Math.min(want?.after ?? this.limits.after, this.limits.maxAfter);
        if (!want && !marker && before === 0 && after === 0)
            return 0;
        this.store(n, line);
        if (!marker || marker.kind === 'start')
            this.keepBefore(text, start, n, before, true);
        const left = this.keepAfter(text, eol + 1, n + 1, after);
        if (left > this.pendingAfter)
            this.pendingAfter = left;
        const watch = want?.watch ?? 0;
        if (n + watch > this.watchUntil)
            this.watchUntil = n + watch;
        return watch;
    }
    /**
     * Keeps up to `count` lines before the line starting at `start` (line number n).
     * With `stopAtKept`, stops at a kept line: in a run of hits the earlier ones kept their context.
     */
    keepBefore(text, start, n, count, stopAtKept) {
        const found = [];
        let end = start - 1; // the '\n' ending the previous line
        for (let i = 1; i <= count && end >= 0; i++) {
            const s = end > 0 ? text.lastIndexOf(log_scanner_NEWLINE, end - 1) + 1 : 0;
            if (this.kept.has(n - i)) {
                if (stopAtKept)
                    break;
            }
            else
                found.push([n - i, s, end]);
            end = s - 1;
        }
        for (let i = found.length - 1; i >= 0; i--) {
            const [ln, s, e] = found[i];
            this.store(ln, this.decode(text, s, e));
        }
    }
    /** Keeps up to `count` lines from `start` (line number n); returns how many are left for the next block. */
    keepAfter(text, start, n, count) {
        let pos = start;
        let i = 0;
        for (; i < count && pos < text.length; i++) {
            const eol = text.indexOf(log_scanner_NEWLINE, pos);
            if (eol < 0)
                break;
            if (!this.kept.has(n + i))
                this.store(n + i, this.decode(text, pos, eol));
            pos = eol + 1;
        }
        return count - i;
    }
    decode(text, start, eol) {
        return cleanLine(text.toString('utf8', start, Math.min(eol, start + this.limits.maxKeptBytes)));
    }
    store(n, line) {
        if (this.kept.has(n))
            return;
        this.kept.set(n, line);
        this.order.push(n);
        this.keptChars += line.text.length;
        while (this.kept.size > this.limits.maxKept || this.keptChars > this.limits.maxKeptChars) {
            const oldest = this.order[this.head++];
            const old = this.kept.get(oldest);
            if (old) {
                this.kept.delete(oldest);
                this.keptChars -= old.text.length;
            }
        }
        if (this.head > 4096 && this.head * 2 > this.order.length) {
            this.order = this.order.slice(this.head);
            this.head = 0;
        }
    }
}
/** Where the last `count` lines of text (which ends with '\n') start, at most maxBytes from its end. */
function lastLinesStart(text, count, maxBytes) {
    let start = text.length;
    let eol = text.length - 1;
    for (let i = 0; i < count; i++) {
        const prevEol = eol > 0 ? text.lastIndexOf(log_scanner_NEWLINE, eol - 1) : -1;
        if (text.length - (prevEol + 1) > maxBytes)
            break;
        start = prevEol + 1;
        if (prevEol < 0)
            break;
        eol = prevEol;
    }
    return start;
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
;// CONCATENATED MODULE: ./packages/shared/src/log/run-logs-zip.ts


class ZipError extends Error {
    name = 'ZipError';
}
function isZip(bytes) {
    return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}
const STEP_FILE = /^(.+)\/(\d+)_(.*)\.txt$/;
const JOB_FILE = /^(\d+)_(.*)\.txt$/;
/** The log files in a run-logs zip, in job and step order. */
function listRunLogFiles(zip) {
    const files = [];
    try {
        (0,esm/* unzipSync */.AO)(zip, {
            filter(info) {
                const step = STEP_FILE.exec(info.name);
                if (step) {
                    files.push({
                        name: info.name,
                        job: step[1],
                        number: Number(step[2]),
                        title: step[3],
                        kind: 'step',
                        size: info.originalSize,
                    });
                }
                else {
                    const job = JOB_FILE.exec(info.name);
                    if (job) {
                        const title = job[2];
                        files.push({
                            name: info.name,
                            job: title,
                            number: Number(job[1]),
                            title,
                            kind: 'job',
                            size: info.originalSize,
                        });
                    }
                }
                return false;
            },
        });
    }
    catch (error) {
        throw new ZipError(`not a readable zip archive: ${error.message}`);
    }
    return files.sort((a, b) => (a.job === b.job ? a.number - b.number : a.job < b.job ? -1 : 1));
}
/** Streams one entry's decompressed bytes to `onChunk`, in pieces of bounded size. */
function readZipEntry(zip, name, onChunk) {
    let found = false;
    let failure;
    const unzip = new esm/* Unzip */.HJ((file) => {
        if (file.name !== name)
            return;
        found = true;
        file.ondata = (err, data) => {
            if (err)
                failure = err;
            else if (data.length)
                onChunk(data);
        };
        file.start();
    });
    unzip.register(esm/* UnzipInflate */.mM);
    const slice = 64 * 1024;
    try {
        for (let i = 0; i < zip.length; i += slice) {
            unzip.push(zip.subarray(i, Math.min(i + slice, zip.length)), i + slice >= zip.length);
            if (failure)
                break;
        }
    }
    catch (error) {
        throw new ZipError(`cannot read ${name} from the zip archive: ${error.message}`);
    }
    if (failure)
        throw new ZipError(`cannot read ${name} from the zip archive: ${failure.message}`);
    if (!found)
        throw new ZipError(`the zip archive has no entry ${name}`);
}
/** Letters and digits only, lower case: file names drop characters such as '/' and ':'. */
function nameKey(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
function containsErrorMarker(zip, name) {
    const needle = external_node_buffer_.Buffer.from('##[error]');
    let tail = external_node_buffer_.Buffer.alloc(0);
    let hit = false;
    readZipEntry(zip, name, (chunk) => {
        if (hit)
            return;
        const buf = external_node_buffer_.Buffer.concat([tail, external_node_buffer_.Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)]);
        if (buf.indexOf(needle) >= 0)
            hit = true;
        tail = buf.subarray(Math.max(0, buf.length - needle.length));
    });
    return hit;
}
/**
 * The log file to analyse: the named or numbered step (of the named job), else the first
 * step file holding `##[error]`, else the first job's whole log.
 */
function pickRunLogFile(zip, selection = {}) {
    let files = listRunLogFiles(zip);
    if (files.length === 0)
        throw new ZipError('the zip archive holds no job logs (<job>/<N>_<step>.txt or <N>_<job>.txt)');
    if (selection.job) {
        const key = nameKey(selection.job);
        const ofJob = files.filter((f) => nameKey(f.job) === key);
        if (ofJob.length === 0) {
            const jobs = [...new Set(files.map((f) => f.job))].join(', ');
            throw new ZipError(`the zip archive has no job '${selection.job}'; it has: ${jobs}`);
        }
        files = ofJob;
    }
    const steps = files.filter((f) => f.kind === 'step');
    if (selection.stepNumber !== undefined) {
        const byNumber = steps.find((f) => f.number === selection.stepNumber);
        if (byNumber)
            return byNumber;
    }
    if (selection.step) {
        const key = nameKey(selection.step);
        const byName = steps.find((f) => nameKey(f.title) === key) ??
            steps.find((f) => nameKey(`Run ${f.title}`) === key || nameKey(f.title) === nameKey(`Run ${selection.step}`));
        if (byName)
            return byName;
    }
    for (const f of steps)
        if (containsErrorMarker(zip, f.name))
            return f;
    const jobs = files.filter((f) => f.kind === 'job');
    for (const f of jobs)
        if (containsErrorMarker(zip, f.name))
            return f;
    return (jobs[0] ?? steps[steps.length - 1]);
}

;// CONCATENATED MODULE: ./packages/shared/src/log/analyze-log.ts






/** Lines kept after a rule's hit beyond what its context shows: room for stack traces and for a runner-up's block. */
const RETAIN_AFTER_EXTRA = 80;
const RETAIN_BEFORE_EXTRA = 4;
/** After a specific hit, generic error lines are kept too for this many lines: a failure's report goes on. */
const WATCH_LINES = 300;
/** Context of a generic hit. */
const GENERIC_CONTEXT = { before: 2, after: 4 };
const isSpecific = (rule) => rule.rule.category !== 'unknown';
/** Keeps enough lines around a hit for the blocks of the rules it matches. */
function contextFor(set) {
    return (line) => {
        if (line.level !== undefined && line.level !== 'error')
            return undefined;
        let want;
        for (const { rule } of matchLine(set, line.body, undefined, true)) {
            // Generic rules (category unknown) only matter near a failure: small context, no watch.
            const specific = isSpecific(rule);
            want ??= { before: 0, after: 0, watch: 0 };
            want.before = Math.max(want.before, specific ? rule.before + RETAIN_BEFORE_EXTRA : GENERIC_CONTEXT.before);
            want.after = Math.max(want.after, specific ? rule.after + RETAIN_AFTER_EXTRA : GENERIC_CONTEXT.after);
            if (specific)
                want.watch = WATCH_LINES;
        }
        // `##[error]` lines no rule explains are still shown (see classify); keep them.
        if (line.level === 'error')
            want ??= { before: 0, after: 0, watch: 0 };
        return want;
    };
}
function newScanner(set, options) {
    return new LogScanner(set.automaton, options.limits, contextFor(set));
}
function toBytes(source) {
    if (typeof source === 'string')
        return external_node_buffer_.Buffer.from(source, 'utf8');
    return external_node_buffer_.Buffer.isBuffer(source) ? source : external_node_buffer_.Buffer.from(source.buffer, source.byteOffset, source.byteLength);
}
/**
 * Finds and classifies what failed in a CI log: a GitHub Actions job log (timestamps,
 * groups, `##[error]`), a plain log (Travis, Jenkins, local), or — given as bytes — a
 * run-logs zip. Streams an async source in bounded memory.
 */
async function analyzeLog(source, options = {}) {
    const set = rule_index_ruleSet(options.rules ?? catalog_CATALOG);
    if (typeof source === 'string' || source instanceof Uint8Array) {
        const bytes = toBytes(source);
        if (isZip(bytes))
            return analyzeRunLogsZip(bytes, options).diagnosis;
        const scanner = newScanner(set, options);
        scanner.push(bytes);
        return classify_classify(scanner.end(), set, options);
    }
    const scanner = newScanner(set, options);
    for await (const chunk of source) {
        scanner.push(typeof chunk === 'string' ? external_node_buffer_.Buffer.from(chunk, 'utf8') : chunk);
    }
    return classify_classify(scanner.end(), set, options);
}
/** Synchronous analysis of lines already in memory (tests, small inputs). Line i of the input is number i + 1. */
function analyzeLines(lines, options = {}) {
    const set = ruleSet(options.rules ?? CATALOG);
    const scanner = newScanner(set, options);
    const parts = [];
    let size = 0;
    for (const line of lines) {
        parts.push(line.replace(/\r?\n/g, ' '), '\n');
        size += line.length + 1;
        if (size > 1 << 20) {
            scanner.push(Buffer.from(parts.join(''), 'utf8'));
            parts.length = 0;
            size = 0;
        }
    }
    if (parts.length)
        scanner.push(Buffer.from(parts.join(''), 'utf8'));
    return classify(scanner.end(), set, options);
}
/**
 * Analyses the failed step of a run-logs zip (see pickRunLogFile for which file that is).
 * Line numbers in the diagnosis are those of `file`.
 */
function analyzeRunLogsZip(zip, options = {}) {
    const set = rule_index_ruleSet(options.rules ?? catalog_CATALOG);
    const file = pickRunLogFile(zip, options);
    const scanner = newScanner(set, options);
    readZipEntry(zip, file.name, (chunk) => scanner.push(chunk));
    // A step file is that step's own log: the step was chosen by picking the file.
    const narrow = file.kind === 'step' ? {} : options;
    return { diagnosis: classify_classify(scanner.end(), set, narrow), file };
}

// EXTERNAL MODULE: ./packages/cli/src/io.ts
var src_io = __webpack_require__(3632);
;// CONCATENATED MODULE: ./packages/cli/src/commands/analyze.ts











/**
 * Bytes per read when analysing a log file. Node's default (64 KiB) leaves the analyser idle
 * for a read round trip 16 times as often; the analyser's memory does not depend on it.
 */
const LOG_READ_CHUNK = 1 << 20;
const HELP = `Usage: self-heal analyze FILE|ZIP|- [options]

Finds and classifies what failed in a CI log: a GitHub Actions job log, a run-logs zip
(as downloaded from the Actions API), or any plain log (Travis, Jenkins, a local run).
'-' reads the log from standard input.

Options:
  --json              print the diagnosis as one JSON object
  --step NAME         only look at this step (e.g. "Run npm test", as the jobs API names it)
  --step-number N     only look at this step number (1 is "Set up job"); when the log has no
                      such step, the whole log is analysed and a note on stderr says so
  --job NAME          in a run-logs zip, the job to look at
  --rules FILE        extra rules (a YAML or JSON list, or a mapping with a 'rules' list),
                      tried with the built-in catalog; the best-scoring hit wins, and a rule
                      without 'priority' ranks at 50 (built-in rules go up to 97); a rule with
                      a built-in rule's id replaces it
  -h, --help          show this help

Exit status: 0 analysed (whatever the log shows), 2 bad usage or unreadable input
(a missing file, a directory, a bad --rules file, a broken zip).
`;
const OPTIONS = {
    json: { type: 'boolean' },
    step: { type: 'string' },
    'step-number': { type: 'string' },
    job: { type: 'string' },
    rules: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/** Zips are read whole (their directory is at the end); logs are streamed. */
const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024;
async function analyze(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        return (0,src_io/* reportUsage */.gu)(io, 'analyze', error.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (positionals.length !== 1) {
        return (0,src_io/* reportUsage */.gu)(io, 'analyze', `expected one FILE, ZIP or '-', got ${positionals.length}`);
    }
    let diagnosis;
    try {
        const options = {};
        if (values.step)
            options.step = values.step;
        if (values.job)
            options.job = values.job;
        const stepNumber = parseStepNumber(values['step-number']);
        if (stepNumber !== undefined)
            options.stepNumber = stepNumber;
        if (values.rules) {
            // A rule with a built-in rule's id takes its place: the way to tune a built-in rule.
            const own = await readRules(values.rules);
            const ids = new Set(own.map((r) => r.id));
            options.rules = [...own, ...catalog_CATALOG.filter((r) => !ids.has(r.id))];
        }
        diagnosis = await diagnoseInput(positionals[0], io, options);
    }
    catch (error) {
        return (0,src_io/* reportInputError */.z9)(io, 'analyze', error);
    }
    io.stdout(values.json ? `${JSON.stringify(diagnosis)}\n` : render(diagnosis));
    return 0;
}
/** `--step-number` (analyze, fix): plain decimal digits, at least 1; not '0x5', '1e1', '1.5' or '-3'. */
function parseStepNumber(raw) {
    if (raw === undefined)
        return undefined;
    const n = Number(raw);
    if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) {
        throw new src_io/* UsageError */.eb(`--step-number must be a positive integer, got '${raw}'`);
    }
    return n;
}
async function readRules(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.y(`cannot read the rules file ${file}: ${error.message}`);
    }
    let data;
    try {
        data = (0,dist.parse)(text);
    }
    catch (error) {
        throw new errors/* UserError */.y(`${file} is not valid YAML or JSON: ${error.message}`);
    }
    if (data && typeof data === 'object' && !Array.isArray(data) && 'rules' in data)
        data = data.rules;
    try {
        return loadRules(data);
    }
    catch (error) {
        if (error instanceof RuleError)
            throw new errors/* UserError */.y(`${file}: ${error.message}`);
        throw error;
    }
}
/**
 * Diagnoses a log file, a run-logs zip, or standard input ('-'), as `analyze` and `fix --log`
 * read them. Notes go to stderr: which file of a zip was analysed, and that the whole log was
 * analysed because the asked-for step is not in it. Input that cannot be read is a UserError.
 */
async function diagnoseInput(input, io, options) {
    const { diagnosis, from } = await diagnose(input, io, options);
    if (from)
        io.stderr(`analysed ${from} from the zip\n`);
    return diagnosis;
}
async function diagnose(input, io, options) {
    try {
        if (input === '-')
            return await fromStdin(io, options);
        let info;
        try {
            info = await (0,promises_.stat)(input);
        }
        catch (error) {
            const code = error.code;
            throw new errors/* UserError */.y(code === 'ENOENT' ? `no such file: ${input}` : `cannot read ${input}: ${error.message}`);
        }
        if (info.isDirectory())
            throw new errors/* UserError */.y(`${input} is a directory; give a log file, a run-logs zip or '-'`);
        if (await startsLikeZip(input)) {
            if (info.size > MAX_ZIP_BYTES)
                throw new errors/* UserError */.y(`${input} is larger than ${MAX_ZIP_BYTES} bytes`);
            return fromZip(await (0,promises_.readFile)(input), options);
        }
        return { diagnosis: await analyzePlain((0,external_node_fs_.createReadStream)(input, { highWaterMark: LOG_READ_CHUNK }), io, options) };
    }
    catch (error) {
        if (error instanceof ZipError)
            throw new errors/* UserError */.y(`${input}: ${error.message}`);
        if (error.code && !(error instanceof errors/* UserError */.y)) {
            throw new errors/* UserError */.y(`cannot read ${input}: ${error.message}`);
        }
        throw error;
    }
}
async function startsLikeZip(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        return isZip(head.subarray(0, bytesRead));
    }
    finally {
        await handle.close();
    }
}
function fromZip(zip, options) {
    const { diagnosis, file } = analyzeRunLogsZip(zip, options);
    return { diagnosis, from: file.name };
}
/** Streams standard input, unless it starts like a zip, which is then read whole. */
async function fromStdin(io, options) {
    const iterator = io.stdin[Symbol.asyncIterator]();
    const first = await iterator.next();
    const head = first.done ? Buffer.alloc(0) : typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
    const rest = { [Symbol.asyncIterator]: () => iterator };
    if (isZip(head)) {
        const parts = [head];
        let size = head.length;
        for await (const chunk of rest) {
            const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            size += buf.length;
            if (size > MAX_ZIP_BYTES)
                throw new errors/* UserError */.y(`the zip on standard input is larger than ${MAX_ZIP_BYTES} bytes`);
            parts.push(buf);
        }
        return fromZip(Buffer.concat(parts), options);
    }
    async function* all() {
        if (first.done)
            return;
        yield head;
        yield* rest;
    }
    return { diagnosis: await analyzePlain(all(), io, options) };
}
/**
 * Analyses a log that is not a zip. When --step or --step-number selects no step in it, the
 * whole log is analysed (a step's custom `name:` is not in the log), and a note says so.
 */
async function analyzePlain(source, io, options) {
    if (!options.step && options.stepNumber === undefined)
        return analyzeLog(source, options);
    let note;
    const diagnosis = await analyzeLog(source, {
        ...options,
        onSections: (chosen, all) => {
            if (chosen.length === 0)
                note = wholeLogNote(all, options);
        },
    });
    if (note)
        io.stderr(`${note}\n`);
    return diagnosis;
}
/** Why a step asked for was not used (the analysis looked at the whole log instead). */
function wholeLogNote(sections, { step, stepNumber }) {
    const reasons = [];
    if (step)
        reasons.push(`no step '${step}' in the log`);
    if (stepNumber !== undefined) {
        const count = `${sections.length} step${sections.length === 1 ? '' : 's'}`;
        reasons.push(selectSections(sections, undefined, stepNumber).length
            ? `step ${stepNumber} did not fail`
            : `no step ${stepNumber} in the log (it has ${count})`);
    }
    return `${reasons.join(' and ')}; analysed the whole log`;
}
/** A readable report: what failed, why, and the lines that show it. */
function render(d) {
    const out = [];
    out.push(`Category:    ${d.category}${d.ruleId !== 'unknown' ? ` (rule ${d.ruleId})` : ''}`);
    out.push(`Summary:     ${d.summary}`);
    out.push(`Ecosystem:   ${d.ecosystem}`);
    out.push(`Transient:   ${d.transient ? 'yes, a re-run may pass' : 'no'}`);
    out.push(`Confidence:  ${d.confidence.toFixed(2)}`);
    const facts = Object.entries(d.facts);
    if (facts.length) {
        out.push('Facts:');
        for (const [k, v] of facts)
            out.push(`  ${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
    }
    out.push(`Fingerprint: ${d.fingerprint}`);
    if (d.lines.length) {
        out.push('', 'Lines:');
        const width = String(d.lines[d.lines.length - 1]?.n ?? 0).length;
        let previous;
        for (const line of d.lines) {
            if (previous !== undefined && line.n > previous + 1)
                out.push(`${' '.repeat(width)} ┆`);
            out.push(`${String(line.n).padStart(width)} │ ${line.text}`);
            previous = line.n;
        }
    }
    else {
        out.push('', 'No failure lines found.');
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};
