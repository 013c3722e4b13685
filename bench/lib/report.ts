import { readFileSync, writeFileSync, existsSync } from 'node:fs';

/** One endpoint measured on one engine. */
export interface Measurement {
  engine: string;
  endpoint: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
}

const header = ['engine', 'endpoint', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'non-2xx'];

function cells(m: Measurement): string[] {
  return [m.engine, `\`${m.endpoint}\``, m.requestsPerSecond.toFixed(0), m.p50.toFixed(1), m.p99.toFixed(1), String(m.requests), String(m.errors), String(m.non2xx)];
}

/** The figures as a Markdown table (also readable on a terminal). */
export function markdownTable(rows: Measurement[]): string {
  const lines = [header, header.map(() => '---'), ...rows.map(cells)];
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}

/**
 * Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in a Markdown file
 * (appending the section when the markers are missing), so prose around the figures stays.
 */
export function replaceSection(file: string, name: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
