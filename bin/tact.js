#!/usr/bin/env node
// The `tact` command. `npm install` compiles src/ to dist/ (the prepare script).
import { main } from '../dist/main/tact.js';

process.exitCode = await main(process.argv.slice(2));
