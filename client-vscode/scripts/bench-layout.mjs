// Layout time of the model graph view's layout (elkjs, layered, groups as compound nodes) on a model graph.
// Usage: python bench/graph_latency.py --nodes 200 > /tmp/g.json
//        npm run pretest && node client-vscode/scripts/bench-layout.mjs /tmp/g.json [runs]
// Prints the median and worst time over the runs (the first, cold one apart). Measures; asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const ELK = require('elkjs/lib/elk.bundled.js');
const { toElk } = require(path.join(here, '..', 'out', 'src', 'core', 'graphModel.js'));

const graph = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const runs = Number(process.argv[3] ?? 10);
const elk = new ELK();
const times = [];
const cpu = []; // CPU time too: on a shared machine the wall time also counts waiting for a core
for (let i = 0; i <= runs; i++) {
    const input = toElk(graph, 'source', new Set());
    input.layoutOptions = { ...input.layoutOptions, 'elk.json.shapeCoords': 'ROOT', 'elk.json.edgeCoords': 'ROOT' };
    const t = performance.now();
    const c = process.cpuUsage();
    await elk.layout(input);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
}
cpu.shift();
cpu.sort((a, b) => a - b);
const cold = times.shift();
times.sort((a, b) => a - b);
console.log(`elkjs layered layout of ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.groups.length} groups: ` +
    `cold ${cold.toFixed(0)} ms, median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, worst ${times[times.length - 1].toFixed(0)} ms ` +
    `(CPU median ${cpu[Math.floor(cpu.length / 2)].toFixed(0)} ms) over ${runs} runs`);
