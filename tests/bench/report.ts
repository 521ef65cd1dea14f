import { cpus, totalmem } from 'node:os';

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** When and on what a benchmark ran: date, CPUs, memory, Node, and anything else worth naming. */
export function machineLine(...extra: string[]): string {
  const cpu = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`;
  return [new Date().toISOString(), cpu, `${(totalmem() / 2 ** 30).toFixed(1)} GB`, `Node ${process.version}`, ...extra].join(' · ');
}

/** Rows of a benchmark as a Markdown table, their keys as the header and numbers right-aligned, for docs/performance.md. */
export function markdownTable(rows: readonly Record<string, string | number>[]): string {
  const keys = Object.keys(rows[0] ?? {});
  const numeric = (key: string) => rows.every((row) => row[key] !== '' && Number.isFinite(Number(row[key])));
  const rule = keys.map((key) => (numeric(key) ? ' ---: |' : ' --- |')).join('');
  return [`| ${keys.join(' | ')} |`, `|${rule}`, ...rows.map((row) => `| ${Object.values(row).join(' | ')} |`)].join('\n');
}
