import { strict as assert } from 'assert';
import { test } from 'node:test';
import { bundleMismatch, parseBundleInfo, planLaunch } from '../src/core/launch';
import { ProbeResult } from '../src/core/interpreter';

const probe: ProbeResult = { version: [3, 11, 4], executable: '/v/bin/python', platform: 'linux-x86_64' };
const bundle = { platform: 'linux-x86_64', pythons: ['3.10', '3.11', '3.12'] };
const common = {
    interpreter: '/v/bin/python',
    probe,
    bundledDir: '/ext/client-vscode/bundled',
    bundle,
    neutralCwd: '/ext',
    baseEnv: { PATH: '/usr/bin', PYTHONPATH: '/user/path', EMPTY: undefined },
    platform: 'linux' as NodeJS.Platform,
};

test('useBundled puts the bundled code and the matching dependency folder first on PYTHONPATH', () => {
    const plan = planLaunch({ ...common, strategy: 'useBundled' });
    assert.equal(plan.strategy, 'useBundled');
    assert.equal(plan.command, '/v/bin/python');
    assert.deepEqual(plan.args, ['-m', 'server']);
    assert.equal(plan.env.PYTHONPATH, '/ext/client-vscode/bundled/libs/common:/ext/client-vscode/bundled/libs/cp311:/user/path');
    assert.equal(plan.cwd, '/ext/client-vscode/bundled/libs/common', '-m server must not find a `server` package in the workspace');
    assert.equal(plan.env.PATH, '/usr/bin');
    assert.equal('EMPTY' in plan.env, false);
});

test('fromEnvironment runs the interpreter\'s own pivot from a neutral directory', () => {
    const plan = planLaunch({ ...common, strategy: 'fromEnvironment' });
    assert.equal(plan.strategy, 'fromEnvironment');
    assert.equal(plan.cwd, '/ext');
    assert.equal(plan.env.PYTHONPATH, '/user/path');
});

test('useBundled falls back to the environment when no bundle fits, and says why', () => {
    const noBundle = planLaunch({ ...common, strategy: 'useBundled', bundle: undefined });
    assert.equal(noBundle.strategy, 'fromEnvironment');
    assert.match(noBundle.notes.join(' '), /no bundled server/);
    const oldPython = planLaunch({ ...common, strategy: 'useBundled', probe: { ...probe, version: [3, 13, 0] } });
    assert.equal(oldPython.strategy, 'fromEnvironment');
    assert.match(oldPython.notes.join(' '), /not 3\.13/);
    const mac = planLaunch({ ...common, strategy: 'useBundled', probe: { ...probe, platform: 'macosx-14.0-arm64' } });
    assert.equal(mac.strategy, 'fromEnvironment');
});

test('Windows uses ; between PYTHONPATH entries', () => {
    const plan = planLaunch({ ...common, strategy: 'useBundled', bundledDir: 'C:\\ext\\bundled', platform: 'win32', baseEnv: {} });
    assert.equal(plan.env.PYTHONPATH, 'C:\\ext\\bundled\\libs\\common;C:\\ext\\bundled\\libs\\cp311');
});

test('bundle.json is parsed defensively', () => {
    assert.deepEqual(parseBundleInfo(JSON.stringify(bundle)), bundle);
    assert.equal(parseBundleInfo('{'), undefined);
    assert.equal(parseBundleInfo(undefined), undefined);
    assert.equal(parseBundleInfo('{"platform": 1}'), undefined);
    assert.equal(bundleMismatch(bundle, probe), undefined);
    assert.match(bundleMismatch(bundle, undefined) ?? '', /could not be probed/);
});
