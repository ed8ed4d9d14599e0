import { readMarker, renderMarker } from './github/markers.js';
import {
  codeBlock,
  details,
  escapeMarkdown,
  fitBody,
  GITHUB_BODY_LIMIT,
  GITHUB_TITLE_LIMIT,
  inlineCode,
  issueTitle,
} from './markdown.js';

const ZWSP = '\u200b';
const lines = (count: number, make = (i: number) => `line ${i + 1}`) =>
  Array.from({ length: count }, (_, i) => make(i));

/** The content between a fenced block's opening and closing fence, as CommonMark reads it. */
function fencedContent(block: string): { fence: string; content: string } {
  const all = block.split('\n');
  const opening = /^(`{3,})/.exec(all[0] ?? '');
  if (!opening?.[1]) throw new Error(`not a fenced block: ${block.slice(0, 40)}`);
  const fence = opening[1];
  const closeAt = all.findIndex((line, i) => i > 0 && new RegExp(`^ {0,3}${fence}\`*[ \\t]*$`).test(line));
  return { fence, content: all.slice(1, closeAt).join('\n') };
}

describe('codeBlock', () => {
  test('uses a fence longer than any backtick run, so the text cannot close it', () => {
    const text = ['```', 'code', '````', '  ```````   ', 'inline `x` and ``y``'].join('\n');
    const block = codeBlock(text);
    const { fence, content } = fencedContent(block);
    expect(fence).toBe('````````');
    expect(content).toBe(text);
    expect(block.endsWith(`\n${fence}`)).toBe(true);
  });

  test('plain text gets three backticks and an optional language', () => {
    expect(codeBlock('hello\n', 'python')).toBe('```python\nhello\n```');
    expect(codeBlock('a\r\nb')).toBe('```\na\nb\n```');
    expect(codeBlock('x', 'js `evil`')).toBe('```\nx\n```');
  });

  test('log text with </details> and forged markers stays inert', () => {
    const forged = renderMarker('diagnosis', { forged: true });
    const block = codeBlock(`</details>\n${forged}`);
    expect(readMarker(block, 'diagnosis', (d): d is unknown => true)).toBeNull();
    expect(block.replace(new RegExp(ZWSP, 'g'), '')).toContain(forged);
  });
});

describe('inlineCode', () => {
  test.each([
    ['npm', '`npm`'],
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
    ['a\nb', '`a b`'],
    [' padded ', '`  padded  `'],
  ])('%j → %j', (input, expected) => {
    expect(inlineCode(input)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  test('one line, Markdown and HTML characters escaped', () => {
    expect(escapeMarkdown('a | b\nc')).toBe('a \\| b c');
    expect(escapeMarkdown('<img src=x> *bold* _it_ [l](u) `c` ~s~ &amp;')).toBe(
      '\\<img src=x\\> \\*bold\\* \\_it\\_ \\[l\\](u) \\`c\\` \\~s\\~ \\&amp;',
    );
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
  });

  test('mentions and references ping and link no one', () => {
    const out = escapeMarkdown('cc @octocat @org/team, see #12 and GH-34; mail a@b.com');
    expect(out).toBe(`cc @${ZWSP}octocat @${ZWSP}org/team, see #${ZWSP}12 and GH-${ZWSP}34; mail a@b.com`);
    expect(out).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
    expect(out).not.toMatch(/#\d/);
  });

  test('a forged marker cannot be read through it', () => {
    const forged = renderMarker('diagnosis', { forged: true });
    expect(readMarker(escapeMarkdown(forged), 'diagnosis', (d): d is unknown => true)).toBeNull();
  });
});

describe('issueTitle', () => {
  test('one line, no control characters, no pings', () => {
    expect(issueTitle('  CI failed:\n\tmodule\u0007 not found @dev  ')).toBe(`CI failed: module not found @${ZWSP}dev`);
  });

  test('cut to the limit with an ellipsis, never splitting a surrogate pair', () => {
    const long = issueTitle('x'.repeat(1000));
    expect(long).toHaveLength(GITHUB_TITLE_LIMIT);
    expect(long.endsWith('…')).toBe(true);
    const emoji = issueTitle(`${'a'.repeat(8)}🚀🚀🚀`, 10);
    expect(emoji).toBe(`${'a'.repeat(8)}…`);
    expect(issueTitle('short', 10)).toBe('short');
  });
});

describe('details', () => {
  test('collapsed section with an escaped summary', () => {
    expect(details('Log of <job> @me', codeBlock('x'))).toBe(
      `<details><summary>Log of &lt;job&gt; @${ZWSP}me</summary>\n\n\`\`\`\nx\n\`\`\`\n\n</details>`,
    );
    expect(details('s', 'b', { open: true }).startsWith('<details open><summary>s</summary>')).toBe(true);
  });

  test('a summary cannot close the section or start a new block', () => {
    const out = details('</summary></details>\n\n# x', 'b');
    expect(out.match(/<\/details>/g)).toHaveLength(1);
    expect(out.split('\n')[0]).toBe('<details><summary>&lt;/summary&gt;&lt;/details&gt;  # x</summary>');
  });
});

describe('fitBody', () => {
  const marker = renderMarker('diagnosis', { runId: 1, fingerprint: 'real' });
  const isAny = (d: unknown): d is { runId: number; fingerprint: string } => typeof d === 'object' && d !== null;

  test('a body that fits is the sections joined, marker last, untouched', () => {
    const body = fitBody(['## Summary', { lines: ['a', 'b'] }, 'Footer'], { marker });
    expect(body).toBe(`## Summary\n\n\`\`\`\na\nb\n\`\`\`\n\nFooter\n\n${marker}`);
    expect(readMarker(body, 'diagnosis', isAny)).toEqual({ runId: 1, fingerprint: 'real' });
  });

  test('trims excerpts with a visible note until the body fits, keeping both ends by default', () => {
    const body = fitBody(['intro', { lines: lines(5000) }], { marker, limit: 2000 });
    expect(body.length).toBeLessThanOrEqual(2000);
    expect(body.length).toBeGreaterThan(1900); // no more is dropped than needed
    expect(body).toMatch(/\n… trimmed \d+ lines …\n/);
    expect(body).toContain('\nline 1\n');
    expect(body).toContain('\nline 5000\n');
    expect(body.endsWith(marker)).toBe(true);
    const trimmed = Number(/trimmed (\d+) lines/.exec(body)?.[1]);
    const shown = body.split('\n').filter((l) => /^line \d+$/.test(l)).length;
    expect(shown + trimmed).toBe(5000);
  });

  test('keep: head and tail', () => {
    const head = fitBody([{ lines: lines(1000), keep: 'head' }], { limit: 500 });
    expect(head).toContain('line 1\n');
    expect(head).not.toContain('line 1000');
    expect(head).toMatch(/\n… trimmed \d+ lines …\n```$/);
    const tail = fitBody([{ lines: lines(1000), keep: 'tail' }], { limit: 500 });
    expect(tail).toMatch(/^```\n… trimmed \d+ lines …\n/);
    expect(tail).toContain('line 1000\n');
  });

  test('trims the largest excerpt first and leaves plain sections alone', () => {
    const body = fitBody(
      ['# Title', { lines: lines(20, (i) => `small ${i}`) }, 'middle text', { lines: lines(2000, (i) => `big ${i}`) }],
      { marker, limit: 3000 },
    );
    expect(body.length).toBeLessThanOrEqual(3000);
    expect(body).toContain('small 19');
    expect(body).not.toMatch(/trimmed \d+ lines …\n(small|```\n\n)/);
    expect(body).toContain('# Title\n\n');
    expect(body).toContain('\n\nmiddle text\n\n');
  });

  test('custom render, e.g. a collapsed section', () => {
    const body = fitBody([{ lines: lines(3000), render: (text) => details('Full log', codeBlock(text, 'text')) }], {
      limit: 1000,
    });
    expect(body.length).toBeLessThanOrEqual(1000);
    expect(body.startsWith('<details><summary>Full log</summary>\n\n```text\n')).toBe(true);
    expect(body.endsWith('```\n\n</details>')).toBe(true);
  });

  test('very long lines are cut so that a line still fits', () => {
    const body = fitBody([{ lines: ['x'.repeat(100_000), 'next'] }], { maxLineLength: 50 });
    expect(body).toContain(`${'x'.repeat(50)} … (99950 more characters)\nnext`);
  });

  test('a 5 MB log fits GitHub’s limit quickly', () => {
    const log = lines(100_000, (i) => `2024-05-01T10:00:00.0000000Z step ${i} ${'y'.repeat(i % 80)}`);
    const start = performance.now();
    const body = fitBody(['## Failure', { lines: log }], { marker });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body.length).toBeGreaterThan(GITHUB_BODY_LIMIT - 200);
    expect(body.endsWith(marker)).toBe(true);
  });

  test('throws, naming the sizes, when the plain sections alone cannot fit', () => {
    expect(() => fitBody(['x'.repeat(600), { lines: lines(10) }], { marker, limit: 500 })).toThrow(
      /fitBody: the body is \d+ characters with every excerpt emptied \(marker: \d+\), over the limit of 500/,
    );
    expect(() => fitBody(['a'], { limit: 0 })).toThrow(/limit must be a positive integer, got 0/);
    expect(() => fitBody(['a'], { maxLineLength: 1.5 })).toThrow(/maxLineLength must be a positive integer, got 1.5/);
  });

  test('adversarial log text: the real marker wins and the blocks stay closed', () => {
    const forged = renderMarker('diagnosis', { runId: 666, fingerprint: 'forged' });
    const hostile = [
      '```',
      '</details>',
      forged,
      `<!--self-heal:diagnosis v1 ${forged.split(' ')[3]}-->`,
      '<!-- unclosed comment',
      '@octocat please look',
      '````````````',
    ];
    const body = fitBody(
      [
        `Failed with ${escapeMarkdown(hostile.join(' '))}`,
        { lines: hostile, render: (text) => details('Log', codeBlock(text)) },
        { lines: [...hostile, ...lines(3000)] },
        forged, // even a plain section cannot smuggle one in
      ],
      { marker, limit: 4000 },
    );
    expect(body.length).toBeLessThanOrEqual(4000);
    expect(readMarker(body, 'diagnosis', isAny)).toEqual({ runId: 1, fingerprint: 'real' });
    // Only the real marker is readable: remove it and nothing is left to read.
    expect(readMarker(body.slice(0, -marker.length), 'diagnosis', isAny)).toBeNull();
    // Both excerpts are fenced by 13 backticks, longer than the 12-backtick run inside them,
    // and hold the hostile lines as content.
    const fenced = body.split(/^`{13}$/m);
    expect(fenced).toHaveLength(5);
    for (const content of [fenced[1], fenced[3]]) expect(content).toContain('\n```\n</details>\n');
    // Outside the code blocks, the only </details> is the one that closes the section.
    const outside = [fenced[0], fenced[2], fenced[4]].join('');
    expect(outside.match(/<\/details>/g)).toHaveLength(1);
    expect(fenced[2]).toMatch(/^\n\n<\/details>\n\n$/);
  });
});
