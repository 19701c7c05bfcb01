/** `pnpm yilian <command>`: the operator's command line (catalog import/export arrive with the catalog). */
const [command] = process.argv.slice(2);
const usage = 'Usage: pnpm yilian <command>\nCommands: (catalog import/export come with the catalog feature)';
if (!command || command === 'help' || command === '--help') {
  process.stdout.write(usage + '\n');
} else {
  process.stderr.write(`Unknown command: ${command}\n${usage}\n`);
  process.exitCode = 2;
}
