#!/usr/bin/env node
// The `leerlust` admin command line. It is TypeScript like the server, run
// through tsx so there is no build step; see server/cli/README.md.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../server/cli/main.ts');
process.exitCode = await runCli(process.argv);
