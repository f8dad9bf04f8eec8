/**
 * Starts, restarts and stops the Pivot language server with the user's Python, and keeps the status bar in
 * step with it.
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
    CancellationToken,
    ExecuteCommandRequest,
    LanguageClient,
    LanguageClientOptions,
    RevealOutputChannelOn,
    ServerOptions,
    State,
    TransportKind,
} from 'vscode-languageclient/node';
import {
    chooseInterpreter,
    describeSource,
    InterpreterChoice,
    interpreterFromPythonApi,
    isSupportedVersion,
    parseProbeOutput,
    PROBE_SCRIPT,
    ProbeResult,
    PythonExtensionApi,
} from './core/interpreter';
import { ImportStrategy, LaunchPlan, parseBundleInfo, planLaunch } from './core/launch';
import { CLIENT_COMMANDS, ServerState, statusText, untrustedRefusal } from './core/protocol';

const PYTHON_EXTENSION_ID = 'ms-python.python';

export class ServerManager implements vscode.Disposable {
    private client: LanguageClient | undefined;
    private state: ServerState = 'stopped';
    private starting: Promise<void> | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    private clientDisposables: vscode.Disposable[] = [];
    private readonly statusItem: vscode.StatusBarItem;
    private lastPlan: LaunchPlan | undefined;
    private lastChoice: InterpreterChoice | undefined;
    private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
    readonly onDidChangeState = this.stateEmitter.event;

    constructor(
        private readonly context: vscode.ExtensionContext,
        readonly log: vscode.LogOutputChannel,
    ) {
        this.statusItem = vscode.window.createStatusBarItem('pivot.status', vscode.StatusBarAlignment.Right, 100);
        this.statusItem.name = 'Pivot';
        this.statusItem.command = CLIENT_COMMANDS.showLog;
        this.disposables.push(this.statusItem, this.stateEmitter);
        this.setState('stopped');
        this.updateStatusVisibility();
        this.disposables.push(
            vscode.window.onDidChangeActiveTextEditor(() => this.updateStatusVisibility()),
            vscode.workspace.onDidChangeConfiguration((e) => {
                if (
                    e.affectsConfiguration('pivot.interpreter') ||
                    e.affectsConfiguration('pivot.importStrategy') ||
                    e.affectsConfiguration('pivot.targetStyle') ||
                    e.affectsConfiguration('pivot.diagnostics')
                ) {
                    this.log.info('Settings changed: restarting the server.');
                    void this.restart();
                }
            }),
            vscode.workspace.onDidGrantWorkspaceTrust(() => {
                this.log.info('Workspace trusted: restarting the server with the workspace settings.');
                void this.restart();
            }),
        );
        void this.watchPythonExtension();
    }

    get currentState(): ServerState {
        return this.state;
    }

    /** The running client, starting the server first if needed. */
    async ready(): Promise<LanguageClient> {
        if (!this.client || this.state !== 'running') {
            await this.start();
        }
        if (!this.client || this.state !== 'running') {
            throw new Error('The Pivot server is not running. See the Pivot output for details.');
        }
        return this.client;
    }

    /** The interpreter the server runs with (for verify messages and the status tooltip). */
    get interpreter(): InterpreterChoice | undefined {
        return this.lastChoice;
    }

    async executeServerCommand<T = unknown>(
        command: string,
        args: unknown[],
        token?: CancellationToken,
        workDoneToken?: string,
    ): Promise<T> {
        const refusal = untrustedRefusal(command, vscode.workspace.isTrusted);
        if (refusal) {
            throw new Error(refusal);
        }
        const client = await this.ready();
        const params: { command: string; arguments: unknown[]; workDoneToken?: string } = { command, arguments: args };
        if (workDoneToken) {
            params.workDoneToken = workDoneToken;
        }
        return (await client.sendRequest(ExecuteCommandRequest.type, params, token)) as T;
    }

    start(): Promise<void> {
        if (!this.starting) {
            this.starting = this.doStart().finally(() => {
                this.starting = undefined;
            });
        }
        return this.starting;
    }

    async restart(): Promise<void> {
        await this.starting?.catch(() => undefined);
        await this.stop();
        await this.start();
    }

    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        for (const d of this.clientDisposables) {
            d.dispose();
        }
        this.clientDisposables = [];
        if (client) {
            try {
                if (client.needsStop()) {
                    await client.stop(5000);
                }
            } catch (err) {
                this.log.warn(`Stopping the server: ${String(err)}`);
            }
            try {
                await client.dispose(2000);
            } catch {
                // already gone
            }
        }
        this.setState('stopped');
    }

    dispose(): void {
        void this.stop();
        for (const d of this.disposables) {
            d.dispose();
        }
    }

    private folderForStart(): vscode.WorkspaceFolder | undefined {
        const editor = vscode.window.activeTextEditor;
        if (editor) {
            const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri);
            if (folder) {
                return folder;
            }
        }
        return vscode.workspace.workspaceFolders?.[0];
    }

    private async pythonExtensionApi(): Promise<PythonExtensionApi | undefined> {
        const ext = vscode.extensions.getExtension<PythonExtensionApi>(PYTHON_EXTENSION_ID);
        if (!ext) {
            return undefined;
        }
        try {
            const api = ext.isActive ? ext.exports : await ext.activate();
            return api && api.environments ? api : undefined;
        } catch (err) {
            this.log.warn(`The Python extension did not activate: ${String(err)}`);
            return undefined;
        }
    }

    private async watchPythonExtension(): Promise<void> {
        const api = await this.pythonExtensionApi();
        const subscribe = api?.environments.onDidChangeActiveEnvironmentPath;
        if (!api || !subscribe) {
            return;
        }
        this.disposables.push(
            subscribe.call(api.environments, () => {
                const setting = vscode.workspace.getConfiguration('pivot', this.folderForStart()).get<string>('interpreter');
                if (!setting) {
                    this.log.info('The Python extension changed interpreter: restarting the server.');
                    void this.restart();
                }
            }) as vscode.Disposable,
        );
    }

    private probe(command: string, cwd: string): Promise<ProbeResult | { error: string }> {
        return new Promise((resolve) => {
            cp.execFile(command, ['-c', PROBE_SCRIPT], { timeout: 20000, cwd, windowsHide: true }, (err, stdout, stderr) => {
                if (err) {
                    resolve({ error: `${err.message}${stderr ? `\n${stderr}` : ''}` });
                    return;
                }
                resolve(parseProbeOutput(stdout) ?? { error: `unexpected output: ${stdout}` });
            });
        });
    }

    private async doStart(): Promise<void> {
        this.setState('starting');
        const folder = this.folderForStart();
        const config = vscode.workspace.getConfiguration('pivot', folder);
        const choice = await chooseInterpreter({
            setting: config.get<string>('interpreter'),
            workspaceFolder: folder?.uri.fsPath,
            home: os.homedir(),
            env: process.env,
            platform: process.platform,
            pythonExtension: async () => {
                const api = await this.pythonExtensionApi();
                return api ? interpreterFromPythonApi(api, folder?.uri) : undefined;
            },
        });
        this.lastChoice = choice;
        this.log.info(`Python: ${choice.command} (${describeSource(choice.source)})`);

        const extensionRoot = this.context.extensionPath;
        const probed = await this.probe(choice.command, extensionRoot);
        if ('error' in probed) {
            this.log.error(`Cannot run ${choice.command}: ${probed.error}`);
            this.fail(
                `Pivot could not run Python (${choice.command}). Set "pivot.interpreter" to a Python 3.10+ interpreter.`,
            );
            return;
        }
        this.log.info(`Python ${probed.version.join('.')} at ${probed.executable} (${probed.platform})`);
        if (!isSupportedVersion(probed.version)) {
            this.fail(`Pivot needs Python 3.10 or newer; ${choice.command} is ${probed.version.join('.')}.`);
            return;
        }

        const bundledDir = path.join(extensionRoot, 'client-vscode', 'bundled');
        let bundleText: string | undefined;
        try {
            bundleText = fs.readFileSync(path.join(bundledDir, 'bundle.json'), 'utf8');
        } catch {
            bundleText = undefined;
        }
        const plan = planLaunch({
            interpreter: choice.command,
            probe: probed,
            strategy: config.get<ImportStrategy>('importStrategy', 'useBundled'),
            bundledDir,
            bundle: parseBundleInfo(bundleText),
            neutralCwd: extensionRoot,
            baseEnv: process.env,
            platform: process.platform,
        });
        this.lastPlan = plan;
        for (const note of plan.notes) {
            this.log.info(note);
        }

        const executable = {
            command: plan.command,
            args: plan.args,
            transport: TransportKind.stdio,
            options: { cwd: plan.cwd, env: plan.env },
        };
        const serverOptions: ServerOptions = { run: executable, debug: executable };
        const clientOptions: LanguageClientOptions = {
            documentSelector: [
                { scheme: 'file', language: 'python' },
                { scheme: 'untitled', language: 'python' },
            ],
            outputChannel: this.log,
            traceOutputChannel: this.log,
            revealOutputChannelOn: RevealOutputChannelOn.Never,
            initializationOptions: {
                targetStyle: config.get<string>('targetStyle', 'auto'),
                diagnostics: config.get<string>('diagnostics', 'full'),
                workspaceTrusted: vscode.workspace.isTrusted,
                client: 'vscode',
            },
            markdown: { isTrusted: false, supportHtml: false },
            middleware: {
                // The server's commands are also VS Code commands any extension can call: check trust here too.
                executeCommand: async (command, args, next) => {
                    const refusal = untrustedRefusal(command, vscode.workspace.isTrusted);
                    if (refusal) {
                        throw new Error(refusal);
                    }
                    return next(command, args);
                },
            },
        };
        const client = new LanguageClient('pivot', 'Pivot', serverOptions, clientOptions);
        this.client = client;
        this.clientDisposables.push(
            client.onDidChangeState((e) => {
                if (this.client !== client) {
                    return;
                }
                if (e.newState === State.Running) {
                    this.setState('running');
                } else if (e.newState === State.Starting) {
                    this.setState('starting');
                } else if (e.newState === State.Stopped && this.state !== 'failed') {
                    this.setState('stopped');
                }
            }),
        );
        try {
            await client.start();
            this.setState('running');
            this.log.info(`Server started (${plan.strategy}).`);
        } catch (err) {
            this.log.error(`The server failed to start: ${String(err)}`);
            this.fail(
                plan.strategy === 'fromEnvironment'
                    ? `Pivot server failed to start with ${choice.command}. Is pivot installed in that environment? ` +
                          'Set "pivot.importStrategy" to "useBundled", or install pivot-migrate.'
                    : `Pivot server failed to start with ${choice.command}.`,
            );
        }
    }

    private fail(message: string): void {
        this.setState('failed');
        void vscode.window.showErrorMessage(message, 'Show Log', 'Open Settings').then((pick) => {
            if (pick === 'Show Log') {
                this.log.show();
            } else if (pick === 'Open Settings') {
                void vscode.commands.executeCommand('workbench.action.openSettings', 'pivot.');
            }
        });
    }

    private setState(state: ServerState): void {
        this.state = state;
        const { text, tooltip } = statusText(state);
        this.statusItem.text = text;
        this.statusItem.accessibilityInformation = { label: tooltip };
        const details: string[] = [tooltip];
        if (this.lastChoice) {
            details.push(`Python: ${this.lastChoice.command} (${describeSource(this.lastChoice.source)})`);
        }
        if (this.lastPlan) {
            details.push(`Import strategy: ${this.lastPlan.strategy}`);
        }
        if (!vscode.workspace.isTrusted) {
            details.push('Restricted Mode: Verify Migration is disabled.');
        }
        details.push('Click to show the server log.');
        this.statusItem.tooltip = details.join('\n');
        this.statusItem.backgroundColor =
            state === 'failed' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        this.stateEmitter.fire(state);
        this.updateStatusVisibility();
    }

    private updateStatusVisibility(): void {
        const editor = vscode.window.activeTextEditor;
        if (!editor || editor.document.languageId === 'python' || this.state === 'failed') {
            this.statusItem.show();
        } else {
            this.statusItem.hide();
        }
    }
}
