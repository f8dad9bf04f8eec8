/**
 * The server's command contract (workspace/executeCommand) and tolerant readers for its answers.
 * Client-side command ids are different (pivot.migrateToTensorFlow, ...) so they never clash with these.
 */
import { MigrationPreviewResult, PreviewDiagnostic } from './previewFlow';
import { Target, TARGET_LABEL } from './models';

export const SERVER_COMMANDS = {
    migrationPreview: 'pivot.migrationPreview',
    showPivotModel: 'pivot.showPivotModel',
    verify: 'pivot.verify',
    modelGraph: 'pivot.modelGraph',
} as const;

/** Server commands that run the user's code (the server refuses them too, unless told the workspace is trusted). */
export const CODE_RUNNING_COMMANDS: ReadonlySet<string> = new Set<string>([SERVER_COMMANDS.verify]);

/** Why `command` may not run now, or undefined if it may: code runs only in a trusted workspace. */
export function untrustedRefusal(command: string, workspaceTrusted: boolean): string | undefined {
    if (workspaceTrusted || !CODE_RUNNING_COMMANDS.has(command)) {
        return undefined;
    }
    return `Pivot: ${command} runs your model code, so it is disabled in Restricted Mode. Trust this workspace to use it.`;
}

/** Client command ids contributed in package.json. */
export const CLIENT_COMMANDS = {
    migrateToTensorFlow: 'pivot.migrateToTensorFlow',
    migrateToPyTorch: 'pivot.migrateToPyTorch',
    migrateFile: 'pivot.migrateFile',
    showModel: 'pivot.showModel',
    showModelGraph: 'pivot.showModelGraph',
    verifyMigration: 'pivot.verifyMigration',
    restartServer: 'pivot.restartServer',
    showLog: 'pivot.showLog',
    applyPreview: 'pivot.applyPreview',
    discardPreview: 'pivot.discardPreview',
} as const;

function isRecord(v: unknown): v is Record<string, unknown> {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function readMigrationPreview(raw: unknown): MigrationPreviewResult {
    if (!isRecord(raw) || typeof raw.original !== 'string' || typeof raw.migrated !== 'string') {
        throw new Error('The server answered pivot.migrationPreview without `original` and `migrated` text.');
    }
    const diagnostics: PreviewDiagnostic[] = [];
    if (Array.isArray(raw.diagnostics)) {
        for (const d of raw.diagnostics) {
            if (isRecord(d) && typeof d.message === 'string') {
                const diag: PreviewDiagnostic = { message: d.message };
                if (typeof d.code === 'string' || typeof d.code === 'number') {
                    diag.code = d.code;
                }
                if (typeof d.severity === 'number') {
                    diag.severity = d.severity;
                }
                if (isRecord(d.range)) {
                    diag.range = d.range as unknown as PreviewDiagnostic['range'];
                }
                diagnostics.push(diag);
            } else if (typeof d === 'string') {
                diagnostics.push({ message: d });
            }
        }
    }
    return { original: raw.original, migrated: raw.migrated, diagnostics };
}

/** pivot.showPivotModel answers with text; accept an object too (shown as JSON). */
export function readPivotModelText(raw: unknown): string {
    if (typeof raw === 'string') {
        return raw;
    }
    if (isRecord(raw) && typeof raw.text === 'string') {
        return raw.text;
    }
    return JSON.stringify(raw, null, 2);
}

export interface VerifyResult {
    equivalent: boolean;
    maxAbsDiff: number | undefined;
    details: Record<string, unknown>;
}

export function readVerifyResult(raw: unknown): VerifyResult {
    if (!isRecord(raw) || typeof raw.equivalent !== 'boolean') {
        throw new Error('The server answered pivot.verify without an `equivalent` flag.');
    }
    const diff = raw.max_abs_diff;
    return {
        equivalent: raw.equivalent,
        maxAbsDiff: typeof diff === 'number' ? diff : undefined,
        details: raw,
    };
}

export function formatVerifyResult(className: string, target: Target, r: VerifyResult): { ok: boolean; message: string } {
    const diff = r.maxAbsDiff !== undefined ? `max |Δ| = ${r.maxAbsDiff.toExponential(2)}` : 'no difference reported';
    const reason = typeof r.details.reason === 'string' ? ` ${r.details.reason}` : typeof r.details.error === 'string' ? ` ${r.details.error}` : '';
    if (r.equivalent) {
        return { ok: true, message: `Pivot: \`${className}\` and its ${TARGET_LABEL[target]} migration are equivalent (${diff}).` };
    }
    return { ok: false, message: `Pivot: \`${className}\` and its ${TARGET_LABEL[target]} migration differ (${diff}).${reason}` };
}

export type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

export function statusText(state: ServerState): { text: string; tooltip: string } {
    switch (state) {
        case 'starting':
            return { text: '$(loading~spin) Pivot', tooltip: 'Pivot server: starting' };
        case 'running':
            return { text: '$(check) Pivot', tooltip: 'Pivot server: running' };
        case 'stopped':
            return { text: '$(circle-slash) Pivot', tooltip: 'Pivot server: stopped' };
        case 'failed':
            return { text: '$(error) Pivot', tooltip: 'Pivot server: failed to start (click for the log)' };
    }
}
