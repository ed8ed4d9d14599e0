/**
 * How to get a missing command onto a runner: a setup action for language toolchains, or the Ubuntu package
 * that provides it. Data, not logic; names are the Ubuntu 22.04/24.04 package names.
 */

export interface SetupAction {
  /** `owner/repo` of the action; the ref comes from the workflow when it already uses the action. */
  action: string;
  /** Major version tag used when the workflow does not use the action yet. */
  defaultRef: string;
  /** Inputs: a version file from the repository when present, else a version. */
  versionFile?: { input: string; files: string[] };
  version: { input: string; value: string };
  extra?: Record<string, string>;
  title: string;
}

const NODE: SetupAction = {
  action: 'actions/setup-node',
  defaultRef: 'v6',
  versionFile: { input: 'node-version-file', files: ['.nvmrc', '.node-version'] },
  version: { input: 'node-version', value: 'lts/*' },
  title: 'Node.js',
};
const PYTHON: SetupAction = {
  action: 'actions/setup-python',
  defaultRef: 'v6',
  versionFile: { input: 'python-version-file', files: ['.python-version'] },
  version: { input: 'python-version', value: '3.x' },
  title: 'Python',
};
const GO: SetupAction = {
  action: 'actions/setup-go',
  defaultRef: 'v6',
  versionFile: { input: 'go-version-file', files: ['go.mod'] },
  version: { input: 'go-version', value: 'stable' },
  title: 'Go',
};
const JAVA: SetupAction = {
  action: 'actions/setup-java',
  defaultRef: 'v5',
  versionFile: { input: 'java-version-file', files: ['.java-version'] },
  version: { input: 'java-version', value: '21' },
  extra: { distribution: 'temurin' },
  title: 'Java',
};
const DOTNET: SetupAction = {
  action: 'actions/setup-dotnet',
  defaultRef: 'v4',
  versionFile: { input: 'global-json-file', files: ['global.json'] },
  version: { input: 'dotnet-version', value: '8.0.x' },
  title: '.NET',
};

export const SETUP_ACTIONS: Readonly<Record<string, SetupAction>> = {
  node: NODE,
  nodejs: NODE,
  npm: NODE,
  npx: NODE,
  python: PYTHON,
  python3: PYTHON,
  pip: PYTHON,
  pip3: PYTHON,
  go: GO,
  gofmt: GO,
  java: JAVA,
  javac: JAVA,
  jar: JAVA,
  dotnet: DOTNET,
};

/** Commands that come with Node.js once corepack is enabled. */
export const COREPACK_COMMANDS: ReadonlySet<string> = new Set(['yarn', 'pnpm']);

export const APT_PACKAGES: Readonly<Record<string, string>> = {
  ant: 'ant',
  asciidoctor: 'asciidoctor',
  aspell: 'aspell',
  autoconf: 'autoconf',
  automake: 'automake',
  bats: 'bats',
  bc: 'bc',
  bison: 'bison',
  ccache: 'ccache',
  clang: 'clang',
  'clang-format': 'clang-format',
  'clang-tidy': 'clang-tidy',
  cloc: 'cloc',
  cmake: 'cmake',
  convert: 'imagemagick',
  cppcheck: 'cppcheck',
  curl: 'curl',
  dos2unix: 'dos2unix',
  dot: 'graphviz',
  doxygen: 'doxygen',
  envsubst: 'gettext-base',
  expect: 'expect',
  ffmpeg: 'ffmpeg',
  ffprobe: 'ffmpeg',
  file: 'file',
  flex: 'flex',
  'g++': 'g++',
  gcc: 'gcc',
  gdb: 'gdb',
  genhtml: 'lcov',
  gfortran: 'gfortran',
  'git-lfs': 'git-lfs',
  gnuplot: 'gnuplot',
  gperf: 'gperf',
  gpg: 'gnupg',
  gs: 'ghostscript',
  help2man: 'help2man',
  hunspell: 'hunspell',
  identify: 'imagemagick',
  inkscape: 'inkscape',
  jq: 'jq',
  latexmk: 'latexmk',
  lcov: 'lcov',
  libtoolize: 'libtool',
  m4: 'm4',
  make: 'make',
  makeinfo: 'texinfo',
  msgfmt: 'gettext',
  mvn: 'maven',
  mysql: 'mysql-client',
  nasm: 'nasm',
  nc: 'netcat-openbsd',
  ninja: 'ninja-build',
  pandoc: 'pandoc',
  parallel: 'parallel',
  patchelf: 'patchelf',
  pdfinfo: 'poppler-utils',
  pdflatex: 'texlive-latex-base',
  pdftotext: 'poppler-utils',
  pg_dump: 'postgresql-client',
  'pkg-config': 'pkg-config',
  protoc: 'protobuf-compiler',
  psql: 'postgresql-client',
  'redis-cli': 'redis-tools',
  rg: 'ripgrep',
  rsync: 'rsync',
  shellcheck: 'shellcheck',
  socat: 'socat',
  sponge: 'moreutils',
  sqlite3: 'sqlite3',
  svn: 'subversion',
  swig: 'swig',
  tidy: 'tidy',
  tree: 'tree',
  unzip: 'unzip',
  valgrind: 'valgrind',
  wget: 'wget',
  xelatex: 'texlive-xetex',
  xmllint: 'libxml2-utils',
  xmlstarlet: 'xmlstarlet',
  xsltproc: 'xsltproc',
  'xvfb-run': 'xvfb',
  Xvfb: 'xvfb',
  xxd: 'xxd',
  yamllint: 'yamllint',
  zip: 'zip',
  zsh: 'zsh',
};
