/**
 * Node only: every file written as a whole or not at all. The bytes go to a temporary file in the
 * target's own folder (so the rename below never crosses file systems), are flushed to the disk,
 * and the temporary file is then renamed over the target: at every instant the target is the old
 * file or the complete new one. A run that fails or is killed leaves the old file (or none);
 * two runs writing one target at once each rename a complete file, and the last one wins.
 */
import { randomBytes } from "node:crypto";
import { close, fchmod, fsync, openSync, write } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import type { ByteSink } from "../package/zip-writer";

/** Writes go to the disk in blocks of this size. */
const BLOCK = 1024 * 1024;

const writeAt = promisify(write);
const syncFd = promisify(fsync);
const closeFd = promisify(close);
const chmodFd = promisify(fchmod);

class FileSink implements ByteSink {
  private parts: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly fd: number) {}

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
    while (at < block.length) at += (await writeAt(this.fd, block, at, block.length - at)).bytesWritten;
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
  // Created synchronously and named to the caller in the same turn of the event loop: a signal's
  // handler runs between turns, so it never finds the file on disk without knowing its name.
  const fd = openSync(temp, "wx", replaced ?? 0o666);
  options.onTemporary?.(temp);
  let closed = false;
  try {
    if (replaced !== null) await chmodFd(fd, replaced).catch(() => undefined);
    const sink = new FileSink(fd);
    await produce(sink);
    await sink.flush();
    await syncFd(fd);
    await closeFd(fd);
    closed = true;
    await rename(temp, target);
    options.onTemporary?.(null);
    await syncFolder(dirname(target));
  } catch (err) {
    if (!closed) await closeFd(fd).catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    options.onTemporary?.(null);
    throw err;
  }
}
