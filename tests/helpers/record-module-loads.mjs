// Module hooks that append the URL of every module loaded to the file named at registration, one a line: a test
// compares what the analysis loads with what the analysis cache's fingerprint covers.
import { appendFileSync } from 'node:fs';

let logFile = '';

export function initialize(data) {
  logFile = data.logFile;
}

export async function load(url, context, nextLoad) {
  appendFileSync(logFile, `${url}\n`);
  return nextLoad(url, context);
}
