/**
 * The model graph webview: lays the graph out with elkjs (in this thread, no worker, no network) and draws
 * it as SVG. Messages in: `graph` (a pivot.modelGraph answer), `cursor` (the editor's position: highlight
 * its node). Messages out: `reveal` (a node was clicked: its source range), `choose` (another model).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import {
    ElkEdge,
    ElkNode,
    FRAMEWORK_LABEL,
    GraphNode,
    ModelGraph,
    ModelGraphAnswer,
    nodeAt,
    nodeLines,
    toElk,
    visibleOwner,
} from '../src/core/graphModel';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

interface LaidEdge extends ElkEdge {
    sections?: { startPoint: Pt; endPoint: Pt; bendPoints?: Pt[] }[];
}
interface Pt {
    x: number;
    y: number;
}

const vscode = acquireVsCodeApi();
const elk = new ELK();
const SVG = 'http://www.w3.org/2000/svg';
const state = {
    answer: undefined as ModelGraphAnswer | undefined,
    shapes: 'source' as 'source' | 'target',
    collapsed: new Set<string>(),
    selected: undefined as string | undefined,
    model: '',
    layoutMs: 0,
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    if (cls) {
        e.className = cls;
    }
    if (text !== undefined) {
        e.textContent = text;
    }
    return e;
}

function svg(tag: string, attrs: Record<string, string | number>, parent?: Element): SVGElement {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) {
        e.setAttribute(k, String(v));
    }
    parent?.appendChild(e);
    return e;
}

function toolbar(graph: ModelGraph | null, answer: ModelGraphAnswer): void {
    const bar = document.getElementById('toolbar')!;
    bar.replaceChildren();
    const pick = el('select', 'models');
    pick.title = 'Model';
    for (const m of answer.models) {
        const option = el('option', undefined, m.name);
        option.value = m.name;
        option.selected = graph !== null && m.name === graph.model;
        pick.appendChild(option);
    }
    pick.addEventListener('change', () => vscode.postMessage({ type: 'choose', model: pick.value }));
    bar.appendChild(pick);
    if (!graph) {
        bar.appendChild(el('span', 'status', 'No model in this file.'));
        return;
    }
    const toggle = el('button', 'shapes');
    toggle.id = 'shapes-toggle';
    const side = state.shapes === 'source' ? graph.framework : graph.target;
    toggle.textContent = `Shapes: ${FRAMEWORK_LABEL[side]}`;
    toggle.title = 'Show the shapes in the source or the target layout';
    toggle.addEventListener('click', () => {
        state.shapes = state.shapes === 'source' ? 'target' : 'source';
        void draw();
    });
    bar.appendChild(toggle);
    const bad = graph.nodes.filter((n) => !n.migrates).length;
    const verdict = graph.migrates
        ? `migrates to ${FRAMEWORK_LABEL[graph.target]}`
        : `${bad || 'some'} construct(s) need manual work to migrate to ${FRAMEWORK_LABEL[graph.target]}`;
    bar.appendChild(el('span', graph.migrates ? 'status ok' : 'status bad', verdict));
    bar.appendChild(el('span', 'status dim', `${graph.nodes.length} nodes · layout ${state.layoutMs.toFixed(0)} ms${answer.notes ? '' : ' · notes pending'}`));
}

function drawNode(node: GraphNode, box: ElkNode, layer: Element): void {
    const classes = ['node', node.kind];
    if (!node.migrates) {
        classes.push('bad');
    }
    if (node.notes.length > 0) {
        classes.push('noted');
    }
    if (node.id === state.selected) {
        classes.push('selected');
    }
    const g = svg('g', { class: classes.join(' '), 'data-id': node.id, transform: `translate(${box.x},${box.y})` }, layer);
    svg('rect', { width: box.width!, height: box.height!, rx: 6 }, g);
    nodeLines(node).forEach((line, i) => {
        const t = svg('text', { x: 10, y: 18 + i * 16, class: i === 0 ? 'head' : 'attrs' }, g);
        t.textContent = line;
    });
    const title = svg('title', {}, g);
    title.textContent = [nodeLines(node)[0], ...node.diagnostics.map((d) => `${d.code}: ${d.message}`)].join('\n');
    g.addEventListener('click', () => {
        state.selected = node.id;
        highlight();
        const range = node.range ?? node.declaration;
        if (range) {
            vscode.postMessage({ type: 'reveal', range });
        }
    });
}

function drawGroup(graph: ModelGraph, id: string, box: ElkNode, layer: Element): void {
    const group = graph.groups.find((gr) => gr.id === id)!;
    const folded = state.collapsed.has(id);
    const g = svg('g', { class: `group ${group.kind}${folded ? ' folded' : ''}`, 'data-id': id, transform: `translate(${box.x},${box.y})` }, layer);
    svg('rect', { width: box.width!, height: box.height!, rx: 8 }, g);
    const label = svg('text', { x: 10, y: folded ? 21 : 17, class: 'group-label' }, g);
    label.textContent = `${folded ? '▸' : '▾'} ${group.label}`;
    label.addEventListener('click', (e) => {
        e.stopPropagation();
        if (folded) {
            state.collapsed.delete(id);
        } else {
            state.collapsed.add(id);
        }
        void draw();
    });
}

function walk(node: ElkNode, visit: (n: ElkNode) => void): void {
    for (const child of node.children ?? []) {
        visit(child);
        walk(child, visit);
    }
}

let drawings = 0;

async function draw(): Promise<void> {
    const ticket = ++drawings;  // layouts finish out of order: only the newest draw may paint
    const answer = state.answer;
    const canvas = document.getElementById('canvas')!;
    if (!answer) {
        return;
    }
    const graph = answer.graph;
    if (!graph) {
        toolbar(null, answer);
        canvas.replaceChildren();
        return;
    }
    const input = toElk(graph, state.shapes, state.collapsed);
    input.layoutOptions = { ...input.layoutOptions, 'elk.json.shapeCoords': 'ROOT', 'elk.json.edgeCoords': 'ROOT' };
    const started = performance.now();
    const laid = (await elk.layout(input as never)) as unknown as ElkNode & { edges: LaidEdge[] };
    if (ticket !== drawings) {
        return;
    }
    state.layoutMs = performance.now() - started;
    toolbar(graph, answer);
    const root = svg('svg', { width: (laid.width ?? 0) + 20, height: (laid.height ?? 0) + 20, id: 'graph' });
    const groups = svg('g', { class: 'groups' }, root);
    const edges = svg('g', { class: 'edges' }, root);
    const nodes = svg('g', { class: 'nodes' }, root);
    svg('path', { d: 'M0,0 L8,4 L0,8 z' }, svg('marker', { id: 'arrow', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 8, markerHeight: 8, orient: 'auto' }, svg('defs', {}, root)));
    const byId = new Map(graph.nodes.map((n) => [n.id, n] as const));
    walk(laid, (box) => {
        const node = byId.get(box.id);
        if (node) {
            drawNode(node, box, nodes);
        } else {
            drawGroup(graph, box.id, box, groups);
        }
    });
    for (const edge of laid.edges) {
        for (const s of edge.sections ?? []) {
            const pts = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
            svg('path', { d: 'M' + pts.map((p) => `${p.x},${p.y}`).join(' L'), class: 'edge', 'marker-end': 'url(#arrow)' }, edges);
        }
        const first = edge.sections?.[0];
        if (first) {  // beside the edge, just below where it leaves its source
            const to = first.bendPoints?.[0] ?? first.endPoint;
            const t = svg('text', { x: first.startPoint.x + 5, y: Math.min(first.startPoint.y + 14, (first.startPoint.y + to.y) / 2 + 4), class: 'shape' }, edges);
            t.textContent = edge.shape;
        }
    }
    canvas.replaceChildren(root);
    highlight();
}

function highlight(): void {
    for (const g of Array.from(document.querySelectorAll('g.node, g.group.folded'))) {
        g.classList.toggle('selected', g.getAttribute('data-id') === state.selected);
    }
    const chosen = document.querySelector('g.selected');
    chosen?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

window.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as { type: string; answer?: ModelGraphAnswer; line?: number; character?: number };
    if (message.type === 'graph' && message.answer) {
        const model = message.answer.graph?.model ?? '';
        if (model !== state.model) {
            state.collapsed.clear();
            state.model = model;
        }
        state.answer = message.answer;
        void draw();
    } else if (message.type === 'cursor' && state.answer?.graph) {
        const graph = state.answer.graph;
        const node = nodeAt(graph, message.line ?? 0, message.character ?? 0);
        state.selected = node ? visibleOwner(graph, node.id, state.collapsed) : undefined;
        highlight();
    }
});

vscode.postMessage({ type: 'ready' });
