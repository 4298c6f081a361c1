#!/usr/bin/env node
console.log(JSON.stringify({ cwd: process.cwd(), init: process.env.INIT_CWD, ev: process.env.npm_lifecycle_event, url: import.meta.url, argv: process.argv }));
