/**
 * Pivot: Show Model Graph. A webview beside the editor draws the graph the server builds (`pivot.modelGraph`)
 * for the model under the cursor; it follows edits (asked again as the server re-analyses, without the
 * migration's notes while typing, with them when typing pauses), highlights the node under the cursor, and
 * a click on a node reveals its source line. Strict CSP: only our bundled script (nonce) and stylesheet.
 */
import * as vscode from 'vscode';
import { ModelGraphAnswer, readModelGraphAnswer } from './core/graphModel';
import { modelClasses, scanClasses } from './core/models';
import { CLIENT_COMMANDS, SERVER_COMMANDS } from './core/protocol';
import { ServerManager } from './serverManager';

const MODEL_GRAPH = SERVER_COMMANDS.modelGraph;
const SHOW_MODEL_GRAPH = CLIENT_COMMANDS.showModelGraph;
const TYPING_MS = 150;
const PAUSE_MS = 700;

export class GraphView implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private document: vscode.TextDocument | undefined;
    private model: string | undefined;
    private typing: ReturnType<typeof setTimeout> | undefined;
    private pause: ReturnType<typeof setTimeout> | undefined;
    private latest = 0;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly server: ServerManager,
        private readonly log: vscode.LogOutputChannel,
    ) {}

    register(): vscode.Disposable[] {
        return [
            this,
            vscode.commands.registerCommand(SHOW_MODEL_GRAPH, (uri?: unknown, model?: unknown) =>
                this.show(uri instanceof vscode.Uri ? uri : undefined, typeof model === 'string' ? model : undefined)),
            vscode.languages.registerCodeLensProvider({ language: 'python' }, new GraphLenses()),
            vscode.workspace.onDidChangeTextDocument((e) => {
                if (this.panel && e.document === this.document) {
                    this.schedule();
                }
            }),
            vscode.window.onDidChangeTextEditorSelection((e) => {
                if (this.panel && e.textEditor.document === this.document) {
                    const p = e.selections[0].active;
                    void this.panel.webview.postMessage({ type: 'cursor', line: p.line, character: p.character });
                }
            }),
        ];
    }

    async show(uri: vscode.Uri | undefined, model: string | undefined): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
        if (!document || document.languageId !== 'python') {
            void vscode.window.showWarningMessage('Pivot: open a Python file with a model first.');
            return;
        }
        this.document = document;
        this.model = model;
        if (!this.panel) {
            this.panel = this.createPanel();
        } else {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        }
        const position = !model && editor?.document === document ? editor.selection.active : undefined;
        await this.refresh(true, position);
    }

    private createPanel(): vscode.WebviewPanel {
        const media = vscode.Uri.joinPath(this.context.extensionUri, 'client-vscode');
        const panel = vscode.window.createWebviewPanel('pivot.modelGraph', 'Pivot Model Graph',
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [media] });
        panel.webview.html = this.html(panel.webview, media);
        panel.onDidDispose(() => {
            this.panel = undefined;
        }, null, this.disposables);
        panel.webview.onDidReceiveMessage((m) => this.onMessage(m), null, this.disposables);
        return panel;
    }

    private html(webview: vscode.Webview, media: vscode.Uri): string {
        const nonce = Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
        const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'dist', 'graphView.js'));
        const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'media', 'graph.css'));
        const csp = `default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
        return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}"><title>Pivot Model Graph</title></head>
<body><div id="toolbar"></div><div id="canvas"></div>
<script nonce="${nonce}" src="${script.toString()}"></script></body></html>`;
    }

    private schedule(): void {
        clearTimeout(this.typing);
        clearTimeout(this.pause);
        this.typing = setTimeout(() => void this.refresh(false), TYPING_MS);
        this.pause = setTimeout(() => void this.refresh(true), PAUSE_MS);
    }

    /** Ask the server for the graph and hand it to the webview (answers to older requests are dropped). */
    private async refresh(notes: boolean, position?: vscode.Position): Promise<void> {
        if (!this.panel || !this.document) {
            return;
        }
        const ticket = ++this.latest;
        const client = await this.server.ready();
        const args: Record<string, unknown> = { uri: client.code2ProtocolConverter.asUri(this.document.uri), notes };
        if (this.model) {
            args.class = this.model;
        } else if (position) {
            args.position = { line: position.line, character: position.character };
        }
        let answer: ModelGraphAnswer;
        try {
            answer = readModelGraphAnswer(await this.server.executeServerCommand(MODEL_GRAPH, [args]));
        } catch (err) {
            this.log.warn(`pivot.modelGraph: ${err instanceof Error ? err.message : String(err)}`);
            return;
        }
        if (ticket !== this.latest || !this.panel) {
            return;
        }
        this.model = answer.graph?.model ?? this.model;
        this.panel.title = `Graph: ${answer.graph?.model ?? 'no model'}`;
        await this.panel.webview.postMessage({ type: 'graph', answer });
    }

    private async onMessage(message: { type?: string; range?: vscode.Range; model?: string }): Promise<void> {
        if (message.type === 'ready') {
            await this.refresh(true);
        } else if (message.type === 'choose' && typeof message.model === 'string') {
            this.model = message.model;
            await this.refresh(true);
        } else if (message.type === 'reveal' && message.range && this.document) {
            const r = message.range;
            const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
            const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
            const editor = await vscode.window.showTextDocument(this.document, {
                viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
                selection: new vscode.Range(range.start, range.start),
            });
            editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        }
    }

    dispose(): void {
        clearTimeout(this.typing);
        clearTimeout(this.pause);
        this.panel?.dispose();
        for (const d of this.disposables) {
            d.dispose();
        }
    }
}

/** "Show Model Graph" above each model class (from a cheap scan of the text; the server decides the rest). */
class GraphLenses implements vscode.CodeLensProvider {
    provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
        return modelClasses(scanClasses(document.getText())).map((c) => new vscode.CodeLens(
            new vscode.Range(c.startLine, 0, c.startLine, 0),
            { title: 'Show Model Graph', command: SHOW_MODEL_GRAPH, arguments: [document.uri, c.name] }));
    }
}
