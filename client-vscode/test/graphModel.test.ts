import { strict as assert } from 'assert';
import { test } from 'node:test';
import { ModelGraph, nodeAt, nodeLines, readModelGraphAnswer, toElk, visibleOwner } from '../src/core/graphModel';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

// x -> conv -> [downsample: ds.0 -> ds.1] -> add(conv, ds.1) -> out
const GRAPH: ModelGraph = {
    model: 'Net',
    framework: 'torch',
    target: 'keras',
    migrates: false,
    groups: [{ id: 'g0', kind: 'module', label: 'downsample', range: range(5, 8, 30), parent: null }],
    nodes: [
        { id: 'n0', kind: 'input', name: 'x', op: 'Input', attrs: {}, range: range(0, 0, 40), declaration: null, group: null, diagnostics: [], notes: [], migrates: true },
        { id: 'n1', kind: 'layer', name: 'conv', op: 'Conv2d', attrs: { in_channels: '3', out_channels: '8', kernel_size: '3', padding: '1' }, range: range(10, 12, 24), declaration: range(3, 8, 40), group: null, diagnostics: [], notes: ['PIV202'], migrates: true },
        { id: 'n2', kind: 'layer', name: 'ds.0', op: 'Conv2d', attrs: {}, range: range(5, 30, 50), declaration: range(5, 30, 50), group: 'g0', diagnostics: [], notes: [], migrates: true },
        { id: 'n3', kind: 'opaque', name: 'ds.1', op: 'opaque', attrs: {}, range: range(6, 12, 30), declaration: range(6, 12, 30), group: 'g0', diagnostics: [{ code: 'PIV101', severity: 'error', message: 'nn.Foo has no catalog entry', range: range(6, 12, 30) }], notes: [], migrates: false },
        { id: 'n4', kind: 'op', name: 'Add', op: 'Add', attrs: {}, range: range(11, 8, 20), declaration: null, group: null, diagnostics: [], notes: [], migrates: true },
    ],
    edges: [
        { id: 'e0', source: 'n0', target: 'n1', value: 'x', shape: { source: '(N, 3, 32, 32)', target: '(N, 32, 32, 3)' }, layout: { source: 'NCHW', target: 'NHWC' } },
        { id: 'e1', source: 'n0', target: 'n2', value: 'x', shape: { source: '(N, 3, 32, 32)', target: '(N, 32, 32, 3)' }, layout: { source: 'NCHW', target: 'NHWC' } },
        { id: 'e2', source: 'n2', target: 'n3', value: '', shape: { source: '(N, 8, 32, 32)', target: '(N, 32, 32, 8)' }, layout: { source: 'NCHW', target: 'NHWC' } },
        { id: 'e3', source: 'n1', target: 'n4', value: 'a', shape: { source: '(N, 8, 32, 32)', target: '(N, 32, 32, 8)' }, layout: { source: 'NCHW', target: 'NHWC' } },
        { id: 'e4', source: 'n3', target: 'n4', value: 'b', shape: { source: '?', target: '?' }, layout: { source: null, target: null } },
    ],
    diagnostics: [],
};

test('groups become compound ELK nodes and edges carry the chosen layout', () => {
    const elk = toElk(GRAPH, 'target', new Set());
    const group = elk.children!.find((c) => c.id === 'g0')!;
    assert.deepEqual(group.children!.map((c) => c.id), ['n2', 'n3']);
    assert.equal(elk.edges.find((e) => e.id === 'e0')!.shape, '(N, 32, 32, 3)');
    assert.equal(toElk(GRAPH, 'source', new Set()).edges[0].shape, '(N, 3, 32, 32)');
});

test('a collapsed group is one node that takes over its members edges', () => {
    const elk = toElk(GRAPH, 'source', new Set(['g0']));
    const group = elk.children!.find((c) => c.id === 'g0')!;
    assert.equal(group.children, undefined);
    assert.ok(!elk.children!.some((c) => c.id === 'n2' || c.id === 'n3'));
    assert.deepEqual(elk.edges.map((e) => `${e.sources[0]}>${e.targets[0]}`), ['n0>n1', 'n0>g0', 'n1>n4', 'g0>n4']);
    assert.equal(visibleOwner(GRAPH, 'n3', new Set(['g0'])), 'g0');
});

test('the node under the cursor: the innermost call or declaration range', () => {
    assert.equal(nodeAt(GRAPH, 10, 15)!.id, 'n1');
    assert.equal(nodeAt(GRAPH, 3, 10)!.id, 'n1'); // its declaration
    assert.equal(nodeAt(GRAPH, 5, 35)!.id, 'n2');
    assert.equal(nodeAt(GRAPH, 0, 5), undefined); // inputs are not source constructs
});

test('node text: name and op, key attributes, diagnostic codes', () => {
    assert.deepEqual(nodeLines(GRAPH.nodes[1]), ['conv: Conv2d', 'in_channels=3, out_channels=8, kernel_size=3']);
    assert.deepEqual(nodeLines(GRAPH.nodes[3]), ['ds.1: opaque', 'PIV101']);
    assert.throws(() => readModelGraphAnswer({ graph: null }));
});
