#!/usr/bin/env node
"use strict";
// `npm start`: build the add-in when its sources changed since the last build, serve dist/web on
// localhost (PORT, default 3000) and print where everything is: the page that runs in a plain
// browser, the task pane, and the manifest to sideload into Excel or Word.
//
// HTTPS uses office-addin-dev-certs' certificates when they are installed, or when they can be
// installed without asking anyone (Linux with password-less sudo); otherwise it serves HTTP and says
// how to get HTTPS. It never waits for input: CI runs it with no stdin and no terminal.
//
//   npm start                 PORT=3001 npm start           npm start -- --http (never HTTPS)
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { serveDist, manifestFor, MANIFEST_ORIGIN } = require("./serve");

const root = path.join(__dirname, "..");
const WEB = path.join(root, "dist", "web");
const STAMP = path.join(root, "dist", ".web-build.json");
const SOURCES = ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package-lock.json"];
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
const INSTALL_TIMEOUT_MS = 60_000;

const say = (vi, en) => console.log(en === undefined ? vi : `${vi}\n${en}`);

function fail(vi, en, code = 1) {
  process.stderr.write(`npm start: ${vi}\n           ${en}\n`);
  process.exit(code);
}

/** Newest modification time of what the web build is made from (tests are not part of it). */
function newestSource() {
  let latest = 0;
  const visit = (p) => {
    const info = fs.statSync(p, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      latest = Math.max(latest, info.mtimeMs);
    }
  };
  for (const p of SOURCES) visit(path.join(root, p));
  return latest;
}

/** Newest file webpack wrote (an unchanged output keeps its old time, hence the stamp as well). */
function newestOutput() {
  if (!fs.existsSync(path.join(WEB, "index.html")) || !fs.existsSync(path.join(WEB, "taskpane.html")))
    return 0;
  let latest = 0;
  for (const name of fs.readdirSync(WEB)) {
    const info = fs.statSync(path.join(WEB, name));
    if (info.isFile()) latest = Math.max(latest, info.mtimeMs);
  }
  return latest;
}

function isFresh() {
  const built = newestOutput();
  if (built === 0) return false;
  const sources = newestSource();
  let stamped = 0;
  try {
    stamped = JSON.parse(fs.readFileSync(STAMP, "utf8")).sources || 0;
  } catch {
    stamped = 0;
  }
  return built >= sources || stamped >= sources;
}

/** Builds dist/web with webpack in production mode, unless it is already up to date. */
function ensureBuilt() {
  if (isFresh()) {
    say("Bản dựng đã mới, bỏ qua bước biên dịch. (The build is up to date.)");
    return;
  }
  const sources = newestSource();
  say("Đang biên dịch phần bổ trợ (khoảng nửa phút)… (Building the add-in, about half a minute…)");
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const build = spawnSync(process.execPath, [cli, "--mode", "production", "--stats", "errors-warnings"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (build.status !== 0 || !fs.existsSync(path.join(WEB, "index.html"))) {
    fail("biên dịch thất bại, xem lỗi ở trên.", "the build failed; see the errors above.");
  }
  fs.writeFileSync(STAMP, JSON.stringify({ sources, built: Date.now() }));
}

function certPaths() {
  return Object.fromEntries(Object.entries(CERT_FILES).map(([k, f]) => [k, path.join(CERT_DIR, f)]));
}

function devCerts() {
  try {
    return require("office-addin-dev-certs");
  } catch {
    return null;
  }
}

/** Installed and trusted certificates for localhost, or null. Never prompts. */
function installedCertificates() {
  const files = certPaths();
  if (!Object.values(files).every((f) => fs.existsSync(f))) return null;
  const certs = devCerts();
  try {
    if (certs && !certs.verifyCertificates(files.cert, files.key)) return null;
  } catch {
    return null;
  }
  return {
    key: fs.readFileSync(files.key),
    cert: fs.readFileSync(files.cert),
    ca: fs.readFileSync(files.ca),
  };
}

/**
 * Whether the certificates can be installed with nobody asked: on Linux, when sudo needs no password.
 * On Windows and macOS installing a root certificate always asks the user to confirm.
 */
function canInstallQuietly() {
  if (process.platform !== "linux" || !devCerts()) return false;
  const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 5000 });
  return sudo.status === 0;
}

/** Runs office-addin-dev-certs' install in its own session (no terminal to prompt on), time-limited. */
function installQuietly() {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "-e",
        "require('office-addin-dev-certs').ensureCertificatesAreInstalled()" +
          ".then(() => process.exit(0), (e) => { console.error(e && e.message); process.exit(1); })",
      ],
      { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, INSTALL_TIMEOUT_MS);
    child.on("error", () => {
      clearTimeout(timer);
      resolve({ ok: false, output });
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, output });
    });
  });
}

/** TLS options, or null for HTTP; `why` says what happened when HTTPS is not possible. */
async function certificates(options) {
  if (options.http) return { tls: null, why: "asked" };
  const ready = installedCertificates();
  if (ready) return { tls: ready, why: null };
  if (canInstallQuietly()) {
    say("Đang cài chứng chỉ HTTPS cho localhost… (Installing the HTTPS certificate for localhost…)");
    const result = await installQuietly();
    const now = result.ok ? installedCertificates() : null;
    if (now) return { tls: now, why: null };
    return { tls: null, why: "install-failed" };
  }
  return { tls: null, why: "not-installed" };
}

function port() {
  const raw = process.env.PORT;
  if (raw === undefined || raw === "") return 3000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    fail(
      `PORT="${raw}" không phải số cổng hợp lệ (1–65535).`,
      `PORT="${raw}" is not a valid port (1–65535).`,
    );
  }
  return n;
}

/** The manifest to sideload: the repository's, or a copy pointing at this server's origin. */
function manifestFile(origin) {
  const own = path.join(root, "manifest.xml");
  if (origin === MANIFEST_ORIGIN) return own;
  const copy = path.join(
    root,
    "dist",
    `manifest.${new URL(origin).protocol.replace(":", "")}-${new URL(origin).port}.xml`,
  );
  fs.writeFileSync(copy, manifestFor(fs.readFileSync(own, "utf8"), origin));
  return copy;
}

function printAddresses(server, why) {
  const o = server.origin;
  const manifest = manifestFile(o);
  const rel = path.relative(process.cwd(), manifest) || manifest;
  const lines = [
    "",
    "Kiểm định & CQG đang chạy tại máy này (running on this machine):",
    `  Chạy trong trình duyệt, không cần Office (standalone page): ${o}/index.html`,
    `  Ngăn tác vụ (task pane):                                     ${o}/taskpane.html`,
    `  Tệp kê khai để nạp (manifest to sideload):                   ${o}/manifest.xml`,
    `                                                               ${rel}`,
    "",
    "Nạp vào Excel trên web hoặc Excel máy tính: Chèn → Phần bổ trợ → Tải lên phần bổ trợ của tôi → chọn manifest.xml",
    "(Word: cũng vậy, ở thẻ Chèn). `npm run sideload` mở Excel máy tính kèm phần bổ trợ nếu máy có Excel.",
    "Sideload into Excel on the web or desktop: Insert → Add-ins → Upload My Add-in → manifest.xml",
    "(Word: the same, on its Insert tab). `npm run sideload` starts Excel desktop with the add-in, where installed.",
  ];
  if (!server.secure) {
    lines.push(
      "",
      why === "asked"
        ? "Lưu ý: đang chạy HTTP theo yêu cầu (--http)."
        : why === "install-failed"
          ? "Lưu ý: đang chạy HTTP vì không cài được chứng chỉ HTTPS cho localhost."
          : "Lưu ý: đang chạy HTTP vì máy chưa có chứng chỉ HTTPS cho localhost.",
      "  Trang chạy trong trình duyệt vẫn dùng bình thường. Excel và Word chỉ nạp phần bổ trợ qua HTTPS:",
      "  chạy một lần `npx office-addin-dev-certs install` (máy sẽ hỏi xác nhận), rồi chạy lại `npm start`.",
      why === "asked"
        ? "Note: serving HTTP as asked (--http)."
        : why === "install-failed"
          ? "Note: serving HTTP: the HTTPS certificate for localhost could not be installed."
          : "Note: serving HTTP: this machine has no HTTPS certificate for localhost yet.",
      "  The standalone page works as it is. Excel and Word load add-ins over HTTPS only: run",
      "  `npx office-addin-dev-certs install` once (it asks you to confirm), then `npm start` again.",
    );
  }
  if (new URL(o).port !== "3000") {
    lines.push(
      "",
      `Cổng ${new URL(o).port}: tệp kê khai trên đã được sửa theo cổng này. (The manifest above points at this port.)`,
    );
  }
  lines.push("", "Nhấn Ctrl+C để dừng. (Press Ctrl+C to stop.)", "");
  console.log(lines.join("\n"));
}

async function start(options = {}) {
  ensureBuilt();
  const { tls, why } = await certificates(options);
  const p = port();
  let server;
  try {
    server = await serveDist({ root: WEB, port: p, tls });
  } catch (err) {
    if (err && err.code === "EADDRINUSE") {
      fail(
        `cổng ${p} đang được dùng (có thể npm start đang chạy ở cửa sổ khác). Dừng nó, hoặc chọn cổng khác: PORT=${p + 1} npm start`,
        `port ${p} is in use (npm start may be running in another window). Stop it, or pick another: PORT=${p + 1} npm start`,
      );
    }
    throw err;
  }
  printAddresses(server, why);
  const stop = () => {
    void server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}

module.exports = { start, isFresh, installedCertificates };

if (require.main === module) {
  start({ http: process.argv.includes("--http") }).catch((err) =>
    fail(`lỗi: ${err && err.message ? err.message : err}`, "unexpected error."),
  );
}
