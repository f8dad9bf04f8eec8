/**
 * The extension's commands. Server-side commands (pivot.migrationPreview, pivot.showPivotModel, pivot.verify)
 * are called through the language client; the ids registered here are client-only.
 */
import * as vscode from 'vscode';
import {
    CodeActionRequest,
    CodeActionTriggerKind,
    ErrorCodes,
    LSPErrorCodes,
    ResponseError,
} from 'vscode-languageclient/node';
import {
    ClassInfo,
    classAtLine,
    classesFromActionTitles,
    trainingAtSelection,
    decideModel,
    modelClasses,
    scanClasses,
    Target,
    TARGET_LABEL,
    targetForFile,
} from './core/models';
import { basename } from './core/previewFlow';
import {
    CLIENT_COMMANDS,
    formatVerifyResult,
    readMigrationPreview,
    readPivotModelText,
    readVerifyResult,
    SERVER_COMMANDS,
} from './core/protocol';
import { PreviewUi } from './previewUi';
import { ServerManager } from './serverManager';

interface DocTarget {
    document: vscode.TextDocument;
    selection: vscode.Selection | undefined;
}

export class Commands {
    constructor(
        private readonly server: ServerManager,
        private readonly ui: PreviewUi,
        private readonly log: vscode.LogOutputChannel,
    ) {}

    register(): vscode.Disposable[] {
        const reg = (id: string, fn: (...args: unknown[]) => Promise<unknown>) =>
            vscode.commands.registerCommand(id, async (...args: unknown[]) => {
                try {
                    return await fn(...args);
                } catch (err) {
                    this.report(err);
                    return undefined;
                }
            });
        return [
            reg(CLIENT_COMMANDS.migrateToTensorFlow, (uri) => this.migrate('tensorflow', asUri(uri))),
            reg(CLIENT_COMMANDS.migrateToPyTorch, (uri) => this.migrate('pytorch', asUri(uri))),
            reg(CLIENT_COMMANDS.migrateFile, (uri) => this.migrateFile(asUri(uri))),
            reg(CLIENT_COMMANDS.showModel, (uri) => this.showModel(asUri(uri))),
            reg(CLIENT_COMMANDS.verifyMigration, (uri) => this.verify(asUri(uri))),
            reg(CLIENT_COMMANDS.restartServer, () => this.restart()),
            reg(CLIENT_COMMANDS.showLog, async () => this.log.show()),
            reg(CLIENT_COMMANDS.applyPreview, (uri) => this.applyPreview(asUri(uri))),
            reg(CLIENT_COMMANDS.discardPreview, (uri) => this.discardPreview(asUri(uri))),
        ];
    }

    private report(err: unknown): void {
        if (err instanceof ResponseError && err.code === LSPErrorCodes.RequestCancelled) {
            return;
        }
        const message = err instanceof Error ? err.message : String(err);
        this.log.error(message);
        void vscode.window.showErrorMessage(`Pivot: ${message}`, 'Show Log').then((pick) => {
            if (pick) {
                this.log.show();
            }
        });
    }

    /** The Python document a command acts on: the given resource, else the active editor's. */
    private async pythonDocument(uri: vscode.Uri | undefined): Promise<DocTarget | undefined> {
        const editor = vscode.window.activeTextEditor;
        if (uri && uri.scheme !== 'pivot-preview' && (!editor || editor.document.uri.toString() !== uri.toString())) {
            const document = await vscode.workspace.openTextDocument(uri);
            return this.checkPython({ document, selection: undefined });
        }
        if (!editor) {
            void vscode.window.showWarningMessage('Pivot: open a Python file first.');
            return undefined;
        }
        return this.checkPython({ document: editor.document, selection: editor.selection });
    }

    private checkPython(t: DocTarget): DocTarget | undefined {
        if (t.document.languageId !== 'python') {
            void vscode.window.showWarningMessage(`Pivot: ${basename(t.document.uri.path)} is not a Python file.`);
            return undefined;
        }
        return t;
    }

    /** Titles of the server's refactor code actions at the selection (cheap: edits are computed on resolve). */
    private async actionTitlesAt(t: DocTarget): Promise<string[]> {
        if (!t.selection) {
            return [];
        }
        const client = await this.server.ready();
        try {
            const actions = await client.sendRequest(CodeActionRequest.type, {
                textDocument: { uri: client.code2ProtocolConverter.asUri(t.document.uri) },
                range: client.code2ProtocolConverter.asRange(t.selection),
                context: { diagnostics: [], only: ['refactor'], triggerKind: CodeActionTriggerKind.Invoked },
            });
            return (actions ?? []).map((a) => a.title);
        } catch (err) {
            this.log.warn(`Code actions at the cursor failed: ${String(err)}`);
            return [];
        }
    }

    private async pickClass(candidates: ClassInfo[], placeHolder: string, allowWholeFile: boolean): Promise<string[] | null | undefined> {
        type Item = vscode.QuickPickItem & { classes: string[] | null };
        const items: Item[] = candidates.map((c) => ({
            label: `$(symbol-class) ${c.name}`,
            description: `line ${c.startLine + 1}${c.bases.length ? ` · (${c.bases.join(', ')})` : ''}`,
            classes: [c.name],
        }));
        if (allowWholeFile) {
            items.push({ label: '$(file-code) All models in this file', classes: null });
        }
        const pick = await vscode.window.showQuickPick(items, { placeHolder, ignoreFocusOut: false });
        return pick ? pick.classes : undefined;
    }

    async migrate(target: Target, uri: vscode.Uri | undefined): Promise<void> {
        const t = await this.pythonDocument(uri);
        if (!t) {
            return;
        }
        const cursorLine = t.selection ? t.selection.active.line : -1;
        const titles = await this.actionTitlesAt(t);
        const training = trainingAtSelection(titles, target);
        const offered = classesFromActionTitles(titles, target);
        // Training code under the cursor, outside any model: migrate it with the models it trains (the file).
        const decision = training && offered.length === 0
            ? { kind: 'file' as const }
            : decideModel(t.document.getText(), cursorLine, offered);
        let classes: string[] | null;
        if (decision.kind === 'class') {
            classes = [decision.name];
            this.log.info(`Migrating \`${decision.name}\` to ${TARGET_LABEL[target]} (${decision.why}).`);
        } else if (decision.kind === 'pick') {
            const picked = await this.pickClass(decision.candidates, `Which model should Pivot migrate to ${TARGET_LABEL[target]}?`, true);
            if (picked === undefined) {
                return;
            }
            classes = picked;
        } else {
            classes = null;
        }
        await this.preview(t.document, target, classes, training || classes === null);
    }

    async migrateFile(uri: vscode.Uri | undefined): Promise<void> {
        const t = await this.pythonDocument(uri);
        if (!t) {
            return;
        }
        const suggested = targetForFile(t.document.getText());
        const order: Target[] = suggested === 'pytorch' ? ['pytorch', 'tensorflow'] : ['tensorflow', 'pytorch'];
        const items = order.map((target) => ({
            label: target === 'tensorflow' ? 'TensorFlow (Keras 3)' : 'PyTorch',
            description: target === suggested ? 'suggested' : '',
            target,
        }));
        const pick = await vscode.window.showQuickPick(items, {
            placeHolder: `Migrate every model in ${basename(t.document.uri.path)} to...`,
        });
        if (!pick) {
            return;
        }
        await this.preview(t.document, pick.target, null);
    }

    private async preview(document: vscode.TextDocument, target: Target, classes: string[] | null,
        training: boolean = classes === null): Promise<void> {
        const raw = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: `Pivot: migrating to ${TARGET_LABEL[target]}` },
            async () => {
                const client = await this.server.ready();
                return this.server.executeServerCommand(SERVER_COMMANDS.migrationPreview, [
                    client.code2ProtocolConverter.asUri(document.uri),
                    target,
                    classes,
                    training,
                ]);
            },
        );
        const result = readMigrationPreview(raw);
        for (const d of result.diagnostics) {
            this.log.warn(`${basename(document.uri.path)}: ${d.code !== undefined ? `${d.code} ` : ''}${d.message}`);
        }
        const started = await this.ui.flow.start(document.uri.toString(), document.uri.path, target, classes, result);
        started?.choice
            .then((outcome) => this.log.info(`Preview ${started.preview.id}: ${outcome}.`))
            .catch((err) => this.report(err));
    }

    private async chooseClassForCommand(t: DocTarget, purpose: string, allowWholeFile: boolean): Promise<string[] | null | undefined> {
        const models = modelClasses(scanClasses(t.document.getText()));
        if (t.selection) {
            const at = classAtLine(models, t.selection.active.line);
            if (at) {
                return [at.name];
            }
        }
        if (models.length === 1) {
            return [models[0].name];
        }
        if (models.length === 0) {
            return allowWholeFile ? null : [];
        }
        return this.pickClass(models, purpose, allowWholeFile);
    }

    async showModel(uri: vscode.Uri | undefined): Promise<void> {
        const t = await this.pythonDocument(uri);
        if (!t) {
            return;
        }
        const classes = await this.chooseClassForCommand(t, 'Show the pivot model of which class?', true);
        if (classes === undefined) {
            return;
        }
        const className = classes && classes.length > 0 ? classes[0] : null;
        const client = await this.server.ready();
        const raw = await this.server.executeServerCommand(SERVER_COMMANDS.showPivotModel, [
            client.code2ProtocolConverter.asUri(t.document.uri),
            className,
        ]);
        const stem = basename(t.document.uri.path).replace(/\.py$/, '');
        await this.ui.showModelText(`${className ?? stem}.pivot.txt`, readPivotModelText(raw));
    }

    async verify(uri: vscode.Uri | undefined): Promise<void> {
        if (!vscode.workspace.isTrusted) {
            const pick = await vscode.window.showWarningMessage(
                'Pivot: Verify Migration runs your model code (it builds both models and compares their outputs), ' +
                    'so it is disabled in Restricted Mode. Analysis and migration still work. Trust this workspace to verify.',
                'Manage Workspace Trust',
            );
            if (pick) {
                await vscode.commands.executeCommand('workbench.trust.manage');
            }
            return;
        }
        const t = await this.pythonDocument(uri);
        if (!t) {
            return;
        }
        const classes = await this.chooseClassForCommand(t, 'Verify the migration of which model?', false);
        if (classes === undefined) {
            return;
        }
        if (!classes || classes.length === 0) {
            void vscode.window.showWarningMessage(`Pivot: no model class found in ${basename(t.document.uri.path)}.`);
            return;
        }
        const className = classes[0];
        let target = targetForFile(t.document.getText());
        if (!target) {
            const pick = await vscode.window.showQuickPick(
                [
                    { label: 'TensorFlow (Keras 3)', target: 'tensorflow' as Target },
                    { label: 'PyTorch', target: 'pytorch' as Target },
                ],
                { placeHolder: `Verify \`${className}\` against its migration to...` },
            );
            if (!pick) {
                return;
            }
            target = pick.target;
        }
        const chosenTarget: Target = target;
        const client = await this.server.ready();
        const title = `Pivot: verifying \`${className}\` against ${TARGET_LABEL[chosenTarget]}`;
        const outcome = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title, cancellable: true },
            async (progress, token) => {
                // Cancel sends $/cancelRequest: the server kills its verify subprocess.
                const started = Date.now();
                const python = this.server.interpreter?.command ?? 'Python';
                progress.report({ message: `building both models with ${python}…` });
                const ticker = setInterval(() => {
                    const s = Math.round((Date.now() - started) / 1000);
                    progress.report({ message: `building and running both models… ${s} s` });
                }, 1000);
                try {
                    const value = await this.server.executeServerCommand(
                        SERVER_COMMANDS.verify,
                        [client.code2ProtocolConverter.asUri(t.document.uri), className, chosenTarget],
                        token,
                    );
                    return { kind: 'done' as const, value };
                } catch (err) {
                    return { kind: 'error' as const, err };
                } finally {
                    clearInterval(ticker);
                }
            },
        );
        if (outcome.kind === 'error') {
            const err = outcome.err;
            if (err instanceof ResponseError && err.code === LSPErrorCodes.RequestCancelled) {
                this.log.info(`Verify of ${className} cancelled.`);
                return;
            }
            if (err instanceof ResponseError && err.code === ErrorCodes.InternalError) {
                // The server has already shown "verify failed: ..." (window/showMessage); keep the details here.
                this.log.error(`Verify of ${className} failed: ${err.message}`);
                return;
            }
            throw err;
        }
        // The server announces the verdict itself (window/showMessage); the client logs the full result.
        const formatted = formatVerifyResult(className, chosenTarget, readVerifyResult(outcome.value));
        this.log.info(`${formatted.message} ${JSON.stringify(outcome.value)}`);
    }

    async restart(): Promise<void> {
        await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: 'Pivot: restarting the server' },
            () => this.server.restart(),
        );
    }

    async applyPreview(uri: vscode.Uri | undefined): Promise<void> {
        const preview = this.ui.previewFor(uri);
        if (!preview) {
            void vscode.window.showWarningMessage('Pivot: no migration preview is open.');
            return;
        }
        const outcome = await this.ui.flow.apply(preview.id);
        this.log.info(`Preview ${preview.id}: ${outcome}.`);
    }

    async discardPreview(uri: vscode.Uri | undefined): Promise<void> {
        const preview = this.ui.previewFor(uri);
        if (!preview) {
            return;
        }
        await this.ui.flow.discard(preview.id);
        this.log.info(`Preview ${preview.id}: discarded.`);
    }
}

function asUri(value: unknown): vscode.Uri | undefined {
    return value instanceof vscode.Uri ? value : undefined;
}
