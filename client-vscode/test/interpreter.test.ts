import { strict as assert } from 'assert';
import { test } from 'node:test';
import {
    chooseInterpreter,
    expandPath,
    interpreterFromPythonApi,
    isSupportedVersion,
    parseProbeOutput,
    PythonExtensionApi,
} from '../src/core/interpreter';

const base = { home: '/home/u', env: { VENV: '/opt/venv' }, platform: 'linux' as NodeJS.Platform, workspaceFolder: '/ws' };

test('the pivot.interpreter setting wins, with variables expanded', async () => {
    let asked = false;
    const choice = await chooseInterpreter({
        ...base,
        setting: '${workspaceFolder}/.venv/bin/python',
        pythonExtension: async () => {
            asked = true;
            return '/from/python/ext';
        },
    });
    assert.deepEqual(choice, { command: '/ws/.venv/bin/python', source: 'setting' });
    assert.equal(asked, false, 'the Python extension is not consulted when the setting is set');
});

test('the Python extension is used when the setting is empty', async () => {
    const choice = await chooseInterpreter({ ...base, setting: '  ', pythonExtension: async () => '/conda/bin/python' });
    assert.deepEqual(choice, { command: '/conda/bin/python', source: 'python-extension' });
});

test('python3 is the default without setting or Python extension', async () => {
    assert.deepEqual(await chooseInterpreter({ ...base, setting: undefined }), { command: 'python3', source: 'default' });
    assert.deepEqual(await chooseInterpreter({ ...base, setting: '', platform: 'win32' }), { command: 'python', source: 'default' });
});

test('a failing or empty Python extension falls back to the default', async () => {
    const failing = await chooseInterpreter({ ...base, setting: '', pythonExtension: async () => { throw new Error('boom'); } });
    assert.equal(failing.source, 'default');
    const empty = await chooseInterpreter({ ...base, setting: '', pythonExtension: async () => undefined });
    assert.equal(empty.source, 'default');
});

test('expandPath handles ~, ${userHome}, ${env:...}, relative paths and bare names', () => {
    assert.equal(expandPath('~/py/bin/python', base), '/home/u/py/bin/python');
    assert.equal(expandPath('${userHome}/x/python', base), '/home/u/x/python');
    assert.equal(expandPath('${env:VENV}/bin/python', base), '/opt/venv/bin/python');
    assert.equal(expandPath('.venv/bin/python', base), '/ws/.venv/bin/python');
    assert.equal(expandPath('python3.11', base), 'python3.11');
    assert.equal(expandPath('C:\\Py\\python.exe', { ...base, platform: 'win32' }), 'C:\\Py\\python.exe');
});

test('the Python extension API is read through getActiveEnvironmentPath + resolveEnvironment', async () => {
    const api: PythonExtensionApi = {
        environments: {
            getActiveEnvironmentPath: () => ({ id: 'x', path: '/envs/a' }),
            resolveEnvironment: async (env) => {
                assert.deepEqual(env, { id: 'x', path: '/envs/a' });
                return { executable: { uri: { fsPath: '/envs/a/bin/python' } } };
            },
        },
    };
    assert.equal(await interpreterFromPythonApi(api), '/envs/a/bin/python');
    const unresolved: PythonExtensionApi = {
        environments: { getActiveEnvironmentPath: () => ({ id: 'x', path: 'p' }), resolveEnvironment: async () => undefined },
    };
    assert.equal(await interpreterFromPythonApi(unresolved), undefined);
});

test('probe output is parsed from the last JSON line and versions are checked', () => {
    const out = 'some banner\n{"version": [3, 11, 2], "executable": "/usr/bin/python3", "platform": "linux-x86_64"}\n';
    assert.deepEqual(parseProbeOutput(out), { version: [3, 11, 2], executable: '/usr/bin/python3', platform: 'linux-x86_64' });
    assert.equal(parseProbeOutput('not json'), undefined);
    assert.equal(isSupportedVersion([3, 10, 0]), true);
    assert.equal(isSupportedVersion([3, 9, 18]), false);
    assert.equal(isSupportedVersion([4, 0, 0]), true);
});
