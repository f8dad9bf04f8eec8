/**
 * Which model class a command acts on. Pure logic (no `vscode`), unit-tested in plain Node.
 *
 * Sources of truth, best first: the server's code actions at the cursor ("Migrate `Net` to TensorFlow"),
 * then a light scan of the file's class statements (to know which class holds the cursor and to list the
 * candidates when none does).
 */

export type Target = 'tensorflow' | 'pytorch';

export const TARGET_LABEL: Record<Target, string> = { tensorflow: 'TensorFlow', pytorch: 'PyTorch' };

export function otherTarget(t: Target): Target {
    return t === 'tensorflow' ? 'pytorch' : 'tensorflow';
}

export interface MigrateActionTitle {
    /** The class named in the title, or null for "Migrate file to ...". */
    className: string | null;
    target: Target;
    /** The action also migrates training code ("... and its training code", "(models and training code)"). */
    training: boolean;
}

/** Parses the server's code action titles: "Migrate `Net` to TensorFlow", "Migrate file to PyTorch". */
export function parseMigrateActionTitle(title: string): MigrateActionTitle | undefined {
    const training = /training code/.test(title);
    const cls = /^Migrate `([^`]+)`(?: and its training code)? to (TensorFlow|PyTorch)\b/.exec(title.trim());
    if (cls) {
        return { className: cls[1], target: cls[2] === 'TensorFlow' ? 'tensorflow' : 'pytorch', training };
    }
    const file = /^Migrate (?:the )?file to (TensorFlow|PyTorch)\b/i.exec(title.trim());
    if (file) {
        return { className: null, target: file[1].toLowerCase() === 'tensorflow' ? 'tensorflow' : 'pytorch', training };
    }
    return undefined;
}

/**
 * Whether the server offers to migrate training code at the selection for `target`: with a model
 * ("Migrate `Net` and its training code ..."), or, when no model is under the selection, with the file.
 */
export function trainingAtSelection(titles: readonly string[], target: Target): boolean {
    const parsed = titles.map(parseMigrateActionTitle).filter((p) => p !== undefined && p.target === target);
    const classes = parsed.filter((p) => p!.className !== null);
    return classes.length > 0 ? classes.some((p) => p!.training) : parsed.some((p) => p!.training);
}

/** Class names offered by the server's code actions for `target`, in the server's order, deduplicated. */
export function classesFromActionTitles(titles: readonly string[], target: Target): string[] {
    const out: string[] = [];
    for (const title of titles) {
        const parsed = parseMigrateActionTitle(title);
        if (parsed && parsed.target === target && parsed.className && !out.includes(parsed.className)) {
            out.push(parsed.className);
        }
    }
    return out;
}

export interface ClassInfo {
    name: string;
    /** Base class expressions as written, e.g. ["nn.Module"]. */
    bases: string[];
    /** 0-based line of the `class` keyword. */
    startLine: number;
    /** 0-based last line of the class body (inclusive). */
    endLine: number;
    indent: number;
}

function indentOf(line: string): number {
    let n = 0;
    for (const ch of line) {
        if (ch === ' ') {
            n += 1;
        } else if (ch === '\t') {
            n += 8 - (n % 8);
        } else {
            break;
        }
    }
    return n;
}

function isCodeLine(line: string): boolean {
    const t = line.trim();
    return t.length > 0 && !t.startsWith('#');
}

function splitBases(text: string): string[] {
    const out: string[] = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '(' || ch === '[' || ch === '{') {
            depth += 1;
        } else if (ch === ')' || ch === ']' || ch === '}') {
            depth -= 1;
        }
        if (ch === ',' && depth === 0) {
            out.push(current);
            current = '';
        } else {
            current += ch;
        }
    }
    out.push(current);
    return out
        .map((b) => b.replace(/#.*$/gm, '').replace(/\s+/g, ''))
        .filter((b) => b.length > 0 && !b.includes('='));
}

/**
 * Finds `class` statements with their extent, from indentation. Not a Python parser: strings that contain
 * "class X(...):" at the start of a line can fool it, which only affects which class is offered first.
 */
export function scanClasses(text: string): ClassInfo[] {
    const lines = text.split(/\r?\n/);
    const found: ClassInfo[] = [];
    const header = /^(\s*)class\s+([A-Za-z_][A-Za-z0-9_]*)\s*(\(|:)/;
    for (let i = 0; i < lines.length; i++) {
        const m = header.exec(lines[i]);
        if (!m) {
            continue;
        }
        const indent = indentOf(lines[i]);
        let bases: string[] = [];
        let headerEnd = i;
        if (m[3] === '(') {
            // Collect the base list, possibly over several lines, up to the matching parenthesis.
            let depth = 0;
            let collected = '';
            let done = false;
            for (let j = i; j < lines.length && !done; j++) {
                const segment = j === i ? lines[j].slice(m[0].length - 1) : lines[j];
                for (const ch of segment) {
                    if (ch === '(') {
                        depth += 1;
                        if (depth === 1) {
                            continue;
                        }
                    } else if (ch === ')') {
                        depth -= 1;
                        if (depth === 0) {
                            done = true;
                            break;
                        }
                    }
                    collected += ch;
                }
                headerEnd = j;
                if (!done) {
                    collected += '\n';
                }
            }
            bases = splitBases(collected);
        }
        let endLine = headerEnd;
        for (let j = headerEnd + 1; j < lines.length; j++) {
            if (!isCodeLine(lines[j])) {
                continue;
            }
            if (indentOf(lines[j]) <= indent) {
                break;
            }
            endLine = j;
        }
        found.push({ name: m[2], bases, startLine: i, endLine, indent });
    }
    return found;
}

const MODEL_BASE = /(^|\.)(Module|Model|Sequential|Layer|LightningModule)$/;

/**
 * Classes that look like models: a base such as nn.Module / torch.nn.Module / keras.Model / tf.keras.Model /
 * keras.layers.Layer, or (transitively) another model class of the same file.
 */
export function modelClasses(classes: readonly ClassInfo[]): ClassInfo[] {
    const models = new Set<string>();
    let changed = true;
    while (changed) {
        changed = false;
        for (const c of classes) {
            if (models.has(c.name)) {
                continue;
            }
            if (c.bases.some((b) => MODEL_BASE.test(b) || models.has(b))) {
                models.add(c.name);
                changed = true;
            }
        }
    }
    return classes.filter((c) => models.has(c.name));
}

/** The innermost class among `classes` whose extent holds `line`. */
export function classAtLine(classes: readonly ClassInfo[], line: number): ClassInfo | undefined {
    let best: ClassInfo | undefined;
    for (const c of classes) {
        if (line >= c.startLine && line <= c.endLine) {
            if (!best || c.indent > best.indent) {
                best = c;
            }
        }
    }
    return best;
}

export type ModelDecision =
    | { kind: 'class'; name: string; why: 'server-action' | 'cursor' | 'only-model' }
    | { kind: 'pick'; candidates: ClassInfo[] }
    | { kind: 'file' };

/**
 * Decides what a right-click "Migrate to X" acts on.
 * @param actionClasses classes the server offers to migrate at the cursor (from its code actions)
 */
export function decideModel(text: string, cursorLine: number, actionClasses: readonly string[]): ModelDecision {
    const classes = scanClasses(text);
    const models = modelClasses(classes);
    if (actionClasses.length === 1) {
        return { kind: 'class', name: actionClasses[0], why: 'server-action' };
    }
    if (actionClasses.length > 1) {
        // Nested classes: prefer the innermost one the server offers.
        const offered = classes.filter((c) => actionClasses.includes(c.name));
        const inner = classAtLine(offered, cursorLine);
        return { kind: 'class', name: inner ? inner.name : actionClasses[0], why: 'server-action' };
    }
    const atCursor = classAtLine(models, cursorLine);
    if (atCursor) {
        return { kind: 'class', name: atCursor.name, why: 'cursor' };
    }
    if (models.length === 1) {
        return { kind: 'class', name: models[0].name, why: 'only-model' };
    }
    if (models.length > 1) {
        return { kind: 'pick', candidates: models };
    }
    return { kind: 'file' };
}

export type Framework = 'pytorch' | 'tensorflow' | 'unknown';

/** The framework a source file is written for, from its imports. */
export function detectFramework(text: string): Framework {
    const torch = /^\s*(import\s+torch\b|from\s+torch\b)/m.test(text);
    const keras = /^\s*(import\s+(tensorflow|keras)\b|from\s+(tensorflow|keras)\b)/m.test(text);
    if (torch && !keras) {
        return 'pytorch';
    }
    if (keras && !torch) {
        return 'tensorflow';
    }
    return 'unknown';
}

/** The migration target for a file (the other framework), when the file's framework is clear. */
export function targetForFile(text: string): Target | undefined {
    const fw = detectFramework(text);
    if (fw === 'pytorch') {
        return 'tensorflow';
    }
    if (fw === 'tensorflow') {
        return 'pytorch';
    }
    return undefined;
}
