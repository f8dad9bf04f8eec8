import { strict as assert } from 'assert';
import { test } from 'node:test';
import {
    classAtLine,
    classesFromActionTitles,
    trainingAtSelection,
    decideModel,
    detectFramework,
    modelClasses,
    parseMigrateActionTitle,
    scanClasses,
    targetForFile,
} from '../src/core/models';

const TORCH = `import torch
from torch import nn


class Block(nn.Module):
    """A conv block."""

    def __init__(self, c):
        super().__init__()
        self.conv = nn.Conv2d(c, c, 3)

    def forward(self, x):
        return self.conv(x)


class Helper:
    pass


class Net(
    nn.Module,  # the model
):
    def __init__(self):
        super().__init__()
        self.block = Block(3)

    # a comment at column 4

    def forward(self, x):
        return self.block(x)


class Bigger(Net):
    pass
`;

test('server code action titles are parsed', () => {
    assert.deepEqual(parseMigrateActionTitle('Migrate `Net` to TensorFlow'), { className: 'Net', target: 'tensorflow', training: false });
    assert.deepEqual(parseMigrateActionTitle('Migrate `Net` to PyTorch'), { className: 'Net', target: 'pytorch', training: false });
    assert.deepEqual(parseMigrateActionTitle('Migrate file to TensorFlow'), { className: null, target: 'tensorflow', training: false });
    assert.deepEqual(parseMigrateActionTitle('Migrate `Net` and its training code to TensorFlow (1 op needs manual work)'),
        { className: 'Net', target: 'tensorflow', training: true });
    assert.deepEqual(parseMigrateActionTitle('Migrate file to PyTorch (models and training code)'),
        { className: null, target: 'pytorch', training: true });
    assert.equal(parseMigrateActionTitle('Organize imports'), undefined);
    assert.deepEqual(
        classesFromActionTitles(['Migrate file to TensorFlow', 'Migrate `A` to TensorFlow', 'Migrate `B` to PyTorch', 'Migrate `A` to TensorFlow'], 'tensorflow'),
        ['A'],
    );
});

test('training code at the selection is read from the server titles', () => {
    const file = 'Migrate file to TensorFlow (models and training code)';
    assert.equal(trainingAtSelection(['Migrate `Net` to TensorFlow', file], 'tensorflow'), false);
    assert.equal(trainingAtSelection(['Migrate `Net` and its training code to TensorFlow', file], 'tensorflow'), true);
    assert.equal(trainingAtSelection([file], 'tensorflow'), true);
    assert.equal(trainingAtSelection([file], 'pytorch'), false);
});

test('class statements are found with their extent, including multi-line bases', () => {
    const classes = scanClasses(TORCH);
    assert.deepEqual(classes.map((c) => [c.name, c.startLine, c.endLine, c.bases.join('|')]), [
        ['Block', 4, 12, 'nn.Module'],
        ['Helper', 15, 16, ''],
        ['Net', 19, 29, 'nn.Module'],
        ['Bigger', 32, 33, 'Net'],
    ]);
    assert.deepEqual(modelClasses(classes).map((c) => c.name), ['Block', 'Net', 'Bigger']);
});

test('nested classes: the innermost one holds the cursor', () => {
    const text = 'class Outer(keras.Model):\n    class Inner(keras.layers.Layer):\n        def call(self, x):\n            return x\n    def call(self, x):\n        return x\n';
    const classes = scanClasses(text);
    assert.equal(classAtLine(classes, 2)?.name, 'Inner');
    assert.equal(classAtLine(classes, 4)?.name, 'Outer');
    assert.equal(classAtLine(classes, 99), undefined);
});

test('decideModel: the server\'s action at the cursor wins', () => {
    assert.deepEqual(decideModel(TORCH, 0, ['Net']), { kind: 'class', name: 'Net', why: 'server-action' });
});

test('decideModel: else the model class under the cursor', () => {
    assert.deepEqual(decideModel(TORCH, 27, []), { kind: 'class', name: 'Net', why: 'cursor' });
    assert.deepEqual(decideModel(TORCH, 10, []), { kind: 'class', name: 'Block', why: 'cursor' });
});

test('decideModel: several models and none under the cursor -> ask', () => {
    const d = decideModel(TORCH, 0, []);
    assert.equal(d.kind, 'pick');
    assert.deepEqual(d.kind === 'pick' ? d.candidates.map((c) => c.name) : [], ['Block', 'Net', 'Bigger']);
    // The cursor in a non-model class is "none under the cursor" too.
    assert.equal(decideModel(TORCH, 16, []).kind, 'pick');
});

test('decideModel: a single model is chosen without asking; no model -> whole file', () => {
    const one = 'import keras\n\nclass M(keras.Model):\n    pass\n\nx = 1\n';
    assert.deepEqual(decideModel(one, 5, []), { kind: 'class', name: 'M', why: 'only-model' });
    assert.deepEqual(decideModel('x = 1\n', 0, []), { kind: 'file' });
});

test('the framework and default target come from the imports', () => {
    assert.equal(detectFramework(TORCH), 'pytorch');
    assert.equal(targetForFile(TORCH), 'tensorflow');
    assert.equal(detectFramework('import keras\nfrom keras import layers\n'), 'tensorflow');
    assert.equal(targetForFile('import tensorflow as tf\n'), 'pytorch');
    assert.equal(detectFramework('import torch\nimport keras\n'), 'unknown');
    assert.equal(targetForFile('x = 1'), undefined);
});
