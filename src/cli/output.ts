/**
 * Where `plan` and `report` write, decided before any work is done, and the write itself.
 *
 * - An output never replaces an input: files are compared by identity (device and inode, links
 *   followed), so a symbolic link, a hard link, `/proc/self/cwd/…` or a linked folder naming the
 *   input is refused like the input's own name.
 * - The extension says what the file is: .xlsx, .xlsm (the original's macros kept), .docx.
 * - An existing file is replaced only when it is an earlier output of kdcl (our mark inside it),
 *   or when the user says `--force`.
 * - The write is atomic (see hosts/file/node/atomic.ts); Ctrl+C or a kill signal during it removes
 *   the temporary file and leaves the old file as it was.
 */
import { unlinkSync } from "node:fs";
import { lstat, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { writeAtomically } from "../hosts/file/node/atomic";
import { isReplaceable, readPackageMark } from "../hosts/file/package/marker";
import type { ByteSink } from "../hosts/file/package/zip-writer";
import { isZip } from "../hosts/file/sniff";
import { extensionOf } from "../hosts/file/buffer";
import type { Lang } from "../core/text/format";
import type { OutputKindReason } from "./strings";
import { CLI_TEXT } from "./strings";
import { writeFailure } from "./commands/write-failure";

export interface OutputTarget {
  /** The path as the user wrote it, for messages. */
  readonly shown: string;
  /** The file actually written: links resolved, so the rename lands where the user meant. */
  readonly real: string;
}

export type OutputCheck =
  { readonly ok: true; readonly target: OutputTarget } | { readonly ok: false; readonly message: string };

const codeOf = (err: unknown): string =>
  typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";

async function identity(path: string): Promise<string | null> {
  try {
    const s = await stat(path, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** No output of ours is this large; a larger file is not read to find out. */
const LARGEST_OURS = 1024 * 1024 * 1024;

/** Is the file at `path` an earlier output of kdcl? Anything unreadable or foreign is not. */
async function isOurs(path: string): Promise<boolean> {
  try {
    if ((await stat(path)).size > LARGEST_OURS) return false;
    const bytes = await readFile(path);
    if (!isZip(bytes)) return false;
    return isReplaceable((await readPackageMark(bytes)).marker);
  } catch {
    return false;
  }
}

export interface OutputRequest {
  readonly out: string;
  readonly inputs: readonly string[];
  /** The extension the written file must have, and why. */
  readonly extension: string;
  readonly reason: OutputKindReason;
  readonly force: boolean;
  readonly lang: Lang;
}

export async function checkOutput(req: OutputRequest): Promise<OutputCheck> {
  const t = CLI_TEXT[req.lang];
  const fail = (message: string): OutputCheck => ({ ok: false, message });
  const { out } = req;
  if (extensionOf(out) !== req.extension) return fail(t.extension(out, req.extension, req.reason));

  let real: string;
  let exists = true;
  try {
    const link = await lstat(out);
    if (link.isSymbolicLink()) {
      try {
        real = await realpath(out);
      } catch {
        return fail(t.outBrokenLink(out));
      }
    } else {
      real = join(await realpath(dirname(out)), basename(out));
    }
  } catch (err) {
    if (codeOf(err) !== "ENOENT") return fail(writeFailure(out, err, req.lang));
    exists = false;
    try {
      real = join(await realpath(dirname(out)), basename(out));
    } catch (e) {
      return fail(writeFailure(out, e, req.lang));
    }
  }

  if (exists) {
    const info = await stat(real).catch(() => null);
    if (info?.isDirectory()) return fail(t.outFolder(out));
    if (info && !info.isFile()) return fail(t.outSpecial(out));
    const target = await identity(real);
    for (const input of req.inputs) {
      if (target !== null && (await identity(input)) === target) return fail(t.sameFile(out));
    }
    if (!req.force && !(await isOurs(real))) return fail(t.notOurs(out));
  }
  return { ok: true, target: { shown: out, real } };
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const SIGNAL_NUMBER: Readonly<Record<(typeof SIGNALS)[number], number>> = {
  SIGINT: 2,
  SIGTERM: 15,
  SIGHUP: 1,
};

/**
 * Writes the target atomically; when the file system refuses, returns the one-line message (other
 * errors, from producing the content, are thrown as they are). A signal during the write removes
 * the temporary file before the process ends, so nothing half-written is left behind.
 */
export async function writeOutput(
  target: OutputTarget,
  produce: (sink: ByteSink) => Promise<void>,
  lang: Lang,
): Promise<string | null> {
  let temporary: string | null = null;
  const handlers = SIGNALS.map((signal) => {
    const handler = (): void => {
      if (temporary !== null) {
        try {
          unlinkSync(temporary);
        } catch {
          // already gone
        }
      }
      process.exit(128 + SIGNAL_NUMBER[signal]);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  try {
    await writeAtomically(target.real, produce, { onTemporary: (p) => (temporary = p) });
    return null;
  } catch (err) {
    if (codeOf(err) === "") throw err;
    return writeFailure(target.shown, err, lang);
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}
