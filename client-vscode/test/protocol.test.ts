import { strict as assert } from 'assert';
import { test } from 'node:test';
import * as fs from 'fs';
import * as path from 'path';
import {
    CLIENT_COMMANDS,
    formatVerifyResult,
    readMigrationPreview,
    readPivotModelText,
    readVerifyResult,
    SERVER_COMMANDS,
    statusText,
    untrustedRefusal,
} from '../src/core/protocol';

test('server answers are read defensively', () => {
    const r = readMigrationPreview({ original: 'a', migrated: 'b', diagnostics: [{ message: 'm', code: 'PIV101', severity: 2 }, 'plain', 7] });
    assert.deepEqual(r.diagnostics, [{ message: 'm', code: 'PIV101', severity: 2 }, { message: 'plain' }]);
    assert.throws(() => readMigrationPreview({ original: 'a' }), /without `original` and `migrated`/);
    assert.equal(readPivotModelText('Network Net'), 'Network Net');
    assert.equal(readPivotModelText({ text: 'T' }), 'T');
    assert.equal(readPivotModelText({ a: 1 }), '{\n  "a": 1\n}');
});

test('verify results are formatted', () => {
    const ok = formatVerifyResult('Net', 'tensorflow', readVerifyResult({ equivalent: true, max_abs_diff: 6e-8 }));
    assert.equal(ok.ok, true);
    assert.match(ok.message, /`Net` and its TensorFlow migration are equivalent \(max \|Δ\| = 6\.00e-8\)/);
    const bad = formatVerifyResult('Net', 'pytorch', readVerifyResult({ equivalent: false, max_abs_diff: 0.5, reason: 'outputs differ' }));
    assert.equal(bad.ok, false);
    assert.match(bad.message, /differ \(max \|Δ\| = 5\.00e-1\)\. outputs differ/);
    assert.throws(() => readVerifyResult({}), /equivalent/);
});

test('client command ids never clash with server command ids, and all are contributed', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
    const server = Object.values(SERVER_COMMANDS) as string[];
    for (const id of Object.values(CLIENT_COMMANDS)) {
        assert.ok(!server.includes(id), `${id} clashes with a server command`);
        assert.ok(contributed.includes(id), `${id} is not contributed in package.json`);
    }
    for (const id of contributed) {
        assert.ok(!server.includes(id), `${id} clashes with a server command`);
    }
});

test('manifest: engines, trust and settings are consistent', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const typesVscode: string = manifest.devDependencies['@types/vscode'];
    const engine: string = manifest.engines.vscode.replace(/^\^/, '');
    const minor = (v: string) => Number(v.replace(/^[~^]/, '').split('.')[1]);
    assert.ok(minor(typesVscode) <= minor(engine), '@types/vscode must not be newer than engines.vscode');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    const props = Object.keys(manifest.contributes.configuration.properties);
    for (const key of ['pivot.interpreter', 'pivot.importStrategy', 'pivot.targetStyle', 'pivot.trace.server']) {
        assert.ok(props.includes(key), key);
    }
    assert.equal(statusText('running').text, '$(check) Pivot');
});

test('code-running server commands are refused in an untrusted workspace, others pass', () => {
    assert.match(untrustedRefusal(SERVER_COMMANDS.verify, false) ?? '', /Restricted Mode/);
    assert.equal(untrustedRefusal(SERVER_COMMANDS.verify, true), undefined);
    assert.equal(untrustedRefusal(SERVER_COMMANDS.migrationPreview, false), undefined);
    assert.equal(untrustedRefusal(SERVER_COMMANDS.showPivotModel, false), undefined);
});
