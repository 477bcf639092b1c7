"use strict";
// The floor of `npm run bench`: the least any reader of an .xlsx must do, as a whole process. It opens
// the zip (central directory), inflates the worksheets and the shared strings with node's zlib,
// decodes them as UTF-8 and scans them once, taking out every value's text. Nothing is interpreted.
// Usage: node scripts/bench-floor.js list.xlsx   (prints "<cells> <values>")
const fs = require("fs");
const zlib = require("zlib");

const buf = fs.readFileSync(process.argv[2]);
let eocd = buf.length - 22;
while (eocd > 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
let at = buf.readUInt32LE(eocd + 16);
const entries = buf.readUInt16LE(eocd + 10);
const parts = new Map();
for (let i = 0; i < entries; i++) {
  const nameLength = buf.readUInt16LE(at + 28);
  const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
  parts.set(name, {
    method: buf.readUInt16LE(at + 10),
    size: buf.readUInt32LE(at + 20),
    local: buf.readUInt32LE(at + 42),
  });
  at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
}

function text(part) {
  const start = part.local + 30 + buf.readUInt16LE(part.local + 26) + buf.readUInt16LE(part.local + 28);
  const raw = buf.subarray(start, start + part.size);
  const bytes = part.method === 8 ? zlib.inflateRawSync(raw) : raw;
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

let cells = 0;
const values = [];
for (const [name, part] of parts) {
  if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name)) continue;
  const xml = text(part);
  let i = 0;
  while ((i = xml.indexOf("<", i)) !== -1) {
    const c = xml.charCodeAt(i + 1);
    if (c === 99 && xml.charCodeAt(i + 2) === 32)
      cells++; // <c r=…
    else if ((c === 118 || c === 116) && xml.charCodeAt(i + 2) === 62) {
      // <v>…</v> or <t>…</t>: the value's text
      const end = xml.indexOf("<", i + 3);
      values.push(xml.slice(i + 3, end));
      i = end;
      continue;
    }
    i++;
  }
}
process.stdout.write(`${cells} ${values.length}\n`);
