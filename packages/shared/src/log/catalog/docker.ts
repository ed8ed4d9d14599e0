import type { Rule } from '../rule.js';

const r = String.raw;

/** docker build (classic builder and BuildKit), docker pull/push, the daemon. */
export const DOCKER_RULES: Rule[] = [
  {
    id: 'docker-pull-rate-limit',
    category: 'rate-limit',
    ecosystem: 'docker',
    patterns: [r`toomanyrequests: You have reached your (?:unauthenticated )?pull rate limit`],
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
      r`manifest for (?<module>\S+?) not found`,
      r`manifest unknown(?:: manifest unknown)?`,
      r`pull access denied for (?<module>[\w.\-/:]+), repository does not exist or may require 'docker login'`,
      r`failed to resolve source metadata for (?<module>\S+?): .*not found`,
      r`(?<module>[\w.\-/]+:[\w.\-]+): not found$`,
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
      r`COPY failed: (?:file not found in build context or excluded by \.dockerignore: )?stat (?<path>\S+): file does not exist`,
      r`COPY failed: (?:forbidden path outside the build context|no source files were specified)`,
      r`failed to compute cache key: .*"(?<path>[^"]+)" not found`,
      r`failed to (?:calculate checksum of ref|compute cache key)[^:]*: .*"(?<path>[^"]+)": not found`,
      r`unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat (?<path>\S+): no such file`,
      r`failed to read dockerfile: open (?<path>\S+): no such file or directory`,
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
      r`Cannot connect to the Docker daemon at`,
      r`Is the docker daemon running\?`,
      r`error during connect: .*docker`,
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
      r`The command '(?<command>.+)' returned a non-zero code: (?<code>\d+)`,
      r`(?:ERROR: )?failed to solve: process "(?<command>.+)" did not complete successfully: exit code: (?<code>\d+)`,
      r`executor failed running \[(?<command>.+)\]: exit code: (?<code>\d+)`,
      r`^ERROR: failed to solve: (?<message>.+)`,
      r`^Error: buildx failed with: (?<message>.+)`,
    ],
    priority: 16,
    context: { after: 0 },
  },
];
