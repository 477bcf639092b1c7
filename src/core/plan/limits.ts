/**
 * Above this many schools the appendix is better attached as a workbook: at about 35 rows an A4 page
 * the table alone runs past 140 pages, which nobody reads in a plan and Word lays out slowly on every
 * edit, while a workbook of the same list sorts, filters and prints as the reader wants.
 */
export const APPENDIX_TABLE_LIMIT = 5000;

/**
 * An appendix longer than the limit is printed as tables of this many schools, each opening with the
 * header row. LibreOffice lays out one long table in a time that grows with the square of its rows
 * (8,000 rows: about a minute; 16,000: over three), tables of 500 rows in a time that grows with
 * their number (8,000 rows: 8 s; 50,000: 43 s).
 */
export const APPENDIX_ROWS_PER_TABLE = 500;
