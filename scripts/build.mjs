// Builds one bundle per runtime with esbuild:
//   dist/extension.js  the extension host (CommonJS, `vscode` external)
//   dist/core.js       the headless core (CommonJS) for tools and benchmarks
//   dist/previewDocument.js  the preview's page builder, for the benchmark
//   media/preview.js   the preview webview's script (browser IIFE)
// and copies VS Code's language-detection model beside the bundles, where detectLanguage looks for it.
// `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import * as fs from 'fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// VS Code's language-detection model (tfjs, ~1 MB of code) is needed only when a snippet's language is guessed.
// Kept out of the main bundles and bundled on its own into dist/node_modules, where Node's resolution finds it
// from dist/*.js at run time, so loading the extension never parses it.
const languageDetection = '@vscode/vscode-languagedetection';

const builds = [
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', languageDetection] },
  { ...node, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', external: [languageDetection] },
  { ...node, entryPoints: [languageDetection], outfile: `dist/node_modules/${languageDetection}/index.js` },
  // The preview's page builder (no vscode), for the benchmark's command → preview timing.
  { ...node, entryPoints: ['src/preview/articleDocument.ts'], outfile: 'dist/previewDocument.js' },
  {
    bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: production, sourcemap: false, logLevel: 'warning',
    entryPoints: ['preview-src/index.ts'], outfile: 'media/preview.js',
  },
];

const modelSource = 'node_modules/@vscode/vscode-languagedetection/model';
fs.mkdirSync('dist/languageDetectionModel', { recursive: true });
for (const file of ['model.json', 'group1-shard1of1.bin']) {
  fs.copyFileSync(`${modelSource}/${file}`, `dist/languageDetectionModel/${file}`);
}

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
