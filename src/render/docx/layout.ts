/**
 * Page setup and type of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * A4, Times New Roman, body 13–14 pt. Margins are chosen inside the decree's ranges: top 20 mm,
 * bottom 20 mm, left 30 mm, right 15 mm. All lengths in twips (1/20 pt) unless named otherwise.
 */

/** 1 mm in twips. */
const MM = 1440 / 25.4;

export const PAGE = { width: 11906, height: 16838 } as const;

export const MARGIN = {
  top: Math.round(20 * MM), // 1134
  bottom: Math.round(20 * MM), // 1134
  left: Math.round(30 * MM), // 1701
  right: Math.round(15 * MM), // 850
  header: Math.round(10 * MM),
  footer: Math.round(10 * MM),
  gutter: 0,
} as const;

/** Width of the text between the margins. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const FONT = "Times New Roman";

/** Sizes in half-points, as WordprocessingML writes them. */
export const SIZE = {
  body: 28, // 14 pt
  table: 26, // 13 pt
  /** Issuing body, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the number: 12–13 pt in the decree. */
  headerSmall: 26,
  nation: 24,
  /** "Độc lập - Tự do - Hạnh phúc", the date line, the title: 13–14 pt. */
  headerLarge: 28,
  pageNumber: 26,
} as const;

/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE = Math.round(10 * MM);

/** 6 pt before each paragraph, lines at 1.15, as the plans are typeset. */
export const BODY_SPACING = { before: 120, after: 0, line: 276 } as const;
export const TABLE_SPACING = { before: 40, after: 40, line: 240 } as const;

/** The header block: issuing body on the left, national motto on the right. */
export const HEADER_COLUMNS = [0.4, 0.6] as const;
