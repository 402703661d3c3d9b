#!/usr/bin/env node
import { nodeIo } from './io.js';
import { runCli } from './main.js';

runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
