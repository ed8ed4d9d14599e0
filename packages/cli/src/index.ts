import { watchOutput } from './io.js';
import { run } from './main.js';

watchOutput(process.stdout, process.stderr, (code) => process.exit(code));
process.exitCode = await run(process.argv.slice(2));
