/**
 * How the server process is started, per `pivot.importStrategy` (the scheme of Microsoft's Python tool
 * extensions). Pure logic: the caller reads bundle.json and probes the interpreter.
 *
 * Bundle layout made by client-vscode/scripts/bundle-server.mjs:
 *   bundled/bundle.json          {"platform": "linux-x86_64", "pythons": ["3.10", "3.11", ...]}
 *   bundled/libs/common/         pivot and server (this project's pure-Python code)
 *   bundled/libs/cp311/          pygls, lsprotocol, libcst and their dependencies for CPython 3.11
 *                                (libcst has a native parser, so there is one such folder per Python version)
 */
import * as path from 'path';
import { ProbeResult } from './interpreter';

export type ImportStrategy = 'useBundled' | 'fromEnvironment';

export interface BundleInfo {
    platform: string;
    pythons: string[];
}

export interface LaunchInputs {
    interpreter: string;
    /** Result of probing the interpreter; undefined when the probe failed. */
    probe: ProbeResult | undefined;
    strategy: ImportStrategy;
    /** Directory holding bundle.json and libs/ (client-vscode/bundled inside the extension). */
    bundledDir: string;
    /** Parsed bundled/bundle.json, or undefined when the extension has no bundle (development checkout). */
    bundle: BundleInfo | undefined;
    /** Working directory for `fromEnvironment` (must not be the user's workspace: `-m server` searches the cwd). */
    neutralCwd: string;
    baseEnv: Record<string, string | undefined>;
    platform: NodeJS.Platform;
}

export interface LaunchPlan {
    command: string;
    args: string[];
    cwd: string;
    env: Record<string, string>;
    /** The strategy actually used (useBundled falls back to fromEnvironment when no bundle matches). */
    strategy: ImportStrategy;
    /** Human-readable remarks for the output channel (fallbacks and why). */
    notes: string[];
}

export function pythonTag(version: [number, number, number]): string {
    return `${version[0]}.${version[1]}`;
}

/** Why the bundle cannot serve this interpreter, or undefined when it can. */
export function bundleMismatch(bundle: BundleInfo | undefined, probe: ProbeResult | undefined): string | undefined {
    if (!bundle) {
        return 'this build of the extension has no bundled server';
    }
    if (!probe) {
        return 'the interpreter could not be probed';
    }
    if (bundle.platform && probe.platform && bundle.platform !== probe.platform) {
        return `the bundle is for ${bundle.platform}, the interpreter is ${probe.platform}`;
    }
    const tag = pythonTag(probe.version);
    if (!bundle.pythons.includes(tag)) {
        return `the bundle has native libraries for Python ${bundle.pythons.join(', ')}, not ${tag}`;
    }
    return undefined;
}

function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(env)) {
        if (v !== undefined) {
            out[k] = v;
        }
    }
    return out;
}

export function planLaunch(inputs: LaunchInputs): LaunchPlan {
    const p = inputs.platform === 'win32' ? path.win32 : path.posix;
    const delimiter = inputs.platform === 'win32' ? ';' : ':';
    const env = cleanEnv(inputs.baseEnv);
    env.PYTHONUNBUFFERED = '1';
    env.PYTHONIOENCODING = 'utf-8';
    const notes: string[] = [];
    const args = ['-m', 'server'];

    if (inputs.strategy === 'useBundled') {
        const why = bundleMismatch(inputs.bundle, inputs.probe);
        if (why === undefined && inputs.probe) {
            const libs = p.join(inputs.bundledDir, 'libs', 'common');
            const native = p.join(inputs.bundledDir, 'libs', 'cp' + pythonTag(inputs.probe.version).replace('.', ''));
            const existing = env.PYTHONPATH ? [env.PYTHONPATH] : [];
            env.PYTHONPATH = [libs, native, ...existing].join(delimiter);
            notes.push(`Using the bundled server (${libs}).`);
            return { command: inputs.interpreter, args, cwd: libs, env, strategy: 'useBundled', notes };
        }
        notes.push(`Not using the bundled server: ${why}. Falling back to the interpreter's environment.`);
    }
    notes.push('Using pivot and the server as installed in the interpreter\'s environment.');
    return { command: inputs.interpreter, args, cwd: inputs.neutralCwd, env, strategy: 'fromEnvironment', notes };
}

/** Reads bundle.json text; undefined when absent or malformed. */
export function parseBundleInfo(text: string | undefined): BundleInfo | undefined {
    if (!text) {
        return undefined;
    }
    try {
        const raw = JSON.parse(text) as Partial<BundleInfo>;
        if (typeof raw.platform === 'string' && Array.isArray(raw.pythons)) {
            return { platform: raw.platform, pythons: raw.pythons.map(String) };
        }
    } catch {
        // malformed: treat as no bundle
    }
    return undefined;
}
