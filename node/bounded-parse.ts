import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { IMPORT_LIMITS, parseFailureProblem } from '../core/io/limits';
import type { Problem } from '../core/project/problem';
import type { ParseRequest, ParseResults } from './parse-job';

/** Time and memory a parse may use before the child process is stopped. */
export interface ParseLimits {
  timeoutMs: number;
  /** V8 old-generation heap of the child, in MB (`--max-old-space-size`). */
  memoryMb: number;
}

/** The default limits (IMPORT_LIMITS), overridable with FREKVENSPLAN_PARSE_TIMEOUT_MS / FREKVENSPLAN_PARSE_MEMORY_MB. */
export function defaultParseLimits(env: NodeJS.ProcessEnv = process.env): ParseLimits {
  const positive = (raw: string | undefined, fallback: number) => {
    const n = Number(raw);
    return raw !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    timeoutMs: positive(env.FREKVENSPLAN_PARSE_TIMEOUT_MS, IMPORT_LIMITS.parseTimeoutMs),
    memoryMb: positive(env.FREKVENSPLAN_PARSE_MEMORY_MB, IMPORT_LIMITS.parseMemoryMb),
  };
}

type Reply = { ok: true; result: unknown } | { ok: false; error: string };

const CHILD = fileURLToPath(new URL('./parse-child.ts', import.meta.url));
/** The child runs TypeScript through tsx, like the CLI itself (resolved here, so any working directory works). */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** A child that answered its last request and waits, unreferenced, for the next one (saves a start-up). */
let idle: { child: ChildProcess; key: string } | null = null;

function takeChild(limits: ParseLimits): ChildProcess {
  const key = String(Math.round(limits.memoryMb));
  const reusable = idle && idle.key === key && idle.child.connected ? idle.child : null;
  if (idle && !reusable) idle.child.kill('SIGKILL');
  idle = null;
  const child =
    reusable ??
    fork(CHILD, [], {
      execArgv: ['--import', TSX_LOADER, `--max-old-space-size=${key}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
  child.ref();
  child.channel?.ref();
  (child.stderr as Socket | null)?.ref();
  return child;
}

function park(child: ChildProcess, limits: ParseLimits): void {
  child.removeAllListeners('message');
  child.removeAllListeners('exit');
  child.removeAllListeners('error');
  child.stderr?.removeAllListeners('data');
  child.on('exit', () => {
    if (idle?.child === child) idle = null;
  });
  child.unref();
  child.channel?.unref();
  (child.stderr as Socket | null)?.unref();
  idle = { child, key: String(Math.round(limits.memoryMb)) };
}

/**
 * Parses one untrusted file in a child process with a heap limit and a timeout (issue 11, "bounded parsing").
 * Returns the parser's own result, or one located problem when the file took too long, needed more memory than
 * allowed, or crashed the parser; the calling process is never at risk. A child that answered is kept for the
 * next parse; one that timed out or failed is killed.
 */
export function parseBounded<K extends ParseRequest['kind']>(
  request: ParseRequest & { kind: K },
  limits: ParseLimits = defaultParseLimits(),
): Promise<ParseResults[K] | { ok: false; problems: Problem[] }> {
  return new Promise((resolve) => {
    let stderr = '';
    let settled = false;
    let timedOut = false;
    const child = takeChild(limits);
    const finish = (value: ParseResults[K] | { ok: false; problems: Problem[] }, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (keep) park(child, limits);
      else if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(value);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString('utf8');
    });
    child.on('message', (reply: Reply) => {
      if (reply.ok) finish(reply.result as ParseResults[K], true);
      else finish(crashed(request.name, reply.error), false);
    });
    child.on('error', (error) => finish(crashed(request.name, error.message), false));
    child.on('exit', (code, signal) => {
      if (settled) return;
      if (timedOut) finish(tooSlow(request.name, limits), false);
      else if (/heap out of memory|Allocation failed|invalid (array|table) (length|size)/i.test(stderr))
        finish(tooLarge(request.name, limits), false);
      else finish(crashed(request.name, `exit ${signal ?? code}${lastLine(stderr)}`), false);
    });
    child.send(request);
  });
}

const lastLine = (text: string) => {
  const line = text
    .trim()
    .split('\n')
    .filter((l) => l.trim() && !/^\s+at |^\s*\d+: 0x/.test(l))
    .pop();
  return line ? `: ${line.trim().slice(0, 200)}` : '';
};

function tooSlow(name: string, limits: ParseLimits) {
  return {
    ok: false as const,
    problems: [parseFailureProblem(name, { reason: 'timeout', seconds: Math.round(limits.timeoutMs / 1000) })],
  };
}

function tooLarge(name: string, limits: ParseLimits) {
  return { ok: false as const, problems: [parseFailureProblem(name, { reason: 'memory', memoryMb: limits.memoryMb })] };
}

function crashed(name: string, detail: string) {
  return { ok: false as const, problems: [parseFailureProblem(name, { reason: 'crash', detail })] };
}
