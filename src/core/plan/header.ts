import { bodyLines } from "./body-case";
import type { PlanContext } from "./context";
import type { DocumentHeaderBlock, Run } from "./model";
import { BLANK } from "./templates";

/**
 * The issuing body's lines. With two or more, the first is the parent body (regular) unless it only
 * starts the body's name ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ KON TUM"), in which case all are bold.
 */
function issuingBodyLines(text: string, locale: string): Run[] {
  const { lines, parent } = bodyLines(text);
  // Not given yet: a blank to write the body's name in, where the name goes.
  if (lines.length === 0) return [{ text: BLANK, bold: true }];
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
