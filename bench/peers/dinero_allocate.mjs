// The dinero.js half of run.sh: times dinero.js `allocate` on a weights file, the
// same work tandem_allocate_timer times for tandem.
//   node dinero_allocate.mjs WEIGHTS TOTAL REPEATS [SHARES_OUT]
// The amount (TOTAL minor units of USD) and the ratios (the weights as integers)
// are built before timing; only allocate() is timed, REPEATS times, best kept.
// Prints the same line as tandem_allocate_timer:
//   n=... sum=... checksum=... best_ns=...
// with checksum = sum over i of (i + 1) * share_i modulo 2^64.
import { readFileSync, writeFileSync } from 'node:fs';
import { allocate, dinero, toSnapshot, USD } from 'dinero.js';

const [weightsPath, totalText, repeatsText, sharesPath] = process.argv.slice(2);
const total = Number(totalText);
const repeats = Number(repeatsText);
if (!weightsPath || !Number.isSafeInteger(total) || !Number.isSafeInteger(repeats) || repeats <= 0) {
  console.error('usage: node dinero_allocate.mjs WEIGHTS TOTAL REPEATS [SHARES_OUT]');
  process.exit(2);
}
const ratios = readFileSync(weightsPath, 'utf8').split('\n').filter((l) => l !== '').map(Number);
for (const [i, r] of ratios.entries()) {
  // dinero.js computes amount * ratio in doubles: keep every product exact.
  if (!Number.isSafeInteger(r) || r < 0 || !Number.isSafeInteger(r * total)) {
    console.error(`${weightsPath} line ${i + 1}: ratio ${r} is not a safe non-negative integer`);
    process.exit(1);
  }
}

const money = dinero({ amount: total, currency: USD });
let best = Infinity;
let parts = null;
for (let r = 0; r < repeats; ++r) {
  const start = process.hrtime.bigint();
  parts = allocate(money, ratios);
  const elapsed = Number(process.hrtime.bigint() - start);
  if (elapsed < best) best = elapsed;
}

const shares = parts.map((d) => toSnapshot(d).amount);
const mask = (1n << 64n) - 1n;
let checksum = 0n;
let sum = 0;
shares.forEach((s, i) => {
  checksum = (checksum + BigInt(i + 1) * BigInt(s)) & mask;
  sum += s;
});
console.log(`n=${shares.length} sum=${sum} checksum=${checksum} best_ns=${best}`);
if (sharesPath) writeFileSync(sharesPath, shares.join('\n') + '\n');
