#!/usr/bin/env node
// Runs the TypeScript CLI in lib/cli through tsx, so the CLI and the extension share lib/ as written.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../lib/cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
