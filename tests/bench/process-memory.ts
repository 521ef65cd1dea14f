import { readdirSync, readFileSync } from 'node:fs';

/** The most memory a process tree held while it ran: in its largest process, and in all of them at once. */
export interface TreeMemory {
  /** Peak resident set of any one process of the tree, in MB. */
  largestMb: number;
  /** Peak of the tree's resident sets added up, in MB: what the machine must have. */
  totalMb: number;
}

/** Every process's parent and resident set (kB), from `/proc`. */
function processes(): { pid: number; ppid: number; rssKb: number }[] {
  const found: { pid: number; ppid: number; rssKb: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      found.push({ pid: Number(entry), ppid, rssKb });
    } catch {
      // The process ended while it was being read.
    }
  }
  return found;
}

/**
 * Samples the resident memory of `pid` and every process below it, every `everyMs`, until `stop()`.
 * `/usr/bin/time -v` reports only processes that their parent waited for: Pagefind's indexer, which its
 * library kills without waiting, never appears there, though it is the largest process of a story's build.
 */
export function sampleTree(pid: number, everyMs = 250): { stop: () => TreeMemory } {
  const peak = { largestKb: 0, totalKb: 0 };
  const sample = () => {
    const all = processes();
    const tree = new Set([pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const { pid: child, ppid } of all) if (tree.has(ppid) && !tree.has(child)) (tree.add(child), (grew = true));
    }
    const rss = all.filter((process) => tree.has(process.pid)).map((process) => process.rssKb);
    peak.largestKb = Math.max(peak.largestKb, ...rss);
    peak.totalKb = Math.max(peak.totalKb, rss.reduce((sum, kb) => sum + kb, 0));
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { largestMb: peak.largestKb / 1024, totalMb: peak.totalKb / 1024 };
    },
  };
}
