/**
 * The server of `npm start` (scripts/serve.js): HTTPS with office-addin-dev-certs' certificates,
 * loopback only, the page's CSP repeated as a header, the manifest moved to the server's origin,
 * nothing outside dist/web. Certificates are generated here into a temporary folder (nothing is
 * installed), the way office-addin-dev-certs makes them for `npm start`.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST } from "./page";

// CommonJS build scripts, loaded as Node loads them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist } = require("../../../scripts/serve.js") as {
  serveDist: (o: { root: string; port: number; tls: object | null }) => Promise<{
    origin: string;
    port: number;
    secure: boolean;
    close(): Promise<void>;
  }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCertificates } = require("office-addin-dev-certs") as {
  generateCertificates: (
    ca: string,
    cert: string,
    key: string,
    days: number,
    domains: string[],
  ) => Promise<void>;
};

jest.setTimeout(60_000);

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

function request(url: string, options: https.RequestOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = (url.startsWith("https:") ? https : http).request(url, options, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

let certs = "";

beforeAll(async () => {
  certs = mkdtempSync(join(tmpdir(), "kdcl-certs-"));
  await generateCertificates(
    join(certs, "ca.crt"),
    join(certs, "localhost.crt"),
    join(certs, "localhost.key"),
    1,
    ["127.0.0.1", "localhost"],
  );
});

afterAll(() => rmSync(certs, { recursive: true, force: true }));

test("HTTPS on localhost with the development certificates, trusted through their CA", async () => {
  const ca = readFileSync(join(certs, "ca.crt"));
  const server = await serveDist({
    root: DIST,
    port: 0,
    tls: {
      key: readFileSync(join(certs, "localhost.key")),
      cert: readFileSync(join(certs, "localhost.crt")),
    },
  });
  try {
    expect(server.secure).toBe(true);
    expect(server.origin).toBe(`https://localhost:${server.port}`);
    const page = await request(`${server.origin}/`, { ca });
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["content-security-policy"]).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    // The task pane lives inside Office's frame: no policy of ours on it.
    const pane = await request(`https://127.0.0.1:${server.port}/taskpane.html`, {
      ca,
      servername: "localhost",
    });
    expect(pane.status).toBe(200);
    expect(pane.headers["content-security-policy"]).toBeUndefined();
    const manifest = await request(`${server.origin}/manifest.xml`, { ca });
    expect(manifest.body).toContain(
      `<SourceLocation DefaultValue="https://localhost:${server.port}/taskpane.html"/>`,
    );
    expect(manifest.body).not.toContain("https://localhost:3000");
    // A client that does not trust the development CA is refused, as a browser would warn.
    await expect(request(`${server.origin}/`)).rejects.toThrow(
      /self[- ]signed|unable to verify|certificate/i,
    );
  } finally {
    await server.close();
  }
});

test("HTTP when there are no certificates; nothing outside dist/web, only GET and HEAD", async () => {
  const server = await serveDist({ root: DIST, port: 0, tls: null });
  try {
    expect(server.origin).toBe(`http://localhost:${server.port}`);
    const base = `http://127.0.0.1:${server.port}`;
    expect((await request(`${base}/index.html`)).status).toBe(200);
    expect((await request(`${base}/../package.json`)).status).toBe(404);
    expect((await request(`${base}/%2e%2e/package.json`)).status).toBe(404);
    expect((await request(`${base}/index.html`, { method: "POST" })).status).toBe(405);
    const head = await request(`${base}/manifest.xml`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    const manifest = await request(`${base}/manifest.xml`);
    expect(manifest.body).toContain(`http://localhost:${server.port}/taskpane.html`);
  } finally {
    await server.close();
  }
  // Closed: the port no longer answers.
  await expect(request(`http://127.0.0.1:${server.port}/`)).rejects.toThrow();
});
