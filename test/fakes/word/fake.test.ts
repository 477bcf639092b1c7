/**
 * The fake must behave like office-js where the Word host relies on it, or the host's tests prove
 * nothing: queued calls run at sync, loads before reads, requirement sets, insert locations, refusals.
 */
import { renderPlanBase64 } from "../../../src/render/docx/render";
import { kontumPlan } from "../../core/plan/helpers";
import type { InstalledFakeWord, InstallWordOptions } from "./index";
import { FakeOfficeError, installFakeWord, outline, wordDocument } from "./index";
import type { DocumentSpec } from "./index";

let word: InstalledFakeWord | null = null;
afterEach(() => {
  word?.uninstall();
  word = null;
});

function install(spec: DocumentSpec = {}, options: InstallWordOptions = {}): InstalledFakeWord {
  word = installFakeWord(wordDocument(spec), options);
  return word;
}

/** A plan's header and introduction only: a file without content controls, one "[file]" node. */
let docx: string;
beforeAll(async () => {
  docx = await renderPlanBase64(kontumPlan({ sections: [] }));
});

const SPEC: DocumentSpec = { before: ["A"], selected: ["B"], after: ["C"] };

// Reads before load or sync are the point of some tests here: the fake must throw as Word does.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
describe("proxies", () => {
  test("throw PropertyNotLoaded before load and sync, and answer after", async () => {
    install(SPEC);
    await Word.run(async (context) => {
      const selection = context.document.getSelection();
      expect(() => selection.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      selection.load("text");
      expect(() => selection.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(selection.text).toBe("B");
    });
  });

  test("insertions happen at sync, not when queued; Word.run sends what is left queued", async () => {
    const fake = install(SPEC);
    await Word.run(async (context) => {
      context.document.getSelection().insertFileFromBase64(docx, "After");
      expect(outline(fake.document)).toEqual(["A", "B", "C"]);
      await context.sync();
      expect(outline(fake.document)).toEqual(["A", "B", "[file]", "C"]);
      context.document.getSelection().insertFileFromBase64(docx, "Before");
    });
    expect(outline(fake.document)).toEqual(["A", "[file]", "B", "[file]", "C"]);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.runs).toBe(1);
  });

  test("Range.isEmpty needs WordApi 1.3", async () => {
    install({ before: ["A"] }, { apiVersion: "1.2" });
    await expect(
      Word.run(async (context) => {
        context.document.getSelection().load("isEmpty");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    word?.setApiVersion("1.3");
    const empty = await Word.run(async (context) => {
      const selection = context.document.getSelection();
      // isEmpty (WordApi 1.3) is a scalar property missing from the rule's list of Office properties.
      // eslint-disable-next-line office-addins/no-navigational-load
      selection.load("isEmpty");
      await context.sync();
      return selection.isEmpty;
    });
    expect(empty).toBe(true);
  });
});

describe("insertFileFromBase64", () => {
  test.each([
    ["Replace", ["A", "[file]", "C"]],
    ["Start", ["A", "[file]", "B", "C"]],
    ["Before", ["A", "[file]", "B", "C"]],
    ["End", ["A", "B", "[file]", "C"]],
    ["After", ["A", "B", "[file]", "C"]],
  ])("%s puts the file where Word does", async (location, expected) => {
    const fake = install(SPEC);
    await Word.run(async (context) => {
      context.document.getSelection().insertFileFromBase64(docx, location as Word.InsertLocation);
      await context.sync();
    });
    expect(outline(fake.document)).toEqual(expected);
    expect(fake.stats.insertions[0]?.location).toBe(location);
  });

  test("needs WordApi 1.1: below it, or in a Word without WordApi, the sync fails with ApiNotFound", async () => {
    const fake = install(SPEC, { apiVersion: null });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    await expect(
      Word.run(async (context) => {
        context.document.getSelection().insertFileFromBase64(docx, "After");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.stats.insertions).toEqual([]);
    fake.setApiVersion("1.1");
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.2")).toBe(false);
  });

  test("refuses what is not base64 of a .docx, and any edit of a protected document", async () => {
    const fake = install(SPEC);
    const attempt = (base64: string) =>
      Word.run(async (context) => {
        context.document.getSelection().insertFileFromBase64(base64, "After");
        await context.sync();
      });
    await expect(attempt("not base64!")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt(btoa("PK\x03\x04 but no document part"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    fake.document.protected = true;
    await expect(attempt(docx)).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(attempt(docx)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(outline(fake.document)).toEqual(["A", "B", "C"]);
    expect(fake.stats.failures).toEqual([
      "InvalidArgument",
      "InvalidArgument",
      "AccessDenied",
      "AccessDenied",
    ]);
  });

  test("a request above the payload limit fails before anything runs", async () => {
    const fake = install(SPEC, { maxRequestBytes: 1000 });
    await expect(
      Word.run(async (context) => {
        context.document.getSelection().insertFileFromBase64(docx, "After");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(outline(fake.document)).toEqual(["A", "B", "C"]);
  });
});

describe("Office around Word", () => {
  test("onReady says Word; the document's settings are kept as given until saveAsync stores them", async () => {
    const fake = install();
    expect(await Office.onReady()).toMatchObject({ host: "Word" });
    expect(Office.context.host).toBe(Office.HostType.Word);
    const settings = Office.context.document.settings;
    settings.set("k", "v");
    expect(settings.get("k")).toBe("v");
    expect(fake.settings.saved.has("k")).toBe(false);
    const status = await new Promise<Office.AsyncResultStatus>((resolve) =>
      settings.saveAsync((r) => resolve(r.status)),
    );
    expect(status).toBe(Office.AsyncResultStatus.Succeeded);
    expect(fake.settings.saved.get("k")).toBe("v");
    expect(settings.get("missing")).toBeNull();
  });
});
