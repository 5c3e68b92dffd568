/**
 * Entry of the child process that parses untrusted files (see bounded-parse.ts): it answers each ParseRequest it
 * receives over IPC with the parser's result, one at a time, and exits when the parent goes away. Whatever a
 * file does to this process (a heap exhausted, a fatal V8 error, an endless loop) ends here and is reported by
 * the parent as a problem.
 */
import type { ParseRequest } from './parse-job';
import { runParseJob } from './parse-job';

process.on('message', (request: ParseRequest) => {
  void runParseJob(request).then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
