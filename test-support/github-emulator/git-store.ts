import { createHash } from 'node:crypto';

/** A git object as git stores it: the SHA is sha1 of `<type> <size>\0<content>`. */
export type GitObject =
  | { type: 'blob'; sha: string; content: Buffer }
  | { type: 'tree'; sha: string; entries: TreeEntry[] }
  | { type: 'commit'; sha: string; commit: CommitData };

/** One entry of a tree object. Modes as the REST API shows them (`040000` for trees). */
export interface TreeEntry {
  name: string;
  mode: '100644' | '100755' | '040000' | '160000' | '120000';
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface Signature {
  name: string;
  email: string;
  /** ISO 8601; the offset, when present, is kept in the commit object as git does. */
  date: string;
}

export interface CommitData {
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

/** A tree entry with its full path, as `git ls-tree -r -t` lists it. */
export interface PathEntry extends TreeEntry {
  path: string;
  size?: number;
}

/** What a path should become in a new tree: bytes, an existing object, or deletion (null). */
export type TreeChange =
  | { content: Buffer; mode?: '100644' | '100755' }
  | { mode: TreeEntry['mode']; type: TreeEntry['type']; sha: string }
  | null;

export class GitError extends Error {
  override name = 'GitError';
}

function sha1(type: string, body: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest('hex');
}

/** Git orders tree entries by name, comparing a tree's name as if it ended in `/`. */
function treeSortKey(entry: TreeEntry): Buffer {
  return Buffer.from(entry.type === 'tree' ? `${entry.name}/` : entry.name);
}

function encodeTree(entries: TreeEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    // Git writes tree modes without the leading zero the API shows.
    const mode = entry.mode === '040000' ? '40000' : entry.mode;
    parts.push(Buffer.from(`${mode} ${entry.name}\0`), Buffer.from(entry.sha, 'hex'));
  }
  return Buffer.concat(parts);
}

/** `1700000000 +0000` from an ISO date, keeping its offset. */
function gitDate(iso: string): string {
  const millis = Date.parse(iso);
  if (Number.isNaN(millis)) throw new GitError(`Invalid date "${iso}"`);
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const zone = offset ? `${offset[1]}${offset[2]}${offset[3]}` : '+0000';
  return `${Math.floor(millis / 1000)} ${zone}`;
}

function encodeCommit(commit: CommitData): Buffer {
  const lines = [`tree ${commit.tree}`];
  for (const parent of commit.parents) lines.push(`parent ${parent}`);
  lines.push(`author ${commit.author.name} <${commit.author.email}> ${gitDate(commit.author.date)}`);
  lines.push(`committer ${commit.committer.name} <${commit.committer.email}> ${gitDate(commit.committer.date)}`);
  return Buffer.from(`${lines.join('\n')}\n\n${commit.message}`);
}

interface MutableTree {
  entries: Map<string, TreeEntry | MutableTree>;
}

function isMutable(value: TreeEntry | MutableTree): value is MutableTree {
  return 'entries' in value;
}

/** An in-memory object database: content-addressed exactly like git, so SHAs match real git. */
export class GitStore {
  readonly objects = new Map<string, GitObject>();

  writeBlob(content: Buffer | string): string {
    const body = typeof content === 'string' ? Buffer.from(content) : content;
    const sha = sha1('blob', body);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'blob', sha, content: body });
    return sha;
  }

  writeTree(entries: TreeEntry[]): string {
    const names = new Set<string>();
    for (const entry of entries) {
      if (!entry.name || entry.name.includes('/') || entry.name === '.' || entry.name === '..') {
        throw new GitError(`Invalid tree entry name "${entry.name}"`);
      }
      if (names.has(entry.name)) throw new GitError(`Duplicate tree entry "${entry.name}"`);
      names.add(entry.name);
      if (entry.type !== 'commit') this.require(entry.sha, entry.type);
    }
    const sorted = [...entries].sort((a, b) => Buffer.compare(treeSortKey(a), treeSortKey(b)));
    const sha = sha1('tree', encodeTree(sorted));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'tree', sha, entries: sorted });
    return sha;
  }

  writeCommit(commit: CommitData): string {
    this.require(commit.tree, 'tree');
    for (const parent of commit.parents) this.require(parent, 'commit');
    const sha = sha1('commit', encodeCommit(commit));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'commit', sha, commit: structuredClone(commit) });
    return sha;
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha.toLowerCase());
  }

  require<T extends GitObject['type']>(sha: string, type: T): Extract<GitObject, { type: T }> {
    const object = this.get(sha);
    if (!object || object.type !== type) throw new GitError(`${type} ${sha} does not exist`);
    return object as Extract<GitObject, { type: T }>;
  }

  blob(sha: string): Buffer | undefined {
    const object = this.get(sha);
    return object?.type === 'blob' ? object.content : undefined;
  }

  tree(sha: string): TreeEntry[] | undefined {
    const object = this.get(sha);
    return object?.type === 'tree' ? object.entries : undefined;
  }

  commit(sha: string): CommitData | undefined {
    const object = this.get(sha);
    return object?.type === 'commit' ? object.commit : undefined;
  }

  /** Every entry under a tree, parents before children, like `git ls-tree -r -t`. */
  listTree(treeSha: string, recursive: boolean): PathEntry[] {
    const out: PathEntry[] = [];
    const walk = (sha: string, prefix: string) => {
      for (const entry of this.require(sha, 'tree').entries) {
        const path = prefix ? `${prefix}/${entry.name}` : entry.name;
        const size = entry.type === 'blob' ? this.blob(entry.sha)?.length : undefined;
        out.push({ ...entry, path, ...(size === undefined ? {} : { size }) });
        if (recursive && entry.type === 'tree') walk(entry.sha, path);
      }
    };
    walk(treeSha, '');
    return out;
  }

  /** The entry at `path` inside a tree (the tree itself for an empty path). */
  entryAt(treeSha: string, path: string): TreeEntry | undefined {
    const parts = path.split('/').filter(Boolean);
    let current: TreeEntry = { name: '', mode: '040000', type: 'tree', sha: treeSha };
    for (const part of parts) {
      if (current.type !== 'tree') return undefined;
      const next: TreeEntry | undefined = this.tree(current.sha)?.find((e) => e.name === part);
      if (!next) return undefined;
      current = next;
    }
    return current;
  }

  /**
   * A new tree: `baseTree` (or empty) with each path replaced, added or deleted. Paths may be
   * nested (`a/b/c.txt`); missing directories are created, emptied ones disappear, as on GitHub.
   */
  applyChanges(baseTree: string | undefined, changes: Iterable<[string, TreeChange]>): string {
    const root: MutableTree = { entries: new Map() };
    if (baseTree) for (const entry of this.require(baseTree, 'tree').entries) root.entries.set(entry.name, entry);
    const expand = (parent: MutableTree, name: string): MutableTree => {
      const existing = parent.entries.get(name);
      if (existing && isMutable(existing)) return existing;
      const child: MutableTree = { entries: new Map() };
      if (existing && existing.type === 'tree') {
        for (const entry of this.require(existing.sha, 'tree').entries) child.entries.set(entry.name, entry);
      }
      parent.entries.set(name, child);
      return child;
    };
    for (const [path, change] of changes) {
      const parts = path.split('/');
      if (parts.some((p) => p === '' || p === '.' || p === '..')) throw new GitError(`Invalid path "${path}"`);
      const name = parts.pop() as string;
      let dir = root;
      if (change === null) {
        for (const part of parts) {
          const next = dir.entries.get(part);
          if (!next || (!isMutable(next) && next.type !== 'tree')) throw new GitError(`Path "${path}" does not exist`);
          dir = expand(dir, part);
        }
        if (!dir.entries.delete(name)) throw new GitError(`Path "${path}" does not exist`);
        continue;
      }
      for (const part of parts) dir = expand(dir, part);
      if ('content' in change) {
        dir.entries.set(name, {
          name,
          mode: change.mode ?? '100644',
          type: 'blob',
          sha: this.writeBlob(change.content),
        });
      } else {
        if (change.type !== 'commit') this.require(change.sha, change.type);
        dir.entries.set(name, { name, mode: change.mode, type: change.type, sha: change.sha });
      }
    }
    const write = (tree: MutableTree): string | undefined => {
      const entries: TreeEntry[] = [];
      for (const [name, value] of tree.entries) {
        if (isMutable(value)) {
          const sha = write(value);
          if (sha) entries.push({ name, mode: '040000', type: 'tree', sha });
        } else {
          entries.push(value);
        }
      }
      return entries.length > 0 || tree === root ? this.writeTree(entries) : undefined;
    };
    return write(root) as string;
  }

  /** True when `ancestor` is `descendant` or reachable through its parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commit(sha)?.parents ?? []));
    }
    return false;
  }
}
