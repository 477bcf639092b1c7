/**
 * The plan document as plain data (SPEC §10): a list of blocks that a renderer turns into .docx, or a
 * Word host inserts at the cursor. No layout here beyond what the text itself decides (alignment,
 * emphasis, relative column widths); fonts, sizes and page setup belong to the renderer.
 */
import type { DayDate } from "../text/dates";
import type { Lang } from "../text/format";

/** Generated sections, each optional; they always appear in this order. */
export type PlanSectionId = "targets" | "budget" | "renewals" | "appendix";

export const PLAN_SECTIONS: readonly PlanSectionId[] = ["targets", "budget", "renewals", "appendix"];

/** What the user fills once per workbook. */
export interface PlanHeader {
  /** "UBND huyện Cao Lộc"; a line break splits it over two lines ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ KON TUM"). */
  readonly issuingBody: string;
  /** "Cao Lộc" */
  readonly place: string;
  /** "20/KH-UBND"; empty (or only the suffix, "/KH-UBND") leaves the number blank, as drafts do. */
  readonly number: string;
  /** null leaves day and month blank: "ngày     tháng     năm 2024". */
  readonly date: DayDate | null;
  readonly planYear: number;
}

export type Align = "left" | "center" | "right" | "justify";

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Starts a new line within the paragraph. */
  readonly lineBreak?: boolean;
}

/** Issuing body and national motto side by side, number and date line, then the title. */
export interface DocumentHeaderBlock {
  readonly kind: "documentHeader";
  /**
   * Upper-case lines of the issuing body: the body's own name bold, a parent body above it regular
   * ("UBND HUYỆN CAO LỘC" over "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), as Nghị định 30/2020 sets them.
   */
  readonly issuingBody: readonly Run[];
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" */
  readonly nation: string;
  /** "Độc lập - Tự do - Hạnh phúc" */
  readonly motto: string;
  /** "Số: 20/KH-UBND" */
  readonly number: string;
  /** "Cao Lộc, ngày 04 tháng 01 năm 2024" */
  readonly dateLine: string;
  /** "KẾ HOẠCH" */
  readonly title: string;
  /** Subtitle lines under the title. */
  readonly subtitle: readonly string[];
}

export interface HeadingBlock {
  readonly kind: "heading";
  readonly level: 1 | 2 | 3;
  readonly text: string;
  /** The section the heading opens (level 1 only). */
  readonly section?: PlanSectionId;
  readonly align?: Align;
  readonly pageBreakBefore?: boolean;
}

export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly runs: readonly Run[];
  readonly align: Align;
  /** First-line indent of body text. */
  readonly indent: boolean;
}

/** One "- " item of a list, as the documents write them. */
export interface BulletBlock {
  readonly kind: "bullet";
  readonly runs: readonly Run[];
}

export interface TableColumn {
  /** Fraction of the text width; the columns of a table add up to 1. */
  readonly width: number;
  readonly align: Align;
}

export interface TableBlock {
  readonly kind: "table";
  readonly columns: readonly TableColumn[];
  /** Header rows, each as wide as `columns`; shown bold and centred, repeated on each page. */
  readonly header: readonly (readonly string[])[];
  readonly body: readonly (readonly string[])[];
  /** "Tổng cộng" row, shown bold; null when the table has none. */
  readonly total: readonly string[] | null;
  /**
   * A very long list is printed as tables of this many body rows, one after the other, each opening
   * with the header rows; absent, the table is one table.
   */
  readonly rowsPerTable?: number;
}

/**
 * How the appendix gives its list: as the document's table, or, for a very long list, as a workbook
 * attached beside the document (the section then names the file instead of holding the table).
 */
export type AppendixForm = { readonly kind: "table" } | { readonly kind: "file"; readonly fileName: string };

/** The appendix's list of schools, whichever form it takes: what an attached workbook holds. */
export interface AppendixList {
  readonly title: string;
  /** "(Kèm theo Kế hoạch số …", in lines. */
  readonly attached: readonly string[];
  readonly table: TableBlock;
  /** "Danh sách này gồm: … đơn vị./." */
  readonly footer: string;
}

export type Block = DocumentHeaderBlock | HeadingBlock | ParagraphBlock | BulletBlock | TableBlock;

/**
 * The parts of a plan whose content comes from the list's figures: each becomes a tagged content
 * control in Word, so "Cập nhật số liệu" can replace it and nothing the user wrote around it.
 */
export type PlanPartId = "coverage" | "targets" | "budget" | "renewals" | "appendix";

export const PLAN_PARTS: readonly PlanPartId[] = ["coverage", "targets", "budget", "renewals", "appendix"];

/** Schools with a valid CQG recognition among all schools. */
export interface SchoolRatio {
  readonly standard: number;
  readonly schools: number;
}

/**
 * The figures of a part a refresh reports, old → new. Coverage: now and at the end of the plan year;
 * targets: schools with an action in the plan year; budget: the total (triệu đồng); renewals:
 * schools due; appendix: schools listed. Null when the plan cannot give the figure.
 */
export type PartFigures =
  | { readonly part: "coverage"; readonly now: SchoolRatio | null; readonly projected: SchoolRatio | null }
  | { readonly part: "targets" | "renewals" | "appendix"; readonly count: number }
  | { readonly part: "budget"; readonly amount: number | null };

/** A part: the blocks [start, end) of the plan, with its title in Word and its figures. */
export interface PlanPart {
  readonly id: PlanPartId;
  readonly start: number;
  readonly end: number;
  /** "Số liệu tự động: Tỷ lệ đạt chuẩn": what Word shows on the content control. */
  readonly title: string;
  readonly figures: PartFigures;
  /** The content control's tag: the part, the plan year, a fingerprint of its text, its figures. */
  readonly tag: string;
}

export interface PlanDocument {
  readonly lang: Lang;
  /** Document title for the file's properties: "Kế hoạch … năm 2023". */
  readonly title: string;
  readonly planYear: number;
  /** Sections present, in document order. */
  readonly sections: readonly PlanSectionId[];
  readonly blocks: readonly Block[];
  /** The refreshable parts, in document order; their ranges never overlap. */
  readonly parts: readonly PlanPart[];
  /**
   * What the person making the plan should know and the document does not say: sections left out for
   * lack of data, figures left out of a total. Shown by the pane and the command, never printed.
   */
  readonly notes: readonly string[];
  /** The appendix's list, when the appendix section is generated and lists at least one school. */
  readonly appendix: AppendixList | null;
}
