import type { SpecRoute } from './openapi-spec.js';

/**
 * One scripted answer: a status (with GitHub's default body), a connection reset, a delay before
 * normal handling, or a full response (optionally delayed).
 */
export type FaultResponse =
  | number
  | 'reset'
  | { delayMs: number }
  | { status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number };

export interface FaultRule {
  /** HTTP method; any when left out. */
  method?: string;
  /**
   * A route template as the OpenAPI description writes it (`/repos/{owner}/{repo}/issues`),
   * a literal path (`/repos/acme/app/issues`), or a RegExp tested against the path.
   */
  path: string | RegExp;
  /** Consumed one per matching request, in order; then requests are handled normally. */
  responses: FaultResponse[];
}

interface ActiveRule extends FaultRule {
  remaining: FaultResponse[];
}

/** Scripted failures per route, for retry and error-path tests. */
export class FaultInjector {
  private readonly rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    if (rule.responses.length === 0) throw new Error('faults.add: responses must not be empty');
    this.rules.push({ ...rule, remaining: [...rule.responses] });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** Scripted answers not yet consumed, over all rules. */
  get pending(): number {
    return this.rules.reduce((sum, rule) => sum + rule.remaining.length, 0);
  }

  /** The next scripted answer for this request, consuming it; undefined when none applies. */
  take(method: string, pathname: string, route: SpecRoute | undefined): FaultResponse | undefined {
    for (const rule of this.rules) {
      if (rule.remaining.length === 0) continue;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!matches(rule.path, pathname, route)) continue;
      return rule.remaining.shift();
    }
    return undefined;
  }
}

function matches(path: string | RegExp, pathname: string, route: SpecRoute | undefined): boolean {
  if (path instanceof RegExp) return path.test(pathname);
  if (path.includes('{')) return route?.template === path;
  return path === pathname;
}
