/**
 * Node only: every file written as a whole or not at all. The bytes go to a temporary file in the
 * target's own folder (so the rename below never crosses file systems), are flushed to the disk,
 * and the temporary file is then renamed over the target: at every instant the target is the old
 * file or the complete new one. A run that fails or is killed leaves the old file (or none);
 * two runs writing one target at once each rename a complete file, and the last one wins.
 */
import { randomBytes } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { ByteSink } from "../package/zip-writer";

/** Writes go to the disk in blocks of this size. */
const BLOCK = 1024 * 1024;

class FileSink implements ByteSink {
  private parts: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly fh: FileHandle) {}

  async write(chunk: Uint8Array): Promise<void> {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= BLOCK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const block = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    let at = 0;
    while (at < block.length) at += (await this.fh.write(block, at, block.length - at)).bytesWritten;
  }
}

/** The temporary name beside the target: hidden, and unique to this run. */
export function temporaryPath(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.kdcl-tmp`,
  );
}

/** Flushes a folder's entries, so the rename itself survives a power cut (where the system allows). */
async function syncFolder(folder: string): Promise<void> {
  let fh: FileHandle | null = null;
  try {
    fh = await open(folder, "r");
    await fh.sync();
  } catch {
    // Windows cannot open a folder for syncing; its rename is already durable enough.
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

export interface AtomicWrite {
  /** Told the temporary file's path before anything is written, so a signal can remove it. */
  readonly onTemporary?: (path: string | null) => void;
}

/**
 * Writes `target` through `produce` atomically. The new file takes the old one's permissions when
 * it replaces one. Throws the file system's error (with its `code`) when it cannot.
 */
export async function writeAtomically(
  target: string,
  produce: (sink: ByteSink) => Promise<void>,
  options: AtomicWrite = {},
): Promise<void> {
  const replaced = await stat(target).then(
    (s) => s.mode & 0o777,
    () => null,
  );
  const temp = temporaryPath(target);
  const fh = await open(temp, "wx", replaced ?? 0o666);
  options.onTemporary?.(temp);
  let closed = false;
  try {
    if (replaced !== null) await fh.chmod(replaced).catch(() => undefined);
    const sink = new FileSink(fh);
    await produce(sink);
    await sink.flush();
    await fh.sync();
    await fh.close();
    closed = true;
    await rename(temp, target);
    options.onTemporary?.(null);
    await syncFolder(dirname(target));
  } catch (err) {
    if (!closed) await fh.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    options.onTemporary?.(null);
    throw err;
  }
}
