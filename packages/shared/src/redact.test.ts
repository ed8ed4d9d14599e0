import { MASK, redact, redactDeep } from './redact.js';
import type { Diagnosis } from './types.js';

/**
 * Fake secrets are assembled at run time, so that this file holds no contiguous token-shaped
 * literal for a secret scanner (or GitHub push protection) to flag.
 */
const ALNUM = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4y5Z6';
const body = (length: number, alphabet = ALNUM): string =>
  alphabet.repeat(Math.ceil(length / alphabet.length)).slice(0, length);
const join = (...parts: string[]): string => parts.join('');

const GITHUB_PAT = join('ghp', '_', body(36));
const GITHUB_APP = join('ghs', '_', body(36));
const GITHUB_OAUTH = join('gho', '_', body(36));
const GITHUB_USER = join('ghu', '_', body(36));
const GITHUB_REFRESH = join('ghr', '_', body(36));
const GITHUB_FINE = join('github', '_pat_', body(22), '_', body(59));
const AWS_KEY_ID = join('AKIA', 'IOSFODNN7EXAMPL9');
const AWS_TEMP_KEY_ID = join('ASIA', 'Q3EGUVTKDR7LWX2Z');
const AWS_SECRET = join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY');
const JWT = join(
  'eyJ',
  'hbGciOiJIUzI1NiJ9',
  '.',
  'eyJ',
  'zdWIiOiIxMjM0NTY3ODkwIn0',
  '.',
  'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
);
const SLACK_BOT = join('xox', 'b-', '1234567890-1234567890123-', body(24));
const SLACK_APP = join('xa', 'pp-', '1-A0123456789-1234567890123-', body(32));
const SLACK_WEBHOOK_PATH = join('T0', '0000000/B00000000/', body(24));
const OPENAI = join('sk', '-', body(48));
const OPENAI_PROJECT = join('sk', '-proj-', body(40), '_', body(20));
const ANTHROPIC = join('sk', '-ant-api03-', body(80));
const NPM = join('npm', '_', body(36));
const GOOGLE = join('AI', 'za', body(35, 'SyA1b2C3d4-E5f6_G7h8')); // 35 after the prefix
const STRIPE = join('sk', '_live_', body(24));
const STRIPE_WEBHOOK = join('wh', 'sec_', body(32));
const GITLAB = join('gl', 'pat-', body(20));
const HUGGING_FACE = join('h', 'f_', body(34));
const PRIVATE_KEY_BODY = [
  body(64, 'MIIEpAIBAAKCAQEA7v9x'),
  body(64, 'Qz1kLm2Np3Rs4Tu5Vw6X'),
  `${body(30, 'y7Z8a9B0c+d/eFgH')}==`,
];
const BEGIN = (type: string) => join('-----BEGIN ', type, 'PRIVATE KEY-----');
const END = (type: string) => join('-----END ', type, 'PRIVATE KEY-----');

interface Case {
  name: string;
  input: string;
  /** Every one of these must be absent from the output. */
  secrets: string[];
  /** The exact output, where it documents how the text stays readable. */
  expected?: string;
}

const CASES: Case[] = [
  {
    name: 'classic GitHub PAT',
    input: `token ${GITHUB_PAT} rejected`,
    secrets: [GITHUB_PAT],
    expected: 'token ghp_*** rejected',
  },
  { name: 'GitHub App installation token', input: `GH_TOKEN=${GITHUB_APP}`, secrets: [GITHUB_APP] },
  { name: 'GitHub OAuth token', input: `oauth: ${GITHUB_OAUTH}`, secrets: [GITHUB_OAUTH] },
  { name: 'GitHub user-to-server token', input: `(${GITHUB_USER})`, secrets: [GITHUB_USER], expected: '(ghu_***)' },
  { name: 'GitHub refresh token', input: `refresh=${GITHUB_REFRESH}`, secrets: [GITHUB_REFRESH] },
  {
    name: 'GitHub fine-grained PAT',
    input: `using ${GITHUB_FINE}.`,
    secrets: [GITHUB_FINE],
    expected: 'using github_pat_***.',
  },
  {
    name: 'AWS access key id',
    input: `aws_access_key_id = ${AWS_KEY_ID}`,
    secrets: [AWS_KEY_ID],
    expected: 'aws_access_key_id = AKIA***',
  },
  { name: 'AWS temporary key id', input: `"AccessKeyId": "${AWS_TEMP_KEY_ID}"`, secrets: [AWS_TEMP_KEY_ID] },
  {
    name: 'AWS secret key in an ini file',
    input: `aws_secret_access_key = ${AWS_SECRET}`,
    secrets: [AWS_SECRET],
    expected: 'aws_secret_access_key = ***',
  },
  {
    name: 'AWS secret key in sts JSON output',
    input: `{ "SecretAccessKey": "${AWS_SECRET}", "Expiration": "2024-01-01" }`,
    secrets: [AWS_SECRET],
    expected: '{ "SecretAccessKey": "***", "Expiration": "2024-01-01" }',
  },
  { name: 'AWS secret key as env', input: `AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`, secrets: [AWS_SECRET] },
  {
    name: 'private key block with GitHub log timestamps',
    input: [
      `2024-05-01T10:00:00.0000000Z ${BEGIN('RSA ')}`,
      ...PRIVATE_KEY_BODY.map((line) => `2024-05-01T10:00:00.0000000Z ${line}`),
      `2024-05-01T10:00:00.0000000Z ${END('RSA ')}`,
      'next line',
    ].join('\n'),
    secrets: PRIVATE_KEY_BODY,
    expected: [
      `2024-05-01T10:00:00.0000000Z ${BEGIN('RSA ')}`,
      '2024-05-01T10:00:00.0000000Z ***',
      '2024-05-01T10:00:00.0000000Z ***',
      '2024-05-01T10:00:00.0000000Z ***',
      `2024-05-01T10:00:00.0000000Z ${END('RSA ')}`,
      'next line',
    ].join('\n'),
  },
  {
    name: 'OpenSSH private key with CRLF',
    input: [BEGIN('OPENSSH '), ...PRIVATE_KEY_BODY, END('OPENSSH ')].join('\r\n'),
    secrets: PRIVATE_KEY_BODY,
  },
  {
    name: 'private key JSON-escaped on one line',
    input: `{"private_key": "${BEGIN('')}\\n${PRIVATE_KEY_BODY.join('\\n')}\\n${END('')}\\n"}`,
    secrets: PRIVATE_KEY_BODY,
  },
  {
    name: 'truncated private key without its END line',
    input: [BEGIN('EC '), ...PRIVATE_KEY_BODY, 'Error: process exited with 1'].join('\n'),
    secrets: PRIVATE_KEY_BODY,
    expected: [BEGIN('EC '), MASK, MASK, MASK, 'Error: process exited with 1'].join('\n'),
  },
  {
    name: 'PGP private key block',
    input: [
      join('-----BEGIN PGP ', 'PRIVATE KEY BLOCK-----'),
      '',
      ...PRIVATE_KEY_BODY,
      join('-----END PGP ', 'PRIVATE KEY BLOCK-----'),
    ].join('\n'),
    secrets: PRIVATE_KEY_BODY,
  },
  { name: 'JWT', input: `id_token ${JWT} expired`, secrets: [JWT], expected: 'id_token *** expired' },
  { name: 'Slack bot token', input: `SLACK=${SLACK_BOT}`, secrets: [SLACK_BOT.slice(5)] },
  {
    name: 'Slack app token',
    input: `slack app ${SLACK_APP}`,
    secrets: [SLACK_APP.slice(5)],
    expected: 'slack app xapp-***',
  },
  {
    name: 'Slack webhook',
    input: `POST https://hooks.slack.com/services/${SLACK_WEBHOOK_PATH} failed`,
    secrets: [SLACK_WEBHOOK_PATH],
    expected: 'POST https://hooks.slack.com/services/*** failed',
  },
  { name: 'OpenAI key', input: `Incorrect API key provided: ${OPENAI}`, secrets: [OPENAI.slice(3)] },
  { name: 'OpenAI project key', input: `OPENAI_API_KEY=${OPENAI_PROJECT}`, secrets: [OPENAI_PROJECT.slice(8)] },
  { name: 'Anthropic key', input: `x-api-key ${ANTHROPIC}`, secrets: [ANTHROPIC.slice(14)] },
  {
    name: 'npm token in .npmrc',
    input: `//registry.npmjs.org/:_authToken=${NPM}`,
    secrets: [NPM],
    expected: '//registry.npmjs.org/:_authToken=npm_***',
  },
  { name: 'npm token alone', input: `npm token ${NPM}`, secrets: [NPM], expected: 'npm token npm_***' },
  { name: 'Google API key', input: `?key=${GOOGLE}&q=1`, secrets: [GOOGLE.slice(4)] },
  { name: 'Stripe live key', input: `Stripe.api_key = '${STRIPE}'`, secrets: [STRIPE.slice(8)] },
  { name: 'Stripe webhook secret', input: `using ${STRIPE_WEBHOOK}`, secrets: [STRIPE_WEBHOOK.slice(6)] },
  { name: 'GitLab token', input: `glab auth ${GITLAB}`, secrets: [GITLAB.slice(6)] },
  { name: 'Hugging Face token', input: `HF ${HUGGING_FACE}`, secrets: [HUGGING_FACE.slice(3)] },
  {
    name: 'Authorization: Bearer header',
    input: `curl -H "Authorization: Bearer abc123.DEF456-ghi" https://api.example.com`,
    secrets: ['abc123.DEF456-ghi'],
    expected: 'curl -H "Authorization: Bearer ***" https://api.example.com',
  },
  {
    name: 'Authorization: Basic header',
    input: 'authorization: Basic dXNlcjpwYXNzd29yZA==',
    secrets: ['dXNlcjpwYXNzd29yZA=='],
    expected: 'authorization: Basic ***',
  },
  {
    name: 'Authorization header as JSON',
    input: '{"Authorization": "token 0123456789abcdef0123"}',
    secrets: ['0123456789abcdef0123'],
    expected: '{"Authorization": "token ***"}',
  },
  {
    name: 'Bearer outside a header',
    input: "headers: {'x': 'Bearer q9W8e7R6t5Y4u3I2'}",
    secrets: ['q9W8e7R6t5Y4u3I2'],
  },
  {
    name: 'password in an https URL',
    input: 'fatal: unable to access https://bob:hunter2@example.com/repo.git/',
    secrets: ['hunter2'],
    expected: 'fatal: unable to access https://bob:***@example.com/repo.git/',
  },
  {
    name: 'password with an unencoded @ in a URL',
    input: 'DATABASE_URL=postgres://app:p@ss:w0rd@db.internal:5432/app',
    secrets: ['p@ss:w0rd', 'ss:w0rd'],
    expected: 'DATABASE_URL=postgres://app:***@db.internal:5432/app',
  },
  {
    name: 'redis URL with an empty user',
    input: 'redis://:s3cretpass@cache:6379/0',
    secrets: ['s3cretpass'],
    expected: 'redis://:***@cache:6379/0',
  },
  {
    name: 'mongodb+srv connection string',
    input: 'mongodb+srv://admin:Xy7pQ2@cluster0.mongodb.net/db',
    secrets: ['Xy7pQ2'],
  },
  {
    name: 'ADO.NET connection string',
    input: 'Server=db;Database=app;User Id=sa;Password=Pa55w0rd!;Encrypt=true',
    secrets: ['Pa55w0rd!'],
    expected: 'Server=db;Database=app;User Id=sa;Password=***;Encrypt=true',
  },
  {
    name: 'JDBC query password',
    input: 'jdbc:mysql://db/app?user=root&password=t0ps3cret&ssl=true',
    secrets: ['t0ps3cret'],
  },
  {
    name: 'env assignment',
    input: 'export DB_PASSWORD=hunter22',
    secrets: ['hunter22'],
    expected: 'export DB_PASSWORD=***',
  },
  { name: 'env assignment, quoted with spaces', input: 'SECRET_KEY="two words here"', secrets: ['two words here'] },
  {
    name: 'YAML assignment',
    input: '  client_secret: Zx9Yw8Vu7Ts6',
    secrets: ['Zx9Yw8Vu7Ts6'],
    expected: '  client_secret: ***',
  },
  {
    name: 'YAML single-quoted',
    input: "  password: 'it''s me'",
    secrets: ["it''s me", 's me'],
    expected: "  password: '***'",
  },
  {
    name: 'JSON assignment',
    input: '{"apiKey":"k3y-V4lue-123"}',
    secrets: ['k3y-V4lue-123'],
    expected: '{"apiKey":"***"}',
  },
  {
    name: 'JSON inside a JSON string',
    input: '"{\\"password\\": \\"hunter2\\"}"',
    secrets: ['hunter2'],
    expected: '"{\\"password\\": \\"***\\"}"',
  },
  {
    name: 'CLI --password=',
    input: 'mysql --password=hunter2 -h db',
    secrets: ['hunter2'],
    expected: 'mysql --password=*** -h db',
  },
  {
    name: 'CLI --token value',
    input: 'tool --token Abc123Def456 --verbose',
    secrets: ['Abc123Def456'],
    expected: 'tool --token *** --verbose',
  },
  {
    name: 'curl -u user:password',
    input: 'curl -u admin:S3cret! https://x',
    secrets: ['S3cret!'],
    expected: 'curl -u admin:*** https://x',
  },
  { name: 'docker --build-arg', input: 'docker build --build-arg NPM_TOKEN=abc123def456 .', secrets: ['abc123def456'] },
  { name: 'PowerShell env', input: '$env:API_TOKEN = "abcdef123456"', secrets: ['abcdef123456'] },
  {
    name: 'HTTP header X-Api-Key',
    input: 'X-Api-Key: 9f8e7d6c5b4a',
    secrets: ['9f8e7d6c5b4a'],
    expected: 'X-Api-Key: ***',
  },
  { name: 'GitLab Private-Token header', input: 'Private-Token: q1w2e3r4t5y6', secrets: ['q1w2e3r4t5y6'] },
  { name: 'camelCase key', input: 'sessionToken=Qwerty123456', secrets: ['Qwerty123456'] },
  { name: 'dotted key', input: 'spring.datasource.password=hunter2', secrets: ['hunter2'] },
  {
    name: 'aws configure set, key and value apart',
    input: `aws configure set aws_secret_access_key ${AWS_SECRET}`,
    secrets: [AWS_SECRET],
    expected: 'aws configure set aws_secret_access_key ***',
  },
  {
    name: 'npm config set of an auth token',
    input: 'npm config set //registry.npmjs.org/:_authToken Zq8Rw3Lp0Xv5Tn2K',
    secrets: ['Zq8Rw3Lp0Xv5Tn2K'],
    expected: 'npm config set //registry.npmjs.org/:_authToken ***',
  },
  {
    name: 'docker login -p',
    input: 'docker login -u bot -p Dk3rPassw0rd9 ghcr.io',
    secrets: ['Dk3rPassw0rd9'],
    expected: 'docker login -u bot -p *** ghcr.io',
  },
  {
    name: 'mysql -pPASSWORD',
    input: "mysql -uroot -pMyS9lRootPw77 -e 'select 1'",
    secrets: ['MyS9lRootPw77'],
    expected: "mysql -uroot -p*** -e 'select 1'",
  },
  {
    name: 'bare base64 line',
    input: `line\n${AWS_SECRET}a1\nnext`,
    secrets: [AWS_SECRET],
    expected: 'line\n***\nnext',
  },
];

describe('redact: secrets in, none out', () => {
  test.each(CASES)('$name', ({ input, secrets, expected }) => {
    const output = redact(input);
    for (const secret of secrets) expect(output).not.toContain(secret);
    if (expected !== undefined) expect(output).toBe(expected);
  });

  test.each(CASES)('idempotent and line-preserving: $name', ({ input }) => {
    const once = redact(input);
    expect(redact(once)).toBe(once);
    expect(once.split('\n')).toHaveLength(input.split('\n').length);
  });

  test('idempotent and line-preserving on 3000 random mixes of secret fragments', () => {
    const FRAGMENTS = [
      'password',
      'token',
      'API_KEY',
      'cache_key',
      '=',
      ':',
      ': ',
      '"',
      "'",
      '\\"',
      ' ',
      '\n',
      '\r\n',
      '@',
      '//',
      'https://',
      'u:',
      '***',
      'ghp_',
      body(36),
      'eyJ',
      '.',
      'Bearer ',
      'Basic ',
      'Authorization: ',
      '-u ',
      '--token ',
      BEGIN(''),
      END(''),
      'AKIA',
      'sk-',
      '$',
      '${{ x }}',
      'abc',
      'A1b2C3d4',
      ',',
      ';',
      '&',
      '-',
      '_',
      '`',
      'xoxb-',
      '2024-05-01T10:00:00.0000000Z ',
      `${AWS_SECRET}a1`,
    ];
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const input = Array.from({ length: 5 + random(40) }, () => FRAGMENTS[random(FRAGMENTS.length)]).join('');
      const once = redact(input);
      if (redact(once) !== once)
        throw new Error(
          `not idempotent on ${JSON.stringify(input)}: ${JSON.stringify(once)} then ${JSON.stringify(redact(once))}`,
        );
      expect(once.split('\n')).toHaveLength(input.split('\n').length);
    }
  });

  test('many secrets on one line, each masked', () => {
    const output = redact(`a=${GITHUB_PAT} b=${NPM} c=${JWT} password=hunter2`);
    expect(output).toBe('a=ghp_*** b=npm_*** c=*** password=***');
  });
});

describe('redact: ordinary log text is left alone', () => {
  const NEGATIVES = [
    'commit 3f2a9c1e8b7d6f5a4c3b2a1908f7e6d5c4b3a291',
    'sha256:9b2e3f4a5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f',
    'uuid 123e4567-e89b-12d3-a456-426614174000',
    'integrity sha512-Xk3jT0u6k8KzE6bYlXbQmT7kXv1bq6nKdH9k0y3hF1J5sZbqJfM2o8rR4tY6uW7vX8yZ9A==',
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    '/home/runner/work/repo/repo/src/token/password-reset.ts:12:5',
    'KEY_NAME=',
    'TOKEN_COUNT=5',
    'max_tokens: 4096',
    'secrets: inherit',
    'persist-credentials: false',
    '  token: ${{ secrets.GITHUB_TOKEN }}',
    '  password: ${{ secrets.DB_PASSWORD }}',
    'GITHUB_TOKEN: ***',
    'env: API_TOKEN=$API_TOKEN',
    'TOKEN=${TOKEN}',
    'PASSWORD=%PASSWORD%',
    "  key: ${{ runner.os }}-node-${{ hashFiles('**/package-lock.json') }}",
    'Cache restored from key: node-cache-Linux-x64-npm-4f7b9c2e1d',
    'primary_key: id',
    'public_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGdi',
    'https://github.com/octo/repo/actions/runs/123456789/job/987654321',
    'git@github.com:octo/repo.git',
    'ssh://git@github.com:22/octo/repo.git',
    'http://localhost:8080/health',
    'Error: Bad credentials',
    'Basic authentication failed',
    'Authorization: required',
    'docker run -u 1000:1000 node:20',
    'docker login -u bot -p $REGISTRY_PASSWORD ghcr.io',
    'docker login -u bot --password-stdin ghcr.io',
    'mysql -uroot -p -e "select 1"',
    'git config --global user.name octocat',
    'aws configure set region eu-west-1',
    'docker run -p 8080:80 nginx',
    'git push -u origin main',
    'task-runner-with-a-long-name-and-digits-123',
    'monkey=banana-split-sundae',
    'Password: ',
    'The token is invalid or expired.',
    'Run actions/checkout@v4',
    'npm ERR! 404 Not Found - GET https://registry.npmjs.org/@scope%2fpkg - Not found',
    '##[error]Process completed with exit code 1.',
    '2024-05-01T10:00:00.0000000Z Downloading action repository',
    'ghp_short',
    '***',
  ];

  test.each(NEGATIVES)('%s', (line) => {
    expect(redact(line)).toBe(line);
  });

  test('a whole log of ordinary lines is unchanged', () => {
    const log = NEGATIVES.join('\n');
    expect(redact(log)).toBe(log);
  });
});

describe('redactDeep', () => {
  const diagnosis: Diagnosis = {
    category: 'permission',
    ruleId: 'http-401',
    summary: `git push with ${GITHUB_PAT} was rejected`,
    lines: [
      { n: 10, text: 'remote: Permission denied' },
      { n: 11, text: `fatal: https://x-access-token:${GITHUB_APP}@github.com/o/r` },
    ],
    facts: { command: 'git push', tokens: ['plain', `password=hunter22`], attempts: 3, retried: true },
    ecosystem: 'shell',
    fingerprint: 'abc123',
    transient: false,
    confidence: 0.9,
  };

  test('redacts every string, keeps keys, numbers and booleans, returns a copy', () => {
    const before = structuredClone(diagnosis);
    const out = redactDeep(diagnosis);
    expect(JSON.stringify(out)).not.toContain(GITHUB_PAT);
    expect(JSON.stringify(out)).not.toContain(GITHUB_APP);
    expect(JSON.stringify(out)).not.toContain('hunter22');
    expect(out.summary).toBe('git push with ghp_*** was rejected');
    expect(out.lines[1]).toEqual({ n: 11, text: 'fatal: https://x-access-token:ghs_***@github.com/o/r' });
    expect(out.facts).toEqual({ command: 'git push', tokens: ['plain', 'password=***'], attempts: 3, retried: true });
    expect(out.confidence).toBe(0.9);
    expect(diagnosis).toEqual(before);
  });

  test('passes through null, numbers and plain strings', () => {
    expect(redactDeep(null)).toBeNull();
    expect(redactDeep(42)).toBe(42);
    expect(redactDeep('plain')).toBe('plain');
  });
});

describe('redact: linear time on adversarial input', () => {
  // Each seed repeated makes one pattern start (or almost match) at every few characters.
  const SEEDS = [
    'a',
    ' ',
    'ghp_',
    'github_pat_',
    'eyJa',
    'eyJaaaa.eyJ',
    'xoxb-',
    'sk-proj-',
    'AKIA',
    'password=',
    'password="',
    'password=\\"',
    "token='",
    '"token": "',
    'a_token: ',
    '--token ',
    'https://a:',
    'a://b:c',
    `${BEGIN('')}\n`,
    END(''),
    'Bearer ',
    'Authorization: ',
    '-u a:',
    'A1b2',
    'a=',
    'a:',
    '\\"',
    'aa_key=',
  ];
  const fill = (seed: string, size: number): string => seed.repeat(Math.ceil(size / seed.length)).slice(0, size);

  test.each(SEEDS)('1 MB of %j in well under a second', (seed) => {
    const input = fill(seed, 1 << 20);
    const start = performance.now();
    redact(input);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  test('a 5 MB log mixing every adversarial seed', () => {
    const chunk = Math.floor((5 << 20) / SEEDS.length);
    const input = SEEDS.map((seed) => `${fill(seed, chunk)}\n`).join('');
    const start = performance.now();
    const output = redact(input);
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(5000);
    expect(output.split('\n')).toHaveLength(input.split('\n').length);
  });

  test('a 5 MB line inside a quoted value does not overflow the stack', () => {
    const input = `password="${fill('a\\"', 5 << 20)}`;
    expect(() => redact(input)).not.toThrow();
    expect(redact(input)).toBe('password="***');
  });
});
