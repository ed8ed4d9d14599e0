import { cleanLine, stripLine } from './clean-line.js';

describe('cleanLine', () => {
  it('removes the Actions timestamp, a byte-order mark and colours', () => {
    expect(stripLine('\uFEFF2024-05-01T12:00:00.1234567Z \u001b[31;1mError:\u001b[0m boom')).toBe('Error: boom');
    expect(stripLine('2024-05-01T12:00:00Z plain')).toBe('plain');
  });

  it('keeps text that only looks like a timestamp later in the line', () => {
    expect(stripLine('started at 2024-05-01T12:00:00.1Z ok')).toBe('started at 2024-05-01T12:00:00.1Z ok');
  });

  it('shows the last state of a line rewritten with carriage returns', () => {
    expect(stripLine('10%\r50%\r100% done\r')).toBe('100% done');
    expect(stripLine('line\r')).toBe('line');
  });

  it('removes cursor moves, titles and charset switches', () => {
    expect(stripLine('\u001b[0Kok\u001b(B \u001b]0;title\u0007x')).toBe('ok x');
  });

  it('splits off workflow commands as the level', () => {
    expect(cleanLine('2024-05-01T12:00:00.1Z ##[error]Process completed with exit code 1.')).toEqual({
      text: '##[error]Process completed with exit code 1.',
      body: 'Process completed with exit code 1.',
      level: 'error',
    });
    expect(cleanLine('##[group]Run npm test').level).toBe('group');
    expect(cleanLine('## Heading').level).toBeUndefined();
  });
});
