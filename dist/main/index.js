// The root action's entry (copied to dist/main/index.js by the build): `command` picks a
// sub-action, whose own bundle then runs with the same inputs. One copy of each action's code.
const COMMANDS = ['failure-monitor', 'auto-heal', 'drift-check'];
const command = (process.env.INPUT_COMMAND ?? '').trim();
if (COMMANDS.includes(command)) {
  await import(`../${command}/index.js`);
} else {
  // Same form as @actions/core's setFailed, which this file does without to stay unbundled.
  process.stdout.write(`::error::Input \`command\` must be one of ${COMMANDS.join(', ')}, not "${command}".\n`);
  process.exitCode = 1;
}
