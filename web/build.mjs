// Builds the public page into web/dist/ (git-ignored), which the service serves at /:
//   npm ci --ignore-scripts && npm run build
// The script and the stylesheet are bundled and minified by esbuild, with a content hash in their
// names so that browsers may keep them; index.html, which names them, is never cached.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const source = join(root, 'src');
const out = join(root, 'dist');
const assets = join(out, 'assets');

await rm(out, { recursive: true, force: true });
await mkdir(assets, { recursive: true });

const result = await esbuild.build({
  entryPoints: { app: join(source, 'app.js'), styles: join(source, 'styles.css') },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  outdir: assets,
  entryNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((path) => basename(path));
const js = outputs.find((name) => /^app-.*\.js$/.test(name));
const css = outputs.find((name) => /^styles-.*\.css$/.test(name));
if (!js || !css) throw new Error(`esbuild did not write the bundles: ${outputs.join(', ')}`);

await copyFile(join(source, 'favicon.svg'), join(assets, 'favicon.svg'));
const html = (await readFile(join(source, 'index.html'), 'utf8'))
  .replaceAll('{{js}}', js)
  .replaceAll('{{css}}', css)
  .replaceAll('{{favicon}}', 'favicon.svg');
await writeFile(join(out, 'index.html'), html);
console.log(`web/dist: index.html, assets/${js}, assets/${css}`);
