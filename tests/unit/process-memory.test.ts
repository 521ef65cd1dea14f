import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sampleTree } from '../bench/process-memory';

/** A Node process that starts a child holding `mb` megabytes, then both end after `ms`. */
const script = (mb: number, ms: number) =>
  `const { spawn } = require('node:child_process');
   const child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(${mb} * 1048576, 1); setTimeout(() => b.length, ${ms});'], { stdio: 'ignore' });
   child.on('exit', () => process.exit(0));`;

describe('the benchmark’s memory sampler', () => {
  it('sees the grandchild of the process it watches, and adds up the whole tree', async () => {
    const parent = spawn(process.execPath, ['-e', script(120, 1500)], { stdio: 'ignore' });
    const memory = sampleTree(parent.pid!, 50);
    await new Promise((resolve) => parent.on('exit', resolve));
    const { largestMb, totalMb } = memory.stop();
    expect(largestMb).toBeGreaterThan(120);
    expect(totalMb).toBeGreaterThan(largestMb);
  });
});
