/**
 * Above this many schools the appendix is better attached as a workbook: at about 35 rows an A4 page
 * the table alone runs past 140 pages, which nobody reads in a plan and Word lays out slowly on every
 * edit, while a workbook of the same list sorts, filters and prints as the reader wants.
 */
export const APPENDIX_TABLE_LIMIT = 5000;
