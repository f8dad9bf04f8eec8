// Bundles the Pivot language server into the extension (importStrategy "useBundled"):
//   client-vscode/bundled/libs/common/   copies of pivot/ and server/ from the repository
//   client-vscode/bundled/libs/cpXY/     pip install --target of the runtime dependencies (pygls, lsprotocol,
//                                        libcst, ...) for CPython X.Y on this platform (libcst is native code)
//   client-vscode/bundled/bundle.json    {"platform", "pythons", ...} read by the extension at start-up
//
// Usage: node client-vscode/scripts/bundle-server.mjs [--python PATH] [--pythons 3.10,3.11,...]
// Python: --python, else $PIVOT_PYTHON, else the repository's .venv, else python3.
// PIVOT_BUNDLE=0 skips bundling (and removes an old bundle): the extension then always uses the interpreter's
// environment (importStrategy falls back to fromEnvironment).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const out = path.join(repo, 'client-vscode', 'bundled');

function arg(name) {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
}

function defaultPython() {
    const venv = process.platform === 'win32'
        ? path.join(repo, '.venv', 'Scripts', 'python.exe')
        : path.join(repo, '.venv', 'bin', 'python');
    return fs.existsSync(venv) ? venv : process.platform === 'win32' ? 'python' : 'python3';
}

if (process.env.PIVOT_BUNDLE === '0') {
    fs.rmSync(out, { recursive: true, force: true });
    console.log('[bundle-server] PIVOT_BUNDLE=0: no bundled server');
    process.exit(0);
}

const python = arg('--python') ?? process.env.PIVOT_PYTHON ?? defaultPython();
const wanted = (arg('--pythons') ?? process.env.PIVOT_BUNDLE_PYTHONS ?? '3.10,3.11,3.12,3.13,3.14')
    .split(',').map((s) => s.trim()).filter(Boolean);

function py(code) {
    return execFileSync(python, ['-c', code], { encoding: 'utf8' }).trim();
}

function log(msg) {
    console.log(`[bundle-server] ${msg}`);
}

// Runtime dependencies from pyproject.toml [project].dependencies (the frameworks are optional extras).
function runtimeDependencies() {
    const text = fs.readFileSync(path.join(repo, 'pyproject.toml'), 'utf8');
    const project = text.split(/^\[/m).find((section) => section.startsWith('project]'));
    const m = project && /^dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(project);
    if (!m) {
        throw new Error('pyproject.toml has no [project] dependencies list');
    }
    return [...m[1].matchAll(/"([^"]+)"|'([^']+)'/g)].map((x) => x[1] ?? x[2]);
}

function copyPackage(name, dest) {
    const src = path.join(repo, name);
    if (!fs.existsSync(path.join(src, '__init__.py'))) {
        throw new Error(`${src} is not a Python package (no __init__.py): cannot bundle the server`);
    }
    fs.cpSync(src, path.join(dest, name), {
        recursive: true,
        filter: (p) => !/(__pycache__|\.pyc$|\.pyo$|\.mypy_cache|\.pytest_cache)/.test(p),
    });
}

function pipTarget(dest, deps, version, crossPlatform, platformTags) {
    const args = ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-compile',
        '--no-warn-script-location', '--target', dest];
    if (crossPlatform) {
        const abi = `cp${version.replace('.', '')}`;
        args.push('--only-binary=:all:', '--python-version', version, '--implementation', 'cp', '--abi', abi,
            '--abi', 'abi3', '--abi', 'none');
        for (const tag of platformTags) {
            args.push('--platform', tag);
        }
    }
    args.push(...deps);
    const res = spawnSync(python, args, { encoding: 'utf8', env: { ...process.env, PIP_NO_INPUT: '1' } });
    // Drop pip's noise about configured-but-absent local indexes; keep everything else.
    const output = `${res.stdout}${res.stderr}`.split('\n')
        .filter((l) => l.trim() && !/^WARNING: Location '.*' is ignored/.test(l));
    if (output.length) {
        console.log(output.join('\n'));
    }
    if (res.status !== 0) {
        throw new Error(`pip exited with ${res.status}`);
    }
}

function prune(dir) {
    // Drop what the server never imports: tests of third-party packages, caches, console scripts.
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name === '__pycache__' || (entry.name === 'tests' && !p.includes(`${path.sep}common${path.sep}`))) {
                fs.rmSync(p, { recursive: true, force: true });
            } else {
                prune(p);
            }
        }
    }
    fs.rmSync(path.join(dir, 'bin'), { recursive: true, force: true });
}

const info = JSON.parse(py(
    'import json, sys, sysconfig; print(json.dumps({"version": "%d.%d" % sys.version_info[:2], ' +
    '"platform": sysconfig.get_platform()}))'));
let platformTags = [];
try {
    platformTags = py('from pip._vendor.packaging.tags import platform_tags; print("\\n".join(platform_tags()))')
        .split('\n').filter(Boolean);
} catch {
    platformTags = [info.platform.replace(/[-.]/g, '_')];
}
const deps = runtimeDependencies();
log(`python ${python} (${info.version}, ${info.platform}); dependencies: ${deps.join(' ')}`);

fs.rmSync(out, { recursive: true, force: true });
const common = path.join(out, 'libs', 'common');
fs.mkdirSync(common, { recursive: true });
copyPackage('pivot', common);
copyPackage('server', common);

// pip evaluates environment markers for the running interpreter even with --python-version, so
// dependencies that only older Pythons need are added by hand (cattrs needs exceptiongroup below 3.11).
function markerDependencies(version) {
    const minor = Number(version.split('.')[1]);
    return minor < 11 ? ['exceptiongroup>=1.1.1'] : [];
}

const built = [];
for (const version of wanted) {
    const dest = path.join(out, 'libs', `cp${version.replace('.', '')}`);
    const cross = version !== info.version;
    try {
        log(`installing dependencies for CPython ${version}${cross ? ' (prebuilt wheels)' : ''}`);
        pipTarget(dest, [...deps, ...markerDependencies(version)], version, cross, platformTags);
        prune(dest);
        built.push(version);
    } catch (err) {
        log(`skipping CPython ${version}: ${err.message.split('\n')[0]}`);
        fs.rmSync(dest, { recursive: true, force: true });
    }
}
if (!built.includes(info.version)) {
    throw new Error(`could not bundle the dependencies for the build interpreter's Python ${info.version}`);
}
prune(common);

const version = /^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(repo, 'pyproject.toml'), 'utf8'))?.[1];
fs.writeFileSync(path.join(out, 'bundle.json'), JSON.stringify({
    platform: info.platform,
    pythons: built,
    pivotVersion: version ?? 'unknown',
    dependencies: deps,
}, null, 2) + '\n');
log(`bundled for Python ${built.join(', ')} on ${info.platform} into ${path.relative(repo, out)}`);
