// Builds the UI into dist/: one JS bundle and one CSS file with content hashes in their names
// (the server caches /assets/* for a year), and index.html pointing at them. The output is
// committed, so building the Rust server never needs node.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, rmSync, mkdirSync, statSync, readdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'assets'), { recursive: true });

const result = await esbuild.build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  outdir: join(dist, 'assets'),
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((p) => p.replace(/^.*?dist\//, ''));
const js = outputs.find((p) => p.endsWith('.js'));
const css = outputs.find((p) => p.endsWith('.css'));
if (!js || !css) throw new Error(`unexpected build outputs: ${outputs.join(', ')}`);

const html = readFileSync(join(here, 'src/index.html'), 'utf8')
  .replace('%CSS%', `/${css}`)
  .replace('%JS%', `/${js}`);
writeFileSync(join(dist, 'index.html'), html);
copyFileSync(join(here, 'src/favicon.svg'), join(dist, 'favicon.svg'));

let total = 0;
for (const name of ['index.html', 'favicon.svg', ...readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`)]) {
  const size = statSync(join(dist, name)).size;
  total += size;
  console.log(`${String(size).padStart(9)}  dist/${name}`);
}
console.log(`${String(total).padStart(9)}  total`);
