"use strict";
// Where the built add-in will be served: `ADDIN_URL=https://host/path/ npm run build` points every URL
// of dist/web/manifest.xml there; without it the manifest keeps the local address of `npm start`.
//
//   const { addinBase, manifestAt } = require("./addin-url");
//   const base = addinBase(process.env.ADDIN_URL);     // "https://kdcl.sogd.gov.vn/addin/"
//   const xml = manifestAt(fs.readFileSync("manifest.xml", "utf8"), base);

/** The address the repository's manifest names: the local server of `npm start`. */
const LOCAL_BASE = "https://localhost:3000/";

class AddinUrlError extends Error {
  constructor(vi, en) {
    super(`${vi} (${en})`);
    this.name = "AddinUrlError";
  }
}

/**
 * The deployment address, checked and normalised (trailing slash); the local one when unset.
 * Office loads add-ins over HTTPS only, and a query or fragment would be cut by the file names.
 */
function addinBase(raw) {
  const text = (raw ?? "").trim();
  if (text === "") return LOCAL_BASE;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new AddinUrlError(
      `ADDIN_URL không phải địa chỉ web: ${text}`,
      `ADDIN_URL is not a web address: ${text}`,
    );
  }
  if (url.protocol !== "https:")
    throw new AddinUrlError(
      `ADDIN_URL phải bắt đầu bằng https:// (Office chỉ nạp add-in qua HTTPS): ${text}`,
      `ADDIN_URL must start with https:// (Office loads add-ins over HTTPS only): ${text}`,
    );
  if (url.username || url.password || url.search || url.hash)
    throw new AddinUrlError(
      `ADDIN_URL chỉ gồm máy chủ và thư mục, không có tên đăng nhập, ?… hay #…: ${text}`,
      `ADDIN_URL is a host and folder only, without credentials, ?… or #…: ${text}`,
    );
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** The manifest with every local URL moved under `base`, and its app domain set to base's origin. */
function manifestAt(xml, base) {
  if (base === LOCAL_BASE) return xml;
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const origin = escape(new URL(base).origin);
  return xml
    .split(LOCAL_BASE)
    .join(escape(base))
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
}

module.exports = { addinBase, manifestAt, AddinUrlError, LOCAL_BASE };
