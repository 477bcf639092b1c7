"use strict";
// The local web server of `npm start`: serves the built add-in (dist/web) on loopback only, over HTTPS
// when given certificates, else HTTP. Loopback (127.0.0.1 and ::1) answers to "localhost" and raises
// no firewall prompt; nothing is reachable from other machines.
//
//   const { serveDist } = require("./serve");
//   const server = await serveDist({ root, port: 3000, tls: { key, cert } | null });
//   server.origin  // "https://localhost:3000"
//   await server.close();
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** The origin the manifest in the repository points at. */
const MANIFEST_ORIGIN = "https://localhost:3000";

/** The Content-Security-Policy of a page, read from its <meta http-equiv> (the one source of truth). */
function metaCsp(html) {
  const m = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html);
  return m ? m[1] : null;
}

/** The manifest with its URLs moved to `origin` (another port, or http). */
function manifestFor(xml, origin) {
  return origin === MANIFEST_ORIGIN ? xml : xml.split(MANIFEST_ORIGIN).join(origin);
}

function handler(root, originOf) {
  const rootDir = path.resolve(root);
  return (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const file = path.join(rootDir, path.normalize(pathname === "/" ? "/index.html" : pathname));
    if (!file.startsWith(rootDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const headers = {
      "content-type": TYPES[ext] || "application/octet-stream",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      // Hashed bundles never change; pages and the manifest are checked every time.
      "cache-control": /\.[0-9a-f]{8}\.js$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
    };
    let body = null;
    if (ext === ".html") {
      body = fs.readFileSync(file, "utf8");
      const csp = metaCsp(body);
      // The header repeats the page's own policy, plus what only a header can say.
      if (csp) headers["content-security-policy"] = `${csp}; frame-ancestors 'none'`;
    } else if (path.basename(file) === "manifest.xml") {
      body = manifestFor(fs.readFileSync(file, "utf8"), originOf());
    }
    res.writeHead(200, headers);
    if (req.method === "HEAD") res.end();
    else if (body !== null) res.end(body);
    else fs.createReadStream(file).pipe(res);
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off("listening", onListening);
      reject(err);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/**
 * Serves `root` on 127.0.0.1 and, where the machine has IPv6, ::1, at `port` (0: any free port).
 * Rejects with the listen error (EADDRINUSE when the port is taken).
 */
async function serveDist({ root, port, tls }) {
  let origin = "";
  const handle = handler(root, () => origin);
  const make = () => (tls ? https.createServer(tls, handle) : http.createServer(handle));
  const servers = [await listen(make(), port, "127.0.0.1")];
  const actual = servers[0].address().port;
  origin = `${tls ? "https" : "http"}://localhost:${actual}`;
  try {
    servers.push(await listen(make(), actual, "::1"));
  } catch (err) {
    // No IPv6 loopback here: 127.0.0.1 is enough. A taken ::1 port is a real conflict.
    if (err && err.code === "EADDRINUSE") {
      await Promise.all(servers.map((s) => new Promise((r) => s.close(() => r()))));
      throw err;
    }
  }
  return {
    origin,
    port: actual,
    secure: Boolean(tls),
    close: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise((resolve) => {
              s.close(() => resolve());
              if (typeof s.closeAllConnections === "function") s.closeAllConnections();
            }),
        ),
      ),
  };
}

module.exports = { serveDist, manifestFor, metaCsp, MANIFEST_ORIGIN };
