/**
 * Content controls in the fake Word, as office-js has them (all WordApi 1.1):
 *
 *   const controls = context.document.body.contentControls;   // every control, nested ones too
 *   controls.load("items/id,items/tag,items/text");            // items after the sync
 *   controls.getByTag("kdcl:…") / controls.getById(12)         // a filtered collection / one control
 *   control.insertFileFromBase64(base64, "Replace")            // Replace, Start or End only
 *   control.tag = "…"                                          // sent with the next sync
 *
 * A control keeps its id while it is in the document; one that was deleted answers `ItemNotFound`.
 * Replacing a control's content keeps the control, its tag and its place. Edits fail with
 * `AccessDenied` in a protected document or a control whose content is locked.
 */
import { FakeOfficeError } from "../office/proxy";
import { WordObj } from "./context";
import type { WordContext } from "./context";
import type { FakeControl } from "./model";
import { allControls, nodesText } from "./model";
import { innerNodes, ReceivedFile } from "./received";

const CONTROL_LOCATIONS = ["Replace", "Start", "End"] as const;

export class FakeBody extends WordObj {
  _resolve(): void {}

  get contentControls(): FakeContentControlCollection {
    const doc = this.context.doc;
    const collection = new FakeContentControlCollection(this.context, () => allControls(doc));
    this.context._queue({ kind: "path", obj: collection, name: "contentControls" });
    return collection;
  }
}

export class FakeContentControlCollection extends WordObj {
  constructor(
    context: WordContext,
    private readonly source: () => FakeControl[],
  ) {
    super(context);
  }

  _resolve(): void {}

  get items(): FakeContentControl[] {
    return this._get<FakeContentControl[]>("items");
  }

  /** The controls whose tag is exactly `tag`. */
  getByTag(tag: string): FakeContentControlCollection {
    const collection = new FakeContentControlCollection(this.context, () =>
      this.source().filter((c) => c.tag === tag),
    );
    this.context._queue({ kind: "path", obj: collection, name: "getByTag" });
    return collection;
  }

  /** The control with Word's id `id`; `ItemNotFound` at sync when there is none. */
  getById(id: number): FakeContentControl {
    const control = new FakeContentControl(this.context, () => {
      const found = this.source().find((c) => c.id === id);
      if (!found) throw new FakeOfficeError("ItemNotFound", `No content control has the id ${id}.`);
      return found;
    });
    this.context._queue({ kind: "path", obj: control, name: "getById" });
    return control;
  }

  override _executeLoad(props: readonly string[]): unknown {
    const names = props.map((p) => p.replace(/^items\//, "")).filter((p) => p !== "items");
    const items = this.source().map((node) => {
      const item = new FakeContentControl(this.context, () => node);
      item._executeLoad(names);
      return item;
    });
    this._loaded.set("items", items);
    return { items: items.map((i) => i.toJSON()) };
  }
}

export class FakeContentControl extends WordObj {
  private node: FakeControl | null = null;

  constructor(
    context: WordContext,
    private readonly locate: () => FakeControl,
  ) {
    super(context);
  }

  _resolve(): void {
    this.node ??= this.locate();
  }

  /** The control, still in the document. */
  private get target(): FakeControl {
    this._resolve();
    const node = this.node as FakeControl;
    if (!allControls(this.context.doc).includes(node))
      throw new FakeOfficeError("ItemNotFound", "The content control is no longer in the document.");
    return node;
  }

  get id(): number {
    return this._get<number>("id");
  }
  get tag(): string {
    return this._get<string>("tag");
  }
  set tag(value: string) {
    this._loaded.set("tag", value);
    this._action("setTag", [value], "1.1", () => {
      this.editable("ContentControl.tag").tag = value;
    });
  }
  get title(): string {
    return this._get<string>("title");
  }
  set title(value: string) {
    this._loaded.set("title", value);
    this._action("setTitle", [value], "1.1", () => {
      this.editable("ContentControl.title").title = value;
    });
  }
  get text(): string {
    return this._get<string>("text");
  }
  get cannotEdit(): boolean {
    return this._get<boolean>("cannotEdit");
  }

  protected override _read(name: string): unknown {
    const node = this.target;
    switch (name) {
      case "id":
        return node.id;
      case "tag":
        return node.tag;
      case "title":
        return node.title;
      case "text":
        return nodesText(node.nodes);
      case "cannotEdit":
        return node.cannotEdit;
      default:
        return super._read(name);
    }
  }

  private editable(source: string, content = false): FakeControl {
    const node = this.target;
    if (this.context.doc.protected)
      throw new FakeOfficeError("AccessDenied", "The document is protected.", source);
    if (content && node.cannotEdit)
      throw new FakeOfficeError("AccessDenied", "The content control's contents cannot be edited.", source);
    return node;
  }

  /** Puts a .docx into the control: in place of its content (Replace), before it or after it. */
  insertFileFromBase64(base64File: string, insertLocation: string): void {
    const file = new ReceivedFile(base64File);
    this._action(
      "insertFileFromBase64",
      [base64File, insertLocation],
      "1.1",
      () => {
        const location = CONTROL_LOCATIONS.find(
          (l) => l.toLowerCase() === String(insertLocation).toLowerCase(),
        );
        if (!location)
          throw new FakeOfficeError(
            "InvalidArgument",
            `Bad insert location ${insertLocation}`,
            "ContentControl",
          );
        const node = this.editable("ContentControl.insertFileFromBase64", true);
        const { bytes, items } = file.read("ContentControl.insertFileFromBase64");
        const nodes = innerNodes(this.context.doc, items);
        node.nodes =
          location === "Replace"
            ? nodes
            : location === "Start"
              ? [...nodes, ...node.nodes]
              : [...node.nodes, ...nodes];
        this.context.stats.insertions.push({ base64: base64File, location, bytes, index: -1 });
      },
      () => file.prepare(),
    );
  }
}
