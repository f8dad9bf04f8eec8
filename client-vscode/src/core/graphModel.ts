/**
 * The model graph the server answers `pivot.modelGraph` with, and its translation into an ELK graph (groups
 * as compound nodes, a collapsed group as one node that takes over its members' edges). Pure: used by the
 * webview script, the layout benchmark and the unit tests; imports neither vscode nor elkjs.
 */

export interface LspRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

export interface GraphDiagnostic {
    code: string;
    severity: string;
    message: string;
    range: LspRange | null;
}

export interface GraphNode {
    id: string;
    kind: 'input' | 'output' | 'layer' | 'op' | 'opaque';
    name: string;
    op: string;
    attrs: Record<string, string>;
    range: LspRange | null;
    declaration: LspRange | null;
    group: string | null;
    diagnostics: GraphDiagnostic[];
    notes: string[];
    migrates: boolean;
}

export interface GraphEdge {
    id: string;
    source: string;
    target: string;
    value: string;
    shape: { source: string; target: string };
    layout: { source: string | null; target: string | null };
}

export interface GraphGroup {
    id: string;
    kind: 'module' | 'builder' | 'loop';
    label: string;
    range: LspRange | null;
    parent: string | null;
}

export interface ModelGraph {
    model: string;
    framework: 'torch' | 'keras';
    target: 'torch' | 'keras';
    migrates: boolean;
    nodes: GraphNode[];
    edges: GraphEdge[];
    groups: GraphGroup[];
    diagnostics: GraphDiagnostic[];
}

export interface ModelGraphAnswer {
    uri: string;
    version: number | null;
    models: { name: string; range: LspRange | null }[];
    graph: ModelGraph | null;
    notes: boolean;
}

export interface ElkNode {
    id: string;
    width?: number;
    height?: number;
    labels?: { text: string }[];
    children?: ElkNode[];
    layoutOptions?: Record<string, string>;
    x?: number;
    y?: number;
}

export interface ElkEdge {
    id: string;
    sources: string[];
    targets: string[];
    /** The shape drawn beside the edge (not an ELK label: see toElk). */
    shape: string;
}

export interface ElkGraph extends ElkNode {
    edges: ElkEdge[];
}

export const FRAMEWORK_LABEL = { torch: 'PyTorch', keras: 'TensorFlow/Keras' } as const;
const CHAR_WIDTH = 7;
const LINE_HEIGHT = 16;

export function readModelGraphAnswer(raw: unknown): ModelGraphAnswer {
    const r = raw as ModelGraphAnswer | null;
    if (!r || typeof r !== 'object' || !Array.isArray(r.models)) {
        throw new Error('The server answered pivot.modelGraph without `models`.');
    }
    return r;
}

/** The lines a node shows: name and op, up to three key attributes, its notes. */
export function nodeLines(node: GraphNode): string[] {
    const head = node.name === node.op ? node.name : `${node.name}: ${node.op}`;
    const attrs = Object.entries(node.attrs)
        .slice(0, 3)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
    const lines = [head];
    if (attrs) {
        lines.push(attrs.length > 48 ? attrs.slice(0, 47) + '…' : attrs);
    }
    const codes = [...new Set(node.diagnostics.map((d) => d.code))];
    if (codes.length > 0) {
        lines.push(codes.join(' '));
    }
    return lines;
}

export function nodeSize(node: GraphNode): { width: number; height: number } {
    const lines = nodeLines(node);
    const width = Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH + 20;
    return { width: Math.max(width, 60), height: lines.length * LINE_HEIGHT + 12 };
}

/** The group a node is drawn in when `collapsed` groups are folded: its outermost collapsed ancestor. */
export function visibleOwner(graph: ModelGraph, id: string, collapsed: Set<string>): string {
    const parentOf = new Map(graph.groups.map((g) => [g.id, g.parent] as const));
    const node = graph.nodes.find((n) => n.id === id);
    let group = node ? node.group : parentOf.get(id) ?? null;
    let owner = id;
    while (group) {
        if (collapsed.has(group)) {
            owner = group;
        }
        group = parentOf.get(group) ?? null;
    }
    return owner;
}

/** The ELK graph of a model graph: `shapes` chooses the layout of the shapes written beside the edges. */
export function toElk(graph: ModelGraph, shapes: 'source' | 'target', collapsed: Set<string>): ElkGraph {
    const byId = new Map<string, ElkNode>();
    const root: ElkGraph = {
        id: 'root',
        layoutOptions: {
            'elk.algorithm': 'layered',
            'elk.direction': 'DOWN',
            'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
            // room for the shape written beside each edge: ELK's own edge labels cost 4x the layout time
            'elk.layered.spacing.nodeNodeBetweenLayers': '40',
            'elk.spacing.nodeNode': '28',
            'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
            'elk.layered.thoroughness': '1',
        },
        children: [],
        edges: [],
    };
    const place = (parent: string | null, item: ElkNode) => {
        const into = parent ? byId.get(parent) : root;
        (into ?? root).children!.push(item);
    };
    const visible = (id: string) => visibleOwner(graph, id, collapsed) === id;
    for (const group of graph.groups) {
        if (!visible(group.id)) {
            continue;
        }
        const folded = collapsed.has(group.id);
        const item: ElkNode = folded
            ? { id: group.id, width: Math.max(group.label.length * CHAR_WIDTH + 40, 80), height: 32, labels: [{ text: group.label }] }
            : {
                  id: group.id,
                  labels: [{ text: group.label }],
                  children: [],
                  layoutOptions: { 'elk.padding': '[top=26,left=10,bottom=10,right=10]', 'elk.nodeLabels.placement': 'INSIDE V_TOP H_LEFT' },
              };
        byId.set(group.id, item);
        place(group.parent, item);
    }
    for (const node of graph.nodes) {
        if (!visible(node.id)) {
            continue;
        }
        const item: ElkNode = { id: node.id, ...nodeSize(node) };
        byId.set(node.id, item);
        place(node.group, item);
    }
    const seen = new Set<string>();
    for (const edge of graph.edges) {
        const source = visibleOwner(graph, edge.source, collapsed);
        const target = visibleOwner(graph, edge.target, collapsed);
        const key = `${source}>${target}`;
        if (source === target || seen.has(key)) {
            continue;
        }
        seen.add(key);
        root.edges.push({ id: edge.id, sources: [source], targets: [target], shape: edge.shape[shapes] });
    }
    return root;
}

/** The innermost node whose source range (call, else declaration) holds a 0-based position. */
export function nodeAt(graph: ModelGraph, line: number, character: number): GraphNode | undefined {
    const inside = (r: LspRange | null) =>
        r !== null &&
        (r.start.line < line || (r.start.line === line && r.start.character <= character)) &&
        (r.end.line > line || (r.end.line === line && r.end.character >= character));
    const size = (r: LspRange) => (r.end.line - r.start.line) * 10000 + (r.end.character - r.start.character);
    let best: GraphNode | undefined;
    for (const node of graph.nodes) {
        if (node.kind === 'input' || node.kind === 'output') {
            continue;
        }
        for (const r of [node.range, node.declaration]) {
            if (inside(r) && (!best || size(r!) < size((best.range ?? best.declaration)!))) {
                best = node;
            }
        }
    }
    return best;
}
