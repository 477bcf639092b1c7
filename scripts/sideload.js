#!/usr/bin/env node
"use strict";
// `npm run sideload`: open Excel desktop with the add-in, where Excel desktop is installed.
//
// It does what office-addin-debugging's sideloading does, without its dependencies: on Windows it
// registers the manifest as a developer add-in (HKCU\…\Office\16.0\Wef\Developer, value named by the
// manifest's Id); on macOS it copies the manifest into Excel's "wef" folder. Then it starts the local
// server (as `npm start` does) unless one already answers, and opens Excel: the add-in is under
// Insert (Chèn) → My Add-ins → Developer Add-ins, or on the Home tab.
//
// Without Excel desktop (Linux, or Office not installed) it says so and how to sideload into Excel
// on the web instead, and exits without error.
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const https = require("https");
const os = require("os");
const path = require("path");
const { installedCertificates } = require("./start");

const root = path.join(__dirname, "..");
const MANIFEST = path.join(root, "manifest.xml");
const WEF_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\Wef\\Developer";
const MAC_EXCEL = "/Applications/Microsoft Excel.app";
const MAC_WEF = path.join(os.homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");

const say = (...lines) => console.log(lines.join("\n"));

function manifestId() {
  const m = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(fs.readFileSync(MANIFEST, "utf8"));
  if (!m) throw new Error("manifest.xml has no <Id>");
  return m[1];
}

/** Where Excel desktop is, or null. */
function findExcel() {
  if (process.platform === "darwin") return fs.existsSync(MAC_EXCEL) ? MAC_EXCEL : null;
  if (process.platform !== "win32") return null;
  const q = spawnSync(
    "reg",
    ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe", "/ve"],
    { encoding: "utf8", timeout: 10_000, windowsHide: true },
  );
  const m = q.status === 0 ? /REG_SZ\s+(.+\.exe)/i.exec(q.stdout) : null;
  const exe = m ? m[1].trim().replace(/^"|"$/g, "") : null;
  return exe && fs.existsSync(exe) ? exe : null;
}

function register() {
  if (process.platform === "win32") {
    const r = spawnSync("reg", ["add", WEF_KEY, "/v", manifestId(), "/t", "REG_SZ", "/d", MANIFEST, "/f"], {
      stdio: "ignore",
      windowsHide: true,
    });
    if (r.status !== 0) throw new Error(`reg add ${WEF_KEY} failed`);
    return `${WEF_KEY}\\${manifestId()}`;
  }
  fs.mkdirSync(MAC_WEF, { recursive: true });
  const target = path.join(MAC_WEF, `${manifestId()}.manifest.xml`);
  fs.copyFileSync(MANIFEST, target);
  return target;
}

function answers(url) {
  return new Promise((resolve) => {
    const get = url.startsWith("https:") ? https.get : http.get;
    // A liveness check on loopback: whether Node trusts the development CA does not matter here.
    const req = get(url, { timeout: 2000, rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
  });
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await answers(url)) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

function noExcel() {
  say(
    "Không tìm thấy Excel máy tính (Excel desktop) trên máy này.",
    "Hãy nạp phần bổ trợ vào Excel trên web:",
    "  1. chạy `npm start` và cài chứng chỉ HTTPS nếu được nhắc (`npx office-addin-dev-certs install`);",
    "  2. mở một sổ làm việc trên https://www.office.com, chọn Chèn → Phần bổ trợ → Tải lên phần bổ trợ của tôi;",
    "  3. chọn tệp manifest.xml của dự án.",
    "Hoặc dùng ngay trang chạy trong trình duyệt, không cần Office: `npm start` rồi mở địa chỉ được in ra.",
    "",
    "No Excel desktop was found on this machine.",
    "Sideload into Excel on the web instead:",
    "  1. run `npm start` (and install the HTTPS certificate when told: `npx office-addin-dev-certs install`);",
    "  2. open a workbook at https://www.office.com, then Insert → Add-ins → Upload My Add-in;",
    "  3. choose the project's manifest.xml.",
    "Or use the standalone page right away, no Office needed: `npm start` and open the printed address.",
  );
}

async function main() {
  const excel = findExcel();
  if (!excel) {
    noExcel();
    return;
  }
  // Excel loads add-ins over HTTPS only. Asked for explicitly, this may show the system's
  // confirmation to trust the development certificate (npm start never does).
  if (!installedCertificates()) {
    say("Đang cài chứng chỉ HTTPS cho localhost… (Installing the HTTPS certificate for localhost…)");
    await require("office-addin-dev-certs").ensureCertificatesAreInstalled();
  }
  const where = register();
  say(`Đã đăng ký phần bổ trợ (registered the add-in): ${where}`);

  // The manifest points at https://localhost:3000; start the server unless it is already up.
  let server = null;
  if (!(await answers("https://localhost:3000/taskpane.html"))) {
    server = spawn(process.execPath, [path.join(__dirname, "start.js")], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, PORT: "3000" },
    });
    if (!(await waitFor("https://localhost:3000/taskpane.html", 180_000))) {
      server.kill();
      throw new Error(
        "máy chủ HTTPS không chạy được ở cổng 3000 (xem lỗi ở trên). / the HTTPS server did not start on port 3000 (see above).",
      );
    }
  }
  if (process.platform === "win32") {
    spawn("cmd", ["/c", "start", "", excel], { detached: true, stdio: "ignore", windowsHide: true }).unref();
  } else {
    spawn("open", ["-a", excel], { detached: true, stdio: "ignore" }).unref();
  }
  say(
    "Excel đang mở: chọn Chèn → Phần bổ trợ của tôi → Phần bổ trợ dành cho nhà phát triển → Kiểm định & CQG.",
    "Excel is starting: choose Insert → My Add-ins → Developer Add-ins → Kiểm định & CQG.",
  );
  if (server) {
    say("Giữ cửa sổ này mở khi dùng phần bổ trợ; Ctrl+C để dừng. (Keep this window open; Ctrl+C to stop.)");
    process.once("SIGINT", () => server.kill("SIGINT"));
    server.on("exit", (code) => process.exit(code ?? 0));
  }
}

main().catch((err) => {
  process.stderr.write(`npm run sideload: ${err && err.message ? err.message : err}\n`);
  process.exit(1);
});
