export const id = 711;
export const ids = [711];
export const modules = {

/***/ 7711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  drift: () => (/* binding */ drift)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/shared/src/errors.ts
var errors = __webpack_require__(9680);
;// CONCATENATED MODULE: ./actions/drift-check/src/atomic-write.ts





function samePath(a, b) {
    const real = (p) => {
        try {
            return (0,external_node_fs_.realpathSync)(p);
        }
        catch {
            return (0,external_node_path_.resolve)(p);
        }
    };
    return real(a) === real(b);
}
/**
 * Writes `path` whole or not at all: the text goes to a temporary file in the same folder (same file
 * system, so the rename is atomic), which then replaces `path`. A reader never sees half a report, and a
 * failure leaves the previous file as it was. `what` names the file in the error ("the report"); the files in
 * `keep` (the data the report was computed from) are never replaced.
 */
async function writeFileAtomic(path, text, what, keep = []) {
    if (keep.some((file) => samePath(file, path))) {
        throw new errors/* UserError */.y(`Refusing to write ${what} to ${path}: that is one of the data files it was computed from.`);
    }
    const folder = (0,external_node_path_.dirname)(path);
    const temporary = (0,external_node_path_.join)(folder, `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.mkdir)(folder, { recursive: true });
        await (0,promises_.writeFile)(temporary, text, { flag: 'wx' });
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true }).catch(() => { });
        const reason = error.code ?? error.message;
        throw new errors/* UserError */.y(`Cannot write ${what} to ${path} (${reason}): check that the path is a writable file location.`);
    }
}

// EXTERNAL MODULE: ./packages/shared/src/version.ts
var version = __webpack_require__(4243);
;// CONCATENATED MODULE: ./actions/drift-check/src/read/read-error.ts

/** Input data that cannot be read as a table; the message names the file, row, line and column. */
class DataReadError extends errors/* UserError */.y {
    name = 'DataReadError';
    location;
    constructor(location, problem) {
        super(`${describeLocation(location)}: ${problem}`);
        this.location = location;
    }
}
function describeLocation({ path, row, line, column }) {
    const parts = [path];
    if (line !== undefined)
        parts.push(`line ${line}`);
    if (row !== undefined)
        parts.push(`row ${row}`);
    if (column !== undefined)
        parts.push(`column '${column}'`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/read-context.ts

/**
 * Checks a file's column names against the table, creating the table's columns at the first file.
 * Returns the table's columns that this file holds (all of them for CSV, TSV and Parquet).
 */
function useHeader(context, path, names) {
    if (context.schema === null) {
        context.schema = { path, names };
        const wanted = context.columns ?? names;
        const present = new Set(names);
        for (const name of wanted) {
            if (!present.has(name)) {
                throw new DataReadError({ path, column: name }, `no such column; the file has ${listNames(names)}`);
            }
        }
        for (const name of wanted)
            context.builder.addColumn(name);
        return wanted;
    }
    const expected = new Set(context.schema.names);
    const actual = new Set(names);
    const missing = [...expected].filter((n) => !actual.has(n));
    const extra = names.filter((n) => !expected.has(n));
    if (missing.length > 0 || extra.length > 0) {
        const problems = [];
        if (missing.length > 0)
            problems.push(`lacks ${listNames(missing)}`);
        if (extra.length > 0)
            problems.push(`has ${listNames(extra)} in addition`);
        throw new DataReadError({ path }, `its columns differ from those of ${context.schema.path}: it ${problems.join(' and ')}; files read together need the same columns`);
    }
    return context.builder.columnNames;
}
function listNames(names, limit = 12) {
    const shown = names.slice(0, limit).map((n) => `'${n}'`);
    const more = names.length > limit ? `, … (${names.length} in all)` : '';
    return `${shown.join(', ')}${more}`;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/cell.ts
/**
 * What one cell means, the same for every format (see the oracle README, "Input conventions"):
 *
 * - Missing iff the cell is exactly one of `"" NA N/A NaN nan null NULL None` (no trimming).
 * - A number iff, after trimming ASCII spaces and tabs (as `Number()`, Python's `float()` and pandas do),
 *   it is a plain decimal `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, or an infinity
 *   `[+-]? (inf | infinity)` in any letter case. The value is the correctly rounded double (as `Number()`).
 *   Not numbers, although `Number()` accepts them: `0x10`, `0b1`, `0o7` (hex/binary/octal), cells of only
 *   whitespace; not numbers by either: `1_000`, `1,5`, `1e`, `.`, `--1`.
 * - Anything else is text.
 *
 * `parseNumberBytes` parses straight from the file's bytes so numeric cells never become strings:
 * simple decimals (digits as an integer below 2^53, |decimal exponent| ≤ 22) take Clinger's fast path,
 * which is exact because both the integer significand and the power of ten are exact doubles and one
 * IEEE multiplication or division rounds correctly; everything else is validated here and handed to
 * `Number()`.
 */
/** Returned by the parsers for a cell that is not a number (a number never parses to NaN: `NaN` is missing). */
const NOT_A_NUMBER = Number.NaN;
const MISSING = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None']);
function isMissingText(text) {
    return text.length <= 4 && MISSING.has(text);
}
const N = 0x4e;
const n = 0x6e;
const A = 0x41;
const a = 0x61;
const SLASH = 0x2f;
/** `isMissingText` over UTF-8 bytes `[start, end)`. */
function isMissingBytes(bytes, start, end) {
    const length = end - start;
    if (length === 0)
        return true;
    if (length > 4 || length === 1)
        return false;
    const c0 = bytes[start];
    if (c0 !== N && c0 !== n)
        return false;
    const c1 = bytes[start + 1];
    if (length === 2)
        return c0 === N && c1 === A; // NA
    const c2 = bytes[start + 2];
    if (length === 3) {
        if (c0 === N)
            return (c1 === SLASH && c2 === A) || (c1 === a && c2 === N); // N/A NaN
        return c1 === a && c2 === n; // nan
    }
    const c3 = bytes[start + 3];
    if (c0 === n)
        return c1 === 0x75 && c2 === 0x6c && c3 === 0x6c; // null
    if (c1 === 0x55)
        return c2 === 0x4c && c3 === 0x4c; // NULL
    return c1 === 0x6f && c2 === n && c3 === 0x65; // None
}
/** 10^0 … 10^22: the powers of ten that are exact doubles. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const SPACE = 0x20;
const TAB = 0x09;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
/**
 * The number in bytes `[start, end)`, or NOT_A_NUMBER (NaN) when they are not a number by the rules above.
 * The caller checks for missing cells first.
 */
function parseNumberBytes(bytes, start, end) {
    let i = start;
    let last = end;
    while (i < last && (bytes[i] === SPACE || bytes[i] === TAB))
        i++;
    while (last > i && (bytes[last - 1] === SPACE || bytes[last - 1] === TAB))
        last--;
    if (i === last)
        return NOT_A_NUMBER;
    const from = i;
    let negative = false;
    let c = bytes[i];
    if (c === MINUS || c === PLUS) {
        negative = c === MINUS;
        if (++i === last)
            return NOT_A_NUMBER;
        c = bytes[i];
    }
    if ((c | 0x20) === 0x69)
        return parseInfinity(bytes, i, last, negative); // i or I
    // The digits accumulate into a double: while it stays below 2^53 every step was exact.
    let significand = 0;
    let exponent = 0; // minus the number of fraction digits, plus the written exponent
    const integerStart = i;
    for (; i < last; i++) {
        const d = bytes[i] - ZERO;
        if (d >>> 0 > 9)
            break;
        significand = significand * 10 + d;
    }
    let digits = i - integerStart;
    if (i < last && bytes[i] === DOT) {
        const fractionStart = ++i;
        for (; i < last; i++) {
            const d = bytes[i] - ZERO;
            if (d >>> 0 > 9)
                break;
            significand = significand * 10 + d;
        }
        exponent = fractionStart - i;
        digits -= exponent;
    }
    if (digits === 0)
        return NOT_A_NUMBER;
    if (i < last) {
        if ((bytes[i] | 0x20) !== 0x65)
            return NOT_A_NUMBER; // e or E
        i++;
        let exponentNegative = false;
        if (i < last && (bytes[i] === MINUS || bytes[i] === PLUS))
            exponentNegative = bytes[i++] === MINUS;
        const exponentStart = i;
        let written = 0;
        for (; i < last; i++) {
            const e = bytes[i] - ZERO;
            if (e >>> 0 > 9)
                return NOT_A_NUMBER;
            if (written < 100_000_000)
                written = written * 10 + e; // beyond this only Number() can tell 0 from ∞ anyway
        }
        if (i === exponentStart)
            return NOT_A_NUMBER;
        exponent += exponentNegative ? -written : written;
    }
    if (significand === 0)
        return negative ? -0 : 0;
    if (significand < 9007199254740992 && exponent >= -22 && exponent <= 22) {
        const value = exponent >= 0
            ? significand * EXACT_POWERS_OF_TEN[exponent]
            : significand / EXACT_POWERS_OF_TEN[-exponent];
        return negative ? -value : value;
    }
    // Valid decimal syntax, so Number() reads exactly what we validated, correctly rounded.
    return Number(latin1(bytes, from, last));
}
function parseInfinity(bytes, start, end, negative) {
    const length = end - start;
    if (length !== 3 && length !== 8)
        return NOT_A_NUMBER;
    const word = 'infinity';
    for (let k = 0; k < length; k++) {
        if ((bytes[start + k] | 0x20) !== word.charCodeAt(k))
            return NOT_A_NUMBER;
    }
    return negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}
function latin1(bytes, start, end) {
    let text = '';
    for (let k = start; k < end; k++)
        text += String.fromCharCode(bytes[k]);
    return text;
}
const DECIMAL = /^[ \t]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t]*$/;
const INFINITY = /^[ \t]*([+-]?)(?:inf|infinity)[ \t]*$/i;
/** `parseNumberBytes` for text that is already a string (JSON and Parquet string values). */
function parseNumberText(text) {
    if (DECIMAL.test(text))
        return Number(text);
    const infinity = INFINITY.exec(text);
    if (infinity)
        return infinity[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return NOT_A_NUMBER;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/delimited-scanner.ts


const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const delimited_scanner_MINUS = 0x2d;
const delimited_scanner_DOT = 0x2e;
const delimited_scanner_ZERO = 0x30;
const TWO_TO_53 = 2 ** 53;
/** 10^0 … 10^22, the exact powers of ten. */
const POWERS_OF_TEN = Float64Array.from({ length: 23 }, (_, i) => 10 ** i);
const READ_SIZE = 1 << 20;
/** A record longer than this is almost surely an unterminated quote; stop before memory runs out. */
const MAX_RECORD_BYTES = 1 << 28;
const INCOMPLETE = -1;
const UNTERMINATED_QUOTE = -2;
const TEXT_AFTER_QUOTE = -3;
function fieldText(record, k) {
    const text = record.bytes.toString('utf8', record.starts[k], record.ends[k]);
    return record.escaped[k] ? text.replaceAll('""', '"') : text;
}
/** The first (and last) four bytes of every Parquet file. */
const PARQUET_MAGIC = 'PAR1';
/** Reads `path` and reports its header and each data record to `visitor`. */
async function scanDelimited(path, delimiter, visitor) {
    const file = await openForReading(path);
    try {
        let bytes = Buffer.allocUnsafe(2 * READ_SIZE);
        const state = {
            bytes,
            starts: new Int32Array(64),
            ends: new Int32Array(64),
            escaped: new Uint8Array(64),
            decimals: new Float64Array(64),
            count: 0,
            line: 1,
            row: 0,
            offset: 0,
            fileSize: (await file.stat()).size,
            innerLines: 0,
            errorAt: 0,
        };
        let header = null;
        let consumed = 0; // file bytes before bytes[0]
        let length = 0;
        let eof = false;
        let atStart = true;
        while (!eof) {
            if (bytes.length - length < READ_SIZE) {
                if (length > MAX_RECORD_BYTES) {
                    throw new DataReadError({ path, line: state.line, row: header ? state.row + 1 : undefined }, `a record is longer than ${MAX_RECORD_BYTES >> 20} MiB; is a quote left open?`);
                }
                const grown = Buffer.allocUnsafe(bytes.length * 2);
                bytes.copy(grown, 0, 0, length);
                bytes = grown;
                state.bytes = bytes;
            }
            const { bytesRead } = await file.read(bytes, length, bytes.length - length, null);
            length += bytesRead;
            eof = bytesRead === 0;
            let position = 0;
            if (atStart) {
                if (length < 4 && !eof)
                    continue;
                atStart = false;
                if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
                    position = 3;
                if (length >= 4 && bytes.toString('latin1', 0, 4) === PARQUET_MAGIC) {
                    throw new DataReadError({ path }, 'is a Parquet file; name it .parquet or set the format to parquet');
                }
            }
            while (position < length) {
                const end = parseRecord(bytes, position, length, eof, delimiter, state);
                if (end === INCOMPLETE)
                    break;
                if (end < 0)
                    throw recordError(path, header, state, end);
                const blank = state.count === 1 && state.starts[0] === position && state.ends[0] === position;
                position = end;
                state.offset = consumed + end;
                if (!blank) {
                    if (header === null) {
                        header = headerNames(path, state);
                        visitor.header(header);
                    }
                    else {
                        state.row++;
                        if (!visitor.row(state))
                            return;
                    }
                }
                state.line += state.innerLines + 1;
            }
            bytes.copy(bytes, 0, position, length);
            length -= position;
            consumed += position;
        }
        if (header === null)
            throw new DataReadError({ path }, 'is empty: expected a header row with the column names');
    }
    finally {
        await file.close();
    }
}
async function openForReading(path) {
    let file;
    try {
        file = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new DataReadError({ path }, 'no such file');
        throw new DataReadError({ path }, `cannot be opened (${code ?? String(error)})`);
    }
    if ((await file.stat()).isDirectory()) {
        await file.close();
        throw new DataReadError({ path }, 'is a directory, not a data file');
    }
    return file;
}
function headerNames(path, state) {
    const names = [];
    const seen = new Map();
    for (let k = 0; k < state.count; k++) {
        // pandas names a nameless column (a written index) this way
        const name = fieldText(state, k) || `Unnamed: ${k}`;
        const before = seen.get(name);
        if (before !== undefined) {
            throw new DataReadError({ path, line: state.line }, `the header names column '${name}' twice (fields ${before + 1} and ${k + 1})`);
        }
        seen.set(name, k);
        names.push(name);
    }
    return names;
}
function recordError(path, header, state, code) {
    const location = {
        path,
        line: state.line,
        row: header ? state.row + 1 : undefined,
        column: header ? (header[state.count] ?? `#${state.count + 1}`) : undefined,
    };
    if (code === UNTERMINATED_QUOTE) {
        return new DataReadError(location, 'a quoted field is never closed (unterminated quote)');
    }
    const found = String.fromCharCode(state.bytes[state.errorAt]);
    return new DataReadError(location, `unexpected ${JSON.stringify(found)} after the closing quote of a quoted field (a quote inside a quoted field is written "")`);
}
function growFields(state) {
    const size = state.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    const decimals = new Float64Array(size);
    starts.set(state.starts);
    ends.set(state.ends);
    escaped.set(state.escaped);
    decimals.set(state.decimals);
    state.starts = starts;
    state.ends = ends;
    state.escaped = escaped;
    state.decimals = decimals;
}
/**
 * Parses one record from `position`; returns where the next one starts, INCOMPLETE when the bytes end
 * before the record does (and more may come), or an error code (the field reached is `state.count`).
 */
function parseRecord(bytes, position, length, eof, delimiter, state) {
    let count = 0;
    let innerLines = 0;
    let p = position;
    for (;;) {
        if (count === state.starts.length)
            growFields(state);
        if (p < length && bytes[p] === QUOTE) {
            const start = p + 1;
            let q = start;
            let escaped = 0;
            for (;;) {
                while (q < length && bytes[q] !== QUOTE) {
                    if (bytes[q] === LF)
                        innerLines++;
                    q++;
                }
                if (q >= length) {
                    if (!eof)
                        return INCOMPLETE;
                    state.count = count;
                    return UNTERMINATED_QUOTE;
                }
                if (q + 1 >= length && !eof)
                    return INCOMPLETE;
                if (q + 1 < length && bytes[q + 1] === QUOTE) {
                    escaped = 1;
                    q += 2;
                    continue;
                }
                break;
            }
            state.starts[count] = start;
            state.ends[count] = q;
            state.escaped[count] = escaped;
            state.decimals[count] = Number.NaN;
            count++;
            p = q + 1;
            if (p >= length)
                break; // end of file (checked above)
            const c = bytes[p];
            if (c === delimiter) {
                p++;
                continue;
            }
            if (c === LF) {
                p++;
                break;
            }
            if (c === CR) {
                if (p + 1 < length) {
                    p += bytes[p + 1] === LF ? 2 : 1;
                    break;
                }
                if (!eof)
                    return INCOMPLETE;
                p++;
                break;
            }
            state.count = count - 1; // the quoted field's index, for the message
            state.errorAt = p;
            return TEXT_AFTER_QUOTE;
        }
        // Unquoted: find the field's end, reading a plain decimal on the way (one pass over the bytes).
        const start = p;
        let significand = 0;
        let dot = -1;
        let plain = true;
        const negative = p < length && bytes[p] === delimited_scanner_MINUS;
        if (negative)
            p++;
        while (p < length) {
            const c = bytes[p];
            const digit = c - delimited_scanner_ZERO;
            if (digit >>> 0 <= 9) {
                significand = significand * 10 + digit;
            }
            else if (c === delimiter || c === LF || c === CR) {
                break;
            }
            else if (c === delimited_scanner_DOT && dot < 0) {
                dot = p;
            }
            else {
                plain = false;
            }
            p++;
        }
        if (p >= length && !eof)
            return INCOMPLETE;
        let decimal = Number.NaN;
        const fractionDigits = dot < 0 ? 0 : p - dot - 1;
        const digits = p - start - (negative ? 1 : 0) - (dot < 0 ? 0 : 1);
        if (plain && digits > 0 && significand < TWO_TO_53 && fractionDigits <= 22) {
            decimal = fractionDigits === 0 ? significand : significand / POWERS_OF_TEN[fractionDigits];
            if (negative)
                decimal = -decimal;
        }
        state.starts[count] = start;
        state.ends[count] = p;
        state.escaped[count] = 0;
        state.decimals[count] = decimal;
        count++;
        if (p >= length)
            break;
        const c = bytes[p];
        if (c === delimiter) {
            p++;
            continue;
        }
        if (c === LF) {
            p++;
            break;
        }
        // CR
        if (p + 1 < length) {
            p += bytes[p + 1] === LF ? 2 : 1;
            break;
        }
        if (!eof)
            return INCOMPLETE;
        p++;
        break;
    }
    state.count = count;
    state.innerLines = innerLines;
    return p;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/delimited.ts




const COMMA = 0x2c;
const delimited_TAB = 0x09;
const ESTIMATE_AFTER_ROWS = 1000;
/** Reads one CSV or TSV file into the table being built. */
async function readDelimitedFile(path, delimiter, context) {
    const builder = context.builder;
    builder.startFile(path);
    let fields = new Int32Array(0);
    let sinks = [];
    let width = 0;
    let header = [];
    await scanDelimited(path, delimiter, {
        header(names) {
            header = names;
            width = names.length;
            const columns = useHeader(context, path, names);
            fields = Int32Array.from(columns, (name) => names.indexOf(name));
            sinks = columns.map((name) => builder.column(name));
        },
        row(record) {
            if (record.count !== width)
                throw raggedRow(path, record, header, delimiter);
            if (record.row === ESTIMATE_AFTER_ROWS) {
                // the rows to come, from the bytes per row so far (+10%, rows vary), so columns grow once
                const perRow = record.offset / ESTIMATE_AFTER_ROWS;
                builder.expectRows(((record.fileSize - record.offset) / perRow) * 1.1);
            }
            const slot = builder.nextRow();
            if (slot < 0)
                return true;
            const { bytes, starts, ends, escaped, decimals } = record;
            for (let k = 0; k < fields.length; k++) {
                const field = fields[k];
                const sink = sinks[k];
                const decimal = decimals[field];
                if (!Number.isNaN(decimal))
                    sink.decimal(slot, decimal, bytes, starts[field], ends[field]);
                else if (escaped[field] === 0)
                    sink.bytes(slot, bytes, starts[field], ends[field]);
                else
                    sink.text(slot, fieldText(record, field));
            }
            return true;
        },
    });
}
/** The second pass over one file of a table: texts of number cells for `collector`. */
async function collectDelimitedTexts(file, delimiter, collector) {
    if (file.rows === 0 || collector.endRow <= file.firstRow)
        return;
    let fields = [];
    await scanDelimited(file.path, delimiter, {
        header(names) {
            fields = collector.requests.map((request) => names.indexOf(request.column));
        },
        row(record) {
            const row = file.firstRow + record.row - 1;
            if (row >= collector.endRow)
                return false;
            if (!collector.wants(row))
                return true;
            for (let k = 0; k < fields.length; k++) {
                const request = collector.requests[k];
                const field = fields[k];
                if (request === undefined || row >= request.beforeRow || field < 0)
                    continue;
                const text = numberText(record, field);
                if (text !== null)
                    request.texts.push(text);
            }
            return true;
        },
    });
}
function numberText(record, field) {
    if (record.escaped[field] !== 0) {
        const text = fieldText(record, field);
        return !isMissingText(text) && !Number.isNaN(parseNumberText(text)) ? text : null;
    }
    const start = record.starts[field];
    const end = record.ends[field];
    if (isMissingBytes(record.bytes, start, end))
        return null;
    const value = parseNumberBytes(record.bytes, start, end);
    return !Number.isNaN(value) ? record.bytes.toString('utf8', start, end) : null;
}
function raggedRow(path, record, header, delimiter) {
    const separator = delimiter === delimited_TAB ? 'tab' : 'comma';
    let problem = `has ${record.count} field${record.count === 1 ? '' : 's'}, but the header has ${header.length}`;
    if (record.count > header.length)
        problem += `; is a field holding a ${separator} not quoted?`;
    return new DataReadError({ path, line: record.line, row: record.row }, problem);
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./actions/drift-check/src/read/expand-pattern.ts




/**
 * The files a path or glob names, sorted (so a table's rows have one order). A pattern without glob
 * characters is returned as is (its existence is checked when it is read). `**` matches across folders;
 * hidden files and folders are matched only when the pattern names them.
 */
async function expandPattern(pattern) {
    const scan = picomatch_default().scan(pattern);
    if (!scan.isGlob)
        return [pattern];
    const base = scan.base === '' ? '.' : scan.base;
    const isMatch = picomatch_default()(scan.glob, { dot: false });
    // Without ** a pattern can only reach as many folders deep as it has segments.
    const maxDepth = scan.glob.includes('**') ? Number.POSITIVE_INFINITY : scan.glob.split('/').length;
    const found = [];
    const walk = async (folder, relative, depth) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        }
        catch (error) {
            if (depth === 1) {
                const code = error.code;
                throw new DataReadError({ path: pattern }, `cannot list folder '${base}' (${code ?? String(error)})`);
            }
            return;
        }
        for (const entry of entries) {
            const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory()) {
                if (depth < maxDepth)
                    await walk((0,external_node_path_.join)(folder, entry.name), path, depth + 1);
            }
            else if ((entry.isFile() || entry.isSymbolicLink()) && isMatch(path)) {
                found.push(base === '.' && scan.prefix === '' ? path : (0,external_node_path_.join)(base, path));
            }
        }
    };
    await walk(base, '', 1);
    if (found.length === 0)
        throw new DataReadError({ path: pattern }, 'no files match this pattern');
    return found.sort();
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/format.ts

const DATA_FORMATS = ['csv', 'tsv', 'jsonl', 'parquet'];
const BY_EXTENSION = {
    csv: 'csv',
    tsv: 'tsv',
    tab: 'tsv',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    json: 'jsonl',
    parquet: 'parquet',
    parq: 'parquet',
    pq: 'parquet',
};
/** The format of a data file by its extension (case-insensitive); `.json` files are read as JSON lines (or one array). */
function detectFormat(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? name.slice(dot + 1) : '';
    const format = BY_EXTENSION[extension];
    if (format)
        return format;
    if (['gz', 'bz2', 'xz', 'zst', 'zip'].includes(extension)) {
        throw new DataReadError({ path }, 'compressed data files are not read; decompress it first (Parquet compresses internally)');
    }
    throw new DataReadError({ path }, `cannot tell the format from the extension '${extension ? `.${extension}` : ''}'; name it .csv, .tsv, .jsonl, .ndjson, .json or .parquet, or set the format (${DATA_FORMATS.join(', ')})`);
}
function isDataFormat(value) {
    return DATA_FORMATS.includes(value);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/value-cell.ts

/**
 * Typed values (JSON lines, Parquet) as cells: null/undefined and NaN are missing, numbers (and bigints,
 * as the nearest double) are numbers, strings follow the text rules of cell.ts (so `"3.5"` is a number and
 * `"NA"` missing, as in a CSV), booleans are the texts `true`/`false`, dates their ISO text, and anything
 * else (arrays, objects) its JSON text.
 */
function feedValue(sink, slot, value) {
    switch (typeof value) {
        case 'number':
            sink.number(slot, value);
            return;
        case 'string':
            sink.text(slot, value);
            return;
        case 'bigint':
            sink.number(slot, Number(value));
            return;
        case 'boolean':
            sink.text(slot, value ? 'true' : 'false');
            return;
        case 'undefined':
            sink.missing(slot);
            return;
        default:
            if (value === null)
                sink.missing(slot);
            else
                sink.text(slot, describeValue(value));
    }
}
/** The text of a value that `feedValue` reads as a number (finite or not), else null. */
function numberTextOfValue(value) {
    if (typeof value === 'number')
        return !Number.isNaN(value) ? String(value) : null;
    if (typeof value === 'bigint')
        return String(value);
    if (typeof value === 'string')
        return !isMissingText(value) && !Number.isNaN(parseNumberText(value)) ? value : null;
    return null;
}
function describeValue(value) {
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (value instanceof Uint8Array)
        return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
    return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? String(v) : v));
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/json-lines.ts




const json_lines_READ_SIZE = 1 << 20;
/** A JSON array file is parsed whole; beyond this size it has to be JSON lines. */
const MAX_ARRAY_FILE_BYTES = 1 << 29;
/** Reads one JSON lines file into the table being built. */
async function readJsonLinesFile(path, context) {
    const builder = context.builder;
    builder.startFile(path);
    if (context.schema === null) {
        context.schema = { path, names: [] };
        for (const name of context.columns ?? [])
            builder.addColumn(name);
    }
    const only = context.columns ? new Set(context.columns) : null;
    const index = new Map();
    const sinks = [];
    const lastRow = [];
    for (const name of builder.columnNames) {
        index.set(name, sinks.length);
        sinks.push(builder.column(name));
        lastRow.push(0);
    }
    const seen = context.seenKeys ?? new Set();
    context.seenKeys = seen;
    await scanJsonRecords(path, (record, where) => {
        const slot = builder.nextRow();
        let touched = 0;
        for (const key in record) {
            let k = index.get(key);
            if (k === undefined) {
                if (only !== null)
                    continue;
                k = sinks.length;
                index.set(key, k);
                sinks.push(builder.addColumn(key, true));
                lastRow.push(0);
            }
            if (lastRow[k] !== where.row) {
                lastRow[k] = where.row;
                touched++;
            }
            if (slot >= 0)
                feedValue(sinks[k], slot, record[key]);
            if (only !== null)
                seen.add(key);
        }
        if (slot >= 0 && touched < sinks.length) {
            for (let k = 0; k < sinks.length; k++)
                if (lastRow[k] !== where.row)
                    sinks[k].missing(slot);
        }
        return true;
    });
}
/** The second pass over one JSON lines file: texts of number cells for `collector`. */
async function collectJsonTexts(file, collector) {
    if (file.rows === 0 || collector.endRow <= file.firstRow)
        return;
    await scanJsonRecords(file.path, (record, where) => {
        const row = file.firstRow + where.row - 1;
        if (row >= collector.endRow)
            return false;
        if (!collector.wants(row))
            return true;
        for (const request of collector.requests) {
            if (row >= request.beforeRow)
                continue;
            const text = numberTextOfValue(record[request.column]);
            if (text !== null)
                request.texts.push(text);
        }
        return true;
    });
}
/** Calls `visit` with each object of a JSON lines file (or JSON array file); `visit` returns false to stop. */
async function scanJsonRecords(path, visit) {
    const file = await openForReading(path);
    let isArray = false;
    try {
        isArray = await scanLines(path, file, visit);
    }
    finally {
        await file.close();
    }
    if (isArray)
        await scanJsonArray(path, visit);
}
/** Returns true, having read nothing, when the file is a JSON array rather than JSON lines. */
async function scanLines(path, file, visit) {
    let bytes = Buffer.allocUnsafe(2 * json_lines_READ_SIZE);
    let length = 0;
    let eof = false;
    let atStart = true;
    let line = 0;
    let row = 0;
    while (!eof) {
        if (bytes.length - length < json_lines_READ_SIZE) {
            const grown = Buffer.allocUnsafe(bytes.length * 2);
            bytes.copy(grown, 0, 0, length);
            bytes = grown;
        }
        const { bytesRead } = await file.read(bytes, length, bytes.length - length, null);
        length += bytesRead;
        eof = bytesRead === 0;
        let position = 0;
        if (atStart) {
            if (length < 3 && !eof)
                continue;
            if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
                position = 3;
            const first = firstNonSpace(bytes, position, length);
            if (first < 0 && !eof)
                continue; // only whitespace so far
            atStart = false;
            if (first >= 0 && bytes[first] === 0x5b)
                return true; // [
        }
        while (position < length) {
            let end = bytes.indexOf(0x0a, position);
            if (end < 0 || end >= length) {
                if (!eof)
                    break;
                end = length;
            }
            line++;
            const text = bytes.toString('utf8', position, end);
            position = end + 1;
            if (text.trim() === '')
                continue;
            row++;
            if (!visit(parseObject(path, text, { line, row }), { line, row }))
                return false;
        }
        if (position > length)
            position = length;
        bytes.copy(bytes, 0, position, length);
        length -= position;
    }
    return false;
}
async function scanJsonArray(path, visit) {
    const { size } = await (0,promises_.stat)(path);
    if (size > MAX_ARRAY_FILE_BYTES) {
        throw new DataReadError({ path }, `is one JSON array of ${size} bytes; write large data as JSON lines (one object per line)`);
    }
    let text = await (0,promises_.readFile)(path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new DataReadError({ path }, `starts with '[' but is not one valid JSON array (${error.message}); JSON lines need one object per line`);
    }
    if (!Array.isArray(value))
        throw new DataReadError({ path }, 'is not a JSON array of objects');
    for (let i = 0; i < value.length; i++) {
        const element = value[i];
        if (!isRecord(element)) {
            throw new DataReadError({ path, row: i + 1 }, `array element ${i + 1} is ${describeJson(element)}, not a JSON object`);
        }
        if (!visit(element, { row: i + 1 }))
            return;
    }
}
function parseObject(path, text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new DataReadError({ path, line: where.line }, `invalid JSON: ${error.message}`);
    }
    if (!isRecord(value)) {
        throw new DataReadError({ path, line: where.line }, `expected a JSON object, found ${describeJson(value)}`);
    }
    return value;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeJson(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return `a ${typeof value}`;
}
function firstNonSpace(bytes, start, end) {
    for (let i = start; i < end; i++) {
        const c = bytes[i];
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
            return i;
    }
    return -1;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 16 modules
var read = __webpack_require__(3720);
;// CONCATENATED MODULE: ./actions/drift-check/src/read/parquet.ts






/**
 * Parquet through hyparquet (pure JS), one column at a time so memory holds one decoded column.
 * Codecs: UNCOMPRESSED and SNAPPY (hyparquet), GZIP, BROTLI and ZSTD (node:zlib). LZO, LZ4 and LZ4_RAW
 * are refused with an error naming the codec. Values are read by value-cell.ts; a NaN double is missing.
 */
const inflate = (input) => external_node_zlib_.unzipSync(input);
const PARQUET_COMPRESSORS = {
    GZIP: inflate,
    BROTLI: (input) => external_node_zlib_.brotliDecompressSync(input),
    ...(typeof external_node_zlib_.zstdDecompressSync === 'function'
        ? { ZSTD: (input) => external_node_zlib_.zstdDecompressSync(input) }
        : {}),
};
/** Reads one Parquet file into the table being built. */
async function readParquetFile(path, context) {
    const builder = context.builder;
    builder.startFile(path);
    const parquet = await openParquet(path);
    try {
        const columns = useHeader(context, path, parquet.names);
        const claim = builder.claimRows(parquet.rows);
        for (const name of columns) {
            const chunks = await readColumnChunks(path, parquet, name);
            const sink = builder.column(name);
            if ('firstSlot' in claim) {
                for (const chunk of chunks)
                    feedChunk(sink, claim.firstSlot + chunk.rowStart, chunk.columnData);
            }
            else {
                forEachRow(chunks, claim.rows, (value, i) => feedValue(sink, claim.slots[i], value));
            }
        }
    }
    finally {
        await parquet.handle.close();
    }
}
/** The second pass over one Parquet file: texts of number cells for `collector`. */
async function collectParquetTexts(file, collector) {
    if (file.rows === 0 || collector.endRow <= file.firstRow)
        return;
    const parquet = await openParquet(file.path);
    try {
        for (const request of collector.requests) {
            const chunks = await readColumnChunks(file.path, parquet, request.column);
            for (const chunk of chunks) {
                const data = chunk.columnData;
                for (let i = 0; i < data.length; i++) {
                    const row = file.firstRow + chunk.rowStart + i;
                    if (row >= request.beforeRow || row >= collector.endRow)
                        break;
                    if (!collector.wantsColumnRow(request, row))
                        continue;
                    const text = numberTextOfValue(data[i]);
                    if (text !== null)
                        request.texts.push(text);
                }
            }
        }
    }
    finally {
        await parquet.handle.close();
    }
}
async function openParquet(path) {
    const handle = await openForReading(path);
    try {
        const { size } = await handle.stat();
        const buffer = {
            byteLength: size,
            async slice(start, end = size) {
                const bytes = new Uint8Array(Math.max(0, end - start));
                let done = 0;
                while (done < bytes.length) {
                    const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
                    if (bytesRead === 0)
                        break;
                    done += bytesRead;
                }
                return bytes.buffer;
            },
        };
        if (size === 0)
            throw new DataReadError({ path }, 'is empty');
        const head = Buffer.from(await buffer.slice(0, Math.min(4, size)));
        if (head.toString('latin1') !== PARQUET_MAGIC) {
            throw new DataReadError({ path }, `is not a Parquet file (it does not begin with ${PARQUET_MAGIC}); if it is CSV or JSON lines, name it so or set the format`);
        }
        let metadata;
        try {
            metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
        }
        catch (error) {
            throw new DataReadError({ path }, `is not a readable Parquet file (${error.message})`);
        }
        const names = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map((child) => child.element.name);
        return { handle, buffer, metadata, names, rows: Number(metadata.num_rows) };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
async function readColumnChunks(path, parquet, column) {
    const chunks = [];
    try {
        await (0,read/* parquetRead */.bA)({
            file: parquet.buffer,
            metadata: parquet.metadata,
            columns: [column],
            compressors: PARQUET_COMPRESSORS,
            onChunk: (chunk) => chunks.push(chunk),
        });
    }
    catch (error) {
        throw new DataReadError({ path, column }, `cannot be read as Parquet (${error.message})`);
    }
    chunks.sort((x, y) => x.rowStart - y.rowStart);
    let rows = 0;
    for (const chunk of chunks)
        rows += chunk.columnData.length;
    if (rows !== parquet.rows) {
        throw new DataReadError({ path, column }, `holds ${rows} values, but the file says it has ${parquet.rows} rows`);
    }
    return chunks;
}
function feedChunk(sink, firstSlot, data) {
    if (data instanceof Float64Array || data instanceof Float32Array || data instanceof Int32Array) {
        for (let i = 0; i < data.length; i++)
            sink.number(firstSlot + i, data[i]);
        return;
    }
    for (let i = 0; i < data.length; i++)
        feedValue(sink, firstSlot + i, data[i]);
}
/** Calls `visit` with the value of each of `rows` (ascending, file-relative) and its index in `rows`. */
function forEachRow(chunks, rows, visit) {
    let c = 0;
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        while (c < chunks.length && row >= chunks[c].rowEnd)
            c++;
        const chunk = chunks[c];
        if (chunk === undefined)
            break;
        visit(chunk.columnData[row - chunk.rowStart], i);
    }
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/column-builder.ts

const INITIAL_CAPACITY = 1024;
/** Distinct texts kept for sharing one string per category; an id-like column stops sharing past this. */
const INTERN_LIMIT = 1 << 16;
/** Repeated category strings share one instance, so a 1M-row categorical column costs ~8 bytes a row. */
class Interner {
    seen = new Map();
    get(text) {
        const known = this.seen.get(text);
        if (known !== undefined)
            return known;
        if (this.seen.size < INTERN_LIMIT)
            this.seen.set(text, text);
        return text;
    }
}
/** Every row kept, in order: numbers go to a growable Float64Array until the first text cell. */
class AppendColumn {
    name;
    values = new Float64Array(INITIAL_CAPACITY);
    count = 0;
    missingCount;
    nonFiniteCount = 0;
    /** Set at the first text cell; from then on every non-missing cell is kept as text. */
    texts = null;
    numbersBeforeText = 0;
    firstTextRow = -1;
    firstTextValue = '';
    interner = new Interner();
    /** `rowsBefore`: rows read before the column first appeared (JSON lines), which lack it. */
    constructor(name, rowsBefore = 0) {
        this.name = name;
        this.missingCount = rowsBefore;
    }
    bytes(row, bytes, start, end) {
        if (this.texts === null) {
            // numbers first: the common cell of a numeric column; NaN and nan come back as not-a-number
            const value = parseNumberBytes(bytes, start, end);
            if (!Number.isNaN(value))
                this.pushNumber(value);
            else if (isMissingBytes(bytes, start, end))
                this.missingCount++;
            else
                this.startText(row, bytes.toString('utf8', start, end));
        }
        else if (isMissingBytes(bytes, start, end)) {
            this.missingCount++;
        }
        else {
            this.texts.push(this.interner.get(bytes.toString('utf8', start, end)));
        }
    }
    text(row, text) {
        if (isMissingText(text)) {
            this.missingCount++;
        }
        else if (this.texts === null) {
            const value = parseNumberText(text);
            if (!Number.isNaN(value))
                this.pushNumber(value);
            else
                this.startText(row, text);
        }
        else {
            this.texts.push(this.interner.get(text));
        }
    }
    number(_row, value) {
        if (Number.isNaN(value))
            this.missingCount++;
        else if (this.texts === null)
            this.pushNumber(value);
        else
            this.texts.push(this.interner.get(String(value)));
    }
    decimal(_row, value, bytes, start, end) {
        if (this.texts === null) {
            if (this.count === this.values.length)
                this.grow();
            this.values[this.count++] = value;
        }
        else {
            this.texts.push(this.interner.get(bytes.toString('utf8', start, end)));
        }
    }
    missing() {
        this.missingCount++;
    }
    /**
     * Makes room for this many values at once. Growing by doubling writes every value about twice, and in
     * a VM first writes to fresh memory (page faults) cost more than parsing; room never written costs
     * address space only.
     */
    reserve(values) {
        if (this.texts !== null || values <= this.values.length)
            return;
        const grown = new Float64Array(values);
        grown.set(this.values.subarray(0, this.count));
        this.values = grown;
    }
    grow() {
        this.reserve(this.values.length * 2);
    }
    pushNumber(value) {
        if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
            this.nonFiniteCount++;
            return;
        }
        if (this.count === this.values.length)
            this.grow();
        this.values[this.count++] = value;
    }
    startText(row, text) {
        this.numbersBeforeText = this.count + this.nonFiniteCount;
        this.firstTextRow = row;
        this.firstTextValue = text;
        this.values = new Float64Array(0);
        this.texts = [this.interner.get(text)];
    }
    finish(rows) {
        const base = { name: this.name, missing: this.missingCount, rows };
        if (this.texts === null) {
            // Room reserved but never written is not resident; copy only to free a mostly unused buffer.
            const numeric = this.count * 4 < this.values.length && this.values.length > 1 << 20
                ? this.values.slice(0, this.count)
                : this.values.subarray(0, this.count);
            this.values = new Float64Array(0);
            return {
                data: { ...base, kind: 'numeric', numeric, strings: null, nonFinite: this.nonFiniteCount, firstText: null },
                holes: 0,
                holesBeforeRow: 0,
                firstTextRow: -1,
                firstTextValue: '',
            };
        }
        const holes = this.numbersBeforeText;
        let strings = this.texts;
        if (holes > 0) {
            strings = new Array(holes + this.texts.length);
            for (let i = 0; i < this.texts.length; i++)
                strings[holes + i] = this.texts[i];
        }
        this.texts = null;
        return {
            data: { ...base, kind: 'categorical', numeric: null, strings, nonFinite: 0, firstText: null },
            holes,
            holesBeforeRow: this.firstTextRow,
            firstTextRow: this.firstTextRow,
            firstTextValue: this.firstTextValue,
        };
    }
}
/**
 * One column of a reservoir sample: a cell per slot, overwritten when a later row takes the slot.
 * `values[slot]` holds the number, or NaN for missing and text cells; `texts[slot]` the text of a text cell.
 */
class SampledColumn {
    name;
    capacity;
    /** Grows as slots fill (up to capacity); slots past its end are missing. */
    values = new Float64Array(16).fill(Number.NaN);
    texts = null;
    interner = new Interner();
    constructor(name, capacity) {
        this.name = name;
        this.capacity = capacity;
    }
    bytes(slot, bytes, start, end) {
        if (isMissingBytes(bytes, start, end)) {
            this.missing(slot);
            return;
        }
        const value = parseNumberBytes(bytes, start, end);
        this.number(slot, value);
        if (Number.isNaN(value))
            this.setText(slot, bytes.toString('utf8', start, end));
    }
    text(slot, text) {
        if (isMissingText(text)) {
            this.missing(slot);
            return;
        }
        const value = parseNumberText(text);
        this.number(slot, value);
        if (Number.isNaN(value))
            this.setText(slot, text);
    }
    /** NaN: missing (or, followed by setText, text). */
    number(slot, value) {
        if (slot >= this.values.length)
            this.grow(slot);
        if (this.texts !== null)
            this.texts[slot] = undefined;
        this.values[slot] = value;
    }
    decimal(slot, value) {
        this.number(slot, value);
    }
    missing(slot) {
        this.number(slot, Number.NaN);
    }
    grow(slot) {
        const grown = new Float64Array(Math.min(this.capacity, Math.max(slot + 1, this.values.length * 2)));
        grown.fill(Number.NaN, this.values.length);
        grown.set(this.values);
        this.values = grown;
    }
    setText(slot, text) {
        if (this.texts === null)
            this.texts = [];
        this.texts[slot] = this.interner.get(text);
    }
    /** `order`: the filled slots in row order; `slotRows`: the global row each slot holds. */
    finish(order, slotRows) {
        const values = this.values;
        const texts = this.texts;
        let missing = 0;
        let nonFinite = 0;
        let finite = 0;
        let textCells = 0;
        let firstTextRow = -1;
        let firstTextValue = '';
        for (const slot of order) {
            const value = slot < values.length ? values[slot] : Number.NaN;
            if (Number.isNaN(value)) {
                const text = texts?.[slot];
                if (text !== undefined) {
                    textCells++;
                    if (firstTextRow < 0) {
                        firstTextRow = slotRows[slot];
                        firstTextValue = text;
                    }
                }
                else
                    missing++;
            }
            else if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY)
                nonFinite++;
            else
                finite++;
        }
        const base = { name: this.name, missing, rows: order.length };
        if (textCells === 0) {
            const numeric = new Float64Array(finite);
            let k = 0;
            for (const slot of order) {
                const value = slot < values.length ? values[slot] : Number.NaN;
                if (!Number.isNaN(value) && value !== Number.POSITIVE_INFINITY && value !== Number.NEGATIVE_INFINITY) {
                    numeric[k++] = value;
                }
            }
            return {
                data: { ...base, kind: 'numeric', numeric, strings: null, nonFinite, firstText: null },
                holes: 0,
                holesBeforeRow: 0,
                firstTextRow: -1,
                firstTextValue: '',
            };
        }
        const strings = new Array(finite + nonFinite + textCells);
        let k = 0;
        for (const slot of order) {
            const value = slot < values.length ? values[slot] : Number.NaN;
            if (!Number.isNaN(value))
                k++; // a number: a hole for the second pass
            else {
                const text = texts?.[slot];
                if (text !== undefined)
                    strings[k++] = text;
            }
        }
        return {
            data: { ...base, kind: 'categorical', numeric: null, strings, nonFinite: 0, firstText: null },
            holes: finite + nonFinite,
            holesBeforeRow: Number.POSITIVE_INFINITY,
            firstTextRow,
            firstTextValue,
        };
    }
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/reservoir.ts
/**
 * A seeded reservoir sample of row indices (Vitter's algorithm R): after offering rows 0, 1, 2, …, the
 * reservoir holds a uniform random subset of `capacity` of them, the same subset for the same seed and
 * row count whatever the file format, so CSV, JSON lines and Parquet copies of the data sample alike.
 */
class ReservoirSampler {
    capacity;
    /** The row each slot holds; meaningful for slots `< filled` (grows as slots fill, up to capacity). */
    slotRows = new Float64Array(16);
    offered = 0;
    random;
    constructor(capacity, seed) {
        if (!Number.isSafeInteger(capacity) || capacity < 1) {
            throw new RangeError(`sample size must be a positive integer, got ${capacity}`);
        }
        if (!Number.isSafeInteger(seed))
            throw new RangeError(`sample seed must be an integer, got ${seed}`);
        this.capacity = capacity;
        this.random = seededRandom(seed);
    }
    get filled() {
        return Math.min(this.offered, this.capacity);
    }
    /** Offers the next row (rows are numbered 0, 1, 2, … in order); returns its slot, or -1 when it is not kept. */
    offer() {
        const row = this.offered++;
        let slot = row;
        if (row >= this.capacity) {
            slot = Math.floor(this.random() * (row + 1));
            if (slot >= this.capacity)
                return -1;
        }
        else if (slot === this.slotRows.length) {
            // a sample larger than the data must not cost its full size
            const grown = new Float64Array(Math.min(this.capacity, this.slotRows.length * 2));
            grown.set(this.slotRows);
            this.slotRows = grown;
        }
        this.slotRows[slot] = row;
        return slot;
    }
    /** Filled slots ordered by the row they hold, so a sample keeps the rows' file order. */
    slotsInRowOrder() {
        const slots = Int32Array.from({ length: this.filled }, (_, i) => i);
        const rows = this.slotRows;
        return slots.sort((x, y) => rows[x] - rows[y]);
    }
}
/** Uniform doubles in [0, 1) with 53 random bits, from xoshiro128** seeded through a splitmix32 mix of the seed. */
function seededRandom(seed) {
    let state = (seed >>> 0) ^ Math.floor(seed / 2 ** 32);
    const splitmix = () => {
        state = (state + 0x9e3779b9) | 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return (z ^ (z >>> 16)) >>> 0;
    };
    let s0 = splitmix() | 0;
    let s1 = splitmix() | 0;
    let s2 = splitmix() | 0;
    let s3 = splitmix() | 0;
    if ((s0 | s1 | s2 | s3) === 0)
        s0 = 1;
    // xoshiro128** (32-bit state words, so it stays in int32 arithmetic)
    const next = () => {
        const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        return result >>> 0;
    };
    return () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/table-builder.ts


/**
 * Collects the columns of one table (one or more files with the same columns), row by row
 * (CSV, JSON lines: `nextRow`) or column by column (Parquet: `claimRows`).
 */
class TableBuilder {
    sampler;
    builders = [];
    byName = new Map();
    files = [];
    rowsRead = 0;
    constructor(sample) {
        this.sampler = sample ? new ReservoirSampler(sample.rows, sample.seed) : null;
    }
    get columnNames() {
        return this.builders.map((b) => b.name);
    }
    column(name) {
        return this.byName.get(name);
    }
    /**
     * Adds a column; rows already read lack it (they count as missing). `duringRow`: called between
     * `nextRow` and that row's cells, so the row being read is not one of them.
     */
    addColumn(name, duringRow = false) {
        const builder = this.sampler
            ? new SampledColumn(name, this.sampler.capacity)
            : new AppendColumn(name, duringRow ? this.rowsRead - 1 : this.rowsRead);
        this.builders.push(builder);
        this.byName.set(name, builder);
        return builder;
    }
    /** Expects about `rows` more rows (an estimate): columns make room for them at once. */
    expectRows(rows) {
        if (this.sampler)
            return; // a sample's columns have their final size from the start
        // capped: past 2^27 rows (1 GiB a column) the columns double as they fill instead
        const total = Math.min(this.rowsRead + Math.ceil(rows), 2 ** 27);
        for (const builder of this.builders)
            builder.reserve(total);
    }
    startFile(path) {
        this.files.push({ path, firstRow: this.rowsRead, rows: 0 });
    }
    /** The next row's slot for the column sinks, or -1 when the sample skips it. */
    nextRow() {
        const file = this.files[this.files.length - 1];
        if (file)
            file.rows++;
        const row = this.rowsRead++;
        return this.sampler ? this.sampler.offer() : row;
    }
    /**
     * Claims the next `count` rows for column-by-column feeding. Returns, in row order, the file-relative
     * rows to feed and the slot each goes to (all rows to consecutive global slots when not sampling).
     */
    claimRows(count) {
        const file = this.files[this.files.length - 1];
        if (file)
            file.rows += count;
        const firstRow = this.rowsRead;
        if (!this.sampler) {
            this.expectRows(count);
            this.rowsRead += count;
            return { firstSlot: firstRow };
        }
        this.rowsRead += count;
        for (let i = 0; i < count; i++)
            this.sampler.offer();
        // Rows of this file still in the reservoir: only those need reading (later files may overwrite them).
        const kept = [];
        const slotRows = this.sampler.slotRows;
        for (let slot = 0; slot < this.sampler.filled; slot++) {
            if (slotRows[slot] >= firstRow)
                kept.push(slot);
        }
        kept.sort((x, y) => slotRows[x] - slotRows[y]);
        return {
            rows: Float64Array.from(kept, (slot) => slotRows[slot] - firstRow),
            slots: Float64Array.from(kept),
        };
    }
    finish() {
        if (!this.sampler) {
            return {
                columns: this.builders.map((b) => b.finish(this.rowsRead)),
                rows: this.rowsRead,
                rowsRead: this.rowsRead,
                files: this.files,
                keptRows: null,
            };
        }
        const order = this.sampler.slotsInRowOrder();
        const slotRows = this.sampler.slotRows;
        return {
            columns: this.builders.map((b) => b.finish(order, slotRows)),
            rows: order.length,
            rowsRead: this.rowsRead,
            files: this.files,
            keptRows: Float64Array.from(order, (slot) => slotRows[slot]),
        };
    }
}
/** The file and 1-based file row of a global row. */
function locateRow(files, row) {
    let found = files[0];
    for (const file of files) {
        if (file.firstRow <= row)
            found = file;
        else
            break;
    }
    if (!found)
        throw new Error(`row ${row} is in no file`);
    return { path: found.path, row: row - found.firstRow + 1 };
}
function cellLocation(files, row, value) {
    const { path, row: fileRow } = locateRow(files, row);
    return { file: path, row: fileRow, value };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/text-pass.ts

class TextCollector {
    requests;
    /** No row at or after this one is needed. */
    endRow;
    keptRows;
    constructor(requests, keptRows) {
        this.requests = requests;
        this.keptRows = keptRows;
        let end = 0;
        for (const request of requests)
            end = Math.max(end, request.beforeRow);
        if (keptRows && keptRows.length > 0)
            end = Math.min(end, keptRows[keptRows.length - 1] + 1);
        this.endRow = end;
    }
    /** Whether row `row` is needed by some request. */
    wants(row) {
        if (row >= this.endRow)
            return false;
        const kept = this.keptRows;
        if (kept === null)
            return true;
        let low = 0;
        let high = kept.length - 1;
        while (low <= high) {
            const middle = (low + high) >>> 1;
            const value = kept[middle];
            if (value === row)
                return true;
            if (value < row)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return false;
    }
    /** Whether `request` needs row `row`. */
    wantsColumnRow(request, row) {
        return row < request.beforeRow && this.wants(row);
    }
}
/** Puts `texts` into the holes of `strings`, in order. */
function fillHoles(strings, texts, where) {
    let holes = 0;
    for (let i = 0; i < strings.length; i++) {
        if (strings[i] === undefined) {
            if (holes < texts.length)
                strings[i] = texts[holes];
            holes++;
        }
    }
    if (holes !== texts.length) {
        throw new DataReadError(where, `changed while it was being read (${texts.length} texts for ${holes} number cells)`);
    }
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/read-table.ts










const sources = new WeakMap();
/** Reads one data file into typed columns. Errors (DataReadError) name the file, row, line and column. */
async function readTable(path, options = {}) {
    return readFiles(path, [path], options);
}
/**
 * Reads every file a path or glob names (sorted by path) as one table: CSV, TSV and Parquet files need
 * the same columns (in any order); JSON lines files contribute the union of their keys.
 */
async function readTables(pattern, options = {}) {
    return readFiles(pattern, await expandPattern(pattern), options);
}
async function readFiles(source, paths, options) {
    checkOptions(source, options);
    const format = options.format ?? sameFormat(paths);
    const context = {
        builder: new TableBuilder(options.sample),
        columns: options.columns ? [...new Set(options.columns)] : undefined,
        schema: null,
    };
    for (const path of paths) {
        if (format === 'csv' || format === 'tsv')
            await readDelimitedFile(path, format === 'csv' ? COMMA : delimited_TAB, context);
        else if (format === 'jsonl')
            await readJsonLinesFile(path, context);
        else
            await readParquetFile(path, context);
    }
    if (format === 'jsonl' && context.columns) {
        const absent = context.columns.filter((name) => !context.seenKeys?.has(name));
        if (absent.length > 0) {
            throw new DataReadError({ path: source, column: absent[0] }, `no such column: no object has the key${absent.length > 1 ? `s ${listNames(absent)}` : ''}`);
        }
    }
    const built = context.builder.finish();
    if (built.rowsRead === 0)
        throw new DataReadError({ path: source }, noRows(format, paths.length));
    const keptRows = built.keptRows;
    const table = {
        source,
        files: paths,
        format,
        rows: built.rows,
        rowsRead: built.rowsRead,
        columns: new Map(built.columns.map((column) => [column.data.name, locateFirstText(column, built.files)])),
    };
    const tableSource = { files: built.files, format, keptRows };
    sources.set(table, tableSource);
    const requests = built.columns
        .filter((column) => column.holes > 0)
        .map((column) => ({ column: column.data.name, beforeRow: column.holesBeforeRow, texts: [] }));
    await fillFromSecondPass(table, tableSource, requests);
    return table;
}
/**
 * Fills `strings` of the named numeric columns (default: all) with the text of their cells, by reading the
 * files again; for comparing a column as categories when the other side of the comparison has text in it.
 */
async function withStrings(table, names) {
    const source = sources.get(table);
    const wanted = (names ?? [...table.columns.keys()]).map((name) => {
        const column = table.columns.get(name);
        if (!column)
            throw new DataReadError({ path: table.source, column: name }, 'no such column');
        return column;
    });
    const missing = wanted.filter((column) => column.strings === null);
    if (missing.length === 0)
        return;
    if (!source)
        throw new Error(`withStrings: table ${table.source} was not read by readTable/readTables`);
    for (const column of missing) {
        column.strings = new Array((column.numeric?.length ?? 0) + column.nonFinite);
    }
    const requests = missing.map((column) => ({ column: column.name, beforeRow: Number.POSITIVE_INFINITY, texts: [] }));
    await fillFromSecondPass(table, source, requests);
}
async function fillFromSecondPass(table, source, requests) {
    if (requests.length === 0)
        return;
    const collector = new TextCollector(requests, source.keptRows);
    for (const file of source.files) {
        if (source.format === 'csv' || source.format === 'tsv') {
            await collectDelimitedTexts(file, source.format === 'csv' ? COMMA : delimited_TAB, collector);
        }
        else if (source.format === 'jsonl')
            await collectJsonTexts(file, collector);
        else
            await collectParquetTexts(file, collector);
    }
    for (const request of requests) {
        const column = table.columns.get(request.column);
        fillHoles(column.strings, request.texts, { path: table.source, column: request.column });
    }
}
function locateFirstText(column, files) {
    if (column.firstTextRow >= 0) {
        column.data.firstText = cellLocation(files, column.firstTextRow, column.firstTextValue);
    }
    return column.data;
}
function sameFormat(paths) {
    // Before the extension: a folder named `prod` would otherwise be "a file without an extension".
    for (const path of paths) {
        if ((0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory()) {
            throw new DataReadError({ path }, 'is a directory, not a data file; give a file, or a glob such as dir/*.parquet');
        }
    }
    const first = paths[0];
    const format = detectFormat(first);
    for (const path of paths) {
        const other = detectFormat(path);
        if (other !== format) {
            throw new DataReadError({ path }, `is ${other}, but ${first} is ${format}; files read together need one format`);
        }
    }
    return format;
}
function checkOptions(source, options) {
    if (options.format !== undefined && !isDataFormat(options.format)) {
        throw new DataReadError({ path: source }, `unknown format '${options.format}'; use csv, tsv, jsonl or parquet`);
    }
    if (options.columns) {
        if (options.columns.length === 0)
            throw new DataReadError({ path: source }, 'the list of columns to read is empty');
        for (const name of options.columns) {
            if (typeof name !== 'string' || name === '') {
                throw new DataReadError({ path: source }, `column names must be non-empty strings, got ${JSON.stringify(name)}`);
            }
        }
    }
    const sample = options.sample;
    if (sample) {
        if (!Number.isSafeInteger(sample.rows) || sample.rows < 1) {
            throw new DataReadError({ path: source }, `sample size must be a positive integer, got ${sample.rows}`);
        }
        if (!Number.isSafeInteger(sample.seed)) {
            throw new DataReadError({ path: source }, `sample seed must be an integer, got ${sample.seed}`);
        }
    }
}
function noRows(format, files) {
    if (files > 1)
        return `none of the ${files} files has a data row; there is nothing to compare`;
    if (format === 'jsonl')
        return 'holds no JSON objects; there is nothing to compare';
    if (format === 'parquet')
        return 'has no rows; there is nothing to compare';
    return 'has a header but no data rows; there is nothing to compare';
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/align-columns.ts



async function alignColumns(reference, current, options = {}) {
    const exclude = new Set(options.exclude ?? []);
    const types = options.types ?? {};
    for (const [name, type] of Object.entries(types)) {
        if (type !== 'numeric' && type !== 'categorical') {
            throw new errors/* UserError */.y(`column type for '${name}' must be numeric or categorical, got '${String(type)}'`);
        }
        if (!reference.columns.has(name) && !current.columns.has(name)) {
            throw new errors/* UserError */.y(`a column type is set for '${name}', but neither ${reference.source} nor ${current.source} has that column; they have ${listNames([...reference.columns.keys()])}`);
        }
    }
    const unknownExcluded = [...exclude].filter((n) => !reference.columns.has(n) && !current.columns.has(n));
    if (unknownExcluded.length > 0) {
        throw new errors/* UserError */.y(`exclude-columns names ${listNames(unknownExcluded)}, which neither ${reference.source} nor ${current.source} has; they have ${listNames([...new Set([...reference.columns.keys(), ...current.columns.keys()])])}`);
    }
    const alignment = {
        columns: [],
        onlyInReference: [...reference.columns.keys()].filter((n) => !exclude.has(n) && !current.columns.has(n)),
        onlyInCurrent: [...current.columns.keys()].filter((n) => !exclude.has(n) && !reference.columns.has(n)),
        typeChanges: [],
        excluded: [...reference.columns.keys(), ...current.columns.keys()].filter((n, i, all) => exclude.has(n) && all.indexOf(n) === i),
        empty: [],
    };
    const plan = [];
    for (const [name, ref] of reference.columns) {
        const cur = current.columns.get(name);
        if (cur === undefined || exclude.has(name))
            continue;
        // A side without a value (all missing, or only ±∞) has nothing to compare, whatever its type.
        const refEmpty = valueCount(ref) === 0;
        const curEmpty = valueCount(cur) === 0;
        if (refEmpty || curEmpty) {
            alignment.empty.push({ column: name, side: refEmpty && curEmpty ? 'both' : refEmpty ? 'reference' : 'current' });
            continue;
        }
        const forced = types[name];
        if (forced === 'numeric') {
            for (const [column, table] of [
                [ref, reference],
                [cur, current],
            ]) {
                if (column.kind !== 'numeric')
                    throw notNumeric(name, table, column);
            }
        }
        if (ref.kind !== cur.kind) {
            const categorical = ref.kind === 'categorical' ? ref : cur;
            alignment.typeChanges.push({
                column: name,
                reference: ref.kind,
                current: cur.kind,
                example: categorical.firstText,
            });
        }
        const bothNumeric = ref.kind === 'numeric' && cur.kind === 'numeric';
        if (forced === 'categorical' && bothNumeric)
            plan.push({ name, ref, cur, type: 'categorical', because: 'override' });
        else if (bothNumeric)
            plan.push({ name, ref, cur, type: 'numeric', because: 'text' });
        else
            plan.push({ name, ref, cur, type: 'categorical', because: ref.kind === cur.kind ? 'text' : 'type-change' });
    }
    if (plan.length === 0)
        throw new errors/* UserError */.y(nothingToCompare(reference, current, alignment));
    // One more read per side, for all its numeric columns that are compared as categories.
    const needs = (side) => plan
        .filter((p) => p.type === 'categorical' && p[side].kind === 'numeric' && p[side].strings === null)
        .map((p) => p.name);
    await withStrings(reference, needs('ref'));
    await withStrings(current, needs('cur'));
    for (const { name, ref, cur, type, because } of plan) {
        if (type === 'numeric') {
            alignment.columns.push({ name, type, reference: numericSide(ref), current: numericSide(cur) });
        }
        else {
            alignment.columns.push({ name, type, reference: categoricalSide(ref), current: categoricalSide(cur), because });
        }
    }
    return alignment;
}
/**
 * Why no column can be compared. A report of "0 of 0 columns drifted" would pass every check while
 * comparing nothing, so this is an error that says what each side has.
 */
function nothingToCompare(reference, current, alignment) {
    const names = (table) => [...table.columns.keys()];
    const parts = [`no column can be compared between ${reference.source} and ${current.source}`];
    if (alignment.empty.length > 0) {
        parts.push(`${listNames(alignment.empty.map((e) => e.column))} ${alignment.empty.length === 1 ? 'has' : 'have'} no values on a side`);
    }
    if (alignment.excluded.length > 0)
        parts.push(`${listNames(alignment.excluded)} excluded`);
    if (alignment.onlyInReference.length > 0 || alignment.onlyInCurrent.length > 0) {
        parts.push(`the reference has ${listNames(names(reference))}; the current data has ${listNames(names(current))}`);
    }
    // One header cell holding separators: the file uses another delimiter than the format read it with.
    for (const table of [reference, current]) {
        const [only] = names(table);
        if (table.columns.size === 1 && only !== undefined && /[;,\t|]/.test(only)) {
            parts.push(`${table.source} was read as ${table.format} with the single column ${JSON.stringify(only)}: is it delimited differently (set format)?`);
        }
    }
    return parts.join('; ');
}
function valueCount(column) {
    return column.kind === 'numeric' ? (column.numeric?.length ?? 0) : (column.strings?.length ?? 0);
}
function numericSide(column) {
    return {
        values: column.numeric,
        missing: column.missing,
        nonFinite: column.nonFinite,
        rows: column.rows,
    };
}
function categoricalSide(column) {
    return { values: column.strings, missing: column.missing, rows: column.rows };
}
function notNumeric(name, table, column) {
    const where = column.firstText
        ? `${column.firstText.file} row ${column.firstText.row} has ${JSON.stringify(column.firstText.value)}, which is not a number`
        : `${table.source} has text in it`;
    return new errors/* UserError */.y(`column '${name}' is set to numeric, but ${where}`);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/read/index.ts






;// CONCATENATED MODULE: ./actions/drift-check/src/settings.ts
/**
 * What a drift comparison is asked to do, shared by the action (inputs) and the CLI (flags): which
 * columns, which test per column type, thresholds, the dataset share, PSI binning, p-value correction
 * and sampling. The text forms ("numeric: ks, categorical: chi2") are parsed here once, with errors that
 * name the input or flag (`label`) and say what is accepted.
 */


const DRIFT_TESTS = ['ks', 'chi2', 'z', 'psi', 'wasserstein', 'js'];
/** Tests whose score is a p-value (drift when small); the others are distances (drift when large). */
const PVALUE_TESTS = new Set(['ks', 'chi2', 'z']);
const NUMERIC_CHOICES = ['auto', 'ks', 'psi', 'wasserstein', 'js'];
const CATEGORICAL_CHOICES = ['auto', 'chi2', 'psi', 'js'];
/** Evidently's defaults: p-value 0.05 for ks, chi-square and z; 0.1 for PSI, normed Wasserstein and JS. */
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    chi2: 0.05,
    z: 0.05,
    psi: 0.1,
    wasserstein: 0.1,
    js: 0.1,
};
const CORRECTIONS = ['none', 'bonferroni', 'fdr'];
const DEFAULT_SETTINGS = {
    columns: [],
    excludeColumns: [],
    columnTypes: {},
    tests: { numeric: 'auto', categorical: 'auto' },
    thresholds: { ...DEFAULT_THRESHOLDS },
    driftShare: 0.5,
    psiBins: { method: 'sturges-pooled' },
    correction: 'none',
    sample: null,
};
const ALIASES = {
    ks: 'ks',
    chi2: 'chi2',
    chisquare: 'chi2',
    z: 'z',
    psi: 'psi',
    wasserstein: 'wasserstein',
    js: 'js',
    jensenshannon: 'js',
};
/** `a: 1, b: 2` or one pair per line → [key, value] pairs; the key is what precedes the last colon. */
function pairs(raw, label, example) {
    return raw
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => {
        const colon = item.lastIndexOf(':');
        const key = item.slice(0, colon).trim();
        const value = item.slice(colon + 1).trim();
        if (colon < 0 || !key || !value) {
            throw new errors/* UserError */.y(`${label}: "${item}" is not a "name: value" pair; write it like "${example}".`);
        }
        return [key, value];
    });
}
function parseFormat(raw, label) {
    const value = raw.trim().toLowerCase();
    if (!value || value === 'auto')
        return undefined;
    if (DATA_FORMATS.includes(value))
        return value;
    throw new errors/* UserError */.y(`${label} must be one of ${DATA_FORMATS.join(', ')} (or empty to go by extension), not "${raw}".`);
}
/** A list of column names, comma or newline separated. */
function parseColumnList(raw) {
    return [
        ...new Set(raw
            .split(/[\n,]/)
            .map((name) => name.trim())
            .filter(Boolean)),
    ];
}
function parseColumnTypes(raw, label) {
    const types = {};
    for (const [column, type] of pairs(raw, label, 'zip: categorical, age: numeric')) {
        const kind = type.toLowerCase();
        if (kind !== 'numeric' && kind !== 'categorical') {
            throw new errors/* UserError */.y(`${label}: the type of column "${column}" must be numeric or categorical, not "${type}".`);
        }
        types[column] = kind;
    }
    return types;
}
/** `auto`, or per type: "numeric: ks, categorical: chi2"; a type left out stays auto; "psi" or "js" alone sets both. */
function parseTests(raw, label) {
    const text = raw.trim();
    const selection = { numeric: 'auto', categorical: 'auto' };
    if (!text || text.toLowerCase() === 'auto')
        return selection;
    if (!text.includes(':')) {
        const test = ALIASES[text.toLowerCase()];
        if (test === 'psi' || test === 'js')
            return { numeric: test, categorical: test };
        throw new errors/* UserError */.y(`${label} must be auto or tests per column type, e.g. "numeric: ks, categorical: chi2"; a single test applies to both types only for psi and js, not "${raw}".`);
    }
    for (const [type, name] of pairs(text, label, 'numeric: ks, categorical: chi2')) {
        const kind = type.toLowerCase();
        const test = name.toLowerCase() === 'auto' ? 'auto' : ALIASES[name.toLowerCase()];
        if (kind === 'numeric') {
            if (!test || !NUMERIC_CHOICES.includes(test)) {
                throw new errors/* UserError */.y(`${label}: "${name}" cannot test numeric columns; use ${NUMERIC_CHOICES.join(', ')}${test === 'chi2' ? ' (or set column-types to compare a column as categories)' : ''}.`);
            }
            selection.numeric = test;
        }
        else if (kind === 'categorical') {
            if (!test || !CATEGORICAL_CHOICES.includes(test)) {
                throw new errors/* UserError */.y(`${label}: "${name}" cannot test categorical columns; use ${CATEGORICAL_CHOICES.join(', ')}.`);
            }
            selection.categorical = test;
        }
        else {
            throw new errors/* UserError */.y(`${label}: "${type}" is not a column type; use numeric or categorical.`);
        }
    }
    return selection;
}
/** "ks: 0.01, psi: 0.2": thresholds per test; tests left out keep Evidently's default. */
function parseThresholds(raw, label) {
    const thresholds = { ...DEFAULT_THRESHOLDS };
    for (const [name, text] of pairs(raw, label, 'ks: 0.05, psi: 0.1')) {
        const test = ALIASES[name.toLowerCase()];
        if (!test)
            throw new errors/* UserError */.y(`${label}: "${name}" is not a test; use ${DRIFT_TESTS.join(', ')}.`);
        const value = Number(text);
        if (PVALUE_TESTS.has(test)) {
            if (!Number.isFinite(value) || value <= 0 || value >= 1) {
                throw new errors/* UserError */.y(`${label}: the ${test} threshold is a p-value, a number between 0 and 1, not "${text}".`);
            }
        }
        else if (!Number.isFinite(value) || value <= 0) {
            throw new errors/* UserError */.y(`${label}: the ${test} threshold is a distance, a number above 0, not "${text}".`);
        }
        thresholds[test] = value;
    }
    return thresholds;
}
function parseDriftShare(raw, label) {
    const text = raw.trim();
    if (!text)
        return DEFAULT_SETTINGS.driftShare;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0 || value > 1) {
        throw new errors/* UserError */.y(`${label} must be a share above 0 and at most 1 (e.g. 0.5), not "${raw}".`);
    }
    return value;
}
const MAX_QUANTILE_BINS = 1000;
function parsePsiBins(raw, label) {
    const text = raw.trim().toLowerCase();
    if (!text || text === 'sturges-pooled')
        return { method: 'sturges-pooled' };
    const match = /^quantile:(\d+)$/.exec(text.replace(/\s+/g, ''));
    const bins = match ? Number(match[1]) : Number.NaN;
    if (!Number.isInteger(bins) || bins < 2 || bins > MAX_QUANTILE_BINS) {
        throw new errors/* UserError */.y(`${label} must be sturges-pooled or quantile:N with N from 2 to ${MAX_QUANTILE_BINS} (e.g. quantile:10), not "${raw}".`);
    }
    return { method: 'quantile', bins };
}
function parseCorrection(raw, label) {
    const text = raw.trim().toLowerCase();
    if (!text)
        return 'none';
    if (CORRECTIONS.includes(text))
        return text;
    throw new errors/* UserError */.y(`${label} must be one of ${CORRECTIONS.join(', ')}, not "${raw}".`);
}
/** `sample` 0 (or empty) compares every row. */
function parseSample(rawRows, rawSeed, labels) {
    const rowsText = rawRows.trim();
    const rows = rowsText ? Number(rowsText) : 0;
    if (!Number.isSafeInteger(rows) || rows < 0) {
        throw new errors/* UserError */.y(`${labels.rows} must be a whole number of rows (0 = every row), not "${rawRows}".`);
    }
    const seedText = rawSeed.trim();
    const seed = seedText ? Number(seedText) : 1;
    if (!Number.isSafeInteger(seed))
        throw new errors/* UserError */.y(`${labels.seed} must be a whole number, not "${rawSeed}".`);
    return rows === 0 ? null : { rows, seed };
}
/** The column names both lists name: a column cannot be compared and excluded at once. */
function checkColumnSelection(settings, labels) {
    const both = settings.columns.filter((name) => settings.excludeColumns.includes(name));
    if (both.length > 0) {
        throw new errors/* UserError */.y(`${labels.columns} and ${labels.exclude} both name ${both.map((n) => `"${n}"`).join(', ')}.`);
    }
}

;// CONCATENATED MODULE: ./actions/drift-check/src/decision.ts

const FROM_EVIDENTLY = {
    ks: 'ks',
    chisquare: 'chi2',
    z: 'z',
    wasserstein: 'wasserstein',
    jensenshannon: 'js',
};
/** The test that decides a column, and its uncorrected score. */
function chooseTest({ name, result, psiQuantile }, settings) {
    const chosen = result.type === 'numeric' ? settings.tests.numeric : settings.tests.categorical;
    const auto = result.evidently_default;
    if (!auto)
        throw new Error(`column ${name} has no test result (${result.skipped ?? 'no values'})`);
    const test = chosen === 'auto' ? FROM_EVIDENTLY[auto.test] : chosen;
    const chosenBy = chosen === 'auto' ? 'auto' : 'settings';
    return { test, chosenBy, score: scoreOf(name, result, test, psiQuantile) };
}
function scoreOf(name, result, test, psiQuantile) {
    const missing = () => {
        throw new Error(`column ${name}: the ${test} result is missing for a ${result.type} column`);
    };
    switch (test) {
        case 'ks':
            return result.type === 'numeric' && result.ks ? result.ks.pvalue_auto : missing();
        case 'chi2':
            return result.chi2 ? result.chi2.evidently_gof.pvalue : missing();
        case 'z':
            return result.z_test ? result.z_test.pvalue : missing();
        case 'psi':
            // Quantile bins are for numbers; categories keep one bin per category.
            if (psiQuantile)
                return psiQuantile.value;
            return result.psi_evidently ? result.psi_evidently.value : missing();
        case 'wasserstein':
            return result.type === 'numeric' && result.wasserstein ? result.wasserstein.normed_evidently : missing();
        case 'js':
            return result.jensenshannon_evidently ? result.jensenshannon_evidently.distance : missing();
    }
}
function drifted(test, score, threshold) {
    if (Number.isNaN(score))
        return false;
    if (test === 'ks')
        return score <= threshold;
    if (PVALUE_TESTS.has(test))
        return score < threshold;
    return score >= threshold;
}
/**
 * Adjusted p-values, in the input order: Bonferroni min(1, m·p); Benjamini–Hochberg
 * min over j ≥ i of min(1, m·p_(j)/j) with p sorted ascending (statsmodels' `fdr_bh`).
 */
function adjustPvalues(pvalues, method) {
    const m = pvalues.length;
    if (method === 'bonferroni')
        return pvalues.map((p) => Math.min(1, p * m));
    const order = pvalues.map((_, i) => i).sort((a, b) => pvalues[a] - pvalues[b]);
    const adjusted = new Array(m);
    let running = 1;
    for (let rank = m; rank >= 1; rank--) {
        const index = order[rank - 1];
        running = Math.min(running, (pvalues[index] * m) / rank);
        adjusted[index] = Math.min(1, running);
    }
    return adjusted;
}
/** Verdicts for every column (same order as given) and for the data set. */
function decideDrift(columns, settings) {
    const chosen = columns.map((column) => chooseTest(column, settings));
    const corrected = new Map();
    if (settings.correction !== 'none') {
        const tested = chosen.map((c, i) => [c, i]).filter(([c]) => PVALUE_TESTS.has(c.test));
        const adjusted = adjustPvalues(tested.map(([c]) => c.score), settings.correction);
        tested.forEach(([, i], k) => {
            corrected.set(i, adjusted[k]);
        });
    }
    const decisions = chosen.map(({ test, chosenBy, score }, i) => {
        const threshold = settings.thresholds[test];
        const correctedPvalue = corrected.get(i);
        const decision = {
            test,
            chosen_by: chosenBy,
            kind: PVALUE_TESTS.has(test) ? 'p_value' : 'distance',
            score,
            threshold,
            drift: drifted(test, correctedPvalue ?? score, threshold),
        };
        if (correctedPvalue !== undefined) {
            // keep `drift` last, after the figure it was decided on
            const { drift, ...rest } = decision;
            return { ...rest, corrected_pvalue: correctedPvalue, drift };
        }
        return decision;
    });
    const driftedColumns = columns.filter((_, i) => decisions[i]?.drift).map((c) => c.name);
    const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
    return {
        columns: decisions,
        dataset: {
            n_columns: columns.length,
            n_drifted: driftedColumns.length,
            drifted_columns: driftedColumns,
            share,
            drift_share: settings.driftShare,
            dataset_drift: columns.length > 0 && share >= settings.driftShare,
            correction: settings.correction,
        },
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/drift-report.ts
/** Bumped when a field changes meaning or is removed; adding fields keeps the version. */
const DRIFT_REPORT_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/overflow-scale.ts
/**
 * Squares of values beyond about 1.3e154 overflow to Infinity, and a standard deviation computed from
 * them becomes Infinity or NaN. Such data is scaled by an exact power of two before the squares are
 * taken: scaling by 2^k changes no digit, so where nothing overflows the result is bit for bit the
 * unscaled one. Returns the factor to multiply the values by (1 when none is needed).
 */
const LARGE = 2 ** 500;
const FACTOR = 2 ** -600;
function overflowScale(...samples) {
    for (const values of samples) {
        for (let i = 0; i < values.length; i++) {
            if (Math.abs(values[i]) > LARGE)
                return FACTOR;
        }
    }
    return 1;
}
/** The values multiplied by `scale` (the same array when scale is 1). */
function scaled(values, scale) {
    return scale === 1 ? values : values.map((v) => v * scale);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/effect-size.ts

/** Categories listed per kind of change; the counts say how many there are in all. */
const MAX_LISTED_CATEGORIES = 50;
function moments(values) {
    const n = values.length;
    // Neumaier-compensated sums: a plain sum of a million values loses digits the difference may need.
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        const t = sum + v;
        compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
        sum = t;
    }
    const mean = n > 0 ? (sum + compensation) / n : Number.NaN;
    let squares = 0;
    for (let i = 0; i < n; i++) {
        const d = values[i] - mean;
        squares += d * d;
    }
    return { n, mean, variance: n > 1 ? squares / (n - 1) : Number.NaN };
}
function numericEffectSize(reference, current, result) {
    // Cohen's d is the same at any scale; means and deviations are scaled back.
    const scale = overflowScale(reference, current);
    const ref = moments(scaled(reference, scale));
    const cur = moments(scaled(current, scale));
    const pooled = Math.sqrt(((ref.n - 1) * ref.variance + (cur.n - 1) * cur.variance) / (ref.n + cur.n - 2));
    const difference = cur.mean - ref.mean;
    return {
        mean_ref: ref.mean / scale,
        mean_cur: cur.mean / scale,
        std_ref: Math.sqrt(ref.variance) / scale,
        std_cur: Math.sqrt(cur.variance) / scale,
        // equal constant sides: no change (0/0); different constants: an infinite effect
        standardized_mean_difference: pooled > 0
            ? difference / pooled
            : difference === 0
                ? Number.NaN
                : Math.sign(difference) * Number.POSITIVE_INFINITY,
        ks_statistic: result.ks?.statistic ?? Number.NaN,
        wasserstein_normed: result.wasserstein?.normed_evidently ?? Number.NaN,
    };
}
function countsOf(result) {
    if (!result.chi2)
        return null;
    return {
        categories: result.chi2.categories.map(String),
        ref: result.chi2.ref_counts,
        cur: result.chi2.cur_counts,
    };
}
function categoricalEffectSize(result) {
    const counts = countsOf(result);
    let total = 0;
    let largest = null;
    let largestGap = -1;
    if (counts) {
        counts.categories.forEach((category, i) => {
            const refShare = counts.ref[i] / result.n_ref;
            const curShare = counts.cur[i] / result.n_cur;
            const gap = Math.abs(refShare - curShare);
            total += gap;
            if (gap > largestGap) {
                largestGap = gap;
                largest = { category, ref_share: refShare, cur_share: curShare };
            }
        });
    }
    return {
        total_variation: counts ? total / 2 : Number.NaN,
        largest_shift: largest,
        jensenshannon_distance: result.jensenshannon_evidently?.distance ?? Number.NaN,
    };
}
function categoryChanges(result) {
    const counts = countsOf(result);
    const appeared = [];
    const vanished = [];
    counts?.categories.forEach((category, i) => {
        const r = counts.ref[i];
        const c = counts.cur[i];
        if (r === 0 && c > 0)
            appeared.push({ category, count: c });
        if (c === 0 && r > 0)
            vanished.push({ category, count: r });
    });
    // most frequent first; ties in category order, so the list is the same on every run
    const byCount = (a, b) => b.count - a.count;
    return {
        new: appeared.sort(byCount).slice(0, MAX_LISTED_CATEGORIES),
        n_new: appeared.length,
        vanished: vanished.sort(byCount).slice(0, MAX_LISTED_CATEGORIES),
        n_vanished: vanished.length,
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/auto-test.ts
/**
 * Evidently's automatic choice of drift test per column and its dataset verdict
 * (evidently/calculations/stattests/registry.py `_get_default_stattest`; DataDriftPreset):
 * - reference with ≤ 1000 values: KS (drift iff p ≤ 0.05) for numeric columns with more than
 *   5 distinct pooled values; otherwise chi-square (p < 0.05), or the z-test (p < 0.05) when
 *   at most 2 distinct values;
 * - larger references: normed Wasserstein (≥ 0.1) for numeric columns with more than 5 distinct
 *   pooled values, Jensen–Shannon (≥ 0.1) for everything else;
 * - the dataset drifts when the share of drifted columns is at least 0.5.
 * "Reference rows" are the reference's values after dropping missing ones, as Evidently counts them.
 */
const SMALL_REFERENCE_MAX_ROWS = 1000;
const NUMERIC_MIN_DISTINCT = 6;
const DATASET_DRIFT_SHARE = 0.5;
const CHOICES = {
    ks: { test: 'ks', threshold: 0.05, drifted: (p) => p <= 0.05 },
    chisquare: { test: 'chisquare', threshold: 0.05, drifted: (p) => p < 0.05 },
    z: { test: 'z', threshold: 0.05, drifted: (p) => p < 0.05 },
    wasserstein: { test: 'wasserstein', threshold: 0.1, drifted: (d) => d >= 0.1 },
    jensenshannon: { test: 'jensenshannon', threshold: 0.1, drifted: (d) => d >= 0.1 },
};
/** The test Evidently runs on a column with `nRef` reference values and `nUniqueCombined` pooled distinct values. */
function chooseEvidentlyTest(type, nRef, nUniqueCombined) {
    const manyValues = type === 'numeric' && nUniqueCombined >= NUMERIC_MIN_DISTINCT;
    if (nRef <= SMALL_REFERENCE_MAX_ROWS) {
        if (manyValues)
            return CHOICES.ks;
        return nUniqueCombined > 2 ? CHOICES.chisquare : CHOICES.z;
    }
    return manyValues ? CHOICES.wasserstein : CHOICES.jensenshannon;
}
/** Evidently's dataset verdict from the number of drifted and tested columns. */
function datasetDrift(nDrifted, nColumns) {
    const share = nColumns === 0 ? 0 : nDrifted / nColumns;
    return { share, dataset_drift: nColumns > 0 && share >= DATASET_DRIFT_SHARE };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/count-table.ts
/**
 * Counts of each distinct value on the reference and current side, over the union of the
 * values seen on either side, in ascending order (numbers numerically, strings by code unit).
 * This is the table Evidently's chi-square, z-test, and distinct-value PSI/JS bins are built on.
 */
/** Number of distinct values in an ascending sample. */
function countDistinctSorted(sorted) {
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++) {
        if (i === 0 || sorted[i] !== sorted[i - 1])
            distinct++;
    }
    return distinct;
}
/** Number of distinct values in the union of two ascending samples. */
function countDistinctPooled(x, y) {
    let distinct = 0;
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
        const xi = i < x.length ? x[i] : Number.POSITIVE_INFINITY;
        const yj = j < y.length ? y[j] : Number.POSITIVE_INFINITY;
        const t = Math.min(xi, yj);
        while (i < x.length && x[i] === t)
            i++;
        while (j < y.length && y[j] === t)
            j++;
        distinct++;
    }
    return distinct;
}
/** The count table of two ascending numeric samples. */
function numericCountTable(x, y) {
    const size = countDistinctPooled(x, y);
    const keys = new Array(size);
    const ref = new Float64Array(size);
    const cur = new Float64Array(size);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < x.length || j < y.length) {
        const xi = i < x.length ? x[i] : Number.POSITIVE_INFINITY;
        const yj = j < y.length ? y[j] : Number.POSITIVE_INFINITY;
        const t = Math.min(xi, yj);
        const i0 = i;
        const j0 = j;
        while (i < x.length && x[i] === t)
            i++;
        while (j < y.length && y[j] === t)
            j++;
        keys[k] = t === 0 ? 0 : t; // one key for -0 and +0
        ref[k] = i - i0;
        cur[k] = j - j0;
        k++;
    }
    return { keys, ref, cur, nRef: x.length, nCur: y.length };
}
/** How often each string occurs. */
function countCategories(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
}
function total(counts) {
    let sum = 0;
    for (const count of counts.values())
        sum += count;
    return sum;
}
/** The count table of two categorical columns given as per-category counts. */
function categoricalCountTable(refCounts, curCounts) {
    const keys = [...new Set([...refCounts.keys(), ...curCounts.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const ref = new Float64Array(keys.length);
    const cur = new Float64Array(keys.length);
    keys.forEach((key, k) => {
        ref[k] = refCounts.get(key) ?? 0;
        cur[k] = curCounts.get(key) ?? 0;
    });
    return { keys, ref, cur, nRef: total(refCounts), nCur: total(curCounts) };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/binning.ts
/**
 * The bins Evidently's PSI and Jensen–Shannon tests share (evidently/calculations/stattests/
 * utils.py `get_binned_data`): a numeric column whose reference holds more than 20 distinct
 * values gets numpy's Sturges bins over the pooled data (`np.histogram_bin_edges(..., 'sturges')`);
 * anything else gets one bin per distinct value of either side. Proportions are count / size.
 */

/** Reference columns with more distinct values than this are binned by Sturges' rule. */
const STURGES_MIN_DISTINCT_REF = 21;
/**
 * numpy's Sturges edges for pooled data spanning [lo, hi] with `total` values:
 * width = (hi − lo)/(log2(total) + 1), k = ⌈(hi − lo)/width⌉, edges = linspace(lo, hi, k + 1).
 */
function sturgesEdges(lo, hi, total) {
    const width = (hi - lo) / (Math.log2(total) + 1.0);
    let first = lo;
    let last = hi;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const k = width ? Math.ceil((last - first) / width) : 1;
    // np.linspace: i·step + start, the last edge set to stop exactly
    const edges = new Float64Array(k + 1);
    const step = (last - first) / k;
    for (let i = 0; i <= k; i++)
        edges[i] = step === 0 ? (i / k) * (last - first) + first : i * step + first;
    edges[k] = last;
    return edges;
}
/** Index of the first element ≥ value (side 'left') or > value (side 'right') in an ascending array. */
function searchSorted(sorted, value, side) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const v = sorted[mid];
        if (side === 'left' ? v < value : v <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** np.histogram counts of an ascending sample: bins [e_i, e_{i+1}), the last one closed. */
function histogramSorted(sorted, edges) {
    const k = edges.length - 1;
    const counts = new Float64Array(k);
    let previous = searchSorted(sorted, edges[0], 'left');
    for (let i = 1; i <= k; i++) {
        const next = searchSorted(sorted, edges[i], i === k ? 'right' : 'left');
        counts[i - 1] = next - previous;
        previous = next;
    }
    return counts;
}
function proportions(counts, size) {
    const out = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++)
        out[i] = counts[i] / size;
    return out;
}
/** Bins of a count table: one per distinct value. */
function distinctValueBins(table) {
    return {
        binning: 'distinct_values',
        categories: table.keys,
        refCounts: table.ref,
        curCounts: table.cur,
        refPercents: proportions(table.ref, table.nRef),
        curPercents: proportions(table.cur, table.nCur),
    };
}
/**
 * Evidently's bins for two ascending, non-empty numeric samples; `distinctRef` is the number
 * of distinct reference values, `table` the pooled count table if already built.
 */
function evidentlyNumericBins(x, y, distinctRef, table) {
    if (distinctRef < STURGES_MIN_DISTINCT_REF)
        return distinctValueBins(table ?? numericCountTable(x, y));
    const lo = Math.min(x[0], y[0]);
    const hi = Math.max(x[x.length - 1], y[y.length - 1]);
    const edges = sturgesEdges(lo, hi, x.length + y.length);
    const refCounts = histogramSorted(x, edges);
    const curCounts = histogramSorted(y, edges);
    return {
        binning: 'sturges_combined',
        edges,
        refCounts,
        curCounts,
        refPercents: proportions(refCounts, x.length),
        curPercents: proportions(curCounts, y.length),
    };
}
/**
 * Evidently's zero fill: empty bins get ε = μ/10^6 when the smallest non-zero proportion μ is
 * at most 1e-4, else ε = 1e-4; nothing is renormalised.
 */
function zeroFill(percents) {
    let smallest = Number.POSITIVE_INFINITY;
    for (const p of percents)
        if (p !== 0 && p < smallest)
            smallest = p;
    const epsilon = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
    const filled = percents.map((p) => (p === 0 ? epsilon : p));
    return { filled, epsilon };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/incomplete-gamma.ts
/**
 * Regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x) and the χ²
 * survival function Q(k/2, x/2) (scipy.stats.chi2.sf = cephes chdtrc = igamc).
 *
 * Method (Numerical Recipes §6.2; Cephes igam.c): the power series for P when x < a + 1,
 * Legendre's continued fraction for Q (modified Lentz) otherwise, so the quantity summed is
 * never a small difference of large ones and small upper tails keep full relative precision.
 * The common factor x^a e^{−x} / Γ(a) is formed as
 *   a·(log1p(t) − t) + ½·log(a/2π) − S(a),  t = (x − a)/a, S = Stirling correction,
 * for a ≥ 10 and x ≥ a/2, which avoids the cancellation between a·log x and log Γ(a) for large a.
 * Relative accuracy is about 1e-14 for the p-values chi-square tests produce.
 */
const EPS = 2 ** -52;
const FPMIN = Number.MIN_VALUE / EPS;
const MAX_ITERATIONS = 100000;
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** Stirling's correction S(a) = log Γ(a) − [(a − ½) log a − a + ½ log 2π], for a ≥ 10. */
function stirlingCorrection(a) {
    const r = 1 / a;
    const r2 = r * r;
    // B_{2k}/(2k(2k−1)) a^{1−2k}, k = 1…6; the next term is below 1e-16 for a ≥ 10
    return r * (1 / 12 + r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360))))));
}
/** log Γ(a) for a > 0. */
function logGamma(a) {
    if (!(a > 0))
        return Number.NaN;
    let shift = 0;
    let z = a;
    // Γ(z) = Γ(z + k) / (z (z+1) … (z+k−1)), shifted until Stirling's series is accurate
    let product = 1;
    while (z < 10) {
        product *= z;
        z += 1;
        shift++;
    }
    const logShifted = (z - 0.5) * Math.log(z) - z + LOG_SQRT_2PI + stirlingCorrection(z);
    return shift === 0 ? logShifted : logShifted - Math.log(product);
}
/** log(x^a e^{−x} / Γ(a)), the common factor of P and Q. */
function logPrefactor(a, x) {
    const t = (x - a) / a;
    // for x < a/2 log1p(t) would magnify the rounding of t; the direct form is accurate there
    if (a >= 10 && t >= -0.5) {
        return a * (Math.log1p(t) - t) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlingCorrection(a);
    }
    return a * Math.log(x) - x - logGamma(a);
}
/** Σ x^k / ((a+1)…(a+k)), the series part of P(a, x) = prefactor/a · series. */
function lowerSeries(a, x) {
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let i = 0; i < MAX_ITERATIONS; i++) {
        ap += 1;
        term *= x / ap;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            return sum;
    }
    throw new Error(`incomplete gamma series did not converge for a=${a}, x=${x}`);
}
/** Legendre's continued fraction for Q(a, x) / prefactor, by the modified Lentz method. */
function upperContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / FPMIN;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i <= MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < FPMIN)
            d = FPMIN;
        c = b + an / c;
        if (Math.abs(c) < FPMIN)
            c = FPMIN;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            return h;
    }
    throw new Error(`incomplete gamma continued fraction did not converge for a=${a}, x=${x}`);
}
/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a) (Cephes igamc). */
function gammaQ(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Number.POSITIVE_INFINITY)
        return 0;
    if (x < a + 1)
        return 1 - Math.exp(logPrefactor(a, x)) * lowerSeries(a, x);
    return Math.exp(logPrefactor(a, x)) * upperContinuedFraction(a, x);
}
/** Regularised lower incomplete gamma P(a, x) = γ(a, x)/Γ(a) (Cephes igam). */
function gammaP(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return Number.NaN;
    if (x === 0)
        return 0;
    if (x === Number.POSITIVE_INFINITY)
        return 1;
    if (x < a + 1)
        return Math.exp(logPrefactor(a, x)) * lowerSeries(a, x);
    return 1 - Math.exp(logPrefactor(a, x)) * upperContinuedFraction(a, x);
}
/** P(χ²_dof ≥ x): scipy.stats.chi2.sf(x, dof). NaN for dof ≤ 0, as scipy. */
function chi2Sf(x, dof) {
    if (Number.isNaN(x) || !(dof > 0))
        return Number.NaN;
    if (x <= 0)
        return 1;
    return gammaQ(dof / 2, x / 2);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/numpy-sum.ts
/**
 * Summation in numpy's order (`np.sum` / `np.add.reduce` of a contiguous float64 array):
 * pairwise summation with an 8-accumulator block of at most 128 elements at the leaves
 * (numpy/core/src/umath/loops_utils.h.src, `pairwise_sum`). scipy and Evidently sum with
 * np.sum, so this keeps our last bits where theirs are, and its error grows as O(log n).
 */
const BLOCK = 128;
function pairwise(values, offset, count) {
    if (count < 8) {
        let sum = -0;
        for (let i = 0; i < count; i++)
            sum += values[offset + i];
        return sum;
    }
    if (count <= BLOCK) {
        let r0 = values[offset];
        let r1 = values[offset + 1];
        let r2 = values[offset + 2];
        let r3 = values[offset + 3];
        let r4 = values[offset + 4];
        let r5 = values[offset + 5];
        let r6 = values[offset + 6];
        let r7 = values[offset + 7];
        const unrolled = count - (count % 8);
        let i = 8;
        for (; i < unrolled; i += 8) {
            const at = offset + i;
            r0 += values[at];
            r1 += values[at + 1];
            r2 += values[at + 2];
            r3 += values[at + 3];
            r4 += values[at + 4];
            r5 += values[at + 5];
            r6 += values[at + 6];
            r7 += values[at + 7];
        }
        let sum = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
        for (; i < count; i++)
            sum += values[offset + i];
        return sum;
    }
    let half = Math.floor(count / 2);
    half -= half % 8;
    return pairwise(values, offset, half) + pairwise(values, offset + half, count - half);
}
/** Σ values[start..end) in numpy's pairwise order. */
function numpySum(values, start = 0, end = values.length) {
    return 0 + pairwise(values, start, end - start);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/chi2.ts
/**
 * Chi-square tests on a reference/current count table.
 * - Evidently's test (evidently/calculations/stattests/chisquare_stattest.py): goodness of fit
 *   of the current counts against the reference counts scaled to the current size, via
 *   scipy.stats.chisquare; dof = categories − 1. A category absent from the reference but present
 *   in the current data has expected count 0: χ² = ∞, p = 0. Drift iff p < 0.05.
 * - scipy.stats.chi2_contingency on the 2 × k table (a test of homogeneity), with Yates'
 *   continuity correction when dof = 1.
 */


const CHI2_ALPHA = 0.05;
/**
 * p-value of a χ² statistic; with dof = 0 (a single category) the statistic is 0 and there is
 * nothing to reject, so p = 1 where scipy would return NaN.
 */
function pvalueOf(statistic, dof) {
    if (dof === 0)
        return 1;
    return chi2Sf(statistic, dof);
}
/** Evidently's goodness-of-fit chi-square; both sides must be non-empty. */
function chiSquareEvidently(table) {
    const k = table.keys.length;
    const kNorm = table.nCur / table.nRef;
    const terms = new Float64Array(k);
    for (let i = 0; i < k; i++) {
        const expected = table.ref[i] * kNorm;
        const observed = table.cur[i];
        const diff = observed - expected;
        terms[i] = (diff * diff) / expected; // 0/0 cannot happen: every key occurs on some side
    }
    const statistic = numpySum(terms);
    const dof = k - 1;
    return { statistic, pvalue: pvalueOf(statistic, dof), dof };
}
/** scipy.stats.chi2_contingency(correction=True) of the 2 × k table [reference; current]. */
function chiSquareContingency(table) {
    const k = table.keys.length;
    const total = table.nRef + table.nCur;
    const dof = k - 1;
    if (dof === 0)
        return { statistic: 0, pvalue: 1, dof, yates_applied: false };
    const yates = dof === 1;
    const terms = new Float64Array(2 * k);
    const rows = [table.ref, table.cur];
    const rowSums = [table.nRef, table.nCur];
    for (let r = 0; r < 2; r++) {
        const row = rows[r];
        for (let c = 0; c < k; c++) {
            const columnSum = table.ref[c] + table.cur[c];
            const expected = (rowSums[r] * columnSum) / total;
            let observed = row[c];
            if (yates) {
                const diff = expected - observed;
                observed += Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
            }
            const d = observed - expected;
            terms[r * k + c] = (d * d) / expected;
        }
    }
    const statistic = numpySum(terms);
    return { statistic, pvalue: pvalueOf(statistic, dof), dof, yates_applied: yates };
}
/** Both chi-square tests with the table they ran on; both sides must be non-empty. */
function chi2Tests(table) {
    return {
        categories: table.keys,
        ref_counts: Array.from(table.ref),
        cur_counts: Array.from(table.cur),
        evidently_gof: chiSquareEvidently(table),
        contingency: chiSquareContingency(table),
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/jensen-shannon.ts
/**
 * Jensen–Shannon distance as scipy.spatial.distance.jensenshannon computes it:
 * p and q are normalised to sum 1, M = (p + q)/2, JS = √((KL(p‖M) + KL(q‖M))/2) with
 * natural logarithms unless a base is given. Evidently applies it to its PSI bins without
 * the zero fill (evidently/calculations/stattests/jensenshannon.py); drift iff JS ≥ 0.1.
 */

const JENSEN_SHANNON_THRESHOLD = 0.1;
/** scipy.special.rel_entr: x·ln(x/y), 0 for x = 0, ∞ when y = 0 < x. */
function relativeEntropy(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Number.POSITIVE_INFINITY;
}
/** JS divergence (before the square root and the division by 2), natural log. */
function jensenShannonSum(p, q) {
    const pSum = numpySum(p);
    const qSum = numpySum(q);
    const left = new Float64Array(p.length);
    const right = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / pSum;
        const qi = q[i] / qSum;
        const mi = (pi + qi) / 2.0;
        left[i] = relativeEntropy(pi, mi);
        right[i] = relativeEntropy(qi, mi);
    }
    return numpySum(left) + numpySum(right);
}
/** scipy.spatial.distance.jensenshannon(p, q, base). */
function jensenShannonDistance(p, q, base) {
    let js = jensenShannonSum(p, q);
    if (base !== undefined)
        js /= Math.log(base);
    return Math.sqrt(js / 2.0);
}
/** Evidently's Jensen–Shannon distance on its bins (raw proportions). */
function jensenShannonEvidently(bins) {
    const js = jensenShannonSum(bins.refPercents, bins.curPercents);
    return { distance: Math.sqrt(js / 2.0), distance_base2: Math.sqrt(js / Math.log(2) / 2.0) };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/clip-probability.ts
/** Clip to [0, 1] (NaN stays NaN), as scipy clips every probability it returns. */
function clip01(p) {
    return p < 0 ? 0 : Math.min(p, 1);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/kolmogorov.ts
/**
 * Kolmogorov's limiting distribution of √n·D_n (scipy.special.kolmogorov / kolmogc,
 * scipy.stats.kstwobign), ported from scipy/special/cephes/kolmogorov.c (P. van Mulbregt, 2018):
 *   K(x) = P(√n·D_n ≤ x) = 1 − 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²x²}
 *        = (√(2π)/x) Σ_{k≥1} e^{−(2k−1)²π²/(8x²)},
 * the second (Jacobi theta) series below x = 0.82, the first above; each needs at most four terms.
 * Ref: van Mulbregt, "Computing the CDF and quantiles of the limit of the two-sided KS statistic",
 * arXiv:1803.00426.
 */

const KOLMOG_CUTOVER = 0.82;
// exp() of anything below -708-38 is 0 in double precision; below this x the CDF is 0.
const X_ZERO_CDF = Math.PI / Math.sqrt((708 + 38) * 8);
function kolmogorovBoth(x) {
    if (Number.isNaN(x))
        return { sf: Number.NaN, cdf: Number.NaN };
    if (x <= 0 || x <= X_ZERO_CDF)
        return { sf: 1, cdf: 0 };
    if (x <= KOLMOG_CUTOVER) {
        // u = e^{−π²/(8x²)}, w = √(2π)/x: P = w·u·(1 + u^8 + u^24 + …)
        const w = Math.sqrt(2 * Math.PI) / x;
        const logu8 = (-Math.PI * Math.PI) / (x * x);
        const u = Math.exp(logu8 / 8);
        let cdf;
        if (u === 0) {
            cdf = Math.exp(logu8 / 8 + Math.log(w));
        }
        else {
            const u8 = Math.exp(logu8);
            const u8cub = u8 ** 3;
            let p = 1.0;
            p = 1 + u8cub * p;
            p = 1 + u8 * u8 * p;
            p = 1 + u8 * p;
            cdf = w * u * p;
        }
        return { sf: clip01(1 - cdf), cdf: clip01(cdf) };
    }
    // v = e^{−2x²}: P = 2v(1 − v³(1 − v⁵(1 − v⁷(…))))
    const v = Math.exp(-2 * x * x);
    const vsq = v * v;
    const v3 = v ** 3;
    let p = 1.0;
    p = 1 - v3 * v3 * v * p;
    p = 1 - v3 * vsq * p;
    p = 1 - v3 * p;
    const sf = 2 * v * p;
    return { sf: clip01(sf), cdf: clip01(1 - sf) };
}
/** P(√n·D_n > x) in the limit n → ∞ (scipy.special.kolmogorov). */
function kolmogorovSf(x) {
    return kolmogorovBoth(x).sf;
}
/** P(√n·D_n ≤ x) in the limit n → ∞ (scipy.special.kolmogc). */
function kolmogorovCdf(x) {
    return kolmogorovBoth(x).cdf;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/ks-exact.ts
/**
 * Exact two-sided p-value of the two-sample KS statistic, as scipy.stats.ks_2samp computes it
 * (scipy/stats/_stats_py.py `_attempt_exact_2kssamp`, `_compute_prob_outside_square`;
 * scipy/stats/_stats_pythran.py `_compute_outer_prob_inside_method`).
 *
 * With g = gcd(n, m), L = lcm(n, m) and h = D·L (an integer), p = P(D_{n,m} ≥ h/L) is the
 * share of monotone lattice paths from (0,0) to (n,m) that touch |x/n − y/m| ≥ h/L.
 */
/** Greatest common divisor of two non-negative integers. */
function gcd(a, b) {
    let x = a;
    let y = b;
    while (y !== 0) {
        const r = x % y;
        x = y;
        y = r;
    }
    return x;
}
/**
 * n = m: the Gnedenko–Korolyuk alternating series
 *   p = 2 Σ_{k≥1} (−1)^{k−1} C(2n, n−kh)/C(2n, n),
 * evaluated in nested (Horner) form to avoid cancellation:
 *   p = 2·A_0(1 − A_1(1 − A_2(…))), A_k = Π_{j<h} (n − kh − j)/(n + kh + j + 1).
 */
function probOutsideSquare(n, h) {
    let P = 0.0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1.0;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1.0 - P);
        k -= 1;
    }
    return 2 * P;
}
/**
 * n ≠ m: Hodges' (1958) "inside method" on the lattice, in Viehmann's (arXiv:2102.08037) form
 * that carries the share of paths that have already left the band |n_g·i − m_g·j| < h
 * (g = gcd; here m ≥ n after swapping):
 *   q(i, j) = (i·q(i−1, j) + j·q(i, j−1)) / (i + j), q = 1 outside the band,
 * so tiny p-values come out directly instead of as 1 − (something close to 1).
 * One column of the band is kept, in a sliding window.
 */
function probOutsideBand(n1, n2, g, h) {
    let m = n1;
    let n = n2;
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    A.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1.0;
        let val = minj === 0 ? 0.0 : 1.0;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return A[maxj - minj - 1];
}
/**
 * P(D_{n1,n2} ≥ h/L) for the two-sided test; null when the computation is not a probability
 * (scipy then falls back to the asymptotic distribution).
 */
function ksExactPvalue(n1, n2, h) {
    if (h === 0)
        return 1.0;
    const g = gcd(n1, n2);
    const prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
    if (!(prob >= 0 && prob <= 1))
        return null;
    return prob;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/float-bits.ts
/**
 * Exact power-of-two scaling of doubles (C's frexp / ldexp), for algorithms that carry
 * a separate binary exponent to stay clear of overflow and underflow
 * (scipy's Durbin matrix, Pomeranz recursion and one-sided Smirnov sum do the same).
 */
const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
// Little-endian on every platform Node supports: word 1 holds sign, exponent and the top mantissa bits.
const HIGH = 1;
const LOW = 0;
/** 2^k for an integer k in [-1022, 1023], built from its bits (exact). */
function normalPowerOfTwo(k) {
    scratchWords[HIGH] = (k + 1023) << 20;
    scratchWords[LOW] = 0;
    return scratch[0];
}
const TWO_POW_64 = normalPowerOfTwo(64);
/**
 * The binary exponent e with x = m·2^e and 0.5 ≤ |m| < 1 (C's frexp exponent).
 * 0 for x = 0 or a non-finite x.
 */
function frexpExponent(x) {
    if (x === 0 || !Number.isFinite(x))
        return 0;
    scratch[0] = x;
    const biased = (scratchWords[HIGH] >>> 20) & 0x7ff;
    if (biased === 0)
        return frexpExponent(x * TWO_POW_64) - 64; // subnormal
    return biased - 1022;
}
/** x·2^k, exact unless the result is subnormal or out of range (C's ldexp). */
function ldexp(x, k) {
    let value = x;
    let exponent = k;
    while (exponent > 1023) {
        value *= normalPowerOfTwo(1023);
        exponent -= 1023;
        if (!Number.isFinite(value))
            return value;
    }
    while (exponent < -1022) {
        // Step down in two pieces so a result in the subnormal range is rounded once, at the end.
        if (exponent < -2044) {
            value *= normalPowerOfTwo(-1022);
            exponent += 1022;
            if (value === 0)
                return value;
        }
        else {
            value *= normalPowerOfTwo(-1022 + 53);
            exponent += 1022 - 53;
        }
    }
    return value * normalPowerOfTwo(exponent);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/double-double.ts
/**
 * The few error-free transformations scipy's one-sided Smirnov code relies on
 * (scipy/special/cephes/dd_real.c, after Dekker 1971 and Knuth TAOCP vol. 2 §4.2.2):
 * a value is carried as hi + lo with |lo| ≤ ulp(hi)/2. Each function leaves its result in
 * the shared `dd` slot so hot loops allocate nothing; read it before the next call.
 */
const dd = { hi: 0, lo: 0 };
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp split
/** a + b exactly. */
function twoSum(a, b) {
    const s = a + b;
    const bb = s - a;
    dd.lo = a - (s - bb) + (b - bb);
    dd.hi = s;
}
/** a · b exactly (no FMA in JavaScript: Veltkamp–Dekker splitting). */
function twoProd(a, b) {
    const p = a * b;
    let t = SPLITTER * a;
    const aHi = t - (t - a);
    const aLo = a - aHi;
    t = SPLITTER * b;
    const bHi = t - (t - b);
    const bLo = b - bHi;
    dd.lo = aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
    dd.hi = p;
}
/** a / b to double-double precision. */
function divToDD(a, b) {
    const q1 = a / b;
    twoProd(q1, b);
    const remainder = a - dd.hi - dd.lo;
    const q2 = remainder / b;
    const s = q1 + q2;
    dd.lo = q2 - (s - q1);
    dd.hi = s;
}
/** (hi + lo) + b. */
function addDD(hi, lo, b) {
    twoSum(hi, b);
    const s = dd.hi;
    const e = dd.lo + lo;
    const sum = s + e;
    dd.lo = e - (sum - s);
    dd.hi = sum;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/smirnov.ts
/**
 * Survival function of the one-sided one-sample KS statistic D+_n (scipy.special.smirnov),
 * after scipy/special/cephes/kolmogorov.c `_smirnov` (P. van Mulbregt, arXiv:1802.06966):
 * the Smirnov (1944) / Birnbaum–Tingey (1951) sum
 *   P(D+_n ≥ x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n,v) (x + v/n)^{v−1} (1 − x − v/n)^{n−v},
 * with the same special cases and stopping rule. Every term is positive, so small p-values keep
 * full relative precision; terms far below 1e-308 (binomials far above 1e308) are carried as a
 * mantissa and a binary exponent.
 *
 * Two departures, both for speed at n ~ 500,000 (two 1M-row samples), neither visible at the
 * 1e-9 the asymptotic KS p-value is checked to:
 * - where the terms are log-concave (always, for the arguments kstwo passes) the sum runs outward
 *   from its largest term instead of up from v = 0, skipping scipy's long negligible run-in;
 * - above n = 20,000 each term is formed from logarithms rather than from exact double-double
 *   powers (relative error ~n·2^-53 per term instead of ~2^-53; measured 4e-13 against scipy).
 *
 * scipy switches to an "upper sum" for the CDF when 1/n < x ≲ 3/n and x ≤ 0.5/√n; the lower
 * sum used here is the same quantity, and kstwo never calls smirnov in that region.
 */




const DBL_EPSILON = 2 ** -52;
/** log(2^-1075), cephes MINLOG: exp of anything below is 0. */
const MINLOG = -745.1332191019412;
const SMIRNOV_MAX_COMPUTE_N = 1000000;
const POW_CHUNK = 1000; // m^1000 ≥ 2^-1000 for m ∈ [0.5, 1): stays normal
// Result slot of the scaled power helpers: value = mantissa · 2^exponent, mantissa ∈ [0.5, 1).
// An object rather than module-level lets: writing a double to a module binding allocates.
const smirnov_scaled = { mantissa: 1, exponent: 0 };
/** b^m for b ∈ [0.5, 1), m ≥ 0, into the scaled slot. */
function powMantissa(b, m) {
    if (m <= POW_CHUNK) {
        const p = b ** m;
        const e = frexpExponent(p);
        smirnov_scaled.mantissa = ldexp(p, -e);
        smirnov_scaled.exponent = e;
        return;
    }
    const q = Math.floor(m / POW_CHUNK);
    const r = m % POW_CHUNK;
    const chunk = b ** POW_CHUNK;
    const chunkExp = frexpExponent(chunk);
    powMantissa(ldexp(chunk, -chunkExp), q);
    const qMantissa = smirnov_scaled.mantissa;
    const qExponent = smirnov_scaled.exponent + chunkExp * q;
    const rest = b ** r;
    const restExp = frexpExponent(rest);
    const product = qMantissa * ldexp(rest, -restExp);
    const productExp = frexpExponent(product);
    smirnov_scaled.mantissa = ldexp(product, -productExp);
    smirnov_scaled.exponent = qExponent + restExp + productExp;
}
/**
 * (hi + lo)^m for hi > 0, m ≥ 0, into the scaled slot. The low part enters as the factor
 * (1 + lo/hi)^m, as in scipy's pow_D.
 */
function powScaled(hi, lo, m) {
    if (m === 0) {
        smirnov_scaled.mantissa = 0.5;
        smirnov_scaled.exponent = 1;
        return;
    }
    const e0 = frexpExponent(hi);
    powMantissa(ldexp(hi, -e0), m);
    smirnov_scaled.exponent += e0 * m;
    const r = lo / hi;
    let adj = m * r;
    if (Math.abs(adj) > 1e-8) {
        adj = Math.abs(adj) < 1e-4 ? adj + m * r * (((m - 1) / 2) * r) : Math.expm1(m * Math.log1p(r));
    }
    smirnov_scaled.mantissa += smirnov_scaled.mantissa * adj;
}
/** (hi + lo)^m as a plain double (used where the result cannot underflow meaningfully). */
function powDD(hi, lo, m) {
    if (hi === 0)
        return m === 0 ? 1 : 0;
    powScaled(hi, lo, m);
    return ldexp(smirnov_scaled.mantissa, smirnov_scaled.exponent);
}
/** P(D+_n ≥ x), the one-sided Smirnov survival function. */
function smirnovSf(n, x) {
    if (!(n > 0 && Number.isInteger(n) && x >= 0 && x <= 1))
        return Number.NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    // floor(n·x) and its fractional part, exactly (scipy's modNX).
    twoProd(n, x);
    const nxHi = dd.hi;
    const nxLo = dd.lo;
    let nxFloor = Math.floor(nxHi);
    if (nxFloor === nxHi && nxLo < 0)
        nxFloor -= 1;
    let alpha = nxHi - nxFloor + nxLo;
    if (alpha >= 1) {
        nxFloor += 1;
        alpha = 0;
    }
    let lowerLast = n - nxFloor - (alpha === 0 ? 0 : 1);
    // When n(1−x) is an integer the last lower term has a zero factor: leave it out.
    if (alpha === 0)
        lowerLast -= 1;
    if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
        // x ≤ 1/n: P(D+ < x) = x (1 + x)^{n−1}
        twoSum(1, x);
        const cdf = x * powDD(dd.hi, dd.lo, n - 1);
        return clip01(1 - cdf);
    }
    if (-2 * n * x * x < MINLOG)
        return 0;
    if (nxFloor >= n - 1) {
        // x ≥ 1 − 1/n: only the v = 0 term survives
        twoSum(1, -x);
        return clip01(powDD(dd.hi, dd.lo, n));
    }
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        // p ≈ exp(−(6nx + 1)² / 18n), as scipy does for very large n
        const logp = -((6.0 * n * x + 1) ** 2) / 18.0 / n;
        return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 - -Math.expm1(logp));
    }
    return clip01(lowerSum(n, x, lowerLast));
}
/** log of the v-th term C(n,v)(x + v/n)^{v−1}(1 − x − v/n)^{n−v}, roughly: only used to find the largest. */
function approximateLogTerm(n, x, v, logNFactorial) {
    return (logNFactorial -
        logGamma(v + 1) -
        logGamma(n - v + 1) +
        (v - 1) * Math.log(x + v / n) +
        (n - v) * Math.log1p(-x - v / n));
}
/** The index v ≥ 1 of the largest term, by ternary search: the caller ensures the terms are log-concave. */
function largestTermIndex(n, x, last) {
    const logNFactorial = logGamma(n + 1);
    let lo = 1;
    let hi = last;
    while (hi - lo > 3) {
        const m1 = lo + Math.floor((hi - lo) / 3);
        const m2 = hi - Math.floor((hi - lo) / 3);
        if (approximateLogTerm(n, x, m1, logNFactorial) < approximateLogTerm(n, x, m2, logNFactorial))
            lo = m1;
        else
            hi = m2;
    }
    let best = lo;
    let bestValue = approximateLogTerm(n, x, lo, logNFactorial);
    for (let v = lo + 1; v <= hi; v++) {
        const value = approximateLogTerm(n, x, v, logNFactorial);
        if (value > bestValue) {
            best = v;
            bestValue = value;
        }
    }
    return best;
}
/** Term v ≥ 1 into the scaled slot from exact powers, given C(n, v) = binomMantissa · 2^binomExponent. */
function termByPowers(n, x, v, binomMantissa, binomExponent) {
    // t2 = (n − v)/n − x and t1 = v/n + x, both in double-double
    divToDD(n - v, n);
    addDD(dd.hi, dd.lo, -x);
    powScaled(dd.hi, dd.lo, n - v);
    const mantissa = smirnov_scaled.mantissa * binomMantissa;
    const exponent = smirnov_scaled.exponent + binomExponent;
    divToDD(v, n);
    addDD(dd.hi, dd.lo, x);
    powScaled(dd.hi, dd.lo, v - 1);
    smirnov_scaled.mantissa *= mantissa;
    smirnov_scaled.exponent += exponent;
}
// ln 2 split so that k·LN2_HI is exact for |k| < 2^32 (fdlibm's constants)
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
/** log of a double-double to first order in its low part. */
function logDD(hi, lo) {
    return Math.log(hi) + lo / hi;
}
/**
 * Term v ≥ 1 into the scaled slot through logarithms: (v−1)·log t1 + (n−v)·log t2 is split into
 * k·ln 2 + r and only exp(r) is formed. About 20 times cheaper than exact powers; the price is
 * a relative error near n·|log t|·2^-53 per term (4e-11 at n = 500,000, 4e-13 at n = 5,000).
 */
function termByLogs(n, x, v, binomMantissa, binomExponent) {
    divToDD(v, n);
    addDD(dd.hi, dd.lo, x);
    const log1 = logDD(dd.hi, dd.lo);
    divToDD(n - v, n);
    addDD(dd.hi, dd.lo, -x);
    const log2 = logDD(dd.hi, dd.lo);
    const total = (v - 1) * log1 + (n - v) * log2;
    const k = Math.round(total / Math.LN2);
    const r = total - k * LN2_HI - k * LN2_LO;
    smirnov_scaled.mantissa = binomMantissa * Math.exp(r);
    smirnov_scaled.exponent = binomExponent + k;
}
/** The v = 0 term (1 − x)^n / x into the scaled slot. */
function firstTerm(n, x) {
    twoSum(1, -x);
    if (n <= EXACT_POWERS_MAX_N) {
        powScaled(dd.hi, dd.lo, n);
    }
    else {
        const total = n * logDD(dd.hi, dd.lo);
        const k = Math.round(total / Math.LN2);
        smirnov_scaled.mantissa = Math.exp(total - k * LN2_HI - k * LN2_LO);
        smirnov_scaled.exponent = k;
    }
    smirnov_scaled.mantissa /= x;
}
/** Below this n the terms use exact powers (as scipy); above it, logarithms (fast enough for n = 500,000). */
const EXACT_POWERS_MAX_N = 20000;
/** The lower sum term by term from v = 0, as scipy walks it, with scipy's stopping rule. */
function sequentialLowerSum(n, x, last) {
    let referenceExponent = 0;
    let sum = 0;
    firstTerm(n, x);
    referenceExponent = smirnov_scaled.exponent;
    sum = smirnov_scaled.mantissa;
    let mantissa = n;
    let exponent = 0;
    for (let v = 1; v <= last; v++) {
        termByPowers(n, x, v, mantissa, exponent);
        // the terms may grow past the first one by far: rebase the sum on the larger exponent
        if (smirnov_scaled.exponent > referenceExponent) {
            sum = ldexp(sum, referenceExponent - smirnov_scaled.exponent);
            referenceExponent = smirnov_scaled.exponent;
        }
        const value = ldexp(smirnov_scaled.mantissa, smirnov_scaled.exponent - referenceExponent);
        sum += value;
        if (4 * (last - v) * (value / sum) < DBL_EPSILON && v !== last)
            break;
        mantissa *= (n - v) / (v + 1);
        const e = frexpExponent(mantissa);
        mantissa = ldexp(mantissa, -e);
        exponent += e;
    }
    return ldexp(x * sum, referenceExponent);
}
/**
 * x · Σ_{v=0}^{last} C(n,v)(x + v/n)^{v−1}(1 − x − v/n)^{n−v}. For v ≥ 1, the second difference of
 * log term_v is negative while v < (n·x)² and n·x > 1, so when (n·x)² ≥ last the terms v ≥ 1 rise
 * to a single peak and fall on both sides (v = 0 is a spike of its own, from the 1/x); summing outward from the peak,
 * each way until scipy's rule says the remaining terms cannot change the sum, skips the long
 * negligible run-in that scipy's sum from v = 0 walks through. The sum is kept relative to the
 * peak term's binary exponent, so no term overflows and negligible ones may underflow.
 */
function lowerSum(n, x, last) {
    const term = n <= EXACT_POWERS_MAX_N ? termByPowers : termByLogs;
    // kstwo only asks where (n·x)² ≥ n: n·x² ≥ 2.2, or n·x² > 4 for n ≤ 140, or x ≥ 0.5
    if ((n * x) ** 2 < last)
        return sequentialLowerSum(n, x, last);
    const peak = largestTermIndex(n, x, last);
    // C(n, peak) by the running product, rescaled as it grows
    let binomMantissa = 1;
    let binomExponent = 0;
    for (let v = 1; v <= peak; v++) {
        binomMantissa *= (n - v + 1) / v;
        if (binomMantissa > 1e250) {
            const e = frexpExponent(binomMantissa);
            binomMantissa = ldexp(binomMantissa, -e);
            binomExponent += e;
        }
    }
    let referenceExponent = 0;
    let sum = 0;
    /** Adds the term in the scaled slot and returns its share of the sum so far. */
    const add = () => {
        if (sum === 0)
            referenceExponent = smirnov_scaled.exponent;
        const value = ldexp(smirnov_scaled.mantissa, smirnov_scaled.exponent - referenceExponent);
        sum += value;
        return value / sum;
    };
    // v ≥ 1 outward from the peak: upward, then downward
    let mantissa = binomMantissa;
    let exponent = binomExponent;
    for (let v = peak; v <= last; v++) {
        term(n, x, v, mantissa, exponent);
        const share = add();
        if (4 * (last - v) * share < DBL_EPSILON)
            break;
        mantissa *= (n - v) / (v + 1);
        if (mantissa > 1e250 || mantissa < 1e-250) {
            const e = frexpExponent(mantissa);
            mantissa = ldexp(mantissa, -e);
            exponent += e;
        }
    }
    mantissa = binomMantissa;
    exponent = binomExponent;
    for (let v = peak - 1; v >= 1; v--) {
        mantissa *= (v + 1) / (n - v);
        if (mantissa > 1e250 || mantissa < 1e-250) {
            const e = frexpExponent(mantissa);
            mantissa = ldexp(mantissa, -e);
            exponent += e;
        }
        term(n, x, v, mantissa, exponent);
        const share = add();
        if (4 * v * share < DBL_EPSILON)
            break;
    }
    firstTerm(n, x);
    add();
    return ldexp(x * sum, referenceExponent);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/kstwo.ts
/**
 * The exact distribution of the two-sided one-sample KS statistic D_n (scipy.stats.kstwo),
 * ported from scipy/stats/_ksstats.py (`_kolmogn` and helpers) with the same region choices,
 * which follow Simard & L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov Distribution",
 * J. Stat. Softw. 39(11), 2011:
 *   - Ruben–Gambino closed forms for n·x ≤ 1 and n·x ≥ n − 1;
 *   - 2 × one-sided Smirnov (Birnbaum–Tingey) for x ≥ 0.5, and for the upper tail (n·x² ≥ 2.2);
 *   - n ≤ 140: Durbin's matrix (Marsaglia–Tsang–Wang 2003) for n·x² ≤ 0.754693,
 *     Pomeranz (1974) for n·x² ≤ 4;
 *   - n > 140: Durbin's matrix when n ≤ 100000 and n·x^1.5 ≤ 1.4, else Pelz–Good (1976).
 * scipy.stats.ks_2samp's asymptotic p-value is kstwo.sf(D, round(nm/(n+m))).
 */




const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
/** B_{2j}/(2j)/(2j−1) for j = 8 … 1: Stirling series coefficients (scipy's _STIRLING_COEFFS). */
const STIRLING_COEFFS = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953,
    0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];
/** log(n!/n^n) by Stirling's series, with n·log(n) removed up front. */
function logNFactorialOverNPowN(n) {
    const rn = 1.0 / n;
    let poly = 0;
    for (const c of STIRLING_COEFFS)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
/** C = A·B for m×m row-major matrices. */
function matmul(a, b, m) {
    const c = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        const row = i * m;
        for (let k = 0; k < m; k++) {
            const aik = a[row + k];
            if (aik === 0)
                continue;
            const bRow = k * m;
            for (let j = 0; j < m; j++)
                c[row + j] = c[row + j] + aik * b[bRow + j];
        }
    }
    return c;
}
/**
 * P(D_n ≤ d) by Durbin's matrix algorithm as Marsaglia, Tsang & Wang (2003) compute it:
 * write d = (k − h)/n; the answer is n!/n^n times the (k,k) entry of H^n, H of order 2k − 1.
 */
function kolmogornDurbinCdf(n, d) {
    if (d >= 1.0)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1.0;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1.0 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = v[j - 1] * fac;
    }
    const tt = Math.max(2 * h - 1.0, 0) ** m - 2 * h ** m;
    v[m - 1] = (1.0 + tt) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    const kk = (k - 1) * m + (k - 1);
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[kk]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] = H[i] / EP128;
            Hexpnt += E128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[kk];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= E128;
        }
    }
    if (expnt !== 0)
        p = ldexp(p, expnt);
    return clip01(p);
}
/** Endpoints of the non-zero stretch of row i in Pomeranz's recursion. */
function pomeranzRange(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/**
 * P(D_n ≤ x) by Pomeranz's recursion (Pomeranz 1974, ACM Algorithm 487): each row is the
 * previous one convolved with (almost) Poisson weights; the answer is n! times the last entry.
 */
function kolmogornPomeranzCdf(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = 1.0 * (t - ll);
    const g = Math.min(f, 1.0 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = 1.0;
    twogpower[0] = 1.0;
    onem2gpower[0] = 1.0;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gOverN) / m;
        twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * oneMinusTwoGOverN) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzRange(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0.0);
        [j1, j2] = pomeranzRange(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // conv = convolve(V0[k1−V0s : k1−V0s+ln2], pwrs[:ln2]); keep conv[j1−k1 : j2−k1+1]
            const aStart = k1 - V0s;
            const aLen = Math.min(ln2, npwrs - aStart);
            const bLen = Math.min(ln2, npwrs);
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            let maxV1 = Number.NEGATIVE_INFINITY;
            for (let idx = 0; idx < convLen; idx++) {
                const kk = convStart + idx;
                let s = 0;
                const lo = Math.max(0, kk - bLen + 1);
                const hi = Math.min(aLen - 1, kk);
                for (let a = lo; a <= hi; a++)
                    s += V0[aStart + a] * pwrs[kk - a];
                V1[idx] = s;
                if (s > maxV1)
                    maxV1 = s;
            }
            if (convLen < npwrs && maxV1 < 0)
                maxV1 = 0; // the rest of the row is zero
            if (maxV1 > 0 && maxV1 < EM128) {
                for (let idx = 0; idx < npwrs; idx++)
                    V1[idx] = V1[idx] * EP128;
                expnt -= E128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += E128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ldexp(ans, expnt);
    return clip01(ans);
}
/**
 * P(D_n ≤ x) by the Pelz–Good (1976) approximation: the Li-Chien/Korolyuk expansion
 * K0 + K1/√n + K2/n + K3/n^1.5 rewritten with Jacobi theta identities for small √n·x.
 */
function kolmogornPelzGoodCdf(n, x) {
    if (x <= 0.0)
        return 0;
    if (x >= 1.0)
        return 1;
    const z = Math.sqrt(n) * x;
    const zsquared = z ** 2;
    const zthree = z ** 3;
    const zfour = z ** 4;
    const zsix = z ** 6;
    const qlog = -PI_SQUARED / 8 / zsquared;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -zsquared;
    const k1b = PI_SQUARED / 4;
    const k2a = 6 * zsix + 2 * zfour;
    const k2b = ((2 * zfour - 5 * zsquared) * PI_SQUARED) / 4;
    const k2c = (PI_FOUR * (1 - 2 * zsquared)) / 16;
    const k3d = (PI_SIX * (5 - 30 * zsquared)) / 64;
    const k3c = (PI_FOUR * (-60 * zsquared + 212 * zfour)) / 16;
    const k3b = (PI_SQUARED * (135 * zfour - 96 * zsix)) / 4;
    const k3a = -30 * zsix - 90 * z ** 8;
    // Horner scheme over odd m = 2k − 1 of c_m q^{m²}
    let K0 = 0;
    let K1 = 0;
    let K2 = 0;
    let K3 = 0;
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const msquared = m ** 2;
        const mfour = m ** 4;
        const msix = m ** 6;
        const qpower = q ** (8 * k);
        K0 = K0 * qpower + 1.0;
        K1 = K1 * qpower + (k1a + k1b * msquared);
        K2 = K2 * qpower + (k2a + k2b * msquared + k2c * mfour);
        K3 = K3 * qpower + (k3a + k3b * msquared + k3c * mfour + k3d * msix);
    }
    K0 = (K0 * q * SQRT2PI) / z;
    K1 = (K1 * q * SQRT2PI) / (6 * zfour);
    K2 = (K2 * q * SQRT2PI) / (72 * z ** 7);
    K3 = (K3 * q * SQRT2PI) / (6480 * z ** 10);
    // The sums over all integers k of the K2 and K3 extra terms
    q = Math.exp(-PI_SQUARED / 2 / zsquared);
    const sqrt3z = SQRT3 * z;
    const k2terms = new Float64Array(maxk);
    const k3terms = new Float64Array(maxk);
    for (let idx = 0; idx < maxk; idx++) {
        const k = maxk - idx;
        const ksquared = k ** 2;
        const kspi = Math.PI * k;
        const qpwer = q ** ksquared;
        k2terms[idx] = ksquared * qpwer;
        k3terms[idx] = (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qpwer;
    }
    K2 += numpySum(k2terms) * ((PI_SQUARED * SQRT2PI) / (-36 * zthree));
    K3 += numpySum(k3terms) * ((PI_SQUARED * SQRT2PI) / (216 * zsix));
    K1 /= n ** 0.5;
    K2 /= n ** 1.0;
    K3 /= n ** 1.5;
    return K0 + K1 + K2 + K3;
}
/** CDF or survival function of D_n at x, by scipy's `_kolmogn` region choices. */
function kolmogorovN(n, x, cdf) {
    const pick = (cdfProb, sfProb) => clip01(cdf ? cdfProb : sfProb);
    if (Number.isNaN(n) || Number.isNaN(x))
        return Number.NaN;
    if (!Number.isInteger(n) || n <= 0)
        return Number.NaN;
    if (x >= 1.0)
        return pick(1.0, 0.0);
    if (x <= 0.0)
        return pick(0.0, 1.0);
    const t = n * x;
    if (t <= 1.0) {
        // Ruben–Gambino: P(D_n ≤ x) = n!/n^n (2t − 1)^n for 1/(2n) ≤ x ≤ 1/n
        if (t <= 0.5)
            return pick(0.0, 1.0);
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1.0 / n) * (2 * t - 1);
        }
        else {
            prob = Math.exp(logNFactorialOverNPowN(n) + n * Math.log(2 * t - 1));
        }
        return pick(prob, 1.0 - prob);
    }
    if (t >= n - 1) {
        // Ruben–Gambino: P(D_n ≥ x) = 2(1 − x)^n for x ≥ 1 − 1/n
        const prob = 2 * (1.0 - x) ** n;
        return pick(1 - prob, prob);
    }
    if (x >= 0.5) {
        // D+ ≥ x and D− ≥ x cannot both happen: exactly twice the one-sided tail
        const prob = 2 * smirnovSf(n, x);
        return pick(1.0 - prob, prob);
    }
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693) {
            const prob = kolmogornDurbinCdf(n, x);
            return pick(prob, 1.0 - prob);
        }
        if (nxsquared <= 4) {
            const prob = kolmogornPomeranzCdf(n, x);
            return pick(prob, 1.0 - prob);
        }
        const prob = 2 * smirnovSf(n, x);
        return pick(1.0 - prob, prob);
    }
    if (!cdf) {
        if (nxsquared >= 370.0)
            return 0.0;
        if (nxsquared >= 2.2)
            return clip01(2 * smirnovSf(n, x));
    }
    let cdfProb;
    if (nxsquared >= 18.0)
        cdfProb = 1.0;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdfProb = kolmogornDurbinCdf(n, x);
    else
        cdfProb = kolmogornPelzGoodCdf(n, x);
    return pick(cdfProb, 1.0 - cdfProb);
}
/** P(D_n ≥ x): scipy.stats.kstwo.sf(x, n). */
function kstwoSf(x, n) {
    if (Number.isNaN(x) || !(Number.isInteger(n) && n >= 1))
        return Number.NaN;
    // rv_continuous: at or below the support's lower end 1/(2n) the survival function is 1.
    if (x <= 0.5 / n)
        return 1;
    if (x >= 1)
        return 0;
    return kolmogorovN(n, x, false);
}
/** P(D_n ≤ x): scipy.stats.kstwo.cdf(x, n). */
function kstwoCdf(x, n) {
    if (Number.isNaN(x) || !(Number.isInteger(n) && n >= 1))
        return Number.NaN;
    if (x <= 0.5 / n)
        return 0;
    if (x >= 1)
        return 1;
    return kolmogorovN(n, x, true);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/pooled-walk.ts
/**
 * One merge walk over two ascending samples that yields everything computed from their pooled
 * order: the KS statistic (scipy's float view and the exact integer one), the W1 distance, and
 * the distinct-value counts. At 1M values per side, one walk instead of five saves most of the
 * non-sorting time.
 */
/**
 * Walks two ascending, non-empty samples once.
 *
 * KS: scipy evaluates cdf1 − cdf2 at every pooled value and takes the first argmax/argmin in
 * concatenate([x, y]) order, so a value of x wins a float tie against a value of y; that float
 * view is kept beside the exact integer maximum of |i·m − j·n| (exact while n·m < 2^53).
 *
 * W1: scipy sums the terms with np.sum (pairwise); here they are summed with Neumaier's
 * compensated sum, whose result is the exactly rounded sum to within a few ulps — so the two
 * agree to numpy's own rounding error (≤ log2(n+m)·2^-53 relative, every term being ≥ 0)
 * without a buffer of n + m terms.
 */
function pooled_walk_walkPooled(x, y) {
    const n = x.length;
    const m = y.length;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxXAt = Number.NaN;
    let maxY = Number.NEGATIVE_INFINITY;
    let maxYAt = Number.NaN;
    let minX = Number.POSITIVE_INFINITY;
    let minXAt = Number.NaN;
    let minY = Number.POSITIVE_INFINITY;
    let minYAt = Number.NaN;
    let numerator = 0;
    let distinctRef = 0;
    let distinctCur = 0;
    let distinctPooled = 0;
    // Neumaier sum of the W1 terms
    let sum = 0;
    let compensation = 0;
    let previous = 0;
    let previousGap = 0; // |F_x − F_y| just after the previous pooled value
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        const xi = i < n ? x[i] : Number.POSITIVE_INFINITY;
        const yj = j < m ? y[j] : Number.POSITIVE_INFINITY;
        const t = Math.min(xi, yj);
        if (distinctPooled > 0) {
            const term = previousGap * (t - previous);
            const s = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? sum - s + term : term - s + sum;
            sum = s;
        }
        distinctPooled++;
        const inX = xi === t;
        const inY = yj === t;
        if (inX) {
            distinctRef++;
            i++;
            while (i < n && x[i] === t)
                i++;
        }
        if (inY) {
            distinctCur++;
            j++;
            while (j < m && y[j] === t)
                j++;
        }
        const diff = i / n - j / m;
        if (inX) {
            if (diff > maxX) {
                maxX = diff;
                maxXAt = t;
            }
            if (diff < minX) {
                minX = diff;
                minXAt = t;
            }
        }
        if (inY) {
            if (diff > maxY) {
                maxY = diff;
                maxYAt = t;
            }
            if (diff < minY) {
                minY = diff;
                minYAt = t;
            }
        }
        const distance = Math.abs(i * m - j * n);
        if (distance > numerator)
            numerator = distance;
        previous = t;
        previousGap = Math.abs(diff);
    }
    const maxS = Math.max(maxX, maxY);
    const maxAt = maxX >= maxY ? maxXAt : maxYAt;
    const minDiff = Math.min(minX, minY);
    const minAt = minX <= minY ? minXAt : minYAt;
    const minS = Math.min(Math.max(-minDiff, 0), 1);
    const ks = minS > maxS
        ? { raw: minS, numerator, sign: -1, location: minAt }
        : { raw: maxS, numerator, sign: 1, location: maxAt };
    return { ks, wasserstein: sum + compensation, distinctRef, distinctCur, distinctPooled };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/round-half-even.ts
/**
 * Round to the nearest integer, ties to even: numpy's `np.round` / `rint`, which scipy uses
 * for the asymptotic KS sample size (4846.5 → 4846) and for the exact KS lattice distance.
 * `Math.round` rounds ties up and would disagree there.
 */
function roundHalfEven(x) {
    if (!Number.isFinite(x))
        return x;
    const floor = Math.floor(x);
    const fraction = x - floor; // exact for |x| < 2^52
    if (fraction < 0.5)
        return floor;
    if (fraction > 0.5)
        return floor + 1;
    return floor % 2 === 0 ? floor : floor + 1;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/ks.ts
/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, as scipy.stats.ks_2samp (scipy 1.10,
 * scipy/stats/_stats_py.py) computes it, plus two classical approximations for comparison.
 *
 * The statistic comes from one merge walk over the two sorted samples (pooled-walk.ts). Its size
 * is decided on integers — |F_x(t) − F_y(t)| = |i·m − j·n| / (n·m) — so the lattice value h is
 * exact; scipy's float view of the same walk (which side wins, where, the raw float value) is
 * reproduced alongside, because the asymptotic p-value is computed from that raw float.
 */






/** scipy's `method='auto'` is exact up to this many values in the larger sample. */
const KS_EXACT_MAX_N = 10000;
/** The KS statistic of two ascending, non-empty samples. */
function ksStatistic(x, y) {
    return pooled_walk_walkPooled(x, y).ks;
}
/**
 * Two-sided two-sample KS test of two ascending, non-empty samples; pass `known` when a
 * pooled walk has already found it.
 */
function ksTwoSample(x, y, known) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('ksTwoSample: both samples must be non-empty');
    const stat = known ?? ksStatistic(x, y);
    // scipy sorts the sizes (larger first) before forming en = m·n/(m + n).
    const big = Math.max(n1, n2);
    const small = Math.min(n1, n2);
    const en = (big * small) / (big + small);
    const N = roundHalfEven(en);
    const pvalueAsymp = kstwoSf(stat.raw, N);
    const sqrtEn = Math.sqrt(en);
    const pvalueLimit = kolmogorovSf(sqrtEn * stat.raw);
    const pvalueStephens = kolmogorovSf((sqrtEn + 0.12 + 0.11 / sqrtEn) * stat.raw);
    let statistic = stat.raw;
    let pvalueAuto = pvalueAsymp;
    let methodAuto = 'asymp';
    if (big <= KS_EXACT_MAX_N) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = stat.numerator / g; // = D·lcm exactly
        const dLattice = (h * 1.0) / lcm;
        const exact = ksExactPvalue(n1, n2, h);
        if (exact === null) {
            // scipy warns and falls back to the asymptotic distribution, keeping d = h/L.
            statistic = dLattice;
            pvalueAuto = kstwoSf(dLattice, N);
        }
        else {
            statistic = dLattice;
            pvalueAuto = exact;
            methodAuto = 'exact';
        }
    }
    return {
        statistic,
        statistic_raw: stat.raw,
        statistic_location: stat.location,
        statistic_sign: stat.sign,
        pvalue_auto: clip01(pvalueAuto),
        method_auto: methodAuto,
        pvalue_asymp: clip01(pvalueAsymp),
        asymp_en: en,
        asymp_N: N,
        pvalue_kolmogorov_limit: pvalueLimit,
        pvalue_stephens: pvalueStephens,
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/quantile.ts
/**
 * Quantiles of an ascending sample by numpy's default (`method='linear'`, Hyndman & Fan
 * type 7): virtual index (n − 1)·q, linear interpolation written as numpy's `_lerp`
 * (numpy/lib/function_base.py, numpy 1.24), which interpolates from the nearer end.
 */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const virtualIndex = (n - 1) * q;
    if (virtualIndex >= n - 1)
        return sorted[n - 1];
    if (virtualIndex <= 0)
        return sorted[0];
    const previous = Math.floor(virtualIndex);
    const a = sorted[previous];
    const b = sorted[previous + 1];
    const gamma = virtualIndex - previous;
    const diff = b - a;
    return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/psi.ts
/**
 * Population Stability Index, PSI = Σ (r_i − c_i)·ln(r_i / c_i) over bins of reference
 * proportions r and current proportions c, after Evidently's zero fill
 * (evidently/calculations/stattests/psi.py). Drift iff PSI ≥ 0.1.
 * Two binnings: Evidently's own (Sturges or distinct values) and reference deciles.
 */



const PSI_THRESHOLD = 0.1;
/** Σ (r − c)·ln(r/c), summed in numpy's order. */
function psiValue(ref, cur) {
    const terms = new Float64Array(ref.length);
    for (let i = 0; i < ref.length; i++) {
        const r = ref[i];
        const c = cur[i];
        terms[i] = (r - c) * Math.log(r / c);
    }
    return numpySum(terms);
}
/** Evidently's PSI on its bins (which must come from two non-empty sides). */
function psiEvidently(bins) {
    const ref = zeroFill(bins.refPercents);
    const cur = zeroFill(bins.curPercents);
    const result = {
        value: psiValue(ref.filled, cur.filled),
        binning: bins.binning,
        n_bins: bins.refPercents.length,
        zero_fill_ref: ref.epsilon,
        zero_fill_cur: cur.epsilon,
        ref_percents: Array.from(ref.filled),
        cur_percents: Array.from(cur.filled),
        ref_percents_raw: Array.from(bins.refPercents),
        cur_percents_raw: Array.from(bins.curPercents),
    };
    if (bins.edges) {
        const total = bins.refCounts.reduce((s, v) => s + v, 0) + bins.curCounts.reduce((s, v) => s + v, 0);
        result.sturges_k_formula = Math.ceil(Math.log2(total) + 1);
        result.edges = Array.from(bins.edges);
    }
    if (bins.categories)
        result.categories = bins.categories;
    return result;
}
/** Reference quantiles j/bins, j = 1…bins−1 (deciles by default), of an ascending sample, duplicates removed. */
function referenceDeciles(x, bins = 10) {
    const edges = [];
    for (let j = 1; j < bins; j++) {
        const q = quantileSorted(x, j / bins);
        if (edges.length === 0 || q !== edges[edges.length - 1])
            edges.push(q);
    }
    return Float64Array.from(edges);
}
/** Counts of an ascending sample in (−∞, e_0), [e_0, e_1), …, [e_last, ∞). */
function countBetweenEdges(sorted, edges) {
    const counts = new Float64Array(edges.length + 1);
    let previous = 0;
    let i = 0;
    for (let k = 0; k < edges.length; k++) {
        const edge = edges[k];
        // values are ascending: walk forward (edges are few, samples long, but each element is visited once)
        let lo = i;
        let hi = sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (sorted[mid] < edge)
                lo = mid + 1;
            else
                hi = mid;
        }
        i = lo;
        counts[k] = i - previous;
        previous = i;
    }
    counts[edges.length] = sorted.length - previous;
    return counts;
}
/** PSI over the reference's deciles (or `bins` quantile bins), for two ascending, non-empty samples. */
function psiDeciles(x, y, bins = 10) {
    const edges = referenceDeciles(x, bins);
    const refCounts = countBetweenEdges(x, edges);
    const curCounts = countBetweenEdges(y, edges);
    const refPercents = refCounts.map((c) => c / x.length);
    const curPercents = curCounts.map((c) => c / y.length);
    const ref = zeroFill(refPercents);
    const cur = zeroFill(curPercents);
    return {
        value: psiValue(ref.filled, cur.filled),
        n_bins: refCounts.length,
        zero_fill_ref: ref.epsilon,
        zero_fill_cur: cur.epsilon,
        interior_edges: Array.from(edges),
        ref_counts: Array.from(refCounts),
        cur_counts: Array.from(curCounts),
        ref_percents: Array.from(ref.filled),
        cur_percents: Array.from(cur.filled),
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/sort-float64.ts
/**
 * Sorted copy of a Float64Array of finite values.
 *
 * Large columns go through an LSD radix sort on the IEEE-754 bit patterns (six 11-bit digits
 * of the order-preserving key: negatives with all bits flipped, non-negatives with the sign bit
 * set; a pass whose digit is the same for every value is skipped). It is about twice as fast as
 * `Float64Array.prototype.sort` at 1M values, and every numeric column is sorted twice per run.
 * Values move as whole doubles; only finite ones may be passed (their bit patterns are never
 * NaN, so no NaN canonicalisation can alter them). Order is numeric; -0 sorts before +0, as with
 * the built-in sort, and the two compare equal in every statistic.
 */
const RADIX_THRESHOLD = 4096;
const BUCKETS = 2048;
const MASK = BUCKETS - 1;
const PASSES = 6;
let sort_float64_scratch = new Float64Array(0);
const histogram = new Uint32Array(PASSES * BUCKETS);
function sortedCopy(values) {
    const copy = values.slice();
    if (copy.length < RADIX_THRESHOLD)
        return copy.sort();
    if (sort_float64_scratch.length < copy.length)
        sort_float64_scratch = new Float64Array(copy.length);
    radixSort(copy, sort_float64_scratch.subarray(0, copy.length));
    return copy;
}
// The order-preserving key of a double with words (lo, hi): with flip = hi >> 31 (0 or −1),
// key = (lo ^ flip, hi ^ (flip | 0x80000000)): negatives get every bit flipped, non-negatives
// the sign bit set. Digit p is bits [11p, 11p + 11) of the 64-bit key.
function histogramAllDigits(words, n) {
    histogram.fill(0);
    for (let i = 0; i < n; i++) {
        const lo = words[2 * i];
        const hi = words[2 * i + 1];
        const flip = hi >> 31;
        const kl = (lo ^ flip) >>> 0;
        const kh = (hi ^ (flip | 0x80000000)) >>> 0;
        histogram[kl & MASK]++;
        histogram[BUCKETS + ((kl >>> 11) & MASK)]++;
        histogram[2 * BUCKETS + (((kl >>> 22) | (kh << 10)) & MASK)]++;
        histogram[3 * BUCKETS + ((kh >>> 1) & MASK)]++;
        histogram[4 * BUCKETS + ((kh >>> 12) & MASK)]++;
        histogram[5 * BUCKETS + (kh >>> 23)]++;
    }
}
/** Stable counting-sort pass on digit `pass`; one loop shape per kind of digit, no per-element branching on it. */
function scatter(from, to, pass) {
    const n = from.length;
    const words = new Uint32Array(from.buffer, from.byteOffset, 2 * n);
    const base = pass * BUCKETS;
    const bit = 11 * pass;
    if (bit + 11 <= 32) {
        for (let i = 0; i < n; i++) {
            const kl = words[2 * i] ^ (words[2 * i + 1] >> 31);
            const slot = base + ((kl >>> bit) & MASK);
            const at = histogram[slot];
            histogram[slot] = at + 1;
            to[at] = from[i];
        }
    }
    else if (bit < 32) {
        for (let i = 0; i < n; i++) {
            const hi = words[2 * i + 1];
            const flip = hi >> 31;
            const kl = words[2 * i] ^ flip;
            const kh = hi ^ (flip | 0x80000000);
            const slot = base + (((kl >>> bit) | (kh << (32 - bit))) & MASK);
            const at = histogram[slot];
            histogram[slot] = at + 1;
            to[at] = from[i];
        }
    }
    else {
        const shift = bit - 32;
        for (let i = 0; i < n; i++) {
            const hi = words[2 * i + 1];
            const kh = hi ^ ((hi >> 31) | 0x80000000);
            const slot = base + ((kh >>> shift) & MASK);
            const at = histogram[slot];
            histogram[slot] = at + 1;
            to[at] = from[i];
        }
    }
}
function radixSort(values, buffer) {
    const n = values.length;
    histogramAllDigits(new Uint32Array(values.buffer, values.byteOffset, 2 * n), n);
    let from = values;
    let to = buffer;
    for (let pass = 0; pass < PASSES; pass++) {
        const base = pass * BUCKETS;
        let trivial = false;
        let running = 0;
        for (let b = 0; b < BUCKETS; b++) {
            const count = histogram[base + b];
            if (count === n)
                trivial = true;
            histogram[base + b] = running;
            running += count;
        }
        if (trivial)
            continue; // every key has the same digit here
        scatter(from, to, pass);
        [from, to] = [to, from];
    }
    if (from !== values)
        values.set(from);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/wasserstein.ts
/**
 * First Wasserstein distance between two empirical distributions, as
 * scipy.stats.wasserstein_distance (scipy/stats/_stats_py.py `_cdf_distance`, p = 1; computed
 * in the pooled walk):
 *   W1 = Σ_k |F_x(z_k) − F_y(z_k)|·(z_{k+1} − z_k) over the sorted pooled values z,
 * and Evidently's normed version W1 / max(σ_ref, 0.001) with the population standard
 * deviation of the reference (evidently/calculations/stattests/wasserstein_distance_norm.py).
 * Drift iff the normed value ≥ 0.1.
 */



const WASSERSTEIN_THRESHOLD = 0.1;
/** W1 of two ascending, non-empty samples. */
function wassersteinDistance(x, y) {
    return walkPooled(x, y).wasserstein;
}
/**
 * Population standard deviation (ddof = 0) as numpy computes it: the mean by np.sum, then the
 * mean squared deviation. The squares are summed with Neumaier's compensated sum rather than
 * numpy's pairwise one (no n-sized buffer); the two agree to numpy's rounding error.
 */
function populationStd(values) {
    const scale = overflowScale(values);
    return unscaledPopulationStd(scaled(values, scale)) / scale;
}
function unscaledPopulationStd(values) {
    const n = values.length;
    const mean = numpySum(values) / n;
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < n; i++) {
        const d = values[i] - mean;
        const term = d * d;
        const s = sum + term;
        compensation += sum >= term ? sum - s + term : term - s + sum;
        sum = s;
    }
    return Math.sqrt((sum + compensation) / n);
}
/**
 * W1 and Evidently's normed W1 from the distance and the reference in its original order
 * (numpy sums the mean in array order).
 */
function wassersteinEvidently(distance, reference) {
    const std = populationStd(reference);
    return { distance, ref_std_ddof0: std, normed_evidently: distance / Math.max(std, 0.001) };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/normal.ts
/**
 * Standard normal CDF (scipy.special.ndtr = scipy.stats.norm.cdf) with the error functions it
 * is built on, ported from Cephes ndtr.c (S. L. Moshier, 1984–1992) as shipped in scipy 1.10:
 * rational approximations for erf on |x| < 1 and for erfc on 1 ≤ x < 8 and x ≥ 8.
 * Evidently's z-test forms 2·(1 − Φ(|z|)), so Φ must round where scipy's does.
 */
const MAXLOG = 709.782712893384;
const P = [
    2.461969814735305e-10, 0.5641895648310689, 7.463210564422699, 48.63719709856814, 196.5208329560771, 526.4451949954773,
    934.5285271719576, 1027.5518868951572, 557.5353353693994,
];
const Q = [
    13.228195115474499, 86.70721408859897, 354.9377788878199, 975.7085017432055, 1823.9091668790973, 2246.3376081871097,
    1656.6630919416134, 557.5353408177277,
];
const R = [
    0.5641895835477551, 1.275366707599781, 5.019050422511805, 6.160210979930536, 7.4097426995044895, 2.9788666537210022,
];
const S = [
    2.2605286322011726, 9.396035249380015, 12.048953980809666, 17.08144507475659, 9.608968090632859, 3.369076451000815,
];
const T = [9.604973739870516, 90.02601972038427, 2232.005345946843, 7003.325141128051, 55592.30130103949];
const U = [33.56171416475031, 521.3579497801527, 4594.323829709801, 22629.000061389095, 49267.39426086359];
/** Cephes polevl: Σ coef[i]·x^(N−i). */
function polevl(x, coef) {
    let ans = coef[0];
    for (let i = 1; i < coef.length; i++)
        ans = ans * x + coef[i];
    return ans;
}
/** Cephes p1evl: like polevl with an implied leading coefficient 1. */
function p1evl(x, coef) {
    let ans = x + coef[0];
    for (let i = 1; i < coef.length; i++)
        ans = ans * x + coef[i];
    return ans;
}
/** The error function erf(x). */
function erf(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0.0)
        return -erf(-x);
    if (Math.abs(x) > 1.0)
        return 1.0 - erfc(x);
    const z = x * x;
    return (x * polevl(z, T)) / p1evl(z, U);
}
/** The complementary error function erfc(x) = 1 − erf(x), accurate in the upper tail. */
function erfc(a) {
    if (Number.isNaN(a))
        return Number.NaN;
    const x = Math.abs(a);
    if (x < 1.0)
        return 1.0 - erf(a);
    const z = -a * a;
    if (z < -MAXLOG)
        return a < 0 ? 2.0 : 0.0;
    const ez = Math.exp(z);
    let p;
    let q;
    if (x < 8.0) {
        p = polevl(x, P);
        q = p1evl(x, Q);
    }
    else {
        p = polevl(x, R);
        q = p1evl(x, S);
    }
    let y = (ez * p) / q;
    if (a < 0)
        y = 2.0 - y;
    if (y !== 0.0)
        return y;
    return a < 0 ? 2.0 : 0.0;
}
/** Φ(a) = P(Z ≤ a) for a standard normal Z. */
function normalCdf(a) {
    if (Number.isNaN(a))
        return Number.NaN;
    const x = a * Math.SQRT1_2;
    const z = Math.abs(x);
    if (z < Math.SQRT1_2)
        return 0.5 + 0.5 * erf(x);
    const y = 0.5 * erfc(z);
    return x > 0 ? 1.0 - y : y;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/z-test.ts
/**
 * Evidently's two-proportion z-test for columns with at most two distinct values
 * (evidently/calculations/stattests/z_stattest.py): the smallest value is coded 0, the other 1,
 * z = (p1 − p2)/√(P(1 − P)(1/n1 + 1/n2)) with the pooled share P, p = 2(1 − Φ(|z|)).
 * When both sides hold the same single value p = 1. Drift iff p < 0.05.
 */

const Z_TEST_ALPHA = 0.05;
/** The z-test on a count table of at most two keys, sorted ascending; both sides non-empty. */
function zTestEvidently(table) {
    if (table.keys.length === 1)
        return { statistic: 0, pvalue: 1 }; // one value, the same on both sides
    const n1 = table.nRef;
    const n2 = table.nCur;
    // sum of the 0/1 codes: everything that is not the first (smallest) key
    const p1 = (n1 - table.ref[0]) / n1;
    const p2 = (n2 - table.cur[0]) / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1.0 / n1 + 1.0 / n2));
    return { statistic: z, pvalue: 2 * (1 - normalCdf(Math.abs(z))) };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/column-drift.ts
/**
 * Every drift statistic for one column pair, in the oracle's result shape: the entry point
 * the report and the action build on. Numeric samples are sorted once; every statistic then
 * works on the sorted copies in linear passes (plus a few binary searches).
 */











function checkFinite(column, side, values) {
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (!Number.isFinite(v)) {
            throw new RangeError(`column "${column}": ${side} value #${i} is ${v}; drop missing and non-finite values (and count them) before the statistics`);
        }
    }
}
function checkCount(column, side, key, count) {
    if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`column "${column}": ${side} count of category "${key}" is ${count}; counts must be whole numbers ≥ 0`);
    }
}
function checkCounts(column, side, counts) {
    for (const [key, count] of counts)
        checkCount(column, side, key, count);
}
function checkMissing(column, name, value) {
    const count = value ?? 0;
    checkCount(column, 'the', name, count);
    return count;
}
function emptySide(nRef, nCur) {
    if (nRef === 0 && nCur === 0)
        return 'reference and current have no values';
    if (nRef === 0)
        return 'reference has no values';
    if (nCur === 0)
        return 'current has no values';
    return undefined;
}
function evidentlyDefault(type, nRef, nUniqueCombined, score) {
    const choice = chooseEvidentlyTest(type, nRef, nUniqueCombined);
    const value = score(choice.test);
    return {
        test: choice.test,
        n_ref: nRef,
        n_unique_combined: nUniqueCombined,
        score: value,
        threshold: choice.threshold,
        drift: choice.drifted(value),
    };
}
function analyzeNumeric(name, input) {
    checkFinite(name, 'reference', input.reference);
    checkFinite(name, 'current', input.current);
    const x = sortedCopy(input.reference);
    const y = sortedCopy(input.current);
    const walk = x.length > 0 && y.length > 0 ? pooled_walk_walkPooled(x, y) : undefined;
    const nuniqueRef = walk ? walk.distinctRef : countDistinctSorted(x);
    const nuniqueCombined = walk ? walk.distinctPooled : countDistinctPooled(x, y);
    const nonfiniteRef = checkMissing(name, 'nonfiniteRef', input.nonfiniteRef);
    const nonfiniteCur = checkMissing(name, 'nonfiniteCur', input.nonfiniteCur);
    const result = {
        type: 'numeric',
        n_ref: x.length,
        n_cur: y.length,
        missing_ref: checkMissing(name, 'missingRef', input.missingRef) + nonfiniteRef,
        missing_cur: checkMissing(name, 'missingCur', input.missingCur) + nonfiniteCur,
        nonfinite_ref: nonfiniteRef,
        nonfinite_cur: nonfiniteCur,
        nunique_ref: nuniqueRef,
        nunique_cur: walk ? walk.distinctCur : countDistinctSorted(y),
        nunique_combined: nuniqueCombined,
        evidently_default: null,
    };
    if (!walk) {
        result.skipped = emptySide(x.length, y.length);
        return result;
    }
    const needsTable = nuniqueRef < STURGES_MIN_DISTINCT_REF || nuniqueCombined <= 5;
    const table = needsTable ? numericCountTable(x, y) : undefined;
    const bins = evidentlyNumericBins(x, y, nuniqueRef, table);
    result.ks = ksTwoSample(x, y, walk.ks);
    result.psi_evidently = psiEvidently(bins);
    result.psi_quantile10 = psiDeciles(x, y);
    result.wasserstein = wassersteinEvidently(walk.wasserstein, input.reference);
    result.jensenshannon_evidently = jensenShannonEvidently(bins);
    const ks = result.ks;
    const wasserstein = result.wasserstein;
    const js = result.jensenshannon_evidently;
    result.evidently_default = evidentlyDefault('numeric', x.length, nuniqueCombined, (test) => {
        switch (test) {
            case 'ks':
                return ks.pvalue_auto;
            case 'wasserstein':
                return wasserstein.normed_evidently;
            case 'jensenshannon':
                return js.distance;
            default:
                return smallTableScore(result, table, test);
        }
    });
    return reorder(result);
}
/** Runs the chi-square or z-test a small column needs, records it on the result, returns its p-value. */
function smallTableScore(result, table, test) {
    if (test === 'z') {
        result.z_test = zTestEvidently(table);
        return result.z_test.pvalue;
    }
    result.chi2 ??= chi2Tests(table);
    return result.chi2.evidently_gof.pvalue;
}
function toCounts(values) {
    return values instanceof Map ? values : countCategories(values);
}
function analyzeCategorical(name, input) {
    const refCounts = toCounts(input.reference);
    const curCounts = toCounts(input.current);
    checkCounts(name, 'reference', refCounts);
    checkCounts(name, 'current', curCounts);
    const table = categoricalCountTable(refCounts, curCounts);
    const result = {
        type: 'categorical',
        n_ref: table.nRef,
        n_cur: table.nCur,
        missing_ref: checkMissing(name, 'missingRef', input.missingRef),
        missing_cur: checkMissing(name, 'missingCur', input.missingCur),
        nunique_ref: table.ref.filter((c) => c > 0).length,
        nunique_cur: table.cur.filter((c) => c > 0).length,
        nunique_combined: table.keys.length,
        evidently_default: null,
    };
    const skipped = emptySide(table.nRef, table.nCur);
    if (skipped) {
        result.skipped = skipped;
        return result;
    }
    const bins = distinctValueBins(table);
    result.psi_evidently = psiEvidently(bins);
    result.chi2 = chi2Tests(table);
    result.jensenshannon_evidently = jensenShannonEvidently(bins);
    const js = result.jensenshannon_evidently;
    result.evidently_default = evidentlyDefault('categorical', table.nRef, table.keys.length, (test) => test === 'jensenshannon' ? js.distance : smallTableScore(result, table, test));
    return reorder(result);
}
const KEY_ORDER = [
    'type',
    'n_ref',
    'n_cur',
    'missing_ref',
    'missing_cur',
    'nonfinite_ref',
    'nonfinite_cur',
    'nunique_ref',
    'nunique_cur',
    'nunique_combined',
    'ks',
    'psi_evidently',
    'psi_quantile10',
    'chi2',
    'z_test',
    'wasserstein',
    'jensenshannon_evidently',
    'evidently_default',
    'skipped',
];
/** The oracle's key order, so serialised reports diff cleanly against it. */
function reorder(result) {
    const source = result;
    const ordered = {};
    for (const key of KEY_ORDER)
        if (source[key] !== undefined)
            ordered[key] = source[key];
    return ordered;
}
/**
 * Every drift statistic for one column: KS (exact/asymptotic), PSI (Evidently bins and deciles),
 * Wasserstein, Jensen–Shannon, chi-square / z-test where they apply, and Evidently's default
 * test with its verdict. `name` is used in error messages only.
 */
function analyzeColumn(name, input) {
    return input.type === 'numeric' ? analyzeNumeric(name, input) : analyzeCategorical(name, input);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/multiple-testing.ts
/**
 * Family-wise corrections for the per-column KS p-values, as statsmodels' `multipletests`
 * applies them: Bonferroni rejects p ≤ α/m; Benjamini–Hochberg (1995) rejects the k smallest
 * p-values, k the largest rank with p_(k) ≤ (k/m)·α. Testing many columns at α = 0.05 each
 * flags some column by chance; these say whether the evidence survives that.
 */
/** Corrections over named p-values, in the given order (rejected names keep that order). */
function multipleTesting(tests, alpha = 0.05) {
    const m = tests.length;
    const bonferroniThreshold = m > 0 ? alpha / m : alpha;
    const bonferroni = tests.filter(([, p]) => p <= bonferroniThreshold).map(([name]) => name);
    const uncorrected = tests.filter(([, p]) => p <= alpha).map(([name]) => name);
    const order = tests.map((_, index) => index).sort((a, b) => (tests[a]?.[1] ?? 0) - (tests[b]?.[1] ?? 0));
    let cutoff = -1;
    order.forEach((index, rank) => {
        if ((tests[index]?.[1] ?? Number.NaN) <= ((rank + 1) / m) * alpha)
            cutoff = rank;
    });
    const bhSet = new Set(order.slice(0, cutoff + 1));
    const bh = tests.filter((_, index) => bhSet.has(index)).map(([name]) => name);
    return {
        alpha,
        n_tests: m,
        bonferroni_threshold: bonferroniThreshold,
        bonferroni_rejected: bonferroni,
        bonferroni_drift: bonferroni.length > 0,
        bh_rejected: bh,
        bh_drift: bh.length > 0,
        uncorrected_rejected: uncorrected,
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/dataset-drift.ts
/**
 * The dataset-level verdict over per-column results: Evidently's share of drifted columns
 * (drift iff ≥ 0.5), plus Bonferroni / Benjamini–Hochberg over the numeric columns' KS p-values.
 */


/** Columns in report order (a Map, or Object.entries of a record). */
function summarizeDataset(columns, alpha = 0.05) {
    let nColumns = 0;
    const drifted = [];
    const pAuto = [];
    const pAsymp = [];
    for (const [name, result] of columns) {
        if (result.evidently_default) {
            nColumns++;
            if (result.evidently_default.drift)
                drifted.push(name);
        }
        if (result.type === 'numeric' && result.ks) {
            pAuto.push([name, result.ks.pvalue_auto]);
            pAsymp.push([name, result.ks.pvalue_asymp]);
        }
    }
    return {
        evidently_default: {
            n_columns: nColumns,
            n_drifted: drifted.length,
            drifted_columns: drifted,
            ...shareOf(drifted.length, nColumns),
        },
        ks_multiple_testing_pvalue_auto: multipleTesting(pAuto, alpha),
        ks_multiple_testing_pvalue_asymp: multipleTesting(pAsymp, alpha),
    };
}
function shareOf(nDrifted, nColumns) {
    const { share, dataset_drift } = datasetDrift(nDrifted, nColumns);
    return { share, drift_share_threshold: DATASET_DRIFT_SHARE, dataset_drift };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/drift-result.ts
/**
 * The per-column and per-dataset drift results. Field names and nesting follow the oracle
 * files (shared/oracle/expected_*.json) so a report can be compared with scipy/Evidently key by
 * key. Numbers may be ±Infinity (a χ² with a new category) or NaN: serialise with
 * `driftJsonReplacer` to get the oracle's "Infinity" / null.
 */
/** JSON.stringify replacer: NaN → null, ±Infinity → "Infinity" / "-Infinity" (the oracle's encoding). */
function driftJsonReplacer(_key, value) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
        if (Number.isNaN(value))
            return null;
        return value > 0 ? 'Infinity' : '-Infinity';
    }
    return value;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/stats/index.ts
/** drift-check statistics: what the report and the action call. */










;// CONCATENATED MODULE: ./actions/drift-check/src/psi-quantile.ts

/** Both samples finite and non-empty; `bins` ≥ 2. */
function psiQuantile(reference, current, bins) {
    const result = psiDeciles(sortedCopy(reference), sortedCopy(current), bins);
    return {
        value: result.value,
        n_bins: result.n_bins,
        interior_edges: result.interior_edges,
        ref_counts: result.ref_counts,
        cur_counts: result.cur_counts,
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/report/short-text.ts
/**
 * A value from the data as a report shows it: on one line and at most `max` characters. Category names
 * and cells are untrusted and unbounded (a 50 MB cell is one category); the JSON report keeps category names whole.
 */
/** Longest data value a report lists (categories, example cells). */
const MAX_VALUE = 80;
function shortText(text, max) {
    const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
    const oneLine = head.replace(/\s+/g, ' ');
    return oneLine.length <= max && head.length === text.length ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/drift.ts
/**
 * The drift-check core, shared by the action, the CLI and the benchmark: read both sides, pair their
 * columns, run every statistic per column, decide under the user's settings, and assemble the
 * DriftReport. No @actions/*, no environment: files in, plain data out.
 */








/** Reads both sides as the settings ask (format, columns, sample). */
async function readPair(sources, settings) {
    const options = {
        ...(settings.format ? { format: settings.format } : {}),
        ...(settings.columns.length > 0 ? { columns: settings.columns } : {}),
        ...(settings.sample ? { sample: settings.sample } : {}),
    };
    const reference = await readTables(sources.reference, options);
    const current = await readTables(sources.current, options);
    return [reference, current];
}
/** Reads both sides and compares them: the whole check. `now` stamps the report. */
async function checkDrift(sources, settings, now = new Date()) {
    const start = performance.now();
    const [reference, current] = await readPair(sources, settings);
    const alignment = await alignColumns(reference, current, {
        types: settings.columnTypes,
        exclude: settings.excludeColumns,
    });
    const read = performance.now();
    const report = compareAligned(reference, current, alignment, settings, now);
    return { report, timings: { readMs: read - start, computeMs: performance.now() - read } };
}
function analyze(column) {
    if (column.type === 'numeric') {
        return analyzeColumn(column.name, {
            type: 'numeric',
            reference: column.reference.values,
            current: column.current.values,
            missingRef: column.reference.missing,
            missingCur: column.current.missing,
            nonfiniteRef: column.reference.nonFinite,
            nonfiniteCur: column.current.nonFinite,
        });
    }
    return analyzeColumn(column.name, {
        type: 'categorical',
        reference: column.reference.values,
        current: column.current.values,
        missingRef: column.reference.missing,
        missingCur: column.current.missing,
    });
}
function compareAligned(reference, current, alignment, settings, now) {
    const analysed = alignment.columns.map((column) => {
        const result = analyze(column);
        const psi = settings.psiBins.method === 'quantile' && column.type === 'numeric'
            ? psiQuantile(column.reference.values, column.current.values, settings.psiBins.bins)
            : undefined;
        return { column, result, psi };
    });
    const decisions = decideDrift(analysed.map(({ column, result, psi }) => ({ name: column.name, result, ...(psi ? { psiQuantile: psi } : {}) })), settings);
    const columns = {};
    analysed.forEach(({ column, result, psi }, i) => {
        columns[column.name] = columnReport(column, result, psi, decisions.columns[i]);
    });
    const dataset = summarizeDataset(analysed.map(({ column, result }) => [column.name, result]));
    return {
        schema_version: DRIFT_REPORT_SCHEMA_VERSION,
        generator: { name: `${version/* PRODUCT */.A} drift-check`, version: version/* VERSION */.x },
        generated_at: now.toISOString(),
        inputs: {
            reference: tableSummary(reference),
            current: tableSummary(current),
            rows_reference: reference.rows,
            rows_current: current.rows,
        },
        settings: reportSettings(settings),
        schema: {
            only_in_reference: alignment.onlyInReference,
            only_in_current: alignment.onlyInCurrent,
            type_changes: alignment.typeChanges.map((change) => ({
                column: change.column,
                reference: change.reference,
                current: change.current,
                example: change.example
                    ? `${change.example.file} row ${change.example.row}: ${shortText(change.example.value, MAX_VALUE)}`
                    : null,
            })),
            excluded: alignment.excluded,
            empty_columns: alignment.empty,
        },
        columns,
        dataset: { ...dataset, decision: decisions.dataset },
    };
}
function columnReport(column, result, psi, decision) {
    const share = (missing, rows) => (rows === 0 ? 0 : missing / rows);
    const base = {
        ...result,
        // every dropped cell (missing or ±∞) over the side's rows
        missing_share_ref: share(result.missing_ref, column.reference.rows),
        missing_share_cur: share(result.missing_cur, column.current.rows),
    };
    if (column.type === 'numeric' && result.type === 'numeric') {
        return {
            ...base,
            ...(psi ? { psi_quantile: psi } : {}),
            effect_size: numericEffectSize(column.reference.values, column.current.values, result),
            decision,
        };
    }
    if (result.type !== 'categorical')
        throw new Error(`column ${column.name}: categorical data gave a ${result.type} result`);
    return {
        ...base,
        effect_size: categoricalEffectSize(result),
        categories: categoryChanges(result),
        decision,
    };
}
/** The data files a report was computed from, which its outputs must never replace. */
function dataFilesOf(report) {
    return [...report.inputs.reference.files, ...report.inputs.current.files];
}
function tableSummary(table) {
    return {
        source: table.source,
        files: table.files,
        format: table.format,
        rows: table.rows,
        rows_read: table.rowsRead,
        sampled: table.rows < table.rowsRead,
    };
}
function reportSettings(settings) {
    return {
        columns: settings.columns.length > 0 ? settings.columns : null,
        exclude_columns: settings.excludeColumns,
        column_types: settings.columnTypes,
        tests: { ...settings.tests },
        thresholds: { ...settings.thresholds },
        drift_share: settings.driftShare,
        psi_bins: settings.psiBins.method === 'quantile' ? `quantile:${settings.psiBins.bins}` : 'sturges-pooled',
        correction: settings.correction,
        sample: settings.sample,
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/report/format.ts
/** A p-value or distance with 3 significant digits; tiny p-values in exponent form. */
function formatScore(value) {
    if (Number.isNaN(value))
        return 'n/a';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '−∞';
    if (value === 0)
        return '0';
    if (Math.abs(value) < 1e-3)
        return value.toExponential(2);
    return String(Number(value.toPrecision(3)));
}
function formatPercent(share) {
    if (share === 0)
        return '0%';
    if (share < 0.001)
        return '<0.1%';
    return `${Number((share * 100).toFixed(1))}%`;
}
/** "p = 0.00131" or "0.238". */
function formatDecisionScore(decision) {
    const shown = decision.corrected_pvalue ?? decision.score;
    const text = formatScore(shown);
    if (decision.kind !== 'p_value')
        return text;
    return decision.corrected_pvalue !== undefined
        ? `p = ${text} (corrected; raw ${formatScore(decision.score)})`
        : `p = ${text}`;
}
/** "≤ 0.05" (KS), "< 0.05" (chi-square, z), "≥ 0.1" (distances): what counts as drift. */
function formatThreshold(decision) {
    const op = decision.kind === 'distance' ? '≥' : decision.test === 'ks' ? '≤' : '<';
    return `${op} ${decision.threshold}`;
}
function testLabel(decision) {
    return decision.chosen_by === 'auto' ? `${decision.test} (auto)` : decision.test;
}
/** Cohen's d for numbers, total variation distance for categories. */
function formatEffect(column) {
    if (column.type === 'numeric') {
        const d = column.effect_size.standardized_mean_difference;
        return `d = ${formatScore(d)}`;
    }
    const effect = column.effect_size;
    return `TV = ${formatScore(effect.total_variation)}`;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/report/histogram.ts

const MAX_CHART_BINS = 20;
const MAX_LABEL = 18;
/** A number in at most ~4 significant digits, without exponent noise for everyday magnitudes. */
function shortNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-3)
        return value.toExponential(2).replace(/\.?0+e/, 'e');
    return String(Number(value.toPrecision(4)));
}
const shortLabel = (text) => shortText(text, MAX_LABEL);
function sum(values, from, to) {
    let total = 0;
    for (let i = from; i < to; i++)
        total += values[i] ?? 0;
    return total;
}
/** Chart data for a column, or null when its report has no binned shares. */
function chartData(column) {
    const psi = column.psi_evidently;
    if (!psi)
        return null;
    const ref = psi.ref_percents_raw;
    const cur = psi.cur_percents_raw;
    if (psi.edges) {
        const k = ref.length;
        const group = Math.ceil(k / MAX_CHART_BINS);
        const edges = [];
        const reference = [];
        const current = [];
        for (let start = 0; start < k; start += group) {
            const end = Math.min(k, start + group);
            edges.push(psi.edges[start]);
            reference.push(sum(ref, start, end));
            current.push(sum(cur, start, end));
        }
        edges.push(psi.edges[k]);
        return { kind: 'range', labels: edges.slice(0, -1).map(shortNumber), reference, current, edges };
    }
    const categories = (psi.categories ?? []).map((c) => (typeof c === 'number' ? shortNumber(c) : String(c)));
    if (categories.length <= MAX_CHART_BINS) {
        return { kind: 'value', labels: categories.map(shortLabel), reference: [...ref], current: [...cur] };
    }
    // Keep the values that weigh most on either side, in their order; the rest become one bar.
    const keep = new Set(categories
        .map((_, i) => i)
        .sort((a, b) => Math.max(ref[b] ?? 0, cur[b] ?? 0) - Math.max(ref[a] ?? 0, cur[a] ?? 0) || a - b)
        .slice(0, MAX_CHART_BINS - 1));
    const labels = [];
    const reference = [];
    const current = [];
    let otherRef = 0;
    let otherCur = 0;
    categories.forEach((category, i) => {
        if (keep.has(i)) {
            labels.push(shortLabel(category));
            reference.push(ref[i] ?? 0);
            current.push(cur[i] ?? 0);
        }
        else {
            otherRef += ref[i] ?? 0;
            otherCur += cur[i] ?? 0;
        }
    });
    labels.push(`other (${categories.length - keep.size})`);
    reference.push(otherRef);
    current.push(otherCur);
    return { kind: 'value', labels, reference, current };
}

// EXTERNAL MODULE: ./packages/shared/src/markdown.ts
var markdown = __webpack_require__(5482);
;// CONCATENATED MODULE: ./actions/drift-check/src/report/mermaid.ts
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
const CONTROL = /[\u0000-\u001f\u007f]+/g;
function mermaidText(text) {
    return text
        .replace(CONTROL, ' ')
        .replace(/["`]/g, "'")
        .replace(/</g, '\uff1c')
        .replace(/>/g, '\uff1e')
        .replace(/#/g, '\uff03');
}
const percent = (share) => Number((share * 100).toFixed(2));
function mermaidChart(column, chart) {
    const reference = chart.reference.map(percent);
    const current = chart.current.map(percent);
    const top = Math.max(1, ...reference, ...current);
    const axisTop = Math.ceil((top * 1.1) / 5) * 5;
    const labels = chart.labels.map((label) => `"${mermaidText(label)}"`).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidText(column)}: reference (bars) vs current (line)"`,
        `  x-axis ${chart.kind === 'range' ? '"bin from"' : '"value"'} [${labels}]`,
        `  y-axis "% of values" 0 --> ${axisTop}`,
        `  bar [${reference.join(', ')}]`,
        `  line [${current.join(', ')}]`,
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/drift-check/src/report/markdown.ts
/**
 * The drift report as Markdown, for the job summary and the CLI: the verdict, a per-column table
 * (type, test, score, threshold, verdict, effect size, missing shares), schema and category changes,
 * and a Mermaid chart per drifted column. Column names, categories and paths come from the data:
 * every one is escaped.
 */





function sideLine(label, side) {
    const files = side.files.length === 1
        ? (0,markdown/* inlineCode */.ti)(side.files[0])
        : `${(0,markdown/* inlineCode */.ti)(side.source)} (${side.files.length} files)`;
    const rows = side.sampled
        ? `${side.rows.toLocaleString('en')} sampled of ${side.rows_read.toLocaleString('en')} rows`
        : `${side.rows.toLocaleString('en')} rows`;
    return `${label}: ${files}, ${side.format}, ${rows}`;
}
function columnRow(name, column) {
    const d = column.decision;
    const cells = [
        (0,markdown/* escapeMarkdown */.FV)(name),
        column.type,
        testLabel(d),
        formatDecisionScore(d),
        formatThreshold(d),
        d.drift ? '**drift**' : 'ok',
        formatEffect(column),
        formatPercent(column.missing_share_ref),
        formatPercent(column.missing_share_cur),
    ];
    return `| ${cells.join(' | ')} |`;
}
function markdown_listNames(names) {
    return names.map((n) => (0,markdown/* inlineCode */.ti)(n)).join(', ');
}
/** `reference` → "the reference", `current` → "the current data", `both` → "either side". */
function sideName(side) {
    return side === 'both' ? 'either side' : side === 'reference' ? 'the reference' : 'the current data';
}
function schemaSection(report) {
    const s = report.schema;
    const lines = [];
    if (s.only_in_reference.length)
        lines.push(`- Only in the reference (not compared): ${markdown_listNames(s.only_in_reference)}`);
    if (s.only_in_current.length)
        lines.push(`- Only in the current data (not compared): ${markdown_listNames(s.only_in_current)}`);
    for (const change of s.type_changes) {
        lines.push(`- ${(0,markdown/* inlineCode */.ti)(change.column)} is ${change.reference} in the reference and ${change.current} in the current data; compared as categories${change.example ? ` (e.g. ${(0,markdown/* inlineCode */.ti)(change.example)})` : ''}`);
    }
    for (const empty of s.empty_columns) {
        lines.push(`- ${(0,markdown/* inlineCode */.ti)(empty.column)} has no values in ${empty.side === 'both' ? 'either side' : `the ${empty.side}`}; not compared`);
    }
    if (s.excluded.length)
        lines.push(`- Excluded: ${markdown_listNames(s.excluded)}`);
    return lines;
}
function categorySection(report) {
    const lines = [];
    for (const [name, column] of Object.entries(report.columns)) {
        const changes = column.categories;
        if (!changes || (changes.n_new === 0 && changes.n_vanished === 0))
            continue;
        const show = (list, total) => `${list
            .slice(0, 10)
            .map((c) => `${(0,markdown/* inlineCode */.ti)(shortText(c.category, MAX_VALUE))} (${c.count})`)
            .join(', ')}${total > 10 ? `, … ${total - 10} more` : ''}`;
        const parts = [];
        if (changes.n_new)
            parts.push(`new: ${show(changes.new, changes.n_new)}`);
        if (changes.n_vanished)
            parts.push(`vanished: ${show(changes.vanished, changes.n_vanished)}`);
        lines.push(`- ${(0,markdown/* inlineCode */.ti)(name)}: ${parts.join('; ')}`);
    }
    return lines;
}
function driftMarkdown(report, options = {}) {
    const maxCharts = options.maxCharts ?? 10;
    const maxRows = options.maxRows ?? 300;
    const h = '#'.repeat(options.headingLevel ?? 2);
    const decision = report.dataset.decision;
    const out = [];
    out.push(`${h} Data drift: ${decision.dataset_drift ? 'detected' : 'none'}`);
    out.push(`**${decision.n_drifted} of ${decision.n_columns} columns drifted (${formatPercent(decision.share)})**; the data set drifts at ${formatPercent(decision.drift_share)} or more${decision.correction !== 'none' ? `, p-values corrected (${decision.correction})` : ''}.`);
    out.push([sideLine('Reference', report.inputs.reference), sideLine('Current', report.inputs.current)].join('  \n'));
    const entries = Object.entries(report.columns);
    const shown = entries.length > maxRows ? entries.filter(([, c]) => c.decision.drift) : entries;
    if (entries.length > 0) {
        const table = [
            '| Column | Type | Test | Score | Drift if | Verdict | Effect | Missing (ref) | Missing (cur) |',
            '|---|---|---|---|---|---|---|---|---|',
            ...shown.map(([name, column]) => columnRow(name, column)),
        ];
        if (shown.length < entries.length)
            table.push('', `${entries.length - shown.length} columns without drift are not listed.`);
        out.push(table.join('\n'));
    }
    else {
        out.push('No column could be compared.');
    }
    const schema = schemaSection(report);
    if (schema.length)
        out.push(`${h}# Schema changes\n\n${schema.join('\n')}`);
    const categories = categorySection(report);
    if (categories.length)
        out.push(`${h}# Category changes\n\n${categories.join('\n')}`);
    const charted = entries.filter(([, c]) => c.decision.drift).slice(0, maxCharts);
    const charts = charted
        .map(([name, column]) => {
        const chart = chartData(column);
        return chart ? mermaidChart(name, chart) : '';
    })
        .filter(Boolean);
    if (charts.length) {
        const more = decision.n_drifted > charted.length ? ` (first ${charted.length} of ${decision.n_drifted})` : '';
        out.push(`${h}# Drifted columns${more}\n\n${charts.join('\n\n')}`);
    }
    return `${out.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/report/svg.ts
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 64;
const REFERENCE_COLOUR = '#4c78a8';
const CURRENT_COLOUR = '#f58518';
function svgChart(title, chart) {
    const n = chart.labels.length;
    const plotWidth = WIDTH - LEFT - RIGHT;
    const plotHeight = HEIGHT - TOP - BOTTOM;
    const top = Math.max(0.01, ...chart.reference, ...chart.current);
    const slot = plotWidth / Math.max(1, n);
    const bar = Math.max(1, (slot - 4) / 2);
    const y = (share) => TOP + plotHeight - (share / top) * plotHeight;
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">`);
    parts.push(`<title>${escapeHtml(title)}</title>`);
    // gridlines at quarters of the top share
    for (let k = 0; k <= 4; k++) {
        const share = (top * k) / 4;
        const gy = y(share).toFixed(1);
        parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${gy}" y2="${gy}" stroke="#ddd"/>`);
        parts.push(`<text x="${LEFT - 4}" y="${gy}" font-size="10" text-anchor="end" dominant-baseline="middle">${(share * 100).toFixed(share * 100 < 10 ? 1 : 0)}%</text>`);
    }
    chart.labels.forEach((label, i) => {
        const x0 = LEFT + i * slot + 2;
        const ref = chart.reference[i] ?? 0;
        const cur = chart.current[i] ?? 0;
        parts.push(`<rect x="${x0.toFixed(1)}" y="${y(ref).toFixed(1)}" width="${bar.toFixed(1)}" height="${(TOP + plotHeight - y(ref)).toFixed(1)}" fill="${REFERENCE_COLOUR}"><title>reference ${escapeHtml(label)}: ${(ref * 100).toFixed(2)}%</title></rect>`);
        parts.push(`<rect x="${(x0 + bar).toFixed(1)}" y="${y(cur).toFixed(1)}" width="${bar.toFixed(1)}" height="${(TOP + plotHeight - y(cur)).toFixed(1)}" fill="${CURRENT_COLOUR}"><title>current ${escapeHtml(label)}: ${(cur * 100).toFixed(2)}%</title></rect>`);
        const lx = (x0 + bar).toFixed(1);
        const ly = TOP + plotHeight + 8;
        parts.push(`<text x="${lx}" y="${ly}" font-size="10" text-anchor="end" transform="rotate(-45 ${lx} ${ly})">${escapeHtml(label)}</text>`);
    });
    parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${TOP + plotHeight}" y2="${TOP + plotHeight}" stroke="#555"/>`);
    parts.push('</svg>');
    return parts.join('');
}

;// CONCATENATED MODULE: ./actions/drift-check/src/report/html.ts





const MAX_CHARTS = 100;
const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1100px}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;font-size:.9rem}
th{background:#f4f4f4}.drift{color:#b00020;font-weight:600}.ok{color:#1b7f3b}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.3rem}code{background:#f4f4f4;padding:0 .2rem}`;
function side(label, table) {
    const rows = table.sampled
        ? `${table.rows.toLocaleString('en')} sampled of ${table.rows_read.toLocaleString('en')} rows`
        : `${table.rows.toLocaleString('en')} rows`;
    const files = table.files.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ');
    return `<li>${label}: ${files} (${escapeHtml(table.format)}, ${rows})</li>`;
}
function row(name, column) {
    const d = column.decision;
    const cells = [
        escapeHtml(name),
        column.type,
        escapeHtml(testLabel(d)),
        escapeHtml(formatDecisionScore(d)),
        escapeHtml(formatThreshold(d)),
        d.drift ? '<span class="drift">drift</span>' : '<span class="ok">ok</span>',
        escapeHtml(formatEffect(column)),
        formatPercent(column.missing_share_ref),
        formatPercent(column.missing_share_cur),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}
function schemaItems(report) {
    const s = report.schema;
    const names = (list) => list.map((n) => `<code>${escapeHtml(n)}</code>`).join(', ');
    const items = [];
    if (s.only_in_reference.length)
        items.push(`Only in the reference: ${names(s.only_in_reference)}`);
    if (s.only_in_current.length)
        items.push(`Only in the current data: ${names(s.only_in_current)}`);
    for (const c of s.type_changes) {
        items.push(`<code>${escapeHtml(c.column)}</code> is ${c.reference} in the reference and ${c.current} in the current data (compared as categories)`);
    }
    for (const e of s.empty_columns)
        items.push(`<code>${escapeHtml(e.column)}</code> has no values in ${sideName(e.side)}`);
    if (s.excluded.length)
        items.push(`Excluded: ${names(s.excluded)}`);
    for (const [name, column] of Object.entries(report.columns)) {
        const changes = column.categories;
        if (!changes)
            continue;
        const list = (l) => l
            .slice(0, 20)
            .map((c) => `<code>${escapeHtml(shortText(c.category, MAX_VALUE))}</code> (${c.count})`)
            .join(', ');
        if (changes.n_new)
            items.push(`<code>${escapeHtml(name)}</code>: ${changes.n_new} new categories: ${list(changes.new)}`);
        if (changes.n_vanished)
            items.push(`<code>${escapeHtml(name)}</code>: ${changes.n_vanished} vanished categories: ${list(changes.vanished)}`);
    }
    return items;
}
function driftHtml(report) {
    const decision = report.dataset.decision;
    const entries = Object.entries(report.columns);
    const ordered = [...entries.filter(([, c]) => c.decision.drift), ...entries.filter(([, c]) => !c.decision.drift)];
    const charts = ordered.slice(0, MAX_CHARTS).flatMap(([name, column]) => {
        const chart = chartData(column);
        if (!chart)
            return [];
        const verdict = column.decision.drift ? '<span class="drift">drift</span>' : '<span class="ok">ok</span>';
        return [`<figure><figcaption>${escapeHtml(name)} — ${verdict}</figcaption>${svgChart(name, chart)}</figure>`];
    });
    const schema = schemaItems(report);
    const title = `Data drift: ${decision.dataset_drift ? 'detected' : 'none'}`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p><strong>${decision.n_drifted} of ${decision.n_columns} columns drifted (${formatPercent(decision.share)})</strong>; the data set drifts at ${formatPercent(decision.drift_share)} or more${decision.correction !== 'none' ? `, p-values corrected (${decision.correction})` : ''}.</p>
<ul>${side('Reference', report.inputs.reference)}${side('Current', report.inputs.current)}</ul>
<table>
<thead><tr><th>Column</th><th>Type</th><th>Test</th><th>Score</th><th>Drift if</th><th>Verdict</th><th>Effect</th><th>Missing (ref)</th><th>Missing (cur)</th></tr></thead>
<tbody>
${entries.map(([name, column]) => row(name, column)).join('\n')}
</tbody>
</table>
${schema.length ? `<h2>Schema and category changes</h2>\n<ul>${schema.map((i) => `<li>${i}</li>`).join('')}</ul>` : ''}
<h2>Distributions</h2>
<p class="legend">Share of each side's values per bin:<span style="background:${REFERENCE_COLOUR}"></span>reference<span style="background:${CURRENT_COLOUR}"></span>current</p>
${charts.join('\n')}
<p><small>${escapeHtml(report.generator.name)} ${escapeHtml(report.generator.version)}, ${escapeHtml(report.generated_at)}, report schema ${report.schema_version}</small></p>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/report/json.ts

/** The report as JSON: NaN → null, ±∞ → "Infinity" / "-Infinity" (the oracle's encoding), two-space indent. */
function reportJson(report) {
    return `${JSON.stringify(report, driftJsonReplacer, 2)}\n`;
}

// EXTERNAL MODULE: ./packages/cli/src/io.ts
var src_io = __webpack_require__(3632);
;// CONCATENATED MODULE: ./packages/cli/src/commands/drift.ts








const HELP = `Usage: self-heal drift --reference A --current B [options]

Compares current data with reference data column by column (KS, PSI, chi-square, Wasserstein,
Jensen-Shannon as scipy and Evidently define them) and prints the drift report, the same report
the drift-check action writes. A and B are paths or globs of CSV, TSV, JSON lines or Parquet files.

Options:
  --reference PATH       reference (training) data
  --current PATH         current (production) data
  --format FORMAT        csv, tsv, jsonl or parquet (default: by file extension)
  --columns A,B          compare only these columns
  --exclude-columns A,B  leave these columns out (ids, timestamps)
  --column-types SPEC    e.g. "zip: categorical, age: numeric"
  --tests SPEC           auto (Evidently's choice), or e.g. "numeric: ks, categorical: chi2"
  --thresholds SPEC      e.g. "ks: 0.01, psi: 0.2" (defaults: Evidently's)
  --drift-share X        share of drifted columns that makes the data set drift (default 0.5)
  --psi-bins SPEC        sturges-pooled (default) or quantile:N
  --correction METHOD    none (default), bonferroni or fdr, for p-value tests
  --sample N             compare a seeded random sample of N rows per side
  --seed N               seed for --sample (default 1)
  --json                 print the JSON report (one object) instead of Markdown
  --output FILE          also write the JSON report to FILE
  --html FILE            also write a self-contained HTML page with charts to FILE
  --fail-on-drift        exit 1 when the data set drifted

Exit status: 0 compared (drift or not, unless --fail-on-drift), 1 drift with --fail-on-drift,
2 bad usage or unreadable data.
`;
const OPTIONS = {
    reference: { type: 'string' },
    current: { type: 'string' },
    format: { type: 'string', default: '' },
    columns: { type: 'string', default: '' },
    'exclude-columns': { type: 'string', default: '' },
    'column-types': { type: 'string', default: '' },
    tests: { type: 'string', default: 'auto' },
    thresholds: { type: 'string', default: '' },
    'drift-share': { type: 'string', default: '' },
    'psi-bins': { type: 'string', default: '' },
    correction: { type: 'string', default: '' },
    sample: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    output: { type: 'string' },
    html: { type: 'string' },
    'fail-on-drift': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
/** The flags as the same settings the action's inputs give. */
function settingsFrom(values) {
    const format = parseFormat(values.format, '--format');
    const settings = {
        ...(format ? { format } : {}),
        columns: parseColumnList(values.columns),
        excludeColumns: parseColumnList(values['exclude-columns']),
        columnTypes: parseColumnTypes(values['column-types'], '--column-types'),
        tests: parseTests(values.tests, '--tests'),
        thresholds: parseThresholds(values.thresholds, '--thresholds'),
        driftShare: parseDriftShare(values['drift-share'], '--drift-share'),
        psiBins: parsePsiBins(values['psi-bins'], '--psi-bins'),
        correction: parseCorrection(values.correction, '--correction'),
        sample: parseSample(values.sample, values.seed, { rows: '--sample', seed: '--seed' }),
    };
    checkColumnSelection(settings, { columns: '--columns', exclude: '--exclude-columns' });
    return settings;
}
async function drift(args, io) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, strict: true }));
    }
    catch (error) {
        return (0,src_io/* reportUsage */.gu)(io, 'drift', error.message);
    }
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (!values.reference || !values.current)
        return (0,src_io/* reportUsage */.gu)(io, 'drift', '--reference and --current are required');
    for (const option of ['output', 'html']) {
        if (values[option] === '')
            return (0,src_io/* reportUsage */.gu)(io, 'drift', `--${option} needs a file name`);
    }
    try {
        const settings = settingsFrom(values);
        const { report } = await checkDrift({ reference: values.reference, current: values.current }, settings);
        const data = dataFilesOf(report);
        if (values.output)
            await writeFileAtomic(values.output, reportJson(report), 'the JSON report', data);
        if (values.html)
            await writeFileAtomic(values.html, driftHtml(report), 'the HTML report', data);
        io.stdout(values.json ? reportJson(report) : driftMarkdown(report));
        return values['fail-on-drift'] && report.dataset.decision.dataset_drift ? 1 : 0;
    }
    catch (error) {
        // Bad data or settings (unreadable file, ragged row, unknown column): exit 2 with the reason.
        return (0,src_io/* reportInputError */.z9)(io, 'drift', error);
    }
}


/***/ }),

/***/ 7324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ neutraliseMarkers)
/* harmony export */ });
/* unused harmony exports MARKER_VERSION, renderMarker, readMarker */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The hidden machine-readable marker in issue, pull request and comment bodies:
 *
 *     <!-- self-heal:KIND v1 BASE64URL(JSON) -->
 *
 * base64url has no `>`, `!` or whitespace, so no data can close the comment early (`-->`, `--!>`);
 * the JSON inside is UTF-8. The marker stands on a line of its own, where Markdown takes it as an
 * HTML block and GitHub shows nothing.
 *
 * Which marker wins: bodies are rendered readable text first and the marker last (see `fitBody`),
 * and every copy of untrusted text in them goes through `neutraliseMarkers`, so the real marker
 * is the last one. `readMarker` therefore takes the LAST marker of the kind, and when that one is
 * corrupt it returns null rather than fall back to an earlier one (which could be a forgery quoted
 * from a log). Anyone who can edit a body can rewrite its marker anyway; comments, though, can be
 * written by anyone who can comment: read markers from comments only when the comment's author is
 * the account that wrote them.
 */
const MARKER_VERSION = 1;
const KIND = /^[a-z][a-z0-9-]{0,39}$/;
// Whitespace is tolerated (a body edited by hand); the payload alphabet is strict.
const MARKER = /<!--[ \t]*self-heal:([a-z][a-z0-9-]{0,39})[ \t]{1,8}v(\d{1,4})[ \t]{1,8}([A-Za-z0-9_-]*)[ \t]*-->/g;
// Everything the reader could take for a marker, whatever the case or spacing.
const MARKER_OPENING = /<!--(?=[ \t]*self-heal:)/gi;
/** The marker for `data`, to put last in a body. */
function renderMarker(kind, data) {
    assertKind(kind);
    const json = JSON.stringify(data);
    if (json === undefined) {
        throw new TypeError(`renderMarker(${kind}): the data is not JSON-serialisable (got ${typeof data})`);
    }
    return `<!-- self-heal:${kind} v${MARKER_VERSION} ${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}
/**
 * The data of the last `kind` marker in `body`, if it decodes and `isValid` accepts it; otherwise
 * null. Never throws on any body: missing, truncated, corrupt, of another version, or huge.
 */
function readMarker(body, kind, isValid) {
    assertKind(kind);
    if (!body)
        return null;
    let payload = null;
    let version = '';
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(body); m; m = MARKER.exec(body)) {
        if (m[1] !== kind)
            continue;
        version = m[2] ?? '';
        payload = m[3] ?? '';
    }
    if (payload === null || Number(version) !== MARKER_VERSION)
        return null;
    const data = decodePayload(payload);
    if (data === undefined)
        return null;
    try {
        return isValid(data) ? data : null;
    }
    catch {
        return null; // a validator that trips over an unexpected shape has rejected it
    }
}
/**
 * Breaks every marker opening in untrusted text (log excerpts, titles quoted in a body) with a
 * zero-width space, so that only the marker we append can be read. The text reads the same.
 */
function neutraliseMarkers(text) {
    return text.replace(MARKER_OPENING, '<!-\u200b-');
}
function decodePayload(payload) {
    if (payload.length === 0 || payload.length % 4 === 1)
        return undefined;
    try {
        const json = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(payload, 'base64url'));
        return JSON.parse(json);
    }
    catch {
        return undefined;
    }
}
function assertKind(kind) {
    if (!KIND.test(kind)) {
        throw new TypeError(`marker kind ${JSON.stringify(kind)} must be lower-case letters, digits and dashes (1-40)`);
    }
}


/***/ }),

/***/ 5482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports GITHUB_BODY_LIMIT, GITHUB_TITLE_LIMIT, codeBlock, issueTitle, details, fitBody */
/* harmony import */ var _github_markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7324);

/**
 * Markdown for issue, pull request and comment bodies that quote untrusted text (logs, file
 * contents, model answers): it cannot break out of its block, ping anyone, forge our marker,
 * or push the body past GitHub's limits.
 */
/** GitHub refuses a longer issue, pull request or comment body: "body is too long (maximum is 65536 characters)". */
const GITHUB_BODY_LIMIT = 65_536;
/** GitHub refuses a longer issue or pull request title: "title is too long (maximum is 256 characters)". */
const GITHUB_TITLE_LIMIT = 256;
// Lengths here are UTF-16 code units (String.length), never fewer than the characters GitHub
// counts, so a body within the limit here is within it there.
const ZERO_WIDTH_SPACE = '\u200b';
const SEPARATOR = '\n\n';
/**
 * A fenced code block whose fence is longer than any backtick run in `text`, so no line of the
 * text can close it. `language` is kept only when it is a plain word.
 */
function codeBlock(text, language = '') {
    const content = neutraliseMarkers(text.replace(/\r\n?/g, '\n')).replace(/\n$/, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
    const info = /^[A-Za-z0-9_+-]{1,30}$/.test(language) ? language : '';
    return `${fence}${info}\n${content}\n${fence}`;
}
/** An inline code span on one line, delimited by more backticks than it contains. */
function inlineCode(text) {
    const content = (0,_github_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseMarkers */ .GT)(text.replace(/\r\n?|\n/g, ' '));
    const ticks = '`'.repeat(longestBacktickRun(content) + 1);
    // Markdown strips one space from each end when both have one; pad so the text survives.
    const padded = /^[` ]|[` ]$/.test(content) ? ` ${content} ` : content;
    return `${ticks}${padded}${ticks}`;
}
/**
 * Untrusted text for one line of Markdown (a table cell, a sentence): line breaks become spaces,
 * Markdown and HTML characters are escaped, and @mentions and #references are broken with a
 * zero-width space so that log text notifies and links no one.
 */
function escapeMarkdown(text) {
    const oneLine = (0,_github_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseMarkers */ .GT)(text.replace(/\r\n?|\n/g, ' '));
    const escaped = oneLine
        .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
        .replace(/^([ \t]*)([#=+-])/, '$1\\$2') // a heading, rule or list item at the start of a line
        .replace(/^([ \t]*\d{1,9})([.)])/, '$1\\$2'); // an ordered list item
    return neutraliseMentions(escaped);
}
/** A title for an issue or pull request: one line, at most `limit` characters, pinging no one. */
function issueTitle(text, limit = GITHUB_TITLE_LIMIT) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
    const oneLine = neutraliseMentions(text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim());
    return truncate(oneLine, limit, '…');
}
/**
 * A collapsed section. `summary` is untrusted text; `body` must already be Markdown built here
 * (a `codeBlock`, escaped text), because a raw `</details>` in it would close the section.
 */
function details(summary, body, options = {}) {
    return `<details${options.open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>${SEPARATOR}${body}${SEPARATOR}</details>`;
}
/**
 * Joins `sections` with blank lines and appends `marker` last, dropping lines from the largest
 * excerpt first until the body fits `limit`. Every section goes through `neutraliseMarkers`, so
 * the appended marker is the only one `readMarker` can read. Throws when the plain sections and
 * the marker alone exceed the limit: shorten them or quote the long text as an excerpt.
 */
function fitBody(sections, options = {}) {
    const limit = options.limit ?? GITHUB_BODY_LIMIT;
    const maxLineLength = options.maxLineLength ?? 1000;
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`fitBody: limit must be a positive integer, got ${limit}`);
    if (!Number.isInteger(maxLineLength) || maxLineLength < 1) {
        throw new RangeError(`fitBody: maxLineLength must be a positive integer, got ${maxLineLength}`);
    }
    const marker = options.marker ?? '';
    const excerpts = new Map();
    const rendered = sections.map((section, index) => {
        if (typeof section === 'string')
            return neutraliseMarkers(section);
        const excerpt = new TrimmableExcerpt(section, maxLineLength, limit);
        excerpts.set(index, excerpt);
        return excerpt.render();
    });
    const assemble = () => [...rendered.filter((part) => part !== ''), ...(marker ? [marker] : [])].join(SEPARATOR);
    let body = assemble();
    while (body.length > limit) {
        const [index, largest] = largestTrimmable(excerpts, rendered);
        if (!largest) {
            throw new Error(`fitBody: the body is ${body.length} characters with every excerpt emptied (marker: ${marker.length}), ` +
                `over the limit of ${limit}: shorten the plain sections or quote long text as an excerpt`);
        }
        const target = (rendered[index] ?? '').length - (body.length - limit);
        rendered[index] = largest.shrinkTo(target);
        body = assemble();
    }
    return body;
}
class TrimmableExcerpt {
    lines;
    keep;
    renderText;
    /** Characters of the first k lines (head) and of the last k lines (tail), newlines included. */
    headChars = [0];
    tailChars = [0];
    kept;
    constructor(excerpt, maxLineLength, limit) {
        this.lines = excerpt.lines.map((line) => capLine(line, maxLineLength));
        this.keep = excerpt.keep ?? 'ends';
        this.renderText = excerpt.render ?? ((text) => codeBlock(text));
        const n = this.lines.length;
        for (let i = 0; i < n; i++) {
            this.headChars.push((this.headChars[i] ?? 0) + (this.lines[i] ?? '').length + 1);
            this.tailChars.push((this.tailChars[i] ?? 0) + (this.lines[n - 1 - i] ?? '').length + 1);
        }
        // Lines that could never fit are dropped before rendering anything, so a huge log costs
        // one pass, not one render per trimming step.
        this.kept = largestAtMost(n, (k) => this.rawChars(k) <= limit);
    }
    render(kept = this.kept) {
        const n = this.lines.length;
        const trimmed = n - kept;
        let shown;
        if (trimmed === 0)
            shown = this.lines;
        else {
            const note = `… trimmed ${trimmed} line${trimmed === 1 ? '' : 's'} …`;
            const [head, tail] = this.split(kept);
            shown = [...this.lines.slice(0, head), note, ...this.lines.slice(n - tail)];
        }
        return neutraliseMarkers(this.renderText(shown.join('\n')));
    }
    /** Keeps the most lines whose rendering is at most `target` characters (fewer than now, at least none). */
    shrinkTo(target) {
        this.kept = largestAtMost(this.kept - 1, (k) => this.render(k).length <= target);
        return this.render();
    }
    split(kept) {
        if (this.keep === 'head')
            return [kept, 0];
        if (this.keep === 'tail')
            return [0, kept];
        return [Math.ceil(kept / 2), Math.floor(kept / 2)];
    }
    rawChars(kept) {
        const [head, tail] = this.split(kept);
        return (this.headChars[head] ?? 0) + (this.tailChars[tail] ?? 0);
    }
}
/** The excerpt whose rendering is longest among those that still keep a line. */
function largestTrimmable(excerpts, rendered) {
    let best = [-1, null];
    let bestLength = -1;
    for (const [index, excerpt] of excerpts) {
        const length = (rendered[index] ?? '').length;
        if (excerpt.kept > 0 && length > bestLength) {
            best = [index, excerpt];
            bestLength = length;
        }
    }
    return best;
}
/** The largest k in [0, max] for which `fits(k)` holds, `fits` being monotone; 0 when none does. */
function largestAtMost(max, fits) {
    let low = 0;
    let high = Math.max(0, max);
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(mid))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
function capLine(line, max) {
    if (line.length <= max)
        return line;
    const cut = truncate(line, max, '');
    return `${cut} … (${line.length - cut.length} more characters)`;
}
/** At most `limit` code units, ending in `ellipsis` when cut, never splitting a surrogate pair. */
function truncate(text, limit, ellipsis) {
    if (text.length <= limit)
        return text;
    let end = Math.max(0, limit - ellipsis.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end) + ellipsis;
}
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    return longest;
}
/** `@user`, `@org/team`, `#123`, `GH-123`: a zero-width space after the sigil stops the link and the ping. */
function neutraliseMentions(text) {
    return text
        .replace(/(^|[^A-Za-z0-9_`])@(?=[A-Za-z0-9])/g, `$1@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\bGH-(?=\d)/g, `GH-${ZERO_WIDTH_SPACE}`);
}
function escapeHtml(text) {
    const oneLine = text.replace(/\r\n?|\n/g, ' ');
    const escaped = oneLine.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    return neutraliseMentions(escaped);
}


/***/ })

};
