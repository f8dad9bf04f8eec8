/**
 * VS Code side of the migration preview: a virtual document for the migrated text, the side-by-side diff,
 * Apply/Discard buttons (editor title + notification), and the whole-document edit.
 */
import * as vscode from 'vscode';
import { Choice, DocumentState, Preview, PreviewFlow, PreviewPorts } from './core/previewFlow';

export const PREVIEW_SCHEME = 'pivot-preview';
export const MODEL_SCHEME = 'pivot-model';

export class PreviewUi implements vscode.TextDocumentContentProvider, vscode.Disposable {
    readonly flow: PreviewFlow;
    private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changeEmitter.event;
    private readonly disposables: vscode.Disposable[] = [];
    /** Texts of pivot-model: documents. */
    private readonly modelTexts = new Map<string, string>();
    /** Previews whose diff editor is being opened (not yet in the tab model). */
    private readonly opening = new Set<number>();

    constructor(private readonly log: vscode.LogOutputChannel) {
        this.flow = new PreviewFlow(this.ports());
        this.disposables.push(
            this.changeEmitter,
            vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
            vscode.workspace.registerTextDocumentContentProvider(MODEL_SCHEME, {
                provideTextDocumentContent: (uri) => this.modelTexts.get(uri.toString()) ?? '',
            }),
            vscode.window.tabGroups.onDidChangeTabs(() => this.forgetClosedPreviews()),
        );
        void vscode.commands.executeCommand('setContext', 'pivot.previewOpen', false);
    }

    dispose(): void {
        for (const d of this.disposables) {
            d.dispose();
        }
    }

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.flow.byPreviewPath(uri.path)?.migrated ?? '# This Pivot preview is no longer available.\n';
    }

    previewUri(preview: Preview): vscode.Uri {
        return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: preview.previewPath });
    }

    /** The preview a command acts on: the one shown in the active diff, else the only open one. */
    previewFor(uri?: vscode.Uri): Preview | undefined {
        if (uri && uri.scheme === PREVIEW_SCHEME) {
            return this.flow.byPreviewPath(uri.path);
        }
        const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
        if (tab && tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.scheme === PREVIEW_SCHEME) {
            return this.flow.byPreviewPath(tab.input.modified.path);
        }
        if (uri) {
            const bySource = this.flow.bySource(uri.toString());
            if (bySource) {
                return bySource;
            }
        }
        const open = this.flow.open;
        return open.length === 1 ? open[0] : undefined;
    }

    async showModelText(title: string, text: string): Promise<void> {
        const uri = vscode.Uri.from({ scheme: MODEL_SCHEME, path: `/${title}`, query: String(Date.now()) });
        this.modelTexts.set(uri.toString(), text);
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }

    private diffTabs(preview: Preview): vscode.Tab[] {
        const target = this.previewUri(preview).toString();
        const tabs: vscode.Tab[] = [];
        for (const group of vscode.window.tabGroups.all) {
            for (const tab of group.tabs) {
                if (tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === target) {
                    tabs.push(tab);
                }
            }
        }
        return tabs;
    }

    private forgetClosedPreviews(): void {
        for (const preview of this.flow.open) {
            if (this.diffTabs(preview).length === 0 && !this.opening.has(preview.id)) {
                this.log.info(`Preview ${preview.id} closed without a choice: discarded.`);
                this.flow.forget(preview.id);
            }
        }
    }

    private ports(): PreviewPorts {
        return {
            readDocument: async (uri: string): Promise<DocumentState> => {
                const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
                return { version: doc.version, text: doc.getText(), isDirty: doc.isDirty };
            },
            showDiff: async (preview: Preview, title: string) => {
                const left = vscode.Uri.parse(preview.sourceUri);
                const right = this.previewUri(preview);
                this.opening.add(preview.id);
                try {
                    this.changeEmitter.fire(right);
                    await vscode.commands.executeCommand('vscode.diff', left, right, title, {
                        preview: false,
                        preserveFocus: false,
                    } satisfies vscode.TextDocumentShowOptions);
                } finally {
                    this.opening.delete(preview.id);
                }
            },
            askApply: async (_preview: Preview, message: string): Promise<Choice> => {
                const pick = await vscode.window.showInformationMessage(message, 'Apply', 'Discard');
                return pick === 'Apply' ? 'apply' : pick === 'Discard' ? 'discard' : 'dismissed';
            },
            replaceDocument: async (uri: string, text: string, label: string) => {
                const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
                const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
                const edit = new vscode.WorkspaceEdit();
                edit.replace(doc.uri, whole, text, { label, needsConfirmation: false });
                return vscode.workspace.applyEdit(edit);
            },
            saveDocument: async (uri: string) => {
                const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
                return doc.save();
            },
            closeDiff: async (preview: Preview) => {
                const tabs = this.diffTabs(preview);
                if (tabs.length > 0) {
                    await vscode.window.tabGroups.close(tabs);
                }
                // Show the (now migrated or untouched) source file.
                const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(preview.sourceUri));
                await vscode.window.showTextDocument(doc, { preview: false });
            },
            info: (message: string) => {
                void vscode.window.showInformationMessage(message);
            },
            warn: (message: string) => {
                void vscode.window.showWarningMessage(message);
            },
            onPreviewsChanged: (count: number) => {
                void vscode.commands.executeCommand('setContext', 'pivot.previewOpen', count > 0);
            },
        };
    }
}
