import { isMissingBytes, isMissingText, parseNumberBytes, parseNumberText } from './cell.js';
import { seededRandom } from './reservoir.js';

const bytesOf = (text: string) => Buffer.from(text, 'utf8');
const parseBytes = (text: string) => {
  // embed the cell in other bytes so the parser must respect [start, end)
  const padded = bytesOf(`9,${text},9`);
  return parseNumberBytes(padded, 2, padded.length - 2);
};

describe('missing cells', () => {
  const tokens = ['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None'];
  it.each(tokens)('%j is missing', (token) => {
    expect(isMissingText(token)).toBe(true);
    const padded = bytesOf(`x${token}x`);
    expect(isMissingBytes(padded, 1, padded.length - 1)).toBe(true);
  });

  const notMissing = [
    ' NA',
    'NA ',
    'na',
    'NAN',
    'Nan',
    '-nan',
    'Null',
    'none',
    'NONE',
    'N/a',
    'n/a',
    'nul',
    'Nonee',
    'N',
    'x',
    '0',
    '#N/A',
  ];
  it.each(notMissing)('%j is not missing (only the exact tokens are)', (text) => {
    expect(isMissingText(text)).toBe(false);
    const padded = bytesOf(`x${text}x`);
    expect(isMissingBytes(padded, 1, padded.length - 1)).toBe(false);
  });
});

describe('parseNumberBytes and parseNumberText', () => {
  const tricky = [
    '0',
    '-0',
    '-0.0',
    '+0',
    '0.1',
    '0.2',
    '0.3',
    '1',
    '-1',
    '+5',
    '.5',
    '-.5',
    '5.',
    '007',
    '1e5',
    '1E5',
    '1e+5',
    '1e-5',
    '1.5e-7',
    '-1.234567',
    '11.938091',
    '123456789012345',
    '1234567890123456',
    '12345678901234567',
    '9007199254740991',
    '9007199254740992',
    '9007199254740993', // halfway between two doubles: ties to even
    '9007199254740995',
    '18014398509481985',
    '0.1e1',
    '1e22',
    '1e23', // not exact, past Clinger's range
    '8.5e22',
    '1e-22',
    '1e-23',
    '123456789e-22',
    '1e-320', // subnormal
    '4.9e-324',
    '2.4703282292062327e-324', // just below half the smallest subnormal: 0
    '2.4703282292062328e-324', // just above: the smallest subnormal
    '2.2250738585072011e-308', // the classic slow-path / hang case
    '2.2250738585072012e-308',
    '2.225073858507201136057409796709131975934819546351645648e-308',
    '1.7976931348623157e308',
    '1.7976931348623158e308',
    '1.7976931348623159e308', // overflows to Infinity
    '1e309',
    '-1e309',
    '1e-400',
    '0e999999999999',
    '1e999999999999',
    '1e-999999999999',
    '1.00000000000000011102230246251565404236316680908203125', // exactly halfway
    '1.00000000000000011102230246251565404236316680908203124',
    '1.00000000000000011102230246251565404236316680908203126',
    '0.000000000000000000000000000000000000001',
    '123456789012345678901234567890123456789012345678901234567890',
    '3.14159265358979323846264338327950288419716939937510',
    '1.000000000000000000000000000000',
    '100000000000000000000000',
    ' 12 ',
    '\t-3.5\t',
    '  1e3',
    '1.5  ',
  ];

  it.each(tricky)('%j reads as Number() reads it', (text) => {
    const expected = Number(text);
    expect(Object.is(parseBytes(text), expected)).toBe(true);
    expect(Object.is(parseNumberText(text), expected)).toBe(true);
  });

  const infinities: [string, number][] = [
    ['inf', Infinity],
    ['-inf', -Infinity],
    ['+inf', Infinity],
    ['INF', Infinity],
    ['Inf', Infinity],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['+Infinity', Infinity],
    ['infinity', Infinity],
    ['-INFINITY', -Infinity],
    [' inf ', Infinity],
  ];
  it.each(infinities)('%j is an infinity', (text, expected) => {
    expect(parseBytes(text)).toBe(expected);
    expect(parseNumberText(text)).toBe(expected);
  });

  const notNumbers = [
    '0x10', // Number() says 16: not in a data file
    '0X1F',
    '0b1',
    '0o7',
    '1_000',
    '1,5',
    '1.2.3',
    '1e',
    '1e+',
    '1e-',
    'e5',
    '.e5',
    '.',
    '-',
    '+',
    '--1',
    '+-1',
    '1e5.5',
    '12abc',
    'abc',
    '1 2',
    ' ',
    '\t',
    '$5',
    '5%',
    '١٢', // Arabic-Indic digits
    '１２', // full-width digits
    'infinit',
    'infinityy',
    'in',
    '-i',
    'nan', // missing, not a number (the caller checks missing first)
    'NaN',
    '1\n',
    '\n1',
    '\u00a012', // no-break space: Number() trims it, we do not
  ];
  it.each(notNumbers)('%j is not a number', (text) => {
    expect(parseBytes(text)).toBeNaN();
    expect(parseNumberText(text)).toBeNaN();
  });

  it('agrees with Number() on 50,000 random decimal strings', () => {
    const random = seededRandom(42);
    const int = (n: number) => Math.floor(random() * n);
    const digits = (n: number) => Array.from({ length: n }, () => String(int(10))).join('');
    let mismatches = 0;
    const failures: string[] = [];
    for (let k = 0; k < 50_000; k++) {
      const sign = ['', '-', '+'][int(3)] as string;
      const whole = digits(int(20));
      const fraction = random() < 0.7 ? `.${digits(int(20))}` : '';
      const exponent =
        random() < 0.4 ? `${random() < 0.5 ? 'e' : 'E'}${['', '-', '+'][int(3)]}${int(random() < 0.8 ? 30 : 400)}` : '';
      let text = `${sign}${whole}${fraction}${exponent}`;
      if (whole === '' && (fraction === '' || fraction === '.')) text = `${sign}0${exponent}`;
      const expected = Number(text);
      if (!Object.is(parseBytes(text), expected) || !Object.is(parseNumberText(text), expected)) {
        mismatches++;
        if (failures.length < 5) failures.push(text);
      }
    }
    expect(failures).toEqual([]);
    expect(mismatches).toBe(0);
  });

  it('reads back every double it is given in the usual notations', () => {
    const random = seededRandom(7);
    const failures: string[] = [];
    const bits = new DataView(new ArrayBuffer(8));
    for (let k = 0; k < 20_000; k++) {
      // random bit patterns cover subnormals and huge exponents; scaled normals cover everyday data
      bits.setUint32(0, Math.floor(random() * 2 ** 32));
      bits.setUint32(4, Math.floor(random() * 2 ** 32));
      const wild = bits.getFloat64(0);
      const everyday = (random() - 0.5) * 10 ** Math.floor(random() * 12 - 4);
      for (const value of [wild, everyday]) {
        if (!Number.isFinite(value)) continue;
        for (const text of [String(value), value.toExponential(), value.toPrecision(1 + Math.floor(random() * 21))]) {
          if (!Object.is(parseBytes(text), Number(text))) failures.push(text);
        }
        if (Math.abs(value) < 1e21) {
          const fixed = value.toFixed(6);
          if (!Object.is(parseBytes(fixed), Number(fixed))) failures.push(fixed);
        }
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
