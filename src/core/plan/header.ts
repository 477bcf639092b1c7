import { fold } from "../text/normalize";
import type { PlanContext } from "./context";
import type { DocumentHeaderBlock, Run } from "./model";
import { BLANK } from "./templates";

/** First lines that only begin the body's own name, which the next line completes. */
const NAME_STARTS: ReadonlySet<string> = new Set([
  "uy ban nhan dan",
  "ubnd",
  "hoi dong nhan dan",
  "hdnd",
  "so giao duc va dao tao",
]);

/**
 * The issuing body's lines. With two or more, the first is the parent body (regular) unless it only
 * starts the body's name ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ KON TUM"), in which case all are bold.
 */
function issuingBodyLines(text: string, locale: string): Run[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  // Not given yet: a blank to write the body's name in, where the name goes.
  if (lines.length === 0) return [{ text: BLANK, bold: true }];
  const parent = lines.length > 1 && !NAME_STARTS.has(fold(lines[0] ?? ""));
  return lines.map((line, i) => ({
    text: line.toLocaleUpperCase(locale),
    ...(parent && i === 0 ? {} : { bold: true }),
  }));
}

/** Issuing body and motto, number and date, title: how every administrative document begins. */
export function documentHeader(ctx: PlanContext): DocumentHeaderBlock {
  const { t, header, lang, planYear } = ctx;
  return {
    kind: "documentHeader",
    issuingBody: issuingBodyLines(header.issuingBody, lang === "vi" ? "vi-VN" : "en-US"),
    nation: t.header.nation,
    motto: t.header.motto,
    number: t.header.number(ctx.number),
    dateLine: t.header.dateLine(header.place.trim() || BLANK, header.date, planYear),
    title: t.header.title,
    subtitle: t.header.subtitle(planYear),
  };
}
