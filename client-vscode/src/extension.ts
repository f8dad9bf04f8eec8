/**
 * Pivot for VS Code: connects to the Pivot language server (diagnostics, hovers, code actions, Refactor
 * Preview come natively through the language client) and adds the migration commands with a diff preview.
 */
import * as vscode from 'vscode';
import { Commands } from './commands';
import { GraphView } from './graphView';
import { PreviewUi } from './previewUi';
import { ServerManager } from './serverManager';

let server: ServerManager | undefined;

export function activate(context: vscode.ExtensionContext): void {
    const log = vscode.window.createOutputChannel('Pivot', { log: true });
    context.subscriptions.push(log);
    log.info(`Pivot extension ${context.extension.packageJSON.version as string} activating.`);

    server = new ServerManager(context, log);
    const ui = new PreviewUi(log);
    const commands = new Commands(server, ui, log);
    context.subscriptions.push(server, ui, ...commands.register());
    context.subscriptions.push(...new GraphView(context, server, log).register());

    void server.start();
}

export async function deactivate(): Promise<void> {
    if (server) {
        await server.stop();
        server = undefined;
    }
}
