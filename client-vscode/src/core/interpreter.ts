/**
 * Which Python runs the Pivot server. Pure logic: no `vscode` import, so it is unit-tested in plain Node.
 *
 * Order: the `pivot.interpreter` setting; else the interpreter selected in the Python extension (when that
 * extension is installed); else `python3` (`python` on Windows).
 */
import * as path from 'path';

export type InterpreterSource = 'setting' | 'python-extension' | 'default';

export interface InterpreterChoice {
    /** Executable to spawn (absolute path, or a bare name looked up on PATH). */
    command: string;
    source: InterpreterSource;
}

export interface InterpreterInputs {
    /** Raw value of `pivot.interpreter` (may contain `${workspaceFolder}`, `~`, ...). */
    setting: string | undefined;
    /** Absolute path of the workspace folder the document belongs to, if any. */
    workspaceFolder?: string;
    /** The user's home directory. */
    home: string;
    /** Environment used for `${env:VAR}`. */
    env: Record<string, string | undefined>;
    platform: NodeJS.Platform;
    /** Asks the Python extension for its selected interpreter; undefined when the extension is absent. */
    pythonExtension?: () => Promise<string | undefined>;
}

/** Expands `${workspaceFolder}`, `${userHome}`, `${env:NAME}` and a leading `~`; resolves relative paths. */
export function expandPath(raw: string, inputs: Pick<InterpreterInputs, 'workspaceFolder' | 'home' | 'env' | 'platform'>): string {
    let value = raw.trim();
    value = value.replace(/\$\{workspaceFolder\}/g, inputs.workspaceFolder ?? '');
    value = value.replace(/\$\{userHome\}/g, inputs.home);
    value = value.replace(/\$\{env:([^}]+)\}/g, (_m, name: string) => inputs.env[name] ?? '');
    if (value === '~' || value.startsWith('~/') || value.startsWith('~\\')) {
        value = inputs.home + value.slice(1);
    }
    const p = inputs.platform === 'win32' ? path.win32 : path.posix;
    // A bare name ("python3.11") is looked up on PATH; a relative path is relative to the workspace folder.
    const hasSeparator = value.includes('/') || (inputs.platform === 'win32' && value.includes('\\'));
    if (hasSeparator && !p.isAbsolute(value) && inputs.workspaceFolder) {
        value = p.resolve(inputs.workspaceFolder, value);
    }
    return value;
}

export function defaultInterpreter(platform: NodeJS.Platform): string {
    return platform === 'win32' ? 'python' : 'python3';
}

export async function chooseInterpreter(inputs: InterpreterInputs): Promise<InterpreterChoice> {
    const setting = inputs.setting?.trim();
    if (setting) {
        return { command: expandPath(setting, inputs), source: 'setting' };
    }
    if (inputs.pythonExtension) {
        try {
            const fromExtension = await inputs.pythonExtension();
            if (fromExtension && fromExtension.trim()) {
                return { command: fromExtension.trim(), source: 'python-extension' };
            }
        } catch {
            // The Python extension failed to answer: fall through to the default.
        }
    }
    return { command: defaultInterpreter(inputs.platform), source: 'default' };
}

export function describeSource(source: InterpreterSource): string {
    switch (source) {
        case 'setting':
            return 'from the pivot.interpreter setting';
        case 'python-extension':
            return 'selected in the Python extension';
        case 'default':
            return 'default on PATH';
    }
}

/** Minimal slice of the Python extension's public API (ms-python.python, `environments`). */
export interface PythonExtensionApi {
    environments: {
        getActiveEnvironmentPath(resource?: unknown): { id: string; path: string };
        resolveEnvironment(env: { id: string; path: string } | string): Promise<
            { executable: { uri?: { fsPath: string } | undefined } } | undefined
        >;
        onDidChangeActiveEnvironmentPath?: (listener: (e: unknown) => unknown) => { dispose(): unknown };
    };
}

/** The executable of the Python extension's active environment for `resource`, if it resolves. */
export async function interpreterFromPythonApi(api: PythonExtensionApi, resource?: unknown): Promise<string | undefined> {
    const envPath = api.environments.getActiveEnvironmentPath(resource);
    const resolved = await api.environments.resolveEnvironment(envPath);
    return resolved?.executable.uri?.fsPath;
}

/** The script run by `probeInterpreter`: prints the version and executable as JSON. */
export const PROBE_SCRIPT =
    'import json, sys, sysconfig; print(json.dumps({"version": list(sys.version_info[:3]), ' +
    '"executable": sys.executable, "platform": sysconfig.get_platform()}))';

export interface ProbeResult {
    version: [number, number, number];
    executable: string;
    platform: string;
}

/** Parses the output of PROBE_SCRIPT (the last JSON line; interpreters may print banners). */
export function parseProbeOutput(stdout: string): ProbeResult | undefined {
    const lines = stdout.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith('{'));
    for (let i = lines.length - 1; i >= 0; i--) {
        try {
            const parsed = JSON.parse(lines[i]) as Partial<ProbeResult>;
            if (Array.isArray(parsed.version) && parsed.version.length >= 2 && typeof parsed.executable === 'string') {
                const [major, minor, micro] = parsed.version.map(Number);
                return {
                    version: [major, minor, micro ?? 0],
                    executable: parsed.executable,
                    platform: typeof parsed.platform === 'string' ? parsed.platform : '',
                };
            }
        } catch {
            // try the previous line
        }
    }
    return undefined;
}

export const MIN_PYTHON: [number, number] = [3, 10];

export function isSupportedVersion(version: [number, number, number]): boolean {
    return version[0] > MIN_PYTHON[0] || (version[0] === MIN_PYTHON[0] && version[1] >= MIN_PYTHON[1]);
}
