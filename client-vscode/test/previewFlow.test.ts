import { strict as assert } from 'assert';
import { test } from 'node:test';
import { Choice, DocumentState, MigrationPreviewResult, Preview, PreviewFlow, PreviewPorts } from '../src/core/previewFlow';

const ORIGINAL = 'import torch\nclass Net(nn.Module):\n    pass\n';
const MIGRATED = 'import keras\nclass Net(keras.Model):\n    pass\n';
const URI = 'file:///ws/model.py';

/** An in-memory editor: one document, an undo stack, a save counter, and a scripted user choice. */
class FakeEditor implements PreviewPorts {
    doc: DocumentState = { version: 1, text: ORIGINAL, isDirty: false };
    disk = ORIGINAL;
    undoStack: string[] = [];
    diffsShown: Array<{ preview: Preview; title: string }> = [];
    diffsClosed: number[] = [];
    messages: string[] = [];
    previewCount = 0;
    refuseEdits = false;
    private resolveChoice: ((c: Choice) => void) | undefined;

    async readDocument(): Promise<DocumentState> {
        return { ...this.doc };
    }
    async showDiff(preview: Preview, title: string): Promise<void> {
        this.diffsShown.push({ preview, title });
    }
    askApply(_preview: Preview, _message: string): Promise<Choice> {
        return new Promise((resolve) => {
            this.resolveChoice = resolve;
        });
    }
    choose(c: Choice): void {
        this.resolveChoice?.(c);
    }
    async replaceDocument(_uri: string, text: string): Promise<boolean> {
        if (this.refuseEdits) {
            return false;
        }
        this.undoStack.push(this.doc.text);
        this.doc = { version: this.doc.version + 1, text, isDirty: true };
        return true;
    }
    undo(): void {
        const prev = this.undoStack.pop();
        if (prev !== undefined) {
            this.doc = { version: this.doc.version + 1, text: prev, isDirty: prev !== this.disk };
        }
    }
    async saveDocument(): Promise<boolean> {
        this.disk = this.doc.text;
        this.doc = { ...this.doc, isDirty: false };
        return true;
    }
    async closeDiff(preview: Preview): Promise<void> {
        this.diffsClosed.push(preview.id);
    }
    info(m: string): void {
        this.messages.push(`info: ${m}`);
    }
    warn(m: string): void {
        this.messages.push(`warn: ${m}`);
    }
    onPreviewsChanged(count: number): void {
        this.previewCount = count;
    }
}

const result = (migrated = MIGRATED, diagnostics: MigrationPreviewResult['diagnostics'] = []): MigrationPreviewResult => ({
    original: ORIGINAL,
    migrated,
    diagnostics,
});

test('a preview shows a diff and writes nothing until Apply', async () => {
    const ed = new FakeEditor();
    const flow = new PreviewFlow(ed);
    const started = await flow.start(URI, '/ws/model.py', 'tensorflow', ['Net'], result());
    assert.ok(started);
    assert.equal(ed.diffsShown.length, 1);
    assert.equal(ed.diffsShown[0].title, 'model.py ↔ TensorFlow (Pivot preview)');
    assert.equal(started.preview.previewPath, '/ws/model.tensorflow-preview-1.py');
    assert.equal(ed.doc.text, ORIGINAL);
    assert.equal(ed.disk, ORIGINAL);
    assert.equal(ed.previewCount, 1);
    assert.equal(flow.byPreviewPath('/ws/model.tensorflow-preview-1.py')?.migrated, MIGRATED);
});

test('Apply (from the notification) replaces the document in one edit, saves it, and one Undo restores it', async () => {
    const ed = new FakeEditor();
    const flow = new PreviewFlow(ed);
    const started = await flow.start(URI, '/ws/model.py', 'tensorflow', ['Net'], result());
    ed.choose('apply');
    assert.equal(await started!.choice, 'applied');
    assert.equal(ed.disk, MIGRATED);
    assert.equal(ed.undoStack.length, 1, 'a single edit');
    assert.deepEqual(ed.diffsClosed, [1]);
    assert.equal(ed.previewCount, 0);
    ed.undo();
    assert.equal(ed.doc.text, ORIGINAL);
});

test('Apply from the editor title, then a late click in the notification does nothing', async () => {
    const ed = new FakeEditor();
    const flow = new PreviewFlow(ed);
    const started = await flow.start(URI, '/ws/model.py', 'tensorflow', ['Net'], result());
    assert.equal(await flow.apply(started!.preview.id), 'applied');
    ed.choose('apply');
    assert.equal(await started!.choice, 'dismissed');
    assert.equal(ed.undoStack.length, 1);
});

test('Discard closes the diff and leaves the file alone', async () => {
    const ed = new FakeEditor();
    const flow = new PreviewFlow(ed);
    const started = await flow.start(URI, '/ws/model.py', 'tensorflow', null, result());
    ed.choose('discard');
    assert.equal(await started!.choice, 'discarded');
    assert.equal(ed.doc.text, ORIGINAL);
    assert.equal(ed.disk, ORIGINAL);
    assert.deepEqual(ed.diffsClosed, [1]);
    assert.equal(await flow.apply(started!.preview.id), 'missing');
});

test('a document edited after the preview is not overwritten', async () => {
    const ed = new FakeEditor();
    const flow = new PreviewFlow(ed);
    const started = await flow.start(URI, '/ws/model.py', 'tensorflow', ['Net'], result());
    ed.doc = { version: 5, text: ORIGINAL + '# edited\n', isDirty: true };
    assert.equal(await flow.apply(started!.preview.id), 'stale');
    assert.equal(ed.doc.text, ORIGINAL + '# edited\n');
    assert.match(ed.messages.join('\n'), /changed after the preview/);
});

test('a dirty document gets the edit but is not saved by Pivot', async () => {
    const ed = new FakeEditor();
    ed.doc = { version: 3, text: ORIGINAL, isDirty: true };
    const flow = new PreviewFlow(ed);
    const started = await flow.start(URI, '/ws/model.py', 'tensorflow', ['Net'], result());
    assert.equal(await flow.apply(started!.preview.id), 'applied');
    assert.equal(ed.doc.text, MIGRATED);
    assert.equal(ed.disk, ORIGINAL);
});

test('a refused edit keeps the preview open', async () => {
    const ed = new FakeEditor();
    ed.refuseEdits = true;
    const flow = new PreviewFlow(ed);
    const started = await flow.start(URI, '/ws/model.py', 'tensorflow', ['Net'], result());
    assert.equal(await flow.apply(started!.preview.id), 'refused');
    assert.equal(flow.open.length, 1);
});

test('nothing to migrate: no diff, an explanation', async () => {
    const ed = new FakeEditor();
    const flow = new PreviewFlow(ed);
    const started = await flow.start(URI, '/ws/model.py', 'pytorch', ['Net'], result(ORIGINAL, [{ message: 'already PyTorch', code: 'PIV001' }]));
    assert.equal(started, undefined);
    assert.equal(ed.diffsShown.length, 0);
    assert.match(ed.messages[0], /nothing to migrate in `Net` to PyTorch.*PIV001: already PyTorch/);
});

test('a new migration of the same file replaces the older preview', async () => {
    const ed = new FakeEditor();
    const flow = new PreviewFlow(ed);
    const first = await flow.start(URI, '/ws/model.py', 'tensorflow', ['Net'], result());
    const second = await flow.start(URI, '/ws/model.py', 'tensorflow', null, result());
    assert.deepEqual(ed.diffsClosed, [first!.preview.id]);
    assert.deepEqual(flow.open.map((p) => p.id), [second!.preview.id]);
});

test('server diagnostics are summarised in the review message', async () => {
    const ed = new FakeEditor();
    let message = '';
    ed.askApply = (_p: Preview, m: string) => {
        message = m;
        return new Promise<Choice>(() => undefined);
    };
    const flow = new PreviewFlow(ed);
    await flow.start(URI, '/ws/model.py', 'tensorflow', ['Net'], result(MIGRATED, [
        { message: 'unknown layer nn.Foo', code: 'PIV101' },
        { message: 'other' },
    ]));
    assert.match(message, /review the migration of `Net` to TensorFlow/);
    assert.match(message, /PIV101: unknown layer nn.Foo \(\+1 more/);
});
