/**
 * The diff-preview flow of a migration, independent of VS Code: the extension supplies `PreviewPorts`
 * (show a diff, ask Apply/Discard, edit and save a document, close the diff) and this module decides what
 * happens. Nothing is written before Apply; Apply is one whole-document replacement, so one Undo restores
 * the original.
 */
import { Target, TARGET_LABEL } from './models';

export interface MigrationPreviewResult {
    original: string;
    migrated: string;
    diagnostics: PreviewDiagnostic[];
}

export interface PreviewDiagnostic {
    message: string;
    code?: string | number;
    severity?: number;
    range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface DocumentState {
    version: number;
    text: string;
    isDirty: boolean;
}

export interface Preview {
    id: number;
    sourceUri: string;
    /** Path part of the preview document's URI (ends in .py so the diff is highlighted as Python). */
    previewPath: string;
    target: Target;
    /** Class names migrated, or null for the whole file. */
    classes: string[] | null;
    sourceVersion: number;
    original: string;
    migrated: string;
    diagnostics: PreviewDiagnostic[];
}

export type Choice = 'apply' | 'discard' | 'dismissed';

export interface PreviewPorts {
    readDocument(uri: string): Promise<DocumentState>;
    /** Opens the side-by-side diff of the source document and the preview document. */
    showDiff(preview: Preview, title: string): Promise<void>;
    /** Non-blocking notification with Apply / Discard buttons; resolves with the user's choice. */
    askApply(preview: Preview, message: string): Promise<Choice>;
    /** Replaces the whole document in one edit; false when the editor refused the edit. */
    replaceDocument(uri: string, text: string, label: string): Promise<boolean>;
    saveDocument(uri: string): Promise<boolean>;
    closeDiff(preview: Preview): Promise<void>;
    info(message: string): void;
    warn(message: string): void;
    /** Called whenever the set of open previews changes (drives the `pivot.previewOpen` context key). */
    onPreviewsChanged?(count: number): void;
}

export type ApplyOutcome = 'applied' | 'stale' | 'refused' | 'missing';

export function basename(uriOrPath: string): string {
    const clean = uriOrPath.replace(/[?#].*$/, '');
    const idx = clean.lastIndexOf('/');
    return decodeURIComponent(idx >= 0 ? clean.slice(idx + 1) : clean);
}

export function subjectOf(classes: string[] | null): string {
    if (!classes || classes.length === 0) {
        return 'the file';
    }
    return classes.map((c) => `\`${c}\``).join(', ');
}

export function diffTitle(sourceUri: string, target: Target): string {
    return `${basename(sourceUri)} ↔ ${TARGET_LABEL[target]} (Pivot preview)`;
}

export function editLabel(classes: string[] | null, target: Target): string {
    return `Pivot: migrate ${subjectOf(classes).replace(/`/g, '')} to ${TARGET_LABEL[target]}`;
}

function summary(diags: PreviewDiagnostic[]): string {
    if (diags.length === 0) {
        return '';
    }
    const first = diags[0];
    const code = first.code !== undefined ? `${first.code}: ` : '';
    const more = diags.length > 1 ? ` (+${diags.length - 1} more, see the Pivot output)` : '';
    return ` Note: ${code}${first.message}${more}`;
}

export class PreviewFlow {
    private nextId = 1;
    private readonly previews = new Map<number, Preview>();

    constructor(private readonly ports: PreviewPorts) {}

    get open(): Preview[] {
        return [...this.previews.values()];
    }

    get(id: number): Preview | undefined {
        return this.previews.get(id);
    }

    byPreviewPath(previewPath: string): Preview | undefined {
        return this.open.find((p) => p.previewPath === previewPath);
    }

    bySource(sourceUri: string): Preview | undefined {
        return this.open.find((p) => p.sourceUri === sourceUri);
    }

    /** The preview path for a source path: /dir/model.py -> /dir/model.tensorflow.preview-3.py */
    static previewPathFor(sourcePath: string, target: Target, id: number): string {
        const m = /^(.*?)(\.pyi?)?$/.exec(sourcePath);
        const stem = m ? m[1] : sourcePath;
        return `${stem}.${target}-preview-${id}.py`;
    }

    /**
     * Shows the preview for a server result. Returns the preview, or undefined when there is nothing to change.
     * Does not wait for the user's Apply/Discard choice: `choice` settles later.
     */
    async start(
        sourceUri: string,
        sourcePath: string,
        target: Target,
        classes: string[] | null,
        result: MigrationPreviewResult,
    ): Promise<{ preview: Preview; choice: Promise<ApplyOutcome | 'discarded' | 'dismissed'> } | undefined> {
        if (result.migrated === result.original) {
            this.ports.info(`Pivot: nothing to migrate in ${subjectOf(classes)} to ${TARGET_LABEL[target]}.${summary(result.diagnostics)}`);
            return undefined;
        }
        const state = await this.ports.readDocument(sourceUri);
        // One preview per document: a new migration replaces an older preview.
        const older = this.bySource(sourceUri);
        if (older) {
            await this.discard(older.id);
        }
        const id = this.nextId++;
        const preview: Preview = {
            id,
            sourceUri,
            previewPath: PreviewFlow.previewPathFor(sourcePath, target, id),
            target,
            classes,
            sourceVersion: state.version,
            original: result.original,
            migrated: result.migrated,
            diagnostics: result.diagnostics,
        };
        this.previews.set(id, preview);
        this.changed();
        await this.ports.showDiff(preview, diffTitle(sourceUri, target));
        const message =
            `Pivot: review the migration of ${subjectOf(classes)} to ${TARGET_LABEL[target]}. ` +
            `Nothing is written until you apply.${summary(result.diagnostics)}`;
        const choice = this.ports.askApply(preview, message).then(async (c) => {
            if (!this.previews.has(id)) {
                return 'dismissed' as const; // already settled from the editor title buttons
            }
            if (c === 'apply') {
                return this.apply(id);
            }
            if (c === 'discard') {
                await this.discard(id);
                return 'discarded' as const;
            }
            return 'dismissed' as const;
        });
        return { preview, choice };
    }

    /** Writes the migrated text: one whole-document edit, then a save if the document had no unsaved changes. */
    async apply(id: number): Promise<ApplyOutcome> {
        const preview = this.previews.get(id);
        if (!preview) {
            return 'missing';
        }
        const state = await this.ports.readDocument(preview.sourceUri);
        if (state.version !== preview.sourceVersion && state.text !== preview.original) {
            this.ports.warn(
                `Pivot: ${basename(preview.sourceUri)} changed after the preview was made; nothing was applied. ` +
                    'Run the migration again to get a fresh preview.',
            );
            await this.drop(preview);
            return 'stale';
        }
        const ok = await this.ports.replaceDocument(
            preview.sourceUri,
            preview.migrated,
            editLabel(preview.classes, preview.target),
        );
        if (!ok) {
            this.ports.warn(`Pivot: the editor refused the edit to ${basename(preview.sourceUri)}; nothing was applied.`);
            return 'refused';
        }
        if (!state.isDirty) {
            await this.ports.saveDocument(preview.sourceUri);
        }
        await this.drop(preview);
        return 'applied';
    }

    async discard(id: number): Promise<boolean> {
        const preview = this.previews.get(id);
        if (!preview) {
            return false;
        }
        await this.drop(preview);
        return true;
    }

    /** Forgets a preview whose diff editor the user closed, without touching the diff. */
    forget(id: number): void {
        if (this.previews.delete(id)) {
            this.changed();
        }
    }

    private async drop(preview: Preview): Promise<void> {
        this.previews.delete(preview.id);
        this.changed();
        await this.ports.closeDiff(preview);
    }

    private changed(): void {
        this.ports.onPreviewsChanged?.(this.previews.size);
    }
}
