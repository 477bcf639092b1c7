/**
 * The add-in's settings as custom document properties (`docProps/custom.xml`, the ones Excel shows
 * under File › Info › Properties › Advanced › Custom). They survive Excel opening and saving the file,
 * touch no sheet (the checker and the CLI never see them), and Excel's own API can read them
 * (`workbook.properties.custom`, ExcelApi 1.7).
 *
 * All settings go as one JSON text, cut into properties of at most 255 characters — Office keeps a
 * text property to that length — named `KDCL.settings`, `KDCL.settings.2`, `KDCL.settings.3`…
 *
 * exceljs drops `docProps/custom.xml` when it writes a workbook, so the page keeps the part it read
 * and writes it back into the downloaded package: the user's own custom properties are kept as they
 * were, and only ours are replaced.
 */
import JSZip from "jszip";
import { CUSTOM_PART as PART, customPropertiesXml, propertiesOf } from "../package/custom-properties";

export const SETTINGS_PROPERTY = "KDCL.settings";
const CHUNK = 255;

const isOurs = (name: string): boolean => name === SETTINGS_PROPERTY || /^KDCL\.settings\.\d+$/.test(name);

/** The settings kept in a custom-properties part; {} when there are none or they are unreadable. */
export function settingsFromCustomXml(xml: string | null): Record<string, unknown> {
  if (xml === null) return {};
  const chunks = new Map<number, string>();
  for (const p of propertiesOf(xml)) {
    if (p.text === null || !isOurs(p.name)) continue;
    chunks.set(p.name === SETTINGS_PROPERTY ? 1 : Number(p.name.slice(SETTINGS_PROPERTY.length + 1)), p.text);
  }
  let json = "";
  for (let i = 1; chunks.has(i); i++) json += chunks.get(i);
  if (json === "") return {};
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** JSON cut into pieces of at most `size` UTF-16 units, never inside a surrogate pair. */
export function chunksOf(text: string, size = CHUNK): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length && /[\ud800-\udbff]/.test(text.charAt(end - 1))) end -= 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/**
 * The custom-properties part with the user's properties of `original` kept and ours set to
 * `settings` (and `extra`, kdcl's other properties such as the output marker); null when there is
 * nothing to write.
 */
export function customXmlWith(
  original: string | null,
  settings: Readonly<Record<string, unknown>>,
  extra: readonly { readonly name: string; readonly text: string }[] = [],
): string | null {
  // JSON.stringify escapes control characters and lone surrogates; U+FFFE/U+FFFF are not XML either.
  const json =
    Object.keys(settings).length === 0
      ? ""
      : JSON.stringify(settings).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const ours = chunksOf(json).map((text, i) => ({
    name: i === 0 ? SETTINGS_PROPERTY : `${SETTINGS_PROPERTY}.${i + 1}`,
    text,
  }));
  // Every "KDCL." property is ours: what is not given again (an old mark) is dropped.
  return customPropertiesXml(original, (name) => name.startsWith("KDCL."), [...ours, ...extra]);
}

/** The custom-properties part of a package, or null (no part, or not a zip). */
export async function readCustomXml(bytes: Uint8Array): Promise<string | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    return (await zip.file(PART)?.async("string")) ?? null;
  } catch {
    return null;
  }
}
