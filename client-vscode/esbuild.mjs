// Bundles the extension into one file: client-vscode/dist/extension.js (vscode is provided by the editor).
// Usage: node client-vscode/esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const options = {
    entryPoints: [path.join(here, 'src', 'extension.ts')],
    outfile: path.join(here, 'dist', 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    sourcemap: production ? false : 'linked',
    minify: production,
    logLevel: 'info',
};

// The model graph webview's script: a browser bundle with elkjs inside (no network at run time).
/** @type {import('esbuild').BuildOptions} */
const webview = {
    entryPoints: [path.join(here, 'webview', 'graphView.ts')],
    outfile: path.join(here, 'dist', 'graphView.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    sourcemap: false,
    minify: production,
    logLevel: 'info',
};

if (watch) {
    for (const o of [options, webview]) {
        const ctx = await esbuild.context(o);
        await ctx.watch();
    }
} else {
    await Promise.all([esbuild.build(options), esbuild.build(webview)]);
}
