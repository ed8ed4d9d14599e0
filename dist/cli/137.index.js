export const id = 137;
export const ids = [137];
export const modules = {

/***/ 5137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOG_READ_CHUNK: () => (/* binding */ LOG_READ_CHUNK),
/* harmony export */   analyze: () => (/* binding */ analyze),
/* harmony export */   render: () => (/* binding */ render)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9680);
/* harmony import */ var _shared_src_log_analyze_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19);
/* harmony import */ var _shared_src_log_catalog_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6555);
/* harmony import */ var _shared_src_log_rule_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9388);
/* harmony import */ var _shared_src_log_run_logs_zip_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9221);









/**
 * Bytes per read when analysing a log file. Node's default (64 KiB) leaves the analyser idle
 * for a read round trip 16 times as often; the analyser's memory does not depend on it.
 */
const LOG_READ_CHUNK = 1 << 20;
const HELP = `Usage: self-heal analyze FILE|ZIP|- [options]

Finds and classifies what failed in a CI log: a GitHub Actions job log, a run-logs zip
(as downloaded from the Actions API), or any plain log (Travis, Jenkins, a local run).
'-' reads the log from standard input.

Options:
  --json              print the diagnosis as one JSON object
  --step NAME         only look at this step (e.g. "Run npm test", as the jobs API names it)
  --step-number N     only look at this step number (1 is "Set up job")
  --job NAME          in a run-logs zip, the job to look at
  --rules FILE        extra rules (a YAML or JSON list, or a mapping with a 'rules' list),
                      tried with the built-in catalog
  -h, --help          show this help
`;
const OPTIONS = {
    json: { type: 'boolean' },
    step: { type: 'string' },
    'step-number': { type: 'string' },
    job: { type: 'string' },
    rules: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/** Zips are read whole (their directory is at the end); logs are streamed. */
const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024;
async function analyze(args, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        io.stderr(`self-heal analyze: ${error.message}\n\n${HELP}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (positionals.length !== 1) {
        io.stderr(`self-heal analyze: expected one FILE, ZIP or '-', got ${positionals.length}\n\n${HELP}`);
        return 2;
    }
    const options = {};
    if (values.step)
        options.step = values.step;
    if (values.job)
        options.job = values.job;
    if (values['step-number'] !== undefined) {
        const n = Number(values['step-number']);
        if (!Number.isInteger(n) || n < 1) {
            io.stderr(`self-heal analyze: --step-number must be a positive integer, got '${values['step-number']}'\n`);
            return 2;
        }
        options.stepNumber = n;
    }
    if (values.rules)
        options.rules = [...(await readRules(values.rules)), ..._shared_src_log_catalog_index_js__WEBPACK_IMPORTED_MODULE_5__/* .CATALOG */ .W];
    const input = positionals[0];
    const { diagnosis, from } = await diagnose(input, io, options);
    if (from)
        io.stderr(`analysed ${from} from the zip\n`);
    io.stdout(values.json ? `${JSON.stringify(diagnosis)}\n` : render(diagnosis));
    return 0;
}
async function readRules(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`cannot read the rules file ${file}: ${error.message}`);
    }
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_3__.parse)(text);
    }
    catch (error) {
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${file} is not valid YAML or JSON: ${error.message}`);
    }
    if (data && typeof data === 'object' && !Array.isArray(data) && 'rules' in data)
        data = data.rules;
    try {
        return (0,_shared_src_log_rule_js__WEBPACK_IMPORTED_MODULE_6__/* .loadRules */ .A7)(data);
    }
    catch (error) {
        if (error instanceof _shared_src_log_rule_js__WEBPACK_IMPORTED_MODULE_6__/* .RuleError */ .FB)
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${file}: ${error.message}`);
        throw error;
    }
}
async function diagnose(input, io, options) {
    try {
        if (input === '-')
            return await fromStdin(io, options);
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(input);
        }
        catch (error) {
            const code = error.code;
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(code === 'ENOENT' ? `no such file: ${input}` : `cannot read ${input}: ${error.message}`);
        }
        if (info.isDirectory())
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${input} is a directory; give a log file, a run-logs zip or '-'`);
        if (await startsLikeZip(input)) {
            if (info.size > MAX_ZIP_BYTES)
                throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${input} is larger than ${MAX_ZIP_BYTES} bytes`);
            return fromZip(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(input), options);
        }
        return { diagnosis: await (0,_shared_src_log_analyze_log_js__WEBPACK_IMPORTED_MODULE_4__/* .analyzeLog */ .L_)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(input, { highWaterMark: LOG_READ_CHUNK }), options) };
    }
    catch (error) {
        if (error instanceof _shared_src_log_run_logs_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .ZipError */ .Wz)
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${input}: ${error.message}`);
        if (error.code && !(error instanceof _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y)) {
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`cannot read ${input}: ${error.message}`);
        }
        throw error;
    }
}
async function startsLikeZip(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        return (0,_shared_src_log_run_logs_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .isZip */ .K0)(head.subarray(0, bytesRead));
    }
    finally {
        await handle.close();
    }
}
function fromZip(zip, options) {
    const { diagnosis, file } = (0,_shared_src_log_analyze_log_js__WEBPACK_IMPORTED_MODULE_4__/* .analyzeRunLogsZip */ .Oh)(zip, options);
    return { diagnosis, from: file.name };
}
/** Streams standard input, unless it starts like a zip, which is then read whole. */
async function fromStdin(io, options) {
    const iterator = io.stdin[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done)
        return { diagnosis: await (0,_shared_src_log_analyze_log_js__WEBPACK_IMPORTED_MODULE_4__/* .analyzeLog */ .L_)(new Uint8Array(0), options) };
    const head = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
    const rest = { [Symbol.asyncIterator]: () => iterator };
    if ((0,_shared_src_log_run_logs_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .isZip */ .K0)(head)) {
        const parts = [head];
        let size = head.length;
        for await (const chunk of rest) {
            const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            size += buf.length;
            if (size > MAX_ZIP_BYTES)
                throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`the zip on standard input is larger than ${MAX_ZIP_BYTES} bytes`);
            parts.push(buf);
        }
        return fromZip(Buffer.concat(parts), options);
    }
    async function* all() {
        yield head;
        yield* rest;
    }
    return { diagnosis: await (0,_shared_src_log_analyze_log_js__WEBPACK_IMPORTED_MODULE_4__/* .analyzeLog */ .L_)(all(), options) };
}
/** A readable report: what failed, why, and the lines that show it. */
function render(d) {
    const out = [];
    out.push(`Category:    ${d.category}${d.ruleId !== 'unknown' ? ` (rule ${d.ruleId})` : ''}`);
    out.push(`Summary:     ${d.summary}`);
    out.push(`Ecosystem:   ${d.ecosystem}`);
    out.push(`Transient:   ${d.transient ? 'yes, a re-run may pass' : 'no'}`);
    out.push(`Confidence:  ${d.confidence.toFixed(2)}`);
    const facts = Object.entries(d.facts);
    if (facts.length) {
        out.push('Facts:');
        for (const [k, v] of facts)
            out.push(`  ${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
    }
    out.push(`Fingerprint: ${d.fingerprint}`);
    if (d.lines.length) {
        out.push('', 'Lines:');
        const width = String(d.lines[d.lines.length - 1]?.n ?? 0).length;
        let previous;
        for (const line of d.lines) {
            if (previous !== undefined && line.n > previous + 1)
                out.push(`${' '.repeat(width)} ┆`);
            out.push(`${String(line.n).padStart(width)} │ ${line.text}`);
            previous = line.n;
        }
    }
    else {
        out.push('', 'No failure lines found.');
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};
