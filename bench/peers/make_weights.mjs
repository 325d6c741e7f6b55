// Writes N pseudo-random integer weights in [0, MAX], one per line, to stdout.
//   node make_weights.mjs N SEED MAX
// mulberry32 with a fixed seed, so a given (N, SEED, MAX) always yields the same
// file. The scaling floor(u32 * (MAX + 1) / 2^32) is exact in doubles for
// MAX < 2^21 (the product stays below 2^53 and the divisor is a power of two).
const [n, seed, max] = process.argv.slice(2).map(Number);
if (!Number.isSafeInteger(n) || !Number.isSafeInteger(seed) || !Number.isSafeInteger(max) ||
    n < 0 || max < 0 || max >= 2 ** 21) {
  console.error('usage: node make_weights.mjs N SEED MAX   (MAX < 2^21)');
  process.exit(2);
}
let state = seed >>> 0;
function next() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}
const lines = new Array(n);
for (let i = 0; i < n; ++i) lines[i] = Math.floor((next() * (max + 1)) / 2 ** 32);
process.stdout.write(lines.join('\n') + '\n');
