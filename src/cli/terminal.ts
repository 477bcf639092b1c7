/**
 * Text for the terminal. File names and cell text come from users and from files: a name holding a
 * line break could forge a second "kdcl: …" line, and an escape sequence in a CSV cell would be
 * obeyed by the terminal (colours, cursor moves, a changed window title). Every such character is
 * shown as a visible escape instead: "\n", "\t", "\x1B", "\u202E".
 */

// C0 controls, DEL, C1 controls (U+009B is a one-character CSI), line and paragraph separators,
// and the bidirectional overrides and isolates that can reorder what the terminal shows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same class without the global flag: a test that keeps no state, for the lines (nearly all)
// that hold no control character and are printed as they are.
// eslint-disable-next-line no-control-regex -- as above
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

/** One line as the terminal must show it: no control character survives, line breaks included. */
export function terminalLine(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(CONTROL, escapeOne) : text;
}

/** Lines joined for the terminal, each escaped on its own so only our own line breaks remain. */
export function terminalLines(lines: readonly string[]): string {
  return lines.map(terminalLine).join("\n");
}

/**
 * A message that is one line by construction ("kdcl: …\n"): everything but the final line break is
 * escaped, whatever file name or value it quotes.
 */
export function oneLine(text: string): string {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  return `${terminalLine(body)}\n`;
}

// Valid JSON as raw characters, yet obeyed or reordered by a terminal: DEL, C1 controls, bidi marks.
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text for a terminal or a pipe. JSON.stringify already writes C0 controls as \u escapes; DEL,
 * C1 controls and the bidirectional marks are escaped here. Character by character, so a document
 * may be escaped piece by piece.
 */
export function jsonEscape(json: string): string {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** JSON for a terminal or a pipe, indented by two spaces. */
export function jsonText(value: unknown): string {
  return jsonEscape(JSON.stringify(value, null, 2));
}
