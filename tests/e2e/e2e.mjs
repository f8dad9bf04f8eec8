// End-to-end test of the Pivot extension in a real VS Code: code-server on 127.0.0.1, the built .vsix
// installed into it, driven in headless Chromium with playwright-core.
//
// Usage (run_e2e.sh sets everything up):
//   node tests/e2e/e2e.mjs --vsix pivot.vsix --python .venv/bin/python --code-server PATH --chromium PATH
// Prints one line per check and, last, exactly "N passed, M failed". Exit code 0 only when all pass.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { chromium } = require(path.join(here, 'node_modules', 'playwright-core'));

function arg(name, fallback) {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
}

const repo = path.resolve(here, '..', '..');
const vsix = path.resolve(arg('--vsix', path.join(repo, 'pivot.vsix')));
const python = path.resolve(arg('--python', path.join(repo, '.venv', 'bin', 'python')));
const codeServer = arg('--code-server', path.join(here, 'node_modules', '.bin', 'code-server'));
const chromiumPath = arg('--chromium', fs.existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');
const shots = path.resolve(arg('--screenshots', path.join(here, 'screenshots')));
const keep = process.env.PIVOT_E2E_KEEP === '1';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pivot-e2e-'));
const dirs = {
    home: path.join(work, 'home'),
    userData: path.join(work, 'user-data'),
    extensions: path.join(work, 'extensions'),
    xdgConfig: path.join(work, 'xdg-config'),
    xdgData: path.join(work, 'xdg-data'),
    xdgCache: path.join(work, 'xdg-cache'),
    workspace: path.join(work, 'workspace'),
};
for (const d of Object.values(dirs)) {
    fs.mkdirSync(d, { recursive: true });
}
fs.mkdirSync(shots, { recursive: true });
for (const old of fs.readdirSync(shots)) {
    if (old.endsWith('.png') || old === 'logs') {
        fs.rmSync(path.join(shots, old), { recursive: true, force: true });
    }
}

// ---------------------------------------------------------------------------------------------------
// The workspace: a PyTorch model, a file with an unsupported op, and pivot.interpreter.

const MODEL = `import torch
from torch import nn


class Net(nn.Module):
    """A small image classifier."""

    def __init__(self, num_classes=10):
        super().__init__()
        self.conv = nn.Conv2d(3, 16, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm2d(16)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(16 * 16 * 16, num_classes)

    def forward(self, x):
        x = self.pool(torch.relu(self.bn(self.conv(x))))
        x = torch.flatten(x, 1)
        return self.fc(x)
`;

const EXPERIMENTAL = `import torch
from torch import nn


class Experimental(nn.Module):
    def __init__(self):
        super().__init__()
        self.foo = nn.Foo(3)
        self.fc = nn.Linear(3, 2)

    def forward(self, x):
        return self.fc(self.foo(x))
`;

// A model with a sub-module (a group in the graph), an unknown layer (a red node) and room for live edits.
const BLOCKS = `import torch
from torch import nn


class Blocks(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, padding=1)
        self.body = nn.Sequential(nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU())
        self.odd = nn.Foo(8)
        self.head = nn.Linear(8, 10)

    def forward(self, x):
        x = self.stem(x)
        x = x + self.body(x)
        x = self.odd(x)
        x = torch.mean(x, dim=(2, 3))
        return self.head(x)
`;

const TWO_MODELS = `import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        return torch.relu(self.fc(x))


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 8)

    def forward(self, x):
        return self.fc(x)
`;

const TRAIN = `import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(x)


def train(model, loader):
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    criterion = nn.CrossEntropyLoss()
    for epoch in range(3):
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = criterion(model(xb), yb)
            loss.backward()
            optimizer.step()
            print(loss.item())
`;

const modelPath = path.join(dirs.workspace, 'model.py');
fs.writeFileSync(path.join(dirs.workspace, 'two_models.py'), TWO_MODELS);
fs.writeFileSync(path.join(dirs.workspace, 'train.py'), TRAIN);
fs.writeFileSync(modelPath, MODEL);
fs.writeFileSync(path.join(dirs.workspace, 'experimental.py'), EXPERIMENTAL);
fs.writeFileSync(path.join(dirs.workspace, 'blocks.py'), BLOCKS);
// keras.io's "Simple MNIST convnet": a valid Keras script (issue 15: no red errors for code that is not wrong)
fs.copyFileSync(path.join(repo, 'examples', 'mnist_convnet_keras.py'), path.join(dirs.workspace, 'mnist.py'));
fs.mkdirSync(path.join(dirs.workspace, '.vscode'));
fs.writeFileSync(path.join(dirs.workspace, '.vscode', 'settings.json'), JSON.stringify({
    'pivot.interpreter': python,
    'pivot.trace.server': 'messages',
}, null, 2));
fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 300,
    'files.autoSave': 'off',
    'window.restoreWindows': 'none',
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'diffEditor.renderSideBySide': true,
    'diffEditor.useInlineViewWhenSpaceIsLimited': false,
    // typed edits land as typed: no auto-closed ')' (CI saw a line end up without it, the file not parsing),
    // no suggestion widget taking a key
    'editor.autoClosingBrackets': 'never',
    'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
    'editor.suggestOnTriggerCharacters': false,
    'editor.acceptSuggestionOnEnter': 'off',
}, null, 2));

const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    KERAS_HOME: path.join(work, 'keras'),
    TMPDIR: work,
};

// ---------------------------------------------------------------------------------------------------
// Checks

const results = [];
let currentPage;
async function check(name, fn) {
    const started = Date.now();
    try {
        await fn();
        results.push({ name, ok: true });
        console.log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (err) {
        results.push({ name, ok: false });
        if (currentPage) {
            await shot(currentPage, `FAILED-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`);
        }
        console.log(`FAIL ${name}: ${String(err && err.message ? err.message : err).split('\n').slice(0, 6).join('\n     ')}`);
    }
}

function assert(cond, message) {
    if (!cond) {
        throw new Error(message);
    }
}

async function until(what, fn, timeoutMs = 30000, intervalMs = 250) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
        try {
            const v = await fn();
            if (v) {
                return v;
            }
        } catch (err) {
            last = err;
        }
        await new Promise((r) => setTimeout(r, intervalMs));
    }
    throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? ` (${last.message})` : ''}`);
}

function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}

let shotIndex = 0;
async function shot(page, name) {
    shotIndex += 1;
    const file = path.join(shots, `${String(shotIndex).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
    return file;
}

// ---------------------------------------------------------------------------------------------------
// Editor helpers (VS Code's DOM, as of VS Code 1.100)

const exact = (text) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
/** The active editor tab whose file name is exactly `name` (so "model.py" does not match "two_models.py"). */
const activeTab = (page, name) =>
    page.locator('.tabs-container .tab.active').filter({ has: page.locator('.label-name', { hasText: exact(name) }) });
const activeEditor = (page) => page.locator('.editor-group-container.active .monaco-editor').first();

async function openFile(page, fileName) {
    // Double-click in the Explorer (a pinned editor); Quick Open as a fallback. Retried: a click can land
    // while the workbench is still moving focus (panel, notification, closing editor group).
    let lastError;
    for (let attempt = 0; attempt < 4; attempt++) {
        try {
            await page.keyboard.press('Escape');
            if (attempt % 2 === 0) {
                const row = page.locator('.explorer-folders-view .monaco-list-row')
                    .filter({ has: page.locator('.label-name', { hasText: exact(fileName) }) }).first();
                await row.waitFor({ timeout: 5000 });
                await row.dblclick();
            } else {
                await page.keyboard.press('Control+P');
                const input = page.locator('.quick-input-widget input.input');
                await input.waitFor({ state: 'visible', timeout: 5000 });
                await input.fill(fileName);
                const row = page.locator('.quick-input-list .monaco-list-row')
                    .filter({ has: page.locator('.label-name', { hasText: exact(fileName) }) }).first();
                await row.waitFor({ timeout: 5000 });
                await row.click();
            }
            await activeTab(page, fileName).waitFor({ timeout: 5000 });
            await activeEditor(page).locator('.view-lines').waitFor({ timeout: 5000 });
            return;
        } catch (err) {
            lastError = err;
        }
    }
    throw lastError;
}

/** Preferences: Color Theme, then the theme `name` (clicked: Enter would take the first row). */
async function pickTheme(page, name) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill('>Preferences: Color Theme');
    await page.getByRole('option', { name: /^Preferences: Color Theme/ }).first().click({ timeout: 10000 });
    await page.waitForTimeout(300);
    await input.fill(name);
    await page.getByRole('option', { name: new RegExp(`^${name}`) }).first().click({ timeout: 10000 });
}

async function runCommand(page, title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
}

/**
 * Screen position of `text` (first occurrence) in the active editor's rendered lines: a DOM Range over the
 * text nodes of the Monaco .view-line that holds it, so it does not depend on how tokens are split.
 */
async function textPoint(page, text, offsetInText = 1) {
    const editor = activeEditor(page);
    await editor.locator('.view-line', { hasText: text }).first().waitFor({ timeout: 10000 });
    const rect = await editor.evaluate((root, [needle, offset]) => {
        for (const line of root.querySelectorAll('.view-line')) {
            const full = line.textContent.replace(/\u00a0/g, ' ');
            const at = full.indexOf(needle);
            if (at < 0) {
                continue;
            }
            const want = at + offset;
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            let seen = 0;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const len = node.textContent.length;
                if (seen + len > want) {
                    const range = document.createRange();
                    range.setStart(node, want - seen);
                    range.setEnd(node, want - seen + 1);
                    const r = range.getBoundingClientRect();
                    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
                }
                seen += len;
            }
        }
        return undefined;
    }, [text, offsetInText]);
    if (!rect) {
        throw new Error(`"${text}" is not rendered in the active editor`);
    }
    return rect;
}

async function editorText(page) {
    return (await activeEditor(page).locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}

// ---------------------------------------------------------------------------------------------------

let server;
let browser;
const serverLog = [];

async function main() {
    await check('the .vsix installs into code-server', async () => {
        assert(fs.existsSync(vsix), `${vsix} does not exist`);
        const out = execFileSync(codeServer, ['--install-extension', vsix, '--extensions-dir', dirs.extensions,
            '--user-data-dir', dirs.userData], { env, encoding: 'utf8', timeout: 120000 });
        const listed = execFileSync(codeServer, ['--list-extensions', '--show-versions', '--extensions-dir', dirs.extensions,
            '--user-data-dir', dirs.userData], { env, encoding: 'utf8', timeout: 60000 });
        assert(/pivot-dev\.pivot@/.test(listed), `not listed after install: ${out}\n${listed}`);
    });

    const port = await freePort();
    const config = path.join(work, 'code-server.yaml');
    fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    server = spawn(codeServer, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
        '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', config, dirs.workspace], {
        env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout.on('data', (d) => serverLog.push(String(d)));
    server.stderr.on('data', (d) => serverLog.push(String(d)));
    const base = `http://127.0.0.1:${port}`;

    let page;
    await check('code-server starts on 127.0.0.1 and the workbench loads in Chromium', async () => {
        await until('code-server /healthz', async () => (await fetch(`${base}/healthz`)).ok, 60000, 500);
        browser = await chromium.launch({
            executablePath: chromiumPath,
            headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
            env,
        });
        const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
        page = await context.newPage();
        currentPage = page;
        await page.goto(`${base}/?folder=${encodeURIComponent(dirs.workspace)}`, { timeout: 60000 });
        await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'model.py' }).first().waitFor({ timeout: 30000 });
        await shot(page, 'workbench');
    });
    if (!page) {
        return;
    }

    await check('opening a Python file activates Pivot and its server starts (status bar)', async () => {
        await openFile(page, 'model.py');
        await page.locator('.statusbar-item[aria-label="Pivot server: running"]').waitFor({ timeout: 60000 });
        await shot(page, 'model-open-server-running');
    });

    await check('hover over nn.Conv2d shows Pivot\'s hover', async () => {
        const conv = await textPoint(page, 'Conv2d', 2);
        const hover = page.locator('.monaco-hover:visible .monaco-hover-content, .monaco-hover:visible .hover-contents').first();
        await until('a hover with text', async () => {
            await page.mouse.move(0, 0);
            await page.mouse.move(conv.x, conv.y, { steps: 3 });
            await hover.waitFor({ state: 'visible', timeout: 4000 });
            const text = (await hover.innerText()).trim();
            return /pivot op/i.test(text) && /Conv2d/.test(text) ? text : undefined;
        }, 30000, 500);
        await shot(page, 'hover');
        await page.mouse.move(0, 0);
        await page.keyboard.press('Escape');
    });

    await check('an unsupported op (nn.Foo) is reported in the Problems panel', async () => {
        await openFile(page, 'experimental.py');
        await page.keyboard.press('Control+Shift+M');
        const panel = page.locator('.markers-panel');
        await panel.waitFor({ state: 'visible', timeout: 10000 });
        const row = panel.locator('.monaco-list-row', { hasText: 'PIV101' }).first();
        await row.waitFor({ timeout: 30000 });
        const text = await row.innerText();
        assert(/Foo/.test(text), `the PIV101 row does not mention Foo: ${text}`);
        await shot(page, 'problems-panel');
        await runCommand(page, 'View: Hide Panel');
        await panel.waitFor({ state: 'hidden', timeout: 10000 });
    });

    await check('Verify Migration shows a progress notification; Cancel stops it; a full run reports equivalence', async () => {
        await openFile(page, 'model.py');
        const inside = await textPoint(page, 'flatten', 2);
        await page.mouse.click(inside.x, inside.y);
        const toasts = page.locator('.notifications-toasts .notification-toast');
        // 1. Cancel: the request is cancelled and the server kills its verify subprocess.
        await runCommand(page, 'Pivot: Verify Migration');
        let progress = toasts.filter({ hasText: 'verifying' }).first();
        await progress.waitFor({ state: 'visible', timeout: 20000 });
        await page.waitForTimeout(1500);
        await progress.getByRole('button', { name: 'Cancel' }).click();
        await progress.waitFor({ state: 'hidden', timeout: 15000 });
        await toasts.filter({ hasText: 'was cancelled' }).first().waitFor({ state: 'visible', timeout: 15000 });
        // 2. A full run.
        await runCommand(page, 'Pivot: Verify Migration');
        progress = toasts.filter({ hasText: 'verifying' }).first();
        await progress.waitFor({ state: 'visible', timeout: 20000 });
        await progress.getByRole('button', { name: 'Cancel' }).waitFor({ timeout: 5000 });
        await page.waitForTimeout(1500);
        await shot(page, 'verify-progress');
        const verdict = toasts.filter({ hasText: /is equivalent/ }).first();
        await verdict.waitFor({ state: 'visible', timeout: 180000 });
        await shot(page, 'verify-result');
        await page.keyboard.press('Escape');
    });

    await check('Show Pivot Model opens the pivot model of the class under the cursor', async () => {
        await openFile(page, 'model.py');
        const inside = await textPoint(page, 'flatten', 2);
        await page.mouse.click(inside.x, inside.y);
        await runCommand(page, 'Pivot: Show Pivot Model');
        await page.locator('.tabs-container .tab.active', { hasText: 'Net.pivot.txt' }).waitFor({ timeout: 30000 });
        await until('the pivot model text', async () => /Conv2d/.test(await editorText(page)), 15000);
        await shot(page, 'pivot-model');
        await page.keyboard.press('Control+W'); // close it; its (now empty) group closes too
        await page.locator('.tabs-container .tab', { hasText: 'Net.pivot.txt' }).waitFor({ state: 'detached', timeout: 10000 });
    });

    await check('a valid Keras script (keras.io MNIST) has notes but no red errors in the Problems panel', async () => {
        await runCommand(page, 'View: Close All Editors');
        await openFile(page, 'mnist.py');
        await page.keyboard.press('Control+Shift+M');
        const panel = page.locator('.markers-panel');
        await panel.waitFor({ state: 'visible', timeout: 10000 });
        await panel.locator('.monaco-list-row', { hasText: 'dataset loader is kept' }).first().waitFor({ timeout: 30000 });
        const rows = panel.locator('.monaco-list-row');
        const texts = await rows.allInnerTexts();
        const errors = await panel.locator('.monaco-list-row .codicon-error').count();
        await shot(page, 'mnist-problems');
        assert(errors === 0, `red errors for a valid script: ${texts.join(' | ')}`);
        // data preparation (keras.utils.to_categorical: NumPy in and out) is no part of a model: not flagged
        assert(!texts.some((t) => /to_categorical/.test(t)), `data preparation flagged: ${texts.join(' | ')}`);
        assert(texts.filter((t) => /load_data/.test(t)).length <= 1, `two diagnostics on the loader: ${texts.join(' | ')}`);
        await runCommand(page, 'View: Hide Panel');
        await panel.waitFor({ state: 'hidden', timeout: 10000 });
    });

    await check('Show Model Graph draws the model with shapes; a click on a node moves the cursor; the cursor highlights its node', async () => {
        await runCommand(page, 'View: Close All Editors');
        await openFile(page, 'model.py');
        const inside = await textPoint(page, 'flatten', 2);
        await page.mouse.click(inside.x, inside.y);
        await runCommand(page, 'Pivot: Show Model Graph');
        const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await view.locator('g.node').nth(5).waitFor({ timeout: 60000 });
        const svgText = await view.locator('svg#graph').textContent();
        for (const want of ['conv: Conv2d', 'bn: BatchNorm', 'fc: Linear', 'out_channels=16', '(N, 16, ?, ?)']) {
            assert(svgText.includes(want), `the graph does not show ${want}: ${svgText.slice(0, 400)}`);
        }
        await view.locator('#shapes-toggle').click();
        await until('target-layout shapes', async () => (await view.locator('svg#graph').textContent()).includes('(N, ?, ?, 16)'), 15000);
        await view.locator('#shapes-toggle').click();
        await page.waitForTimeout(500);
        const file = await shot(page, 'model-graph');
        fs.copyFileSync(file, path.join(repo, 'docs', 'img', 'extension-model-graph.png'));
        // click the fc node: the cursor goes to `return self.fc(x)` (line 18)
        await view.locator('g.node', { hasText: 'fc: Linear' }).first().click();
        const position = page.locator('.statusbar-item[id="status.editor.selection"]');
        await until('the cursor on line 18', async () => /Ln 18,/.test(await position.innerText()), 15000);
        // the cursor on the bn call highlights the bn node
        const bn = await textPoint(page, 'self.bn(', 6);
        await page.mouse.click(bn.x, bn.y);
        await view.locator('g.node.selected', { hasText: 'bn: BatchNorm' }).waitFor({ timeout: 15000 });
        await runCommand(page, 'View: Close All Editors');
    });

    await check('the graph folds groups, shows unsupported nodes in red, follows edits live, and in a dark theme', async () => {
        await openFile(page, 'blocks.py');
        const mean = await textPoint(page, 'torch.mean', 3);
        await page.mouse.click(mean.x, mean.y);
        await runCommand(page, 'Pivot: Show Model Graph');
        const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await view.locator('g.node', { hasText: 'head: Linear' }).first().waitFor({ timeout: 60000 });
        const bad = view.locator('g.node.bad');
        assert(await bad.count() === 1 && /odd/.test(await bad.first().textContent()), 'nn.Foo is not the one red node');
        assert(/PIV101/.test(await bad.first().textContent()), 'the red node does not name its diagnostic');
        await view.locator('g.group', { hasText: 'body' }).first().waitFor({ timeout: 10000 });
        const inBody = await view.locator('g.node', { hasText: 'body.1: BatchNorm' }).count();
        assert(inBody === 1, 'the Sequential\'s elements are not drawn');
        await view.locator('text.group-label', { hasText: 'body' }).click();
        await view.locator('g.group.folded', { hasText: 'body' }).waitFor({ timeout: 10000 });
        assert(await view.locator('g.node', { hasText: 'body.1: BatchNorm' }).count() === 0, 'a folded group still shows its nodes');
        await view.locator('text.group-label', { hasText: 'body' }).click();
        await view.locator('g.node', { hasText: 'body.1: BatchNorm' }).waitFor({ timeout: 10000 });
        // live: a new line in forward() becomes a node
        const typeSigmoid = async () => {
            await runCommand(page, 'View: Focus First Editor Group'); // the graph's group had the focus
            const meanLine = await textPoint(page, 'torch.mean', 3);
            await page.mouse.click(meanLine.x, meanLine.y);
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('x = torch.sigmoid(x)');
        };
        const landed = async () => /x = torch\.sigmoid\(x\)/.test(await editorText(page));
        await typeSigmoid();
        // keys typed before the editor has the focus go nowhere (seen once in CI, the editor unchanged): once more
        if (!(await until('the typed line in the editor', landed, 10000).then(() => true, () => false))) await typeSigmoid();
        await until('the typed line in the editor', landed, 10000)
            .catch(async () => { throw new Error(`the edit did not land: ${(await editorText(page)).slice(0, 300)}`); });
        const sigmoid = view.locator('g.node', { hasText: 'Sigmoid' }).first();
        await sigmoid.waitFor({ timeout: 30000 }).catch(async () => {
            const drawn = await view.locator('svg#graph').textContent().catch(() => '(no graph)');
            const typed = (await editorText(page)).split('\n').filter((l) => /sigmoid|mean/.test(l)).join(' | ');
            throw new Error(`no Sigmoid node after the edit (${typed}); the graph shows: ${(drawn ?? '').slice(0, 300)}`);
        });
        await shot(page, 'model-graph-live');
        // a dark theme: the view takes the editor's colours
        const nodeFill = async () => view.locator('g.node.layer rect').first().evaluate((r) => getComputedStyle(r).fill);
        const isDark = (fill) => (fill.match(/\d+/g) ?? ['255']).slice(0, 3).map(Number).every((c) => c < 100);
        await pickTheme(page, 'Dark Modern');
        let fill = '';
        const dark = await until('dark node colours', async () => isDark(fill = await nodeFill()), 15000).catch(() => false);
        await page.waitForTimeout(500);
        const file = await shot(page, 'model-graph-dark');
        fs.copyFileSync(file, path.join(repo, 'docs', 'img', 'extension-model-graph-dark.png'));
        await pickTheme(page, 'Light Modern');
        await until('light node colours again', async () => !isDark(await nodeFill()), 15000).catch(() => undefined);
        assert(dark, `the nodes are not dark in a dark theme (fill ${fill})`);
        await runCommand(page, 'View: Focus First Editor Group');
        await runCommand(page, 'File: Revert File');
        await runCommand(page, 'View: Close All Editors');
    });

    await check('right-click in the model offers "Migrate to TensorFlow"', async () => {
        await openFile(page, 'model.py');
        const inside = await textPoint(page, 'flatten', 2);
        await page.mouse.click(inside.x, inside.y);
        await page.mouse.click(inside.x, inside.y, { button: 'right' });
        const item = page.getByRole('menuitem', { name: /Migrate to TensorFlow/ }).first();
        await item.waitFor({ state: 'visible', timeout: 10000 });
        await page.waitForTimeout(300); // VS Code ignores a click that lands as the menu opens
        await shot(page, 'context-menu');
        await item.click();
    });

    await check('the diff preview shows the Keras model and nothing is written yet', async () => {
        const diff = page.locator('.editor-group-container.active .monaco-diff-editor');
        await diff.waitFor({ state: 'visible', timeout: 60000 });
        const modified = diff.locator('.editor.modified .view-lines');
        await until('the migrated text in the diff', async () => /keras\.Model/.test(await modified.innerText()), 30000);
        await page.locator('.tabs-container .tab.active', { hasText: 'Pivot preview' }).waitFor({ timeout: 10000 });
        await page.locator('.notifications-toasts .notification-toast', { hasText: 'review the migration' }).first()
            .waitFor({ timeout: 10000 });
        await page.waitForTimeout(800); // let the notification finish sliding in
        await shot(page, 'diff-preview');
        assert(fs.readFileSync(modelPath, 'utf8') === MODEL, 'model.py changed before Apply');
    });

    await check('Apply writes the Keras model to disk', async () => {
        const apply = page.locator('.editor-group-container.active .editor-actions [aria-label^="Apply Migration"]').first();
        await apply.waitFor({ state: 'visible', timeout: 10000 });
        await apply.click();
        const onDisk = await until('model.py to hold the Keras model', async () => {
            const text = fs.readFileSync(modelPath, 'utf8');
            return text.includes('class Net(keras.Model)') ? text : undefined;
        }, 30000);
        assert(/\bkeras\b/.test(onDisk), 'no keras in model.py');
        assert(!onDisk.includes('nn.Module'), 'model.py still contains nn.Module');
        await page.locator('.editor-group-container.active .monaco-diff-editor').waitFor({ state: 'hidden', timeout: 10000 });
        await activeTab(page, 'model.py').waitFor({ timeout: 10000 });
        await until('the editor to show the Keras model', async () => /keras\.Model/.test(await editorText(page)), 10000);
        await shot(page, 'applied');
    });

    await check('one Undo restores the original PyTorch model', async () => {
        await activeEditor(page).locator('.view-lines').click();
        await page.keyboard.press('Control+Z');
        await until('the editor to show nn.Module again', async () => {
            const text = await editorText(page);
            return text.includes('class Net(nn.Module)') && !text.includes('keras') ? text : undefined;
        }, 10000);
        await shot(page, 'undo');
        await page.keyboard.press('Control+Shift+Z');
        await until('redo', async () => /keras\.Model/.test(await editorText(page)), 10000);
    });

    await check('with several models and none under the cursor, a quick pick asks which one; Discard leaves the file alone', async () => {
        await openFile(page, 'two_models.py');
        const outside = await textPoint(page, 'import torch', 3);
        await page.mouse.click(outside.x, outside.y);
        await page.mouse.click(outside.x, outside.y, { button: 'right' });
        const item = page.getByRole('menuitem', { name: /Migrate to TensorFlow/ }).first();
        await item.waitFor({ state: 'visible', timeout: 10000 });
        await page.waitForTimeout(300); // VS Code ignores a click that lands as the menu opens
        await item.click();
        const list = page.locator('.quick-input-widget .quick-input-list');
        await list.locator('.monaco-list-row', { hasText: 'Encoder' }).waitFor({ timeout: 20000 });
        await list.locator('.monaco-list-row', { hasText: 'Decoder' }).waitFor({ timeout: 5000 });
        await list.locator('.monaco-list-row', { hasText: 'All models in this file' }).waitFor({ timeout: 5000 });
        await shot(page, 'model-quick-pick');
        await list.locator('.monaco-list-row', { hasText: 'Decoder' }).click();
        const diff = page.locator('.editor-group-container.active .monaco-diff-editor');
        await diff.waitFor({ state: 'visible', timeout: 30000 });
        const modified = diff.locator('.editor.modified .view-lines');
        await until('only Decoder migrated', async () => {
            const text = (await modified.innerText()).replace(/\u00a0/g, ' ');
            return text.includes('class Decoder(keras.Model)') && text.includes('class Encoder(nn.Module)');
        }, 30000);
        await page.locator('.editor-group-container.active .editor-actions [aria-label^="Discard Migration"]').first().click();
        await diff.waitFor({ state: 'hidden', timeout: 10000 });
        assert(fs.readFileSync(path.join(dirs.workspace, 'two_models.py'), 'utf8') === TWO_MODELS, 'Discard changed the file');
    });

    await check('right-click in a training loop migrates the model with its training code', async () => {
        await openFile(page, 'train.py');
        const inside = await textPoint(page, 'backward', 2);
        await page.mouse.click(inside.x, inside.y);
        await page.mouse.click(inside.x, inside.y, { button: 'right' });
        const item = page.getByRole('menuitem', { name: /Migrate to TensorFlow/ }).first();
        await item.waitFor({ state: 'visible', timeout: 10000 });
        await page.waitForTimeout(300); // VS Code ignores a click that lands as the menu opens
        await item.click();
        const diff = page.locator('.editor-group-container.active .monaco-diff-editor');
        await diff.waitFor({ state: 'visible', timeout: 30000 });
        const modified = diff.locator('.editor.modified .view-lines');
        await until('the model and its training loop migrated', async () => {
            const text = (await modified.innerText()).replace(/\u00a0/g, ' ');
            return text.includes('class MLP(keras.Model)') && text.includes('tf.GradientTape()')
                && text.includes('keras.optimizers.Adam(');
        }, 30000);
        await shot(page, 'training-diff-preview');
        await page.locator('.editor-group-container.active .editor-actions [aria-label^="Discard Migration"]').first().click();
        await diff.waitFor({ state: 'hidden', timeout: 10000 });
        assert(fs.readFileSync(path.join(dirs.workspace, 'train.py'), 'utf8') === TRAIN, 'Discard changed the file');
    });
}

async function collectLogs() {
    const dest = path.join(shots, 'logs');
    fs.mkdirSync(dest, { recursive: true });
    fs.writeFileSync(path.join(dest, 'code-server.log'), serverLog.join(''));
    const logsRoot = path.join(dirs.userData, 'logs');
    if (fs.existsSync(logsRoot)) {
        fs.cpSync(logsRoot, path.join(dest, 'vscode'), { recursive: true });
    }
}

async function shutdown() {
    if (browser) {
        await browser.close().catch(() => undefined);
    }
    if (server && server.exitCode === null) {
        try {
            process.kill(-server.pid, 'SIGTERM'); // code-server and its children (own process group)
        } catch {
            // already gone
        }
        const exited = await Promise.race([
            new Promise((r) => server.once('exit', () => r(true))),
            new Promise((r) => setTimeout(() => r(false), 10000)),
        ]);
        if (!exited) {
            try {
                process.kill(-server.pid, 'SIGKILL');
            } catch {
                // already gone
            }
        }
    }
}

const hardTimeout = setTimeout(() => {
    console.log('FAIL the whole e2e run took longer than 10 minutes');
    results.push({ name: 'timeout', ok: false });
    void shutdown().finally(() => finish());
}, 10 * 60 * 1000);

function finish() {
    clearTimeout(hardTimeout);
    if (!keep) {
        fs.rmSync(work, { recursive: true, force: true });
    } else {
        console.log(`kept ${work}`);
    }
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

try {
    await main();
} catch (err) {
    results.push({ name: 'harness', ok: false });
    console.log(`FAIL harness: ${err && err.stack ? err.stack : err}`);
} finally {
    await collectLogs().catch(() => undefined);
    await shutdown();
    finish();
}
