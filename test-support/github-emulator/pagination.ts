import type { RequestContext } from './http.js';

/** GitHub's page sizes: `per_page` defaults to 30 and is capped at 100. */
export function pageBounds(query: URLSearchParams): { perPage: number; page: number } {
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
  return { perPage, page };
}

/**
 * One page of `items` and the `Link` header GitHub sends with it (`prev`, `next`, `last`,
 * `first`, each only when it applies), built on the URL the client asked for.
 */
export function paginate<T>(ctx: Pick<RequestContext, 'url' | 'baseUrl' | 'query'>, items: T[]) {
  const { perPage, page } = pageBounds(ctx.query);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number) => {
    const params = new URLSearchParams(ctx.url.search);
    params.delete('page');
    params.set('page', String(n));
    return `<${ctx.baseUrl}${ctx.url.pathname}?${params.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${link(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) rels.push(`${link(page + 1)}; rel="next"`, `${link(lastPage)}; rel="last"`);
  if (page > 1) rels.push(`${link(1)}; rel="first"`);
  const headers: Record<string, string> = rels.length > 0 ? { link: rels.join(', ') } : {};
  return { items: slice, headers, totalCount: items.length };
}
