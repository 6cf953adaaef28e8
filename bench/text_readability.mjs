// The npm package text-readability on the same corpus as Roundtable's
// language check: Flesch Reading Ease and Flesch-Kincaid grade (each counts
// sentences, words and syllables itself, as the package is used).
// Usage: node text_readability.mjs corpus.txt rounds
import { readFileSync } from 'node:fs';
import readability from 'text-readability';

const text = readFileSync(process.argv[2], 'utf8');
const rounds = Number(process.argv[3] ?? 3);
const bytes = Buffer.byteLength(text);
const seconds = [];
let result;
for (let round = 0; round < rounds; round++) {
  const started = process.hrtime.bigint();
  result = [readability.fleschReadingEase(text), readability.fleschKincaidGrade(text)];
  seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
}
seconds.sort((a, b) => a - b);
const median = seconds[Math.floor(seconds.length / 2)];
console.log(JSON.stringify({ bytes, seconds: median, mb_per_s: bytes / 1e6 / median, reading_ease: result[0], grade: result[1] }));
